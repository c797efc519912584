from django.contrib.auth import get_user_model
from django.urls import reverse

from kinerja.accounts.models import Role

from web.factories import make_agency, make_pemda, make_unit

from .helpers import roles_of, user_entries

URL = reverse("accounts:user_create")
User = get_user_model()


def _post(world, **extra):
    data = {"username": "sari", "full_name": "Sari Dewi Lestari", "email": "sari@example.go.id",
            "password1": "kinerja-seksi-2024", "password2": "kinerja-seksi-2024",
            "kind": "operator", "place": f"unit-{world.unit_a1.pk}"}
    data.update(extra)
    return data


def test_it_works(login, world):
    response = login("admin").post(URL, _post(world))
    sari = User.objects.get(username="sari")
    assert response.status_code == 302 and response["Location"] == reverse("accounts:user_detail", args=[sari.pk])
    assert sari.get_full_name() == "Sari Dewi Lestari" and sari.email == "sari@example.go.id"
    assert sari.check_password("kinerja-seksi-2024") and sari.is_active
    assert roles_of(sari) == {("operator", world.pemda.pk, world.agency.pk, world.unit_a1.pk)}


def test_it_generates_a_password_shown_once(login, world):
    client = login("admin")
    response = client.post(URL, _post(world, password1="", password2=""))
    assert response.status_code == 200
    password = response.context["password"]
    assert len(password) >= 12 and password in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert User.objects.get(username="sari").check_password(password)
    # The password is nowhere else: the user's page does not show it.
    detail = client.get(reverse("accounts:user_detail", args=[User.objects.get(username="sari").pk]))
    assert password not in detail.content.decode()


def test_it_is_attributed_and_keeps_the_hash_out_of_the_audit(login, world):
    before = len(user_entries())
    login("admin").post(URL, _post(world))
    entries = user_entries()[before:]
    assert [(e.action, e.actor_label) for e in entries] == [("create", "admin")]
    assert "password" not in entries[0].after and "last_login" not in entries[0].after
    assert entries[0].after["username"] == "sari"
    sari = User.objects.get(username="sari")
    assert sari.password[:20] not in str(entries[0].after)


def test_it_validates_the_password(login, world):
    response = login("admin").post(URL, _post(world, password1="12345678", password2="12345678"))
    assert response.status_code == 200 and "password1" in response.context["form"].errors
    response = login("admin").post(URL, _post(world, password2="lain-sekali-2024"))
    assert "password2" in response.context["form"].errors
    assert not User.objects.filter(username="sari").exists()


def test_it_refuses_a_taken_username(login, world):
    response = login("admin").post(URL, _post(world, username="Operator_A"))
    assert "username" in response.context["form"].errors
    assert User.objects.filter(username__iexact="operator_a").count() == 1


def test_it_refuses_a_place_that_does_not_fit_the_role(login, world):
    response = login("admin").post(URL, _post(world, kind="planner"))  # a planner needs an agency, not a unit
    assert "place" in response.context["form"].errors
    assert not User.objects.filter(username="sari").exists()


def test_it_cannot_make_a_superuser(login, world):
    login("admin").post(URL, _post(world, is_superuser="on", is_staff="on"))
    sari = User.objects.get(username="sari")
    assert not sari.is_superuser and not sari.is_staff


def test_it_speaks_english(login, world):
    client = login("admin")
    client.cookies["django_language"] = "en"
    response = client.post(URL, _post(world, password2="lain-sekali-2024"))
    text = response.content.decode()
    assert "The two passwords do not match." in text and "Full name" in text


def test_it_checks_access(login, world):
    response = login("planner").post(URL, _post(world))
    assert response.status_code == 403 and not User.objects.filter(username="sari").exists()
    # Another pemda's unit is not a choice for this pemda's admin.
    other = make_unit(make_agency(make_pemda("Kota Lain"), "Dinas Lain", "dinas-lain"), "Bidang Lain")
    response = login("admin").post(URL, _post(world, place=f"unit-{other.pk}"))
    assert response.status_code == 200 and "place" in response.context["form"].errors
    assert not Role.objects.filter(unit=other).exists()
