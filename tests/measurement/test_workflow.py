"""draft → submitted → verified → locked; return with a reason; locked periods refuse changes; a
correction after locking needs a reason and is audited."""
import pytest

from kinerja.audit.context import acting_as
from kinerja.audit.models import AuditEntry
from kinerja.measurement.errors import LockedPeriodError, MeasurementError
from kinerja.measurement.figures import figure_of
from kinerja.measurement.models import Realisasi
from kinerja.measurement.services import workflow
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)


@pytest.fixture
def entered(world):
    ind = world.indicator(satuan="orang", targets={"2025-Q1": "10"})
    return save_entry(world.operator, ind, TW1, {"nilai": "8"}, version=0).realisasi


def test_full_cycle(world, entered):
    workflow.submit(world.operator, entered)
    assert entered.status == "submitted"
    workflow.verify(world.planner, entered)
    assert entered.status == "verified"
    assert workflow.lock_period(world.planner, world.agency, TW1) == 1
    entered.refresh_from_db()
    assert entered.status == "locked"


def test_operator_cannot_verify(world, entered):
    workflow.submit(world.operator, entered)
    with pytest.raises(MeasurementError):
        workflow.verify(world.operator, entered)


def test_other_unit_operator_cannot_enter(world, entered):
    with pytest.raises(MeasurementError):
        save_entry(world.other_operator, entered.indicator, TW1, {"nilai": "9"}, version=entered.version)


def test_return_needs_a_reason_and_reopens_entry(world, entered):
    workflow.submit(world.operator, entered)
    with pytest.raises(MeasurementError):
        workflow.return_to_operator(world.planner, entered, "  ")
    workflow.return_to_operator(world.planner, entered, "Bukti dukung belum ada")
    assert entered.status == "returned" and entered.return_reason == "Bukti dukung belum ada"
    saved = save_entry(world.operator, entered.indicator, TW1, {"nilai": "9"}, version=entered.version)
    assert saved.figure.value == 9


def test_submitted_row_refuses_edits(world, entered):
    workflow.submit(world.operator, entered)
    with pytest.raises(MeasurementError):
        save_entry(world.operator, entered.indicator, TW1, {"nilai": "9"}, version=entered.version)


def test_locked_period_refuses_operator_changes(world, entered):
    workflow.lock_period(world.planner, world.agency, TW1)
    entered.refresh_from_db()
    with pytest.raises(LockedPeriodError):
        save_entry(world.operator, entered.indicator, TW1, {"nilai": "9"}, version=entered.version)
    with pytest.raises(LockedPeriodError):
        workflow.submit(world.operator, entered)


def test_correction_after_lock_needs_reason_and_is_audited(world, entered):
    workflow.lock_period(world.planner, world.agency, TW1)
    entered.refresh_from_db()
    with pytest.raises(LockedPeriodError):
        save_entry(world.planner, entered.indicator, TW1, {"nilai": "9"}, version=entered.version)
    with acting_as(world.planner):
        r = save_entry(world.planner, entered.indicator, TW1, {"nilai": "9"}, version=entered.version,
                       correction_reason="Salah ketik pada TW I").realisasi
    assert figure_of(r.indicator, TW1).value == 9
    entry = AuditEntry.objects.filter(object_id=str(r.pk), reason="Salah ketik pada TW I").first()
    assert entry is not None and entry.actor_id == world.planner.pk
    assert entry.before["direct_raw"] == "8" and entry.after["direct_raw"] == "9"


def test_lock_twice_is_refused(world, entered):
    workflow.lock_period(world.planner, world.agency, TW1)
    with pytest.raises(LockedPeriodError):
        workflow.lock_period(world.planner, world.agency, TW1)


def test_submit_needs_complete_inputs(world):
    ind = world.indicator("a / b * 100", {"a": ("A", "orang"), "b": ("B", "orang")})
    r = save_entry(world.operator, ind, TW1, {"a": "1", "b": ""}, version=0).realisasi
    with pytest.raises(MeasurementError):
        workflow.submit(world.operator, r)
    assert Realisasi.objects.get(pk=r.pk).status == "draft"
