"""Values nobody should type, typed anyway: a NUL byte, control characters, 40-digit numbers,
negative numbers, "1.234,5" where a whole number is expected. Every form answers with a clear
message (or takes the value), never a server error, and a refused save changes nothing."""
from __future__ import annotations

import pytest
from django.forms.models import model_to_dict
from django.test import Client
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from kinerja.catalog.models import Decree, Indicator, Objective, Position, Unit, Variable
from kinerja.periods import Period

from web.test_edit_conflicts import form_data

KINDS = {"unit": (Unit, "unit_a"), "jabatan": (Position, "position_a"), "keputusan": (Decree, "decree"),
         "sasaran": (Objective, "objective"), "variabel": (Variable, "variable"), "indikator": (Indicator, "indicator_a")}
NASTY = ["\x00", "teks\x00dengan NUL", "\x07\x1b[31m\x08", "9" * 40, "-" + "9" * 40, "-1", "1.234,5", "1e308",
         "٣", "‮kanan-ke-kiri", " " * 5000, "ＡＢＣ１２３"]


def client_for(world, key: str = "planner") -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(world.user(key))
    return client


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("nasty", NASTY, ids=range(len(NASTY)))
def test_catalog_forms_refuse_or_keep_but_never_fail(world, kind, nasty):
    model, attr = KINDS[kind]
    obj = getattr(world, attr)
    url = f"/pd/{world.agency.slug}/{kind}/{obj.pk}/ubah/"
    client = client_for(world)
    opened = client.get(url)
    data = form_data(opened.context["form"])
    for name, value in list(data.items()):
        if name != "edit_base" and not isinstance(value, list):
            data[name] = nasty
    before = model_to_dict(model.objects.get(pk=obj.pk))
    response = client.post(url, data)
    assert response.status_code in (200, 302), response.status_code
    if response.status_code == 200:  # refused: the form says why, and nothing changed
        assert response.context["form"].errors
        assert model_to_dict(model.objects.get(pk=obj.pk)) == before
    if "\x00" in nasty:
        assert response.status_code == 200  # NUL is refused, not stored


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60), number=st.one_of(st.integers(), st.text(alphabet="0123456789.,-+e ", max_size=45)))
def test_indicator_form_with_any_text_and_number(world, text, number):
    url = f"/pd/{world.agency.slug}/indikator/{world.indicator_a.pk}/ubah/"
    client = client_for(world)
    data = form_data(client.get(url).context["form"])
    data.update(name=text, definisi=text, satuan=text[:60], order=str(number))
    response = client.post(url, data)
    assert response.status_code in (200, 302, 409)


@pytest.mark.parametrize("value", ["9" * 40, "-" + "9" * 40, "-5", "1.234.567,89", "\x00", "abc", "1e999", "NaN",
                                   "Infinity", "0," + "0" * 39 + "1"])
def test_programme_budgets(world, value):
    client = client_for(world)
    url = f"/pd/{world.agency.slug}/dokumen/2025/program/"
    formset = client.get(url).context["formset"]
    data = form_data(formset.management_form)
    for form in formset.forms:
        data.update(form_data(form))
    data.update({"form-0-program": "Program Uji", "form-0-anggaran": value, "form-0-order": "1"})
    response = client.post(url, data)
    assert response.status_code in (200, 302)


@pytest.mark.parametrize("value", ["9" * 40, "-" + "9" * 40, "-5", "1.234,5", "\x00", "1e999", "NaN", "٣"])
def test_realisasi_entry(world, value):
    from kinerja.accounts.models import Role

    Role.objects.create(user=world.user("operator_a"), kind=Role.Kind.OPERATOR, unit=world.unit_a)
    client = client_for(world, "operator_a")
    period = Period.quarter(2025, 1)
    url = f"/realisasi/{world.agency.slug}/indikator/{world.indicator_a.pk}/{period.key}/simpan/"
    response = client.post(url, {"version": "0", "v_nilai": value}, HTTP_ACCEPT="application/json")
    assert response.status_code < 500, response.content[:300]


@pytest.mark.parametrize("path", ["/pd/%00/", "/pd/dinas-x/indikator/99999999999999999999999999999999999999/",
                                  "/akun/pengguna/99999999999999999999999999999999999999/",
                                  "/realisasi/dinas-x/r/-1/", "/capaian/dinas-x/%00/", "/target/dinas-x/99999999999/"])
def test_hostile_urls(world, path):
    client = client_for(world, "admin")
    assert client.get(path).status_code in (200, 302, 400, 403, 404)
