import pytest

from kinerja.capaian.errors import CapaianError
from kinerja.periods import Period
from kinerja.capaian.rencana_aksi import period_capaian

Q = {i: Period.quarter(2024, i) for i in range(1, 5)}
REALISASI = {Q[1]: 10, Q[2]: 20, Q[3]: None, Q[4]: 40}


def test_cumulative_targets_compare_with_the_total_to_date():
    result, combined = period_capaian(Q[2], 25, REALISASI, rule="sum", target_mode="kumulatif")
    assert combined.value == 30 and result.exact == 120
    assert result.explanation_id.startswith("Jumlah TW I 2024 – TW II 2024 = 10 + 20 = 30.")


def test_per_quarter_targets_compare_with_that_quarter():
    result, combined = period_capaian(Q[2], 25, REALISASI, rule="sum", target_mode="per_triwulan")
    assert combined is None and result.exact == 80


def test_a_missing_quarter_leaves_the_cumulative_capaian_unknown():
    result, combined = period_capaian(Q[4], 100, REALISASI, rule="sum")
    assert result.status == "unknown" and combined.missing == (Q[3],)
    assert "TW III 2024" in result.explanation_id and "bukan 0%" in result.explanation_id
    missing_q3, _ = period_capaian(Q[3], 25, REALISASI, rule="sum", target_mode="per_triwulan")
    assert missing_q3.status == "unknown"


def test_last_rule_cumulative_uses_the_quarter_itself():
    result, _ = period_capaian(Q[4], 50, REALISASI, rule="last", polarity="negatif")
    assert result.exact == 120  # (2 × 50 − 40) / 50


def test_year_from_quarters():
    result, combined = period_capaian(Period.of_year(2024), 80, REALISASI | {Q[3]: 30}, rule="sum")
    assert combined.value == 100 and result.exact == 125


def test_an_indicator_meaningful_only_yearly():
    quarter, _ = period_capaian(Q[2], 25, REALISASI, rule="last", yearly_only=True)
    assert quarter.status == "undefined" and quarter.value is None
    assert "hanya bermakna tahunan" in quarter.explanation_id and "only yearly" in quarter.explanation_en
    year, _ = period_capaian(Period.of_year(2024), 40, REALISASI, rule="last", yearly_only=True)
    assert year.status == "ok" and year.exact == 100


def test_bad_requests():
    with pytest.raises(CapaianError):
        period_capaian(Q[2], 25, REALISASI, rule="sum", target_mode="bulanan")
    with pytest.raises(CapaianError):
        period_capaian(Q[2], 25, REALISASI, rule="recompute")
    with pytest.raises(CapaianError):
        period_capaian(Period.month(2024, 2), 25, REALISASI, rule="sum")
