"""Two people edit the same thing: the second save is refused (409), keeps what they typed, and says
what changed, field by field; nothing is silently overwritten. Each case is two real clients, each
opening the edit page first and posting what its page held, as two browsers would."""
from __future__ import annotations

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from kinerja.accounts.models import Role
from kinerja.catalog.models import Decree, Indicator, Objective, PerangkatDaerah, Position, Unit, Variable

# kind, model, world attribute, a text field to change
KINDS = [
    ("unit", Unit, "unit_a", "name"),
    ("jabatan", Position, "position_a", "name"),
    ("keputusan", Decree, "decree", "tentang"),
    ("sasaran", Objective, "objective", "text"),
    ("variabel", Variable, "variable", "phrase"),
    ("indikator", Indicator, "indicator_iku", "name"),
]


def form_data(form) -> dict:
    """What a browser posts for an unchanged form."""
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        widget = field.widget.__class__.__name__
        if widget == "CheckboxInput":
            if value:
                data[form.add_prefix(name)] = "on"
        elif isinstance(value, (list, tuple)):
            data[form.add_prefix(name)] = [str(v) for v in value]
        else:
            data[form.add_prefix(name)] = "" if value is None else str(value)
    return data


def opened(client, url: str, key: str = "form") -> dict:
    response = client.get(url)
    assert response.status_code == 200
    return form_data(response.context[key])


def signed_in(world, key: str) -> Client:
    client = Client()
    client.force_login(world.user(key))
    return client


@pytest.mark.parametrize("kind,model,attr,field", KINDS, ids=[k[0] for k in KINDS])
def test_the_second_save_of_a_catalog_row_is_refused_and_told_what_changed(world, kind, model, attr, field):
    obj = getattr(world, attr)
    url = f"/pd/{world.agency.slug}/{kind}/{obj.pk}/ubah/"
    planner, admin = signed_in(world, "planner"), signed_in(world, "admin")
    first, second = opened(planner, url), opened(admin, url)
    first[field] = "Versi perencana"
    assert planner.post(url, first).status_code == 302
    second[field] = "Versi admin"
    refused = admin.post(url, second)
    assert refused.status_code == 409
    text = refused.content.decode()
    assert "diubah orang lain" in text and "Versi perencana" in text and "planner" in text
    assert "Versi admin" in text  # the second person's input is still in the form
    assert getattr(model.objects.get(pk=obj.pk), field) == "Versi perencana"
    # Having seen the change, saving again overwrites it knowingly.
    again = form_data(refused.context["form"])
    assert admin.post(url, again).status_code == 302
    assert getattr(model.objects.get(pk=obj.pk), field) == "Versi admin"


def test_edits_of_different_people_to_an_unchanged_row_both_save(world):
    url = f"/pd/{world.agency.slug}/indikator/{world.indicator_iku.pk}/ubah/"
    planner = signed_in(world, "planner")
    data = opened(planner, url)
    data["sumber_data"] = "BPS"
    assert planner.post(url, data).status_code == 302
    data = opened(planner, url)
    data["satuan"] = "%"
    assert planner.post(url, data).status_code == 302
    row = Indicator.objects.get(pk=world.indicator_iku.pk)
    assert (row.sumber_data, row.satuan) == ("BPS", "%")


def test_a_row_deleted_meanwhile_is_a_conflict_not_a_resurrection(world):
    url = f"/pd/{world.agency.slug}/sasaran/{world.objective_y.pk}/ubah/".replace(world.agency.slug, world.other.slug)
    planner_y = signed_in(world, "planner_y")
    data = opened(planner_y, url)
    Objective.objects.filter(pk=world.objective_y.pk).delete()
    data["text"] = "Diubah"
    response = planner_y.post(url, data)
    assert response.status_code == 404 or (response.status_code == 409 and "dihapus" in response.content.decode())
    assert not Objective.objects.filter(pk=world.objective_y.pk).exists()


def test_the_agency_record(world):
    url = reverse("catalog:agency_edit", args=[world.agency.slug])
    one, two = signed_in(world, "admin"), Client()
    from web.factories import make_user

    two.force_login(make_user("admin2", {"kind": Role.Kind.PEMDA_ADMIN, "pemda": world.pemda}))
    first, second = opened(one, url), opened(two, url)
    first["phone"] = "0511-111"
    second["address"] = "Jl. Baru 2"
    assert one.post(url, first).status_code == 302
    response = two.post(url, second)
    assert response.status_code == 409 and "0511-111" in response.content.decode()
    assert PerangkatDaerah.objects.get(pk=world.agency.pk).address != "Jl. Baru 2"


def test_a_user_edit_never_undoes_a_password_change_made_meanwhile(world, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    op = world.user("operator_a")
    url = reverse("accounts:user_edit", args=[op.pk])
    admin = signed_in(world, "admin")
    data = opened(admin, url)
    op.set_password("sandi-baru-operator-9")  # the owner changes their password meanwhile
    op.save()
    data["full_name"] = "Operator A Baru"
    assert admin.post(url, data).status_code == 302
    op.refresh_from_db()
    assert op.first_name == "Operator A Baru" and op.check_password("sandi-baru-operator-9")


def test_two_admins_editing_one_user(world):
    op = world.user("operator_a")
    url = reverse("accounts:user_edit", args=[op.pk])
    from web.factories import make_user

    one, two = signed_in(world, "admin"), Client()
    two.force_login(make_user("admin2", {"kind": Role.Kind.PEMDA_ADMIN, "pemda": world.pemda}))
    first, second = opened(one, url), opened(two, url)
    first.update(email="a@dinas.go.id", full_name="Operator A")
    second.update(email="b@dinas.go.id", full_name="Operator A")
    assert one.post(url, first).status_code == 302
    refused = two.post(url, second)
    assert refused.status_code == 409 and "a@dinas.go.id" in refused.content.decode()
    op.refresh_from_db()
    assert op.email == "a@dinas.go.id"


def _post_together(posts) -> list[int]:
    """Send the requests at the same moment, each on its own thread (and database connection)."""
    barrier = threading.Barrier(len(posts))
    statuses: list[int] = [0] * len(posts)

    def run(i, client, url, data):
        try:
            barrier.wait()
            statuses[i] = client.post(url, data).status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, *p)) for i, p in enumerate(posts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return statuses


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_simultaneous_saves_one_wins_one_is_told(client):
    """Real concurrency needs real connections: PostgreSQL, each thread its own, the row lock between."""
    from web.factories import build_world

    world = build_world()
    url = f"/pd/{world.agency.slug}/indikator/{world.indicator_iku.pk}/ubah/"
    for round_ in range(5):
        planner, admin = signed_in(world, "planner"), signed_in(world, "admin")
        first, second = opened(planner, url), opened(admin, url)
        first["definisi"], second["definisi"] = f"Definisi perencana {round_}", f"Definisi admin {round_}"
        statuses = _post_together([(planner, url, first), (admin, url, second)])
        assert sorted(statuses) == [302, 409]
        winner = first["definisi"] if statuses[0] == 302 else second["definisi"]
        assert Indicator.objects.get(pk=world.indicator_iku.pk).definisi == winner
    # The threads' connections went back to the pool, still open: close them, or the test database
    # could not be dropped at the end of the run.
    if hasattr(connection, "close_pool"):
        connection.close_pool()
