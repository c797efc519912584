"""An amending decree (Perubahan) becomes a new version; the old one stays readable and loses nothing."""
from __future__ import annotations

import copy

import pytest

from kinerja.catalog.models import Indicator
from kinerja.intake.commit import commit_catalog
from kinerja.intake.diff import diff_catalogs, diff_rows
from kinerja.intake.errors import ImportRejected
from kinerja.intake.export import catalog_from_db

from .conftest import table_counts
from .helpers import gold


def _amended(base: dict) -> dict:
    new = copy.deepcopy(base)
    new["document"]["nomor"] = "17A Tahun 2023"
    rows = new["indicators"]
    rows[1]["formula_text"] = "PDRB Harga Konstan dibagi Jumlah Tenaga Kerja"          # changed
    rows[2]["indikator"] = rows[2]["indikator"] + " yang Bersertifikat"                 # renamed
    del rows[10]                                                                        # removed (old row 10)
    rows.append({**copy.deepcopy(rows[0]), "indikator": "Jumlah Desa Migran Produktif Terbentuk",
                 "formula_text": "Jumlah desa migran produktif", "formula": {
                     "kind": "count", "expression": "desa_migran", "variables": {"desa_migran": "Jumlah desa migran"}}})
    return new


@pytest.fixture
def old_decree(agency):
    return commit_catalog(agency, gold(1), label="uji")


def test_diff_finds_added_removed_and_changed(old_decree):
    changes = diff_catalogs(old_decree, _amended(gold(1)))
    assert [row["indikator"] for _, row in changes.added] == ["Jumlah Desa Migran Produktif Terbentuk"]
    assert [row["indikator"] for _, row in changes.removed] == [gold(1)["indicators"][10]["indikator"]]
    changed = {pair.old_index: [c.field for c in pair.changes] for pair in changes.changed}
    assert changed == {1: ["formula_text"], 2: ["indikator"]}
    assert len(changes.unchanged) == len(gold(1)["indicators"]) - 3


def test_diff_of_identical_catalogs_is_empty():
    rows = gold(3)["indicators"]
    changes = diff_rows(rows, copy.deepcopy(rows))
    assert changes.is_empty and len(changes.unchanged) == len(rows)
    assert all(p.old_index == p.new_index for p in changes.unchanged)


def test_commit_retires_the_old_indicators_and_links_successors(agency, old_decree):
    before = catalog_from_db(old_decree)
    old_ids = list(old_decree.indicators.order_by("order").values_list("pk", flat=True))
    new_decree = commit_catalog(agency, _amended(gold(1)), amends=old_decree, label="uji")

    assert new_decree.amends == old_decree
    assert catalog_from_db(old_decree) == before  # the old version reads exactly as it did
    old = {i.pk: i for i in Indicator.objects.filter(pk__in=old_ids)}
    assert not any(i.is_active for i in old.values())
    assert old[old_ids[10]].replaced_by is None
    renamed = old[old_ids[2]].replaced_by
    assert renamed.decree == new_decree and renamed.name.endswith("yang Bersertifikat")
    assert old[old_ids[0]].replaced_by.name == old[old_ids[0]].name
    assert new_decree.indicators.filter(is_active=True).count() == len(gold(1)["indicators"])
    # successors are distinct new rows, one per carried-over old row
    successors = [i.replaced_by_id for i in old.values() if i.replaced_by_id]
    assert len(successors) == len(set(successors)) == len(old_ids) - 1


def test_a_decree_is_amended_once(agency, old_decree):
    commit_catalog(agency, _amended(gold(1)), amends=old_decree, label="uji")
    again = _amended(gold(1))
    again["document"]["nomor"] = "17B Tahun 2023"
    before = table_counts()
    with pytest.raises(ImportRejected) as caught:
        commit_catalog(agency, again, amends=old_decree, label="uji")
    assert "sudah diubah" in caught.value.message_id and "already amended" in caught.value.message_en
    assert table_counts() == before


def test_another_agencys_decree_cannot_be_amended(agency, other_agency, old_decree):
    with pytest.raises(ImportRejected) as caught:
        commit_catalog(other_agency, _amended(gold(1)), amends=old_decree, label="uji")
    assert "another agency" in caught.value.message_en


def test_an_operator_change_in_the_expression_is_a_change_but_a_renamed_key_is_not():
    rows = gold(1)["indicators"][:1]
    flipped = copy.deepcopy(rows)
    flipped[0]["formula"]["expression"] = flipped[0]["formula"]["expression"].replace("/", "*")
    assert [c.field for c in diff_rows(rows, flipped).changed[0].changes] == ["formula"]
    renamed = copy.deepcopy(rows)
    formula = renamed[0]["formula"]
    formula["variables"] = {k + "_2": v for k, v in formula["variables"].items()}
    for key in rows[0]["formula"]["variables"]:
        formula["expression"] = formula["expression"].replace(key, key + "_2")
    assert diff_rows(rows, renamed).is_empty
