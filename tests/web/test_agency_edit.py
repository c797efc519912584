from django.urls import reverse


def test_it_works(login, world):
    url = reverse("catalog:agency_edit", args=[world.agency.slug])
    response = login("admin").post(url, {"name": "Dinas Tenaga Kerja dan Transmigrasi", "slug": "dinas-x",
                                         "short_name": "Disnakertrans"})
    assert response.status_code == 302
    world.agency.refresh_from_db()
    assert world.agency.short_name == "Disnakertrans"


def test_it_does_not_move_an_agency_to_another_pemda(login, world):
    form = login("admin").get(reverse("catalog:agency_edit", args=[world.agency.slug])).context["form"]
    assert "pemda" not in form.fields


def test_it_checks_access(login, world):
    url = reverse("catalog:agency_edit", args=[world.agency.slug])
    assert login("planner").post(url, {"name": "X", "slug": "dinas-x"}).status_code == 403
    world.agency.refresh_from_db()
    assert world.agency.name == "Dinas Tenaga Kerja"
