import pytest

from kinerja.capaian.errors import PeriodError
from kinerja.periods import Period, RenstraSpan, parse_period


@pytest.mark.parametrize("text, key", [
    ("TW I 2024", "2024-Q1"), ("Triwulan 4 2024", "2024-Q4"), ("tw iii 2024", "2024-Q3"), ("Q2 2024", "2024-Q2"),
    ("Semester 1 2024", "2024-S1"), ("Semester II 2024", "2024-S2"), ("Januari 2024", "2024-M01"),
    ("Agustus 2024", "2024-M08"), ("December 2024", "2024-M12"), ("2024", "2024"), ("Tahun 2024", "2024"),
    ("2024-Q1", "2024-Q1"), ("2024-S2", "2024-S2"), ("2024-M03", "2024-M03"), ("2024-03", "2024-M03"),
])
def test_it_parses_labels_and_keys(text, key):
    assert parse_period(text).key == key


def test_labels_round_trip_in_both_languages():
    for kind in ("year", "semester", "quarter", "month"):
        for period in Period.of_year(2024).children(kind) if kind != "year" else (Period.of_year(2024),):
            assert parse_period(period.label()) == period
            assert parse_period(period.label("en")) == period
            assert parse_period(period.key) == period


def test_labels_read_like_reports():
    assert Period.quarter(2024, 1).label() == "TW I 2024"
    assert Period.quarter(2024, 4).label("en") == "Q4 2024"
    assert Period.semester(2024, 1).label() == "Semester 1 2024"
    assert Period.month(2024, 5).label() == "Mei 2024"


@pytest.mark.parametrize("text", ["TW V 2024", "Semester 3 2024", "2024-13", "Triwulan 2024", "bulan depan", "24"])
def test_it_rejects_what_is_not_a_period(text):
    with pytest.raises(PeriodError) as info:
        parse_period(text)
    assert info.value.message_id and info.value.message_en


def test_it_rejects_impossible_periods():
    with pytest.raises(PeriodError):
        Period(2024, "quarter", 5)
    with pytest.raises(PeriodError):
        Period(2024, "week", 1)  # type: ignore[arg-type]
    with pytest.raises(PeriodError):
        Period(24, "year", 1)


def test_ordering_reads_like_a_report():
    given = ["TW II 2024", "2024", "Januari 2024", "Semester 1 2024", "TW I 2024", "TW IV 2023"]
    ordered = [p.label() for p in sorted(parse_period(t) for t in given)]
    assert ordered == ["TW IV 2023", "2024", "Semester 1 2024", "TW I 2024", "Januari 2024", "TW II 2024"]


def test_parents_and_children():
    q3 = Period.quarter(2024, 3)
    assert q3.parent("semester") == Period.semester(2024, 2)
    assert q3.parent() == Period.of_year(2024)
    assert [m.index for m in q3.children("month")] == [7, 8, 9]
    assert [q.index for q in Period.semester(2024, 2).children("quarter")] == [3, 4]
    assert len(Period.of_year(2024).children("month")) == 12
    assert Period.of_year(2024).contains(q3) and not q3.contains(Period.of_year(2024))
    with pytest.raises(PeriodError):
        q3.parent("month")
    with pytest.raises(PeriodError):
        q3.children("semester")


def test_shifting_crosses_years():
    assert Period.quarter(2024, 1).previous() == Period.quarter(2023, 4)
    assert Period.month(2024, 12).next() == Period.month(2025, 1)
    assert Period.of_year(2024).shifted(-3) == Period.of_year(2021)


def test_renstra_span():
    span = RenstraSpan(2025)
    assert span.years == (2025, 2026, 2027, 2028, 2029)
    assert span.last_year == 2029 and span.label() == "Renstra 2025–2029"
    assert span.contains(Period.quarter(2029, 4)) and not span.contains(2030)
    assert len(list(span.periods("quarter"))) == 20
    with pytest.raises(PeriodError):
        RenstraSpan(2025, 0)
