from django.urls import reverse

from kinerja.audit.models import AuditEntry
from kinerja.catalog.models import PerangkatDaerah


def test_it_works(login, world):
    response = login("admin").post(reverse("catalog:agency_create"), {
        "pemda": world.pemda.pk, "name": "Dinas Kesehatan", "slug": "dinkes"})
    agency = PerangkatDaerah.objects.get(slug="dinkes")
    assert response.status_code == 302 and response["Location"] == agency.get_absolute_url()
    entry = AuditEntry.objects.get(object_id=str(agency.pk), content_type__model="perangkatdaerah")
    assert entry.action == "create" and entry.actor == world.user("admin")


def test_it_refuses_a_reserved_slug(login, world):
    response = login("admin").post(reverse("catalog:agency_create"), {
        "pemda": world.pemda.pk, "name": "Dinas Baru", "slug": "baru"})
    assert response.status_code == 200
    assert "slug" in response.context["form"].errors


def test_it_checks_access(login, world):
    response = login("planner").post(reverse("catalog:agency_create"), {
        "pemda": world.pemda.pk, "name": "Dinas Kesehatan", "slug": "dinkes"})
    assert response.status_code == 403
    assert not PerangkatDaerah.objects.filter(slug="dinkes").exists()
