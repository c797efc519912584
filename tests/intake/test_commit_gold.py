"""Each gold reading committed into an empty agency comes back out of the database as it went in."""
from __future__ import annotations

import pytest

from kinerja.catalog.models import Indicator, Position, Unit, Variable
from kinerja.intake.commit import commit_catalog
from kinerja.intake.export import catalog_from_db

from support.shared_tools import score_import

from .helpers import gold


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_gold_round_trip_scores(agency, seed):
    catalog = gold(seed)
    decree = commit_catalog(agency, catalog, label="uji")
    result = score_import().score(catalog, catalog_from_db(decree))
    assert result["rows_matched"] == len(catalog["indicators"])
    assert result["recall"] >= 0.98 and result["precision"] >= 0.98
    assert result["fields"] >= 0.98
    assert result["kind"] == 1.0 and result["expr"] == 1.0
    assert result["positions_recall"] >= 0.98 and result["positions_precision"] >= 0.98
    assert result["tugas_fungsi_f1"] >= 0.98
    out = catalog_from_db(decree)["document"]
    # pemda and perangkat_daerah are the agency's own names, not the decree's spelling of them
    for field in ("nomor", "tahun", "jenis", "ditetapkan_di", "tanggal", "penandatangan", "nip"):
        assert out[field] == catalog["document"][field], field


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rows_come_back_in_document_order_with_formulas(agency, seed):
    catalog = gold(seed)
    out = catalog_from_db(commit_catalog(agency, catalog, label="uji"))
    for want, got in zip(catalog["indicators"], out["indicators"], strict=True):
        assert got["indikator"] == " ".join(want["indikator"].split())
        assert got["formula"]["kind"] == want["formula"]["kind"]
        assert got["satuan"] == want["satuan"]


def test_iki_positions_get_units_and_indicators_their_jabatan(agency):
    decree = commit_catalog(agency, gold(2), label="uji")
    secretary = Position.objects.get(agency=agency, name="Sekretaris Dinas")
    assert secretary.unit.name == "Sekretariat" and secretary.unit.kind == Unit.Kind.SEKRETARIAT
    assert secretary.tugas and secretary.tugas == gold(2)["positions"][0]["tugas"]
    seksi = Unit.objects.get(agency=agency, name="Seksi Pelatihan Kerja dan Produktivitas")
    assert seksi.kind == Unit.Kind.SEKSI
    for indicator in decree.indicators.all():
        assert indicator.jenis == Indicator.Jenis.IKI
        assert indicator.position is not None and indicator.unit_id == indicator.position.unit_id


def test_variables_are_shared_by_key_and_phrase_and_split_when_the_phrase_differs(agency):
    catalog = gold(1)
    decree = commit_catalog(agency, catalog, label="uji")
    phrases = {v.phrase for v in Variable.objects.filter(agency=agency, key__startswith="jumlah_perusahaan")}
    assert {"Jumlah perusahaan", "Jumlah Perusahaan", "jumlah perusahaan"} & phrases
    # one variable per distinct (key, phrase ignoring case) of the reading
    distinct = {(k, " ".join(p.lower().split())) for row in catalog["indicators"]
                for k, p in (row["formula"].get("variables") or {}).items()}
    assert Variable.objects.filter(agency=agency).count() == len(distinct)
    for indicator in decree.indicators.all():
        keys = set((indicator.formula.get("variables") or {}))
        assert keys == {v.key for v in indicator.variables.all()}
        for key in keys:
            assert indicator.formula["expression"] is None or key in indicator.formula["expression"] \
                or indicator.formula["kind"] in ("count", "other", "constant_target")


def test_iku_responsible_position_is_matched_when_the_jabatan_is_known(agency):
    Position.objects.create(agency=agency, name="Kepala Dinas")
    Position.objects.create(agency=agency, name="Kepala Bidang Penempatan Tenaga Kerja")
    decree = commit_catalog(agency, gold(1), label="uji")
    first = decree.indicators.get(order=1)
    assert first.penanggung_jawab == "Kepala Dinas" and first.responsible_position.name == "Kepala Dinas"
    kabid = decree.indicators.filter(penanggung_jawab="Kabid Penempatan Tenaga Kerja").first()
    assert kabid.responsible_position.name == "Kepala Bidang Penempatan Tenaga Kerja"
    assert all(i.jenis == Indicator.Jenis.IKU for i in decree.indicators.all())


def test_iku_iki_decree_marks_only_position_rows_iki(agency):
    catalog = gold(3)
    catalog["indicators"][0]["jabatan"] = "Kepala Dinas"
    decree = commit_catalog(agency, catalog, label="uji")
    jenis = [i.jenis for i in decree.indicators.order_by("order")]
    assert jenis[0] == Indicator.Jenis.IKU and set(jenis[1:]) == {Indicator.Jenis.IKI}


def test_a_second_decree_reuses_positions_objectives_and_variables(agency):
    first = gold(2)
    commit_catalog(agency, first, label="uji")
    counts = (Position.objects.count(), Unit.objects.count(), Variable.objects.count())
    second = gold(2)
    second["document"]["nomor"] = "181/KEP/2019"
    second["document"]["tahun"] = 2019
    commit_catalog(agency, second, label="uji")
    assert (Position.objects.count(), Unit.objects.count(), Variable.objects.count()) == counts
