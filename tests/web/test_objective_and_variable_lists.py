from django.urls import reverse


def test_objective_list_works(login, world):
    response = login("operator_a").get(reverse("catalog:objective_list", args=[world.agency.slug]))
    text = response.content.decode()
    assert response.status_code == 200 and world.objective.text in text
    assert world.objective_y.text not in text
    assert reverse("catalog:objective_create", args=[world.agency.slug]) not in text  # read-only for operators


def test_variable_list_works(login, world):
    response = login("planner").get(reverse("catalog:variable_list", args=[world.agency.slug]))
    text = response.content.decode()
    assert response.status_code == 200 and world.variable.key in text and world.variable_y.key not in text
    assert reverse("catalog:variable_create", args=[world.agency.slug]) in text


def test_it_checks_access(login, world):
    assert login("planner").get(reverse("catalog:objective_list", args=[world.other.slug])).status_code == 404
    assert login("planner").get(reverse("catalog:variable_list", args=[world.other.slug])).status_code == 404
