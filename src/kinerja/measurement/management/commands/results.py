"""`kinerja results --agency SLUG --year YYYY [--json]`: every stored figure of an agency-year, as the
documents print it (read through the measurement read model; nothing is recomputed)."""
from __future__ import annotations

import json
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError

from kinerja.catalog.models import Indicator, PerangkatDaerah
from kinerja.formula import stored_formula
from kinerja.measurement.figures import figures
from kinerja.measurement.models import Figure
from kinerja.periods import Period, parse_period


def _number(value: Decimal | str | None) -> float | int | str | None:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def results(agency: PerangkatDaerah, year: int) -> list[dict]:
    """One dict per stored figure of ``agency`` in ``year`` (the command's JSON)."""
    keys = sorted({parse_period(k) for k in Figure.objects.filter(agency=agency, year=year)
                   .values_list("period", flat=True).distinct()})
    indicators = list(Indicator.objects.filter(agency=agency).order_by("objective__order", "objective_id", "order",
                                                                       "pk"))
    shown = figures(agency, indicators, keys, explain_them=True) if keys else {}
    out = []
    for indicator in indicators:
        formula = stored_formula(indicator.formula)
        for period in keys:
            f = shown[(indicator.pk, period.key)]
            if not f.stored:
                continue
            out.append({
                "indicator": indicator.pk, "name": indicator.name, "formula_kind": formula.kind,
                "expression": formula.expression, "variables": formula.phrases,
                "yearly_rule": indicator.aggregation, "polarity": indicator.polarity, "period": period.key,
                "value": _number(f.realisasi), "value_status": f.realisasi_status, "target": f.target_raw or None,
                "capaian": _number(f.capaian_shown()), "capaian_text": f.capaian_text() if f.capaian is not None
                else None, "capaian_status": f.capaian_status, "predikat": f.predikat, "status": f.workflow or None,
                "verified": f.verified, "explanation": f.explanation_id, "explanation_en": f.explanation_en})
    return out


class Command(BaseCommand):
    help = "Semua angka tersimpan satu perangkat daerah per tahun / Every stored figure of an agency-year."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--agency", required=True, help="slug perangkat daerah / agency slug")
        parser.add_argument("--year", type=int, required=True, help="tahun / year")
        parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")

    def handle(self, *args, agency: str, year: int, json: bool = False, **options) -> None:
        found = PerangkatDaerah.objects.select_related("pemda").filter(slug=agency).first()
        if found is None:
            raise CommandError(f"Perangkat daerah '{agency}' tidak ada / no agency '{agency}'")
        try:
            Period.of_year(year)
        except Exception:
            raise CommandError(f"Tahun '{year}' tidak sah / year '{year}' is not valid") from None
        rows = results(found, year)
        if json:
            self.stdout.write(_dumps({"agency": found.slug, "year": year, "figures": rows}))
            return
        for row in rows:
            self.stdout.write(f"{row['indicator']:>6} {row['period']:<8} {str(row['value'] or '–'):>14} "
                              f"{str(row['target'] or '–'):>10} {row['capaian_text'] or '–':>10} "
                              f"{row['predikat'] or '–':<14} {row['name'][:60]}")


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)
