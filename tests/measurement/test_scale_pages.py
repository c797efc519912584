"""The predicate scale page: the scale in force, an agency's own scale (any bands), the pemda default
and settings, the preview, and the recompute every save triggers."""
from decimal import Decimal

from django.urls import reverse

from kinerja.audit.models import AuditEntry
from kinerja.measurement.figures import figure_of
from kinerja.measurement.models import CapaianScale
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)
JSON = {"HTTP_ACCEPT": "application/json"}


def url(world, name="scales", agency=None):
    return reverse(f"measurement:{name}", args=[(agency or world.agency).slug])


def bands(*rows, name="Skala internal", samples="85; 95"):
    data = {"name": name, "samples": samples}
    for i, (label, low, low_in, high, high_in) in enumerate(rows):
        data.update({f"band-{i}-label": label, f"band-{i}-min": low, f"band-{i}-max": high,
                     f"band-{i}-colour": "#1b5e20"})
        if low_in:
            data[f"band-{i}-min_inclusive"] = "1"
        if high_in:
            data[f"band-{i}-max_inclusive"] = "1"
    return data


THREE = bands(("A", "90", False, "", False), ("B", "80", False, "90", True), ("C", "", False, "80", True))


def test_it_works(world, client):
    client.force_login(world.operator)
    text = client.get(url(world)).content.decode()
    assert "Permendagri 86/2017" in text and "Sangat Tinggi" in text and "91" in text
    assert 'name="band-0-label"' not in text  # readers get no editor
    client.force_login(world.planner)
    text = client.get(url(world)).content.decode()
    assert 'name="band-0-label" value="Sangat Tinggi"' in text and 'name="band-5-label"' in text
    assert "pemda_settings" not in text and "pemda/simpan" not in text
    client.force_login(world.admin)
    text = client.get(url(world)).content.decode()
    assert "pemda/simpan" in text and 'name="convention"' in text


def test_it_saves_an_agency_scale_and_recomputes(world, client):
    ind = world.indicator(satuan="indeks", targets={"2025-Q1": "100"})
    save_entry(world.operator, ind, TW1, {"nilai": "85"}, version=0)
    assert figure_of(ind, TW1).predikat == "Tinggi"
    client.force_login(world.planner)
    response = client.post(url(world, "scale_save"), THREE)
    assert response.status_code == 302
    row = CapaianScale.objects.get(agency=world.agency)
    assert [b.label for b in row.bands.order_by("order")] == ["A", "B", "C"]  # highest first
    assert figure_of(ind, TW1).predikat == "B"
    page = client.get(url(world)).content.decode()
    assert "Skala internal" in page
    # back to the default
    client.post(url(world, "scale_reset"))
    assert not CapaianScale.objects.filter(agency=world.agency).exists()
    assert figure_of(ind, TW1).predikat == "Tinggi"


def test_overlapping_bands_are_refused(world, client):
    client.force_login(world.planner)
    data = bands(("A", "85", True, "", False), ("B", "80", True, "90", False))
    response = client.post(url(world, "scale_save"), data)
    assert response.status_code == 422
    assert "bertumpang tindih" in response.content.decode()
    assert 'value="85"' in response.content.decode()  # what was typed is kept
    assert not CapaianScale.objects.filter(agency=world.agency).exists()
    client.cookies["django_language"] = "en"
    en = client.post(url(world, "scale_preview"), data, **JSON)
    assert en.status_code == 422 and "overlap" in en.json()["message"]


def test_a_bad_bound_names_its_field(world, client):
    client.force_login(world.planner)
    response = client.post(url(world, "scale_preview"), bands(("A", "delapan", True, "", False)), **JSON)
    assert response.json()["problems"][0]["field"] == "band-0-min"
    response = client.post(url(world, "scale_preview"), bands(("A", "80,123456", True, "", False)), **JSON)
    assert response.json()["problems"][0]["field"] == "band-0-min"


def test_gaps_are_a_warning_and_samples_are_classified(world, client):
    client.force_login(world.planner)
    data = bands(("A", "90", True, "", False), ("C", "", False, "80", False), samples="85; 95; 70")
    body = client.post(url(world, "scale_preview"), data, **JSON).json()
    assert body["ok"]
    assert any("80 ≤ x < 90" in w for w in body["warnings"])
    assert [(s["raw"], s["label"]) for s in body["samples"]] == [("85", None), ("95", "A"), ("70", "C")]
    page = client.post(url(world, "scale_save"), dict(data, action="preview"))
    assert page.status_code == 200 and "tidak masuk pita" in page.content.decode()
    assert not CapaianScale.objects.filter(agency=world.agency).exists()  # a preview saves nothing
    saved = client.post(url(world, "scale_save"), data, follow=True)
    assert CapaianScale.objects.filter(agency=world.agency).exists()
    assert "tidak masuk pita mana pun" in saved.content.decode()


def test_the_pemda_admin_sets_default_and_settings(world, client):
    ind = world.indicator(satuan="kasus", polarity="negatif", targets={"2025-Q1": "10"})
    save_entry(world.operator, ind, TW1, {"nilai": "5"}, version=0)
    assert figure_of(ind, TW1).capaian == 150
    client.force_login(world.admin)
    response = client.post(url(world, "pemda_settings_save"), {"convention": "t/r", "floor": "0", "ceiling": "120"})
    assert response.status_code == 302
    world.pemda.refresh_from_db()
    assert world.pemda.lower_is_better_convention == "t/r" and world.pemda.capaian_ceiling == Decimal(120)
    assert figure_of(ind, TW1).capaian == 120  # 10/5 = 200%, capped
    client.post(url(world, "pemda_scale_save"), bands(("Baik", "100", True, "", False),
                                                       ("Kurang", "", False, "100", False), name="Skala pemda"))
    assert CapaianScale.objects.get(pemda=world.pemda, agency__isnull=True).name == "Skala pemda"
    assert figure_of(ind, TW1).predikat == "Baik"


def test_pemda_settings_are_checked(world, client):
    client.force_login(world.admin)
    response = client.post(url(world, "pemda_settings_save"), {"convention": "t/r", "floor": "120", "ceiling": "0"})
    assert response.status_code == 422
    assert "Batas bawah lebih besar" in response.content.decode()
    response = client.post(url(world, "pemda_settings_save"), {"convention": "x", "floor": "", "ceiling": ""})
    assert response.status_code == 422
    world.pemda.refresh_from_db()
    assert world.pemda.lower_is_better_convention == "2t-r" and world.pemda.capaian_floor is None


def test_it_rejects_get(world, client):
    client.force_login(world.admin)
    for name in ("scale_save", "scale_reset", "scale_preview", "pemda_scale_save", "pemda_settings_save"):
        assert client.get(url(world, name)).status_code == 405


def test_it_checks_access(world, client):
    before = AuditEntry.objects.count()
    client.force_login(world.planner)  # a planner edits its agency, never the pemda
    assert client.post(url(world, "pemda_scale_save"), THREE).status_code == 403
    assert client.post(url(world, "pemda_settings_save"), {"convention": "t/r"}).status_code == 403
    assert client.get(url(world, agency=world.other_agency)).status_code == 404
    assert client.post(url(world, "scale_save", agency=world.other_agency), THREE).status_code == 404
    for user in (world.operator, world.head):  # readers of the agency cannot edit its scale
        client.force_login(user)
        assert client.post(url(world, "scale_save"), THREE).status_code == 403
        assert client.post(url(world, "scale_reset")).status_code == 403
        assert client.post(url(world, "scale_preview"), THREE).status_code == 403
    assert not CapaianScale.objects.exists()
    world.pemda.refresh_from_db()
    assert world.pemda.lower_is_better_convention == "2t-r"
    assert AuditEntry.objects.count() == before
