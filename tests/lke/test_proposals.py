"""Proposal rules over plain facts: strength → the nearest answer on any scale, reasons in words."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from kinerja.cascade import Level, Reach
from kinerja.lke import RULES, load_instrument, nearest_answer, propose
from kinerja.lke.facts import CapaianFacts, Facts, IndicatorFacts, LkjipFacts, PreviousEvaluation, QuarterFacts

TREE = load_instrument()
EMPTY = Facts(year=2025, as_of=date(2026, 3, 1))


@given(st.sampled_from(sorted(TREE.scales)), st.fractions(0, 1), st.fractions(0, 1))
def test_a_stronger_judgement_never_gets_a_lower_answer(key, a, b):
    scale = TREE.scales[key]
    low, high = sorted((a, b))
    assert scale.fraction(nearest_answer(scale, low)) <= scale.fraction(nearest_answer(scale, high))


def test_nearest_answers():
    ae, aae, yt = TREE.scales["AE"], TREE.scales["AAE"], TREE.scales["YT"]
    assert [nearest_answer(ae, Fraction(p, 100)) for p in (100, 92, 87, 80, 62, 60, 10, 0)] == \
        ["A", "A", "B", "B", "C", "C", "E", "E"]
    assert [nearest_answer(aae, Fraction(p, 10)) for p in (10, 9, 8, 7)] == ["AA", "A", "BB", "B"]
    assert nearest_answer(yt, Fraction(1, 2)) == "T" and nearest_answer(yt, Fraction(51, 100)) == "Y"


def test_with_no_facts_every_rule_says_why_and_proposes_nothing():
    for code, proposal in propose(TREE, EMPTY).items():
        assert proposal.answer is None, code
        assert proposal.reason_id and proposal.reason_en and proposal.reason_id != proposal.reason_en
    assert len(propose(TREE, EMPTY)) == len([c for c in TREE.criteria() if c.proposal]) == len(RULES)


def _indicator(n, **kw):
    kw.setdefault("active", True)
    return IndicatorFacts(id=n, name=f"Indikator {n}", is_iku=kw.pop("is_iku", False), replaced=False, **kw)


def test_cascading_answers_by_the_shallowest_iku_and_names_it():
    facts = Facts(year=2025, as_of=date(2025, 12, 31), iku_names={1: "Tingkat Kesempatan Kerja", 2: "IKU dua"},
                  reach=(Reach(1, Level.ES_IV, {}), Reach(2, Level.INDIVIDUAL, {})))
    got = propose(TREE, facts)["1.b.8"]
    assert got.answer == "A"
    assert "«Tingkat Kesempatan Kerja»" in got.reason_id and "Eselon IV" in got.reason_id
    assert got.evidence[0].kind == "pohon"


def test_smart_share_and_its_most_frequent_errors():
    indicators = tuple(_indicator(n, errors=("name-count-formula-percent",) if n < 3 else ()) for n in range(10))
    got = propose(TREE, Facts(year=2025, as_of=date(2025, 12, 31), indicators=indicators))["1.b.5"]
    assert got.answer == "B"   # 7 of 10 clean: nearest to 0,75
    assert got.reason_id.startswith("7 dari 10 indikator (70%)") and "name-count-formula-percent ×3" in got.reason_id


def test_periodic_measurement_counts_on_time_quarters():
    quarters = (QuarterFacts("2025-Q1", "TW I 2025", None, 10, 10, 10),
                QuarterFacts("2025-Q2", "TW II 2025", None, 10, 9, 5))
    got = propose(TREE, Facts(year=2025, as_of=date(2025, 7, 30), quarters=quarters))["2.b.4"]
    assert got.answer == "B" and "15 dari 20" in got.reason_id and "TW II 2025: 5/10" in got.reason_id


def _lkjip(produced: datetime) -> LkjipFacts:
    return LkjipFacts(produced, date(2025, 2, 28), rows=8, with_target=8, with_renstra=6, with_past=8, sasaran=4,
                      sasaran_explained=1)


def test_report_on_time_compares_with_the_deadline():
    on_time = propose(TREE, Facts(year=2024, as_of=date(2025, 4, 1), lkjip=_lkjip(datetime(2025, 2, 20, 9))))
    late = propose(TREE, Facts(year=2024, as_of=date(2025, 4, 1), lkjip=_lkjip(datetime(2025, 3, 10, 9))))
    assert on_time["3.a.6"].answer == "Y" and "sebelum batas 28-02-2025" in on_time["3.a.6"].reason_id
    assert late["3.a.6"].answer == "T" and "10 hari setelah batas" in late["3.a.6"].reason_id
    assert on_time["3.b.4"].answer == "B" and on_time["3.b.7"].answer == "D"


def test_follow_up_reads_last_years_recommendations():
    prev = PreviousEvaluation(2024, True, recommendations=4, verified=3, reported=1, total=Decimal("71.20"),
                              total_before=Decimal("68.00"))
    got = propose(TREE, Facts(year=2025, as_of=date(2026, 3, 1), previous=prev))
    assert got["4.c.1"].answer == "B" and "3 dari 4 rekomendasi" in got["4.c.1"].reason_id
    assert "1 dilaporkan dan menunggu verifikasi" in got["4.c.1"].reason_id
    assert got["4.c.2"].answer == "A" and "naik dari 68,00 (2023) menjadi 71,20 (2024)" in got["4.c.2"].reason_id


def test_targets_on_track_and_realistic_read_capaian():
    capaian = tuple(CapaianFacts(n, f"Indikator {n}", "2025", Decimal(v)) for n, v in
                    enumerate(["100", "130", "95", "70"])) + (CapaianFacts(9, "Belum", "2025", None),)
    facts = Facts(year=2025, as_of=date(2026, 1, 5), capaian=capaian, capaian_period="2025")
    got = propose(TREE, facts)
    assert got["1.c.3"].answer == "C" and got["1.c.3"].reason_id.startswith("2 dari 4 indikator (50%)")
    assert got["1.b.7"].answer == "C" and "terlalu mudah (> 120%): «Indikator 1»" in got["1.b.7"].reason_id
    assert got["1.c.3"].evidence[0].param("period") == "2025" and "pada tahun 2025" in got["1.c.3"].reason_id
    assert "met their target in 2025" in got["1.c.3"].reason_en
    quarter = propose(TREE, Facts(year=2025, as_of=date(2025, 10, 5), capaian=capaian, capaian_period="2025-Q3"))
    assert "pada TW III 2025" in quarter["1.c.3"].reason_id and "in Q3 2025" in quarter["1.c.3"].reason_en
