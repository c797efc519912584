"""A form for agency X neither offers nor accepts agency Y's rows."""
import pytest
from django.urls import reverse

from kinerja.catalog.forms import IndicatorForm, PositionForm, UnitForm
from kinerja.catalog.models import Indicator, Unit


def test_choices_offer_only_the_agency_rows(world):
    form = IndicatorForm(agency=world.agency)
    for field in ("decree", "objective", "position", "unit", "responsible_position", "supports", "variables",
                  "replaced_by"):
        agencies = {o.agency_id for o in form.fields[field].queryset}
        assert agencies <= {world.agency.pk}, field
    assert world.unit_y not in PositionForm(agency=world.agency).fields["unit"].queryset


@pytest.mark.parametrize("field, other", [("unit", "unit_y"), ("decree", "decree_y"), ("objective", "objective_y"),
                                          ("position", "position_y"), ("supports", "indicator_y")])
def test_a_posted_foreign_row_is_refused(field, other, login, world):
    data = {"jenis": "IKU", "name": "Selundupan", "polarity": "positif", "period_type": "tahunan",
            "aggregation": "sum", "order": 1, field: getattr(world, other).pk}
    response = login("planner").post(reverse("catalog:indicator_create", args=[world.agency.slug]), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Indicator.objects.filter(name="Selundupan").exists()


def test_model_clean_refuses_a_foreign_link_even_if_offered(world):
    form = IndicatorForm({"jenis": "IKU", "name": "Lewat", "polarity": "positif", "period_type": "tahunan",
                          "aggregation": "sum", "order": 1, "unit": world.unit_y.pk}, agency=world.agency)
    form.fields["unit"].queryset = Unit.objects.all()  # as if the choice limit had been forgotten
    assert not form.is_valid()
    assert "unit" in form.errors


def test_a_unit_cannot_move_under_its_own_descendant(world):
    form = UnitForm(instance=world.unit_a, agency=world.agency)
    assert world.unit_a1 not in form.fields["parent"].queryset
    assert world.unit_a not in form.fields["parent"].queryset
    assert world.unit_b in form.fields["parent"].queryset
