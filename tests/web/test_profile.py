from django.urls import reverse


def test_it_works(login, world):
    response = login("operator_a").get(reverse("accounts:profile"))
    text = response.content.decode()
    assert response.status_code == 200
    assert "Operator unit" in text and world.unit_a.name in text


def test_it_checks_access(client, db):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:login"))
