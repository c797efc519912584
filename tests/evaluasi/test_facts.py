"""What facts.py reads from measurement, the catalog and the review: timeliness against the stored
deadline (or the default), position levels, cascading reach, capaian of the latest period."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from django.utils import timezone

from kinerja.audit.context import acting_as
from kinerja.cascade import Level
from kinerja.catalog.models import Unit
from kinerja.evaluasi.facts import default_deadline, gather, lkjip_deadline
from kinerja.periods import Period
from kinerja.catalog.models import Indicator
from kinerja.measurement.figures import figures
from kinerja.measurement.models import Realisasi, ReportingPeriod
from kinerja.measurement.services.derive import recompute_indicators
from kinerja.measurement.services.targets import set_target
from web.factories import make_indicator, make_position, make_unit

YEAR = 2025


def _realisasi(indicator, quarter, submitted, status=Realisasi.Status.VERIFIED, value="5"):
    """A directly entered realisasi, its figures computed by the engine as a save would."""
    r = Realisasi.objects.create(agency=indicator.agency, indicator=indicator, period=f"{YEAR}-Q{quarter}",
                                 year=YEAR, status=status, submitted_at=submitted, verified_at=submitted,
                                 direct_value=Decimal(value), direct_raw=value, complete=True)
    recompute_indicators([indicator])
    return r


def _at(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, datetime.min.time()))


def test_quarters_count_verified_realisasi_submitted_by_the_deadline(world):
    with acting_as(label="fixture"):
        ReportingPeriod.objects.create(agency=world.agency, period=f"{YEAR}-Q1", year=YEAR,
                                       deadline=_at(date(YEAR, 4, 5)))
        _realisasi(world.indicator_a, 1, _at(date(YEAR, 4, 4)))                       # on time
        _realisasi(world.indicator_b, 1, _at(date(YEAR, 4, 6)))                       # a day late
        _realisasi(world.indicator_iku, 1, _at(date(YEAR, 4, 1)), Realisasi.Status.SUBMITTED)  # not verified
        _realisasi(world.indicator_a, 2, _at(date(YEAR, 7, 10)))                      # default deadline: 10 July
        _realisasi(world.indicator_b, 2, _at(date(YEAR, 7, 11)))
    facts = gather(world.agency, YEAR, as_of=date(YEAR, 8, 1))
    q1, q2 = facts.quarters
    assert (q1.label, q1.expected, q1.verified, q1.on_time) == ("TW I 2025", 3, 2, 1)
    assert (q2.verified, q2.on_time) == (2, 1)
    assert q2.deadline == default_deadline(Period.quarter(YEAR, 2)) and q2.deadline.date() == date(YEAR, 7, 10)
    assert len(gather(world.agency, YEAR, as_of=date(YEAR, 3, 31)).quarters) == 0  # TW I has not ended yet


def test_levels_follow_reports_to_then_the_units_kind(world):
    with acting_as(label="fixture"):
        seksi_head = make_position(world.agency, "Kepala Seksi Pengupahan", world.unit_b1, reports_to=world.position_b)
        staff = make_position(world.agency, "Pengelola Data", world.unit_b1, reports_to=seksi_head)
        loose = make_position(world.agency, "Kepala UPT", make_unit(world.agency, "UPT", kind=Unit.Kind.UPT))
        make_indicator(world.agency, "Jumlah data upah terkumpul", jenis="IKI", position=staff, unit=world.unit_b1,
                       supports=world.indicator_b)
        world.indicator_b.supports = world.indicator_iku
        world.indicator_b.save()
        make_indicator(world.agency, "IKU kedua", jenis="IKU", position=loose)
    facts = gather(world.agency, YEAR, as_of=date(YEAR, 12, 31))
    levels = {i.name: i.level for i in facts.indicators}
    assert levels["Jumlah data upah terkumpul"] == Level.INDIVIDUAL
    assert levels["Persentase pencari kerja yang ditempatkan"] == Level.ES_III   # bidang head, no superior
    assert levels["IKU kedua"] == Level.ES_IV                                     # UPT head, no superior
    reach = {facts.iku_names[r.indicator]: r.deepest for r in facts.reach}
    assert reach == {"Tingkat Kesempatan Kerja": Level.INDIVIDUAL, "IKU kedua": Level.ES_IV}


def test_capaian_of_the_latest_period_with_any(world):
    indicator = world.indicator_a
    with acting_as(label="fixture"):
        Indicator.objects.filter(pk=indicator.pk).update(period_type=Indicator.PeriodType.TRIWULANAN)
        indicator.refresh_from_db()
        for quarter, value in ((2, "90"), (3, "101")):
            set_target(indicator, "rencana_aksi", Period.quarter(YEAR, quarter), "100")
            _realisasi(indicator, quarter, _at(date(YEAR, 3 * quarter + 1, 2)), value=value)
    facts = gather(world.agency, YEAR, as_of=date(YEAR, 12, 31))
    assert facts.capaian_period == f"{YEAR}-Q3" and [c.capaian for c in facts.capaian] == [Decimal("101")]
    with acting_as(label="fixture"):
        set_target(indicator, "pk", Period.of_year(YEAR), "100")
        for quarter in (1, 4):
            _realisasi(indicator, quarter, _at(date(YEAR, 3 * quarter % 12 + 1, 2)), value="95")
    yearly = figures(world.agency, [indicator], [Period.of_year(YEAR)])[(indicator.pk, str(YEAR))]
    assert yearly.capaian is not None  # the year now has its own capaian, which the facts prefer
    later = gather(world.agency, YEAR, as_of=date(YEAR + 1, 1, 5))
    assert later.capaian_period == str(YEAR) and [c.capaian for c in later.capaian] == [yearly.capaian]


def test_review_findings_reach_the_indicator_facts(world):
    with acting_as(label="fixture"):
        make_indicator(world.agency, "Persentase peserta yang lulus", jenis="IKI", formula_text="Jumlah peserta yang lulus")
    facts = {i.name: i for i in gather(world.agency, YEAR, as_of=date(YEAR, 12, 31)).indicators}
    # A percentage whose formula is a count: the review's error reaches the facts the rules read.
    assert facts["Persentase peserta yang lulus"].errors == ("name-percent-formula-count",)
    assert "sumber-data-missing" in facts["Persentase peserta yang lulus"].warnings
    assert not facts["Persentase pencari kerja yang ditempatkan"].errors


def test_the_lkjip_is_due_at_the_end_of_february():
    assert lkjip_deadline(2023) == date(2024, 2, 29) and lkjip_deadline(2024) == date(2025, 2, 28)
    assert default_deadline(Period.quarter(2025, 4)).date() == date(2025, 12, 31) + timedelta(days=10)
