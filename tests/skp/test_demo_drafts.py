"""SKP drafts of the demo's positions: rows from the IKI decree, targets and figures as the documents print them."""
from __future__ import annotations

import io

from django.urls import reverse
from openpyxl import load_workbook

from kinerja.accounts.access import Scope
from kinerja.periods import Period
from kinerja.catalog.models import Indicator, Position
from kinerja.measurement.models import Target
from kinerja.pegawai.drafts import build_draft, unit_predikat
from kinerja.measurement.figures import figures
from kinerja.skp.render_xlsx import HASIL_KERJA_COLUMNS

KABID = "Kepala Bidang Pelatihan dan Penempatan Tenaga Kerja"


def _position(name: str = KABID) -> Position:
    return Position.objects.select_related("agency__pemda", "unit").get(agency__slug="disperinaker", name=name)


def test_the_draft_follows_the_iki_decree(demo_data):
    position = _position()
    draft = build_draft(Scope.of(demo_data.user("perencana")), position, 2024, lambda e: f"/bukti/{e.pk}")
    indicators = list(Indicator.objects.filter(position=position, is_active=True).order_by("order", "pk"))
    assert [r.indikator for r in draft.rows] == [i.name for i in indicators]
    assert draft.employee.name == position.holder_name and draft.appraiser.position == "Kepala Dinas"
    printed = figures(position.agency, indicators, [Period.of_year(2024), *Period.of_year(2024).children("quarter")])
    for row, indicator in zip(draft.rows, indicators, strict=True):
        assert row.rhk == indicator.objective.text
        if indicator.supports_id:
            assert row.rhk_atasan == (indicator.supports.objective.text if indicator.supports.objective
                                      else indicator.supports.name)
        # The yearly target is the one the printed capaian is judged against.
        assert row.target.raw == printed[(indicator.pk, "2024")].target_raw
        kinds = set(Target.objects.filter(indicator=indicator, year=2024, period="2024").values_list("kind", flat=True))
        if "pk" not in kinds and "pk_perubahan" not in kinds and row.target.raw:
            assert "Renstra" in row.notes[-1].id
        for period in row.periods:
            figure = printed[(indicator.pk, period.period)]
            assert period.capaian == figure.capaian and period.realisasi == figure.realisasi


def test_the_xlsx_of_a_demo_position_opens_with_the_expected_columns(demo_data, client):
    client.force_login(demo_data.user("kabid"))
    position = _position()
    response = client.get(reverse("pegawai:draft_xlsx", args=["disperinaker", 2024, position.pk]))
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    wb = load_workbook(io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content))
    ws = wb["SKP"]
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "NO")
    assert tuple(c.value for c in ws[header][:len(HASIL_KERJA_COLUMNS)]) == HASIL_KERJA_COLUMNS
    names = [ws.cell(r, 5).value for r in range(header + 3, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)]
    assert names == list(Indicator.objects.filter(position=position, is_active=True).order_by("order", "pk")
                         .values_list("name", flat=True))
    assert all(ws.cell(r, 4).value in ("Kuantitas", "Kualitas", "Waktu", "Biaya")
               for r in range(header + 3, header + 3 + len(names)))


def test_an_operator_sees_no_superior_rhk_outside_their_units(demo_data):
    position = _position("Kepala Seksi Penempatan dan Perluasan Kesempatan Kerja")
    draft = build_draft(Scope.of(demo_data.user("operator1")), position, 2024, lambda e: "")
    assert draft.rows and all(r.rhk_atasan == "" for r in draft.rows)
    assert all("luar lingkup" in r.notes[0].id for r in draft.rows)
    full = build_draft(Scope.of(demo_data.user("perencana")), position, 2024, lambda e: "")
    assert all(r.rhk_atasan for r in full.rows)


def test_unit_predikat_reads_the_printed_capaian(demo_data):
    position = _position()
    scope = Scope.of(demo_data.user("perencana"))
    found = unit_predikat(scope, position.agency, [position.unit, None], 2024)
    indicators = [i for i, _ in found[0].indicators]
    printed = figures(position.agency, indicators, [Period.of_year(2024)])
    assert [c.capaian for _, c in found[0].indicators] == [printed[(i.pk, "2024")].capaian for i in indicators]
    assert found[0].proposal.known == sum(c.capaian is not None for _, c in found[0].indicators)
    assert {i.jenis for i, _ in found[1].indicators} == {"IKU"}
