"""The Excel route: download a unit's sheet, fill it, upload; a per-cell report, nothing saved when
any cell is invalid."""
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from kinerja.measurement.figures import figure_of
from kinerja.measurement.models import Realisasi
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)


def fill(content: bytes, values: dict[str, str]) -> bytes:
    wb = load_workbook(BytesIO(content))
    ws = wb["Realisasi"]
    for row in ws.iter_rows(min_row=3):
        key = row[2].value
        if key in values:
            row[5].value = values[key]
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def setup(world, client):
    ratio = world.indicator("a / b * 100", {"a": ("Ditempatkan", "orang"), "b": ("Pencari kerja", "orang")},
                            targets={"2025-Q1": "50"})
    direct = world.indicator(satuan="dokumen", targets={"2025-Q1": "1"})
    client.force_login(world.operator)
    base = f"/realisasi/{world.agency.slug}/unit/{world.unit.pk}/{TW1.key}/"
    got = client.get(base + "templat.xlsx")
    assert got.status_code == 200
    return ratio, direct, base, got.content


def test_round_trip_saves_every_row(world, client):
    ratio, direct, base, content = setup(world, client)
    filled = fill(content, {"a": "30", "b": "60", "nilai": "1"})
    answer = client.post(base + "unggah/", {"file": SimpleUploadedFile("t.xlsx", filled)})
    assert answer.status_code == 200
    assert float(figure_of(ratio, TW1).value) == 50
    assert figure_of(direct, TW1).value == 1


def test_one_bad_cell_saves_nothing_and_names_the_cell(world, client):
    ratio, direct, base, content = setup(world, client)
    filled = fill(content, {"a": "30", "b": "60", "nilai": "-1"})
    answer = client.post(base + "unggah/", {"file": SimpleUploadedFile("t.xlsx", filled)})
    assert answer.status_code == 422
    problems = answer.context["report"].problems
    assert [p.cell for p in problems] == ["F5"]
    assert "negatif" in problems[0].message_id
    assert not Realisasi.objects.exists()


def test_not_a_workbook(world, client):
    _ratio, _direct, base, _content = setup(world, client)
    answer = client.post(base + "unggah/", {"file": SimpleUploadedFile("t.xlsx", b"not a workbook")})
    assert answer.status_code == 422
    assert not Realisasi.objects.exists()


def test_other_unit_operator_cannot_download(world, client):
    _ratio, _direct, base, _content = setup(world, client)
    client.force_login(world.other_operator)
    assert client.get(base + "templat.xlsx").status_code == 404
