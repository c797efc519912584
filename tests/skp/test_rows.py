"""IKI row → SKP row: what comes from where, and what is said when something is missing."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kinerja.skp.model import ASPEK, IkiRow, IndicatorFacts, PeriodFact, Supported
from kinerja.skp.rows import (HIDDEN_SUPERIOR, NO_SASARAN, NO_SUPPORTS, NO_TARGET, RENSTRA_TARGET, REVISED_TARGET,
                              skp_row, skp_rows, skp_target)

ROW = IkiRow(7, "Persentase IKM yang dibina", "%", "Meningkatnya pembinaan IKM", "ratio_percent",
             supports=Supported("Persentase pertumbuhan nilai produksi IKM", "Meningkatnya daya saing IKM",
                                "Kepala Dinas"))


def test_every_field_has_its_source():
    facts = IndicatorFacts(pk_target_raw="75", periods=(PeriodFact("2024-Q1", "20", True, Decimal("21")),))
    row = skp_row(1, ROW, facts)
    assert row.rhk_atasan == "Meningkatnya daya saing IKM"
    assert row.rhk == "Meningkatnya pembinaan IKM" and row.indikator == ROW.name
    assert row.target.text == "75 %" and row.target.low == row.target.high == Decimal(75)
    assert row.aspek == row.aspek_proposed == "kualitas" and not row.aspek_saved
    assert row.periods == facts.periods and row.notes == ()


def test_a_saved_aspek_wins_and_the_proposal_stays_visible():
    row = skp_row(1, IkiRow(**{**ROW.__dict__, "aspek_saved": "waktu", "aspek_version": 3}),
                  IndicatorFacts(pk_target_raw="75"))
    assert (row.aspek, row.aspek_proposed, row.aspek_saved, row.aspek_version) == ("waktu", "kualitas", True, 3)


def test_the_superior_sasaran_falls_back_to_the_superior_indicator():
    supports = Supported("Tingkat Kesempatan Kerja", "   ")
    assert skp_row(1, IkiRow(**{**ROW.__dict__, "supports": supports}), IndicatorFacts()).rhk_atasan == \
        "Tingkat Kesempatan Kerja"


def test_what_is_missing_is_said_not_invented():
    bare = IkiRow(1, "Jumlah IKM", "unit", "", "count")
    row = skp_row(1, bare, IndicatorFacts())
    assert row.rhk_atasan == "" and row.rhk == "" and row.target.text == ""
    assert set(row.notes) == {NO_SUPPORTS, NO_SASARAN, NO_TARGET}
    hidden = skp_row(1, IkiRow(**{**bare.__dict__, "supports_hidden": True}),
                     IndicatorFacts(pk_target_raw="5", target_kind="pk_perubahan"))
    assert HIDDEN_SUPERIOR in hidden.notes and NO_SUPPORTS not in hidden.notes and REVISED_TARGET in hidden.notes
    renstra = skp_row(1, bare, IndicatorFacts(pk_target_raw="5", target_kind="renstra"))
    assert RENSTRA_TARGET in renstra.notes and NO_TARGET not in renstra.notes


def test_targets_as_the_form_prints_them():
    assert skp_target("1 Dokumen", "dokumen").text == "1 Dokumen"
    assert skp_target("12.317", "orang").text == "12.317 orang"
    assert skp_target("0,125", "%").text == "0,125 %"
    ranged = skp_target("80–90%", "%")
    assert ranged.text == "80–90 %" and (ranged.low, ranged.high) == (Decimal(80), Decimal(90))
    assert skp_target("WTP", "opini").text == "WTP" and skp_target("WTP", "opini").low is None
    unreadable = skp_target("naik terus", "%")
    assert unreadable.text == "naik terus" and unreadable.low is None


@given(st.lists(st.builds(IkiRow, st.integers(1, 10**6), st.text(max_size=40), st.text(max_size=8),
                          st.text(max_size=40), st.sampled_from(["count", "ratio_percent", None]),
                          aspek_saved=st.sampled_from([None, *ASPEK, "salah"])), max_size=8),
       st.text(max_size=20))
def test_any_rows_map_numbered_and_total(rows, raw):
    mapped = skp_rows(rows, {r.indicator_id: IndicatorFacts(pk_target_raw=raw) for r in rows})
    assert [r.number for r in mapped] == list(range(1, len(rows) + 1))
    assert all(r.aspek in ASPEK for r in mapped)
    for iki, row in zip(rows, mapped, strict=True):
        assert row.aspek_saved == (iki.aspek_saved in ASPEK)
