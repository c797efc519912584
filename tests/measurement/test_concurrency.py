"""Two people saving the same realisasi: the second is told, and nothing is silently overwritten."""
import pytest

from kinerja.measurement.errors import ConflictError
from kinerja.measurement.figures import figure_of
from kinerja.measurement.models import Realisasi
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)


def test_second_save_with_stale_version_is_refused(world):
    ind = world.indicator("a / b * 100", {"a": ("A", "orang"), "b": ("B", "orang")})
    first = save_entry(world.operator, ind, TW1, {"a": "1", "b": "10"}, version=0).realisasi
    opened_at = first.version  # both people opened the form at this version
    save_entry(world.operator, ind, TW1, {"a": "2", "b": "10"}, version=opened_at)
    with pytest.raises(ConflictError) as info:
        save_entry(world.operator, ind, TW1, {"a": "3", "b": "10"}, version=opened_at)
    assert info.value.current_version == opened_at + 1
    r = Realisasi.objects.get(pk=first.pk)
    assert r.values.get(variable__key="a").raw == "2"
    assert figure_of(ind, TW1).value == pytest.approx(20)


def test_two_first_saves_conflict(world):
    ind = world.indicator(satuan="orang")
    save_entry(world.operator, ind, TW1, {"nilai": "5"}, version=0)
    with pytest.raises(ConflictError):
        save_entry(world.operator, ind, TW1, {"nilai": "6"}, version=0)
    assert Realisasi.objects.get(indicator=ind).direct_raw == "5"


def test_conflict_through_the_page_answers_409(world, client):
    ind = world.indicator(satuan="orang")
    client.force_login(world.operator)
    url = f"/realisasi/{world.agency.slug}/indikator/{ind.pk}/{TW1.key}/simpan/"
    ok = client.post(url, {"version": "0", "v_nilai": "5"}, HTTP_ACCEPT="application/json")
    assert ok.status_code == 200 and ok.json()["version"] == 1
    stale = client.post(url, {"version": "0", "v_nilai": "6"}, HTTP_ACCEPT="application/json")
    assert stale.status_code == 409 and stale.json()["conflict"]
    assert Realisasi.objects.get(indicator=ind).direct_raw == "5"
