"""The operator's grid, the planner's queue and the capaian table."""
from kinerja.measurement.services import workflow
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)


def test_grid_lists_variables_and_marks_missing(world, client):
    world.indicator("a / b * 100", {"a": ("Jumlah ditempatkan", "orang"), "b": ("Jumlah pencari kerja", "orang")})
    client.force_login(world.operator)
    page = client.get(f"/realisasi/{world.agency.slug}/unit/{world.unit.pk}/{TW1.key}/")
    text = page.content.decode()
    assert page.status_code == 200
    assert 'name="v_a"' in text and "Jumlah pencari kerja" in text
    assert "belum ada" in text  # unknown is shown as missing, not 0%


def test_grid_refuses_another_units_operator(world, client):
    client.force_login(world.other_operator)
    assert client.get(f"/realisasi/{world.agency.slug}/unit/{world.unit.pk}/{TW1.key}/").status_code == 404


def test_save_rejects_get(world, client):
    ind = world.indicator(satuan="orang")
    client.force_login(world.operator)
    assert client.get(f"/realisasi/{world.agency.slug}/indikator/{ind.pk}/{TW1.key}/simpan/").status_code == 405


def test_queue_and_capaian_table(world, client):
    ind = world.indicator(satuan="kasus", polarity="negatif", targets={"2025-Q1": "10"})
    r = save_entry(world.operator, ind, TW1, {"nilai": "5"}, version=0).realisasi
    workflow.submit(world.operator, r)
    client.force_login(world.planner)
    queue = client.get(f"/verifikasi/{world.agency.slug}/").content.decode()
    assert ind.name in queue
    client.post(f"/realisasi/{world.agency.slug}/r/{r.pk}/verifikasi/")
    r.refresh_from_db()
    assert r.status == "verified"
    table = client.get(f"/capaian/{world.agency.slug}/{TW1.key}/").content.decode()
    assert "Sangat Tinggi" in table
    assert "(2 × 10 − 5) / 10 × 100% = 150%" in table
    assert "semakin kecil semakin baik" in table
