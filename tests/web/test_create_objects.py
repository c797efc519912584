"""Creating each kind of catalog row: it saves, is audited as the signed-in user, validates."""
import pytest
from django.urls import reverse

from kinerja.audit.models import AuditEntry
from kinerja.catalog.models import Decree, Indicator, Objective, Position, Unit, Variable

VALID = {
    "unit": (Unit, lambda w: {"name": "Bidang Baru", "kind": "bidang", "parent": w.unit_a.pk, "order": 3}),
    "position": (Position, lambda w: {"name": "Kepala Seksi Baru", "unit": w.unit_a1.pk, "order": 1,
                                      "tugas": "Tugas satu\n\n  Tugas dua  \n", "fungsi": ""}),
    "decree": (Decree, lambda w: {"nomor": "20 Tahun 2025", "tahun": 2025, "jenis": "IKU", "status": "draft",
                                  "amends": w.decree.pk, "tanggal": "2025-03-01"}),
    "objective": (Objective, lambda w: {"level": "sasaran", "text": "Sasaran Baru", "order": 1}),
    "variable": (Variable, lambda w: {"key": "angkatan_kerja", "phrase": "Jumlah angkatan kerja"}),
    "indicator": (Indicator, lambda w: {"jenis": "IKU", "name": "Indikator Baru", "decree": w.decree.pk,
                                        "unit": w.unit_a.pk, "polarity": "positif", "period_type": "tahunan",
                                        "aggregation": "sum", "order": 1, "is_active": "on",
                                        "variables": [w.variable.pk],
                                        "formula": '{"kind": "count", "expression": "pencari_kerja"}'}),
}


@pytest.mark.parametrize("kind", VALID)
def test_it_works(kind, login, world):
    model, data = VALID[kind]
    before = set(model.objects.values_list("pk", flat=True))
    response = login("planner").post(reverse(f"catalog:{kind}_create", args=[world.agency.slug]), data(world))
    assert response.status_code == 302, response.context and response.context["form"].errors
    created = model.objects.exclude(pk__in=before).get()
    assert created.agency == world.agency
    entry = AuditEntry.objects.get(content_type__model=model._meta.model_name, object_id=str(created.pk),
                                   action="create")
    assert entry.action == "create" and entry.actor == world.user("planner")


def test_position_lines_become_a_list(login, world):
    login("planner").post(reverse("catalog:position_create", args=[world.agency.slug]), VALID["position"][1](world))
    assert Position.objects.get(name="Kepala Seksi Baru").tugas == ["Tugas satu", "Tugas dua"]


def test_it_prefills_from_the_query_string(login, world):
    url = reverse("catalog:indicator_create", args=[world.agency.slug]) + f"?decree={world.decree.pk}&jenis=IKI"
    form = login("planner").get(url).context["form"]
    assert form.initial["decree"] == str(world.decree.pk) and form.initial["jenis"] == "IKI"


def test_it_shows_validation_messages(login, world):
    response = login("planner").post(reverse("catalog:decree_create", args=[world.agency.slug]),
                                     {"nomor": "", "tahun": 1800, "jenis": "IKU", "status": "draft"})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "nomor" in errors and "tahun" in errors
    assert "Periksa isian" in response.content.decode()


def test_it_refuses_a_duplicate_variable_key(login, world):
    response = login("planner").post(reverse("catalog:variable_create", args=[world.agency.slug]),
                                     {"key": world.variable.key, "phrase": "Lagi"})
    assert response.status_code == 200 and "key" in response.context["form"].errors


def test_it_refuses_a_formula_that_is_not_an_object(login, world):
    data = VALID["indicator"][1](world) | {"formula": "[1, 2]"}
    response = login("planner").post(reverse("catalog:indicator_create", args=[world.agency.slug]), data)
    assert response.status_code == 200 and "formula" in response.context["form"].errors


def test_it_checks_access(login, world):
    response = login("operator_a").post(reverse("catalog:unit_create", args=[world.agency.slug]),
                                        VALID["unit"][1](world))
    assert response.status_code == 403
    assert not Unit.objects.filter(name="Bidang Baru").exists()
