"""The acceptance test of the one computation: random edit sequences — values, corrections of past
periods, target revisions, formula/rule/polarity edits, scale and setting changes — over random
catalogs covering every formula shape; after every step the stored figures equal a from-scratch
recompute by the scalar oracle (``oracle.py``), and ``kinerja recompute`` finds nothing to change."""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.capaian.bands import PERMENDAGRI_86_2017, Band, Scale
from kinerja.catalog.models import Indicator, Pemda, PerangkatDaerah, Unit, Variable
from kinerja.measurement.errors import InvalidEntry
from kinerja.measurement.services import changes, targets
from kinerja.measurement.services.derive import recompute_agency
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

from .oracle import differences

# Every shape of domain.md, in the catalog language; None is an indicator entered directly.
SHAPES = {
    "ratio": ("a / b * 100", "ab"), "count": ("x", "x"), "growth": ("(x - x[n-1]) / x[n-1] * 100", "x"),
    "cumulative": ("x / (t - cumsum(x, n-1)) * 100", "xt"), "difference": ("a - b", "ab"),
    "chained": ("a / b / 1920", "ab"), "mean": ("mean(m)", "m"), "weighted": ("a * 0.4 + b * 0.3 + c * 0.3", "abc"),
    "direct": (None, ""),
}
YEARS = (2023, 2024, 2025)
SCALES = [PERMENDAGRI_86_2017, Scale("Indeks internal", (
    Band(Decimal(90), False, None, False, "A", "Memuaskan"),
    Band(Decimal(60), True, Decimal(90), True, "B", "Baik"),
    Band(None, False, Decimal(60), False, "C", "Kurang")))]
TARGETS = ["80", "50 - 60", "0", "120", "10", "1,5", "WTP"]


def _catalog(specs) -> tuple[PerangkatDaerah, list[Indicator]]:
    pemda = Pemda.objects.create(name="Kabupaten Sifat", slug="kab-sifat")
    agency = PerangkatDaerah.objects.create(pemda=pemda, name="Dinas Sifat", slug="dinas-sifat")
    unit = Unit.objects.create(agency=agency, name="Bidang")
    variables = {k: Variable.objects.create(agency=agency, key=k, phrase=f"Variabel {k}", satuan="nilai")
                 for k in "abcxtm"}
    indicators = []
    for n, (shape, rule, polarity, convention, period_type, percent) in enumerate(specs):
        ind = Indicator.objects.create(agency=agency, unit=unit, name=f"Indikator {n}",
                                       satuan="%" if percent else "nilai",
                                       polarity=polarity, aggregation=rule, capaian_convention=convention,
                                       period_type=period_type, formula=_formula(shape))
        ind.variables.set(variables.values())
        indicators.append(ind)
    return agency, indicators


def _formula(shape: str) -> dict:
    expression, names = SHAPES[shape]
    return {} if expression is None else {"kind": "other", "expression": expression,
                                          "variables": {k: f"Variabel {k}" for k in names}}


SPEC = st.tuples(st.sampled_from(sorted(SHAPES)), st.sampled_from(["sum", "last", "average", "recompute"]),
                 st.sampled_from(["positif", "negatif"]), st.sampled_from(["", "2t-r", "t/r"]),
                 st.sampled_from(["triwulanan"] * 4 + ["tahunan", "bulanan"]), st.booleans())
NUMBER = st.one_of(st.integers(0, 60).map(str), st.sampled_from(["", "0", "12,5", "7,25", "100"]))


def _periods(indicator: Indicator, year: int) -> list[Period]:
    kind = {"tahunan": "year", "triwulanan": "quarter", "bulanan": "month"}[indicator.period_type]
    whole = Period.of_year(year)
    return [whole] if kind == "year" else list(whole.children(kind))


def _step(data, agency: PerangkatDaerah, indicators: list[Indicator]) -> str:
    ind = data.draw(st.sampled_from(indicators))
    ind.refresh_from_db()
    action = data.draw(st.sampled_from(["values"] * 5 + ["target"] * 3 + ["formula", "rule", "polarity", "scale",
                                                                           "settings"]))
    if action == "values":  # a new value, or a correction of a past period
        year = data.draw(st.sampled_from(YEARS[1:] if ind.period_type == "bulanan" else YEARS))
        period = data.draw(st.sampled_from(_periods(ind, year)))
        names = SHAPES[_shape_of(ind)][1] or "n"
        raw = {("nilai" if k == "n" else k): data.draw(NUMBER) for k in names}
        if names == "n" and data.draw(st.booleans()) and _has_predicate_target(ind, period):
            raw["nilai"] = data.draw(st.sampled_from(["WTP", "WDP"]))
        try:
            save_entry(None, ind, period, raw, version=None, confirmed=True)
        except InvalidEntry:
            return f"refused values {ind.pk} {period.key} {raw}"
        return f"values {ind.pk} {period.key} {raw}"
    if action == "target":
        year = data.draw(st.sampled_from(YEARS))
        raw = data.draw(st.sampled_from(TARGETS))
        kind = data.draw(st.sampled_from(["pk", "renstra", "ra", "pk_perubahan"]))
        try:
            if kind == "pk_perubahan":
                if not ind.targets.filter(kind="pk", period=str(year)).exists():
                    return "no pk to revise"
                targets.revise_pk(ind, year, raw, "Refocusing", "1/2025")
            elif kind == "ra":
                q = data.draw(st.integers(1, 4))
                targets.save_row(ind, year, {f"tw{q}": raw}, cumulative=data.draw(st.booleans()))
            else:
                targets.save_row(ind, year, {kind: raw})
        except InvalidEntry:
            return "refused target"
        return f"target {ind.pk} {kind} {year} {raw}"
    if action == "formula":
        ind.formula = _formula(data.draw(st.sampled_from(sorted(SHAPES))))
        ind.save()
        return f"formula {ind.pk} {ind.formula}"
    if action == "rule":
        ind.aggregation = data.draw(st.sampled_from(["sum", "last", "average", "recompute"]))
        ind.save()
        return f"rule {ind.pk} {ind.aggregation}"
    if action == "polarity":
        ind.polarity = data.draw(st.sampled_from(["positif", "negatif"]))
        ind.capaian_convention = data.draw(st.sampled_from(["", "2t-r", "t/r"]))
        ind.save()
        return f"polarity {ind.pk} {ind.polarity} {ind.capaian_convention}"
    if action == "scale":
        if data.draw(st.booleans()):
            changes.remove_agency_scale(agency)
            return "scale removed"
        changes.save_agency_scale(agency, data.draw(st.sampled_from(SCALES)))
        return "scale saved"
    convention = data.draw(st.sampled_from(["2t-r", "t/r"]))
    floor, ceiling = data.draw(st.sampled_from([(None, None), (Decimal(0), Decimal(120)), (None, Decimal(150))]))
    changes.save_pemda_settings(agency.pemda, convention, floor, ceiling)
    agency.pemda.refresh_from_db()
    return f"settings {convention} {floor} {ceiling}"


def _shape_of(indicator: Indicator) -> str:
    expression = (indicator.formula or {}).get("expression")
    return next(name for name, (text, _names) in SHAPES.items() if text == expression)


def _has_predicate_target(indicator: Indicator, period: Period) -> bool:
    return indicator.targets.filter(year=period.year, parsed__kind="predicate").exists()


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data(), specs=st.lists(SPEC, min_size=1, max_size=3))
def test_stored_figures_always_equal_a_scratch_recompute(settings, data, specs):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with transaction.atomic():
        agency, indicators = _catalog(specs)
        steps = []
        for _ in range(data.draw(st.integers(4, 12))):
            steps.append(_step(data, agency, indicators))
            for ind in indicators:
                ind.refresh_from_db()
                found = differences(ind)
                assert not found, f"after {steps}: {found[:6]}"
        assert recompute_agency(agency) == 0, steps
        transaction.set_rollback(True)
