from django.urls import reverse


def test_it_lists_the_agencies_in_scope(login, world):
    response = login("evaluator").get(reverse("catalog:agency_list"))
    assert response.status_code == 200
    assert world.agency.name in response.content.decode()
    assert world.other.name in response.content.decode()


def test_it_offers_creation_to_pemda_admins_only(login, world):
    url = reverse("catalog:agency_create")
    assert url in login("admin").get(reverse("catalog:agency_list")).content.decode()
    assert url not in login("planner").get(reverse("catalog:agency_list")).content.decode()


def test_it_checks_access(login, world):
    text = login("planner").get(reverse("catalog:agency_list")).content.decode()
    assert world.agency.name in text
    assert world.other.name not in text


def test_home_goes_straight_to_the_only_agency(login, world):
    response = login("operator_a").get(reverse("catalog:home"))
    assert response["Location"] == reverse("catalog:agency_detail", args=[world.agency.slug])
    response = login("evaluator").get(reverse("catalog:home"))
    assert response["Location"] == reverse("catalog:agency_list")


def test_it_links_the_pemda_dashboard_for_pemda_wide_readers_only(login, world):
    url = reverse("reports:pemda_dashboard", args=[world.agency.pemda.slug])
    assert url in login("evaluator").get(reverse("catalog:agency_list")).content.decode()
    assert url in login("admin").get(reverse("catalog:agency_list")).content.decode()
    assert url not in login("planner").get(reverse("catalog:agency_list")).content.decode()
