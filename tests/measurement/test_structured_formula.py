"""A structured formula is checked wherever it enters (the indicator form, the decree commit) by one
function, and a bad one stored by an older version degrades that one indicator — its figures say why —
never the page."""
from __future__ import annotations

import pytest

from kinerja.catalog.forms import IndicatorForm
from kinerja.catalog.models import Indicator
from kinerja.formula import FormulaError, check_formula
from kinerja.intake.commit import commit_catalog
from kinerja.intake.errors import ImportRejected
from kinerja.measurement.figures import figure_of
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)
BAD = {"kind": "ratio_percent", "expression": 123, "variables": "zzz"}


@pytest.mark.parametrize("bad,fragment", [
    (BAD, "'expression' harus teks"),
    ({"expression": "a / b", "variables": "zzz"}, "'variables' harus objek"),
    ({"expression": "a / / b", "variables": {"a": "A"}}, "tidak sah"),
    ({"expression": "a / b", "variables": {"a": "A"}}, "variabel b tidak diuraikan"),
    ({"kind": "sihir", "expression": "a", "variables": {"a": "A"}}, "jenis 'sihir' tidak dikenal"),
    ({"expression": "a", "variables": {"A B": "A"}}, "kunci variabel 'A B' tidak sah"),
    ({"expression": None, "value": True}, "'value' harus angka"),
    ({"expression": None, "bands": [{"label": 5}]}, "label pita ke-1 harus teks"),
    ([1, 2], "harus berupa objek JSON"),
])
def test_the_schema_check_refuses_with_a_bilingual_message(bad, fragment):
    with pytest.raises(FormulaError) as info:
        check_formula(bad)
    assert fragment in info.value.message_id and info.value.message_en.startswith("The structured formula is invalid")


def test_a_good_formula_reads_typed():
    formula = check_formula({"kind": "ratio_percent", "expression": " a / b * 100 ",
                             "variables": {"a": "Jumlah A", "b": "Jumlah B"}})
    assert formula.expression == "a / b * 100" and formula.names == ["a", "b"]
    assert formula.program().variables == ("a", "b")


def test_the_indicator_form_refuses_a_bad_formula(world):
    ind = world.indicator("a / b * 100", {"a": ("A", "orang"), "b": ("B", "orang")})
    data = {"jenis": "IKU", "name": ind.name, "formula": '{"kind": "ratio_percent", "expression": 123, '
                                                          '"variables": "zzz"}', "satuan": "%",
            "polarity": "positif", "period_type": "triwulanan", "aggregation": "recompute", "order": 0}
    form = IndicatorForm(data, instance=ind, agency=world.agency)
    assert not form.is_valid() and "'expression' harus teks" in form.errors["formula"][0]


def test_the_decree_commit_refuses_a_bad_formula(world):
    catalog = {"document": {"nomor": "1/2025", "tahun": 2025, "jenis": "IKU"}, "positions": [],
               "indicators": [{"sasaran": "Meningkatnya X", "indikator": "Persentase X", "satuan": "%",
                               "formula": {"kind": "ratio", "expression": "a / b", "variables": {"a": "Jumlah A"}}}]}
    with pytest.raises(ImportRejected) as info:
        commit_catalog(world.agency, catalog, label="uji")
    assert "variabel b tidak diuraikan" in info.value.message_id
    assert not Indicator.objects.filter(name="Persentase X").exists()


def test_a_stored_bad_formula_degrades_one_indicator_never_the_page(world, client):
    good = world.indicator("a / b * 100", {"a": ("A", "orang"), "b": ("B", "orang")}, targets={"2025-Q1": "50"})
    bad = world.indicator(satuan="orang", targets={"2025-Q1": "10"})
    Indicator.objects.filter(pk=bad.pk).update(formula=BAD)   # as an older version left it
    bad.refresh_from_db()
    result = save_entry(world.operator, bad, TW1, {"nilai": "8"}, version=0)
    assert result.figure.capaian == 80                         # entered directly, still judged
    assert "Formula terstruktur tidak sah" in figure_of(bad, TW1).explanation_id
    save_entry(world.operator, good, TW1, {"a": "1", "b": "4"}, version=0)
    slug = world.agency.slug
    client.force_login(world.operator)
    pages = [f"/pd/{slug}/indikator/{bad.pk}/", f"/realisasi/{slug}/unit/{world.unit.pk}/{TW1.key}/",
             f"/realisasi/{slug}/unit/{world.unit.pk}/{TW1.key}/templat.xlsx", f"/capaian/{slug}/{TW1.key}/"]
    for url in pages:
        assert client.get(url).status_code == 200, url
    grid = client.get(pages[1]).content.decode()
    assert "Formula terstruktur tidak sah" in grid and "50%" in grid    # the good one is computed beside it
    saved = client.post(f"/realisasi/{slug}/indikator/{bad.pk}/{TW1.key}/simpan/",
                        {"version": "1", "v_nilai": "9"}, HTTP_ACCEPT="application/json")
    assert saved.status_code == 200 and saved.json()["capaian"] == "90.00"
    client.force_login(world.planner)
    assert client.get(f"/pd/{slug}/dokumen/pengukuran-kinerja/xlsx/?tahun=2025&tw=1").status_code == 200
