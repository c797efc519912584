"""Measurement: recompute a synthetic province's capaian from stored variables, and time realisasi saves.

A fresh SQLite database in a temporary folder: 40 agencies × 300 indicators × 5 years × 4 quarters,
two base variables per indicator, bulk-inserted (audit signals do not fire for bulk_create; the save
benchmark goes through the audited path). Figures: rows loaded and recomputed per second and the time
per million values; the p95 of ``save_entry`` over 200+ saves. Baseline (same run): a pure-Python loop
of the scalar ``compute_capaian`` over a sample, scaled to a million values.
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.django_setup import setup_django

AGENCIES, INDICATORS, YEARS, SAVES = 40, 300, range(2021, 2026), 250
SHAPES = ["a / b * 100", "a - b", "(a - b) / b * 100", "a * 0.6 + b * 0.4", "a / b / 1920"]


def _populate(rng: random.Random) -> list:
    from kinerja.periods import Period
    from kinerja.catalog.models import Indicator, Pemda, PerangkatDaerah, Unit, Variable
    from kinerja.measurement.models import Realisasi, Target, VariableValue

    pemda = Pemda.objects.create(name="Provinsi Sintetis", slug="provinsi-sintetis")
    quarters = [q for y in YEARS for q in Period.of_year(y).children("quarter")]
    agencies = []
    for n in range(AGENCIES):
        agency = PerangkatDaerah.objects.create(pemda=pemda, name=f"Dinas {n}", slug=f"dinas-{n}")
        unit = Unit.objects.create(agency=agency, name="Bidang")
        variables = Variable.objects.bulk_create(
            [Variable(agency=agency, key=f"x{i}_{k}", phrase=f"Variabel {i} {k}", satuan="orang")
             for i in range(INDICATORS) for k in "ab"])
        indicators = Indicator.objects.bulk_create([
            Indicator(agency=agency, unit=unit, name=f"Indikator {i}", satuan="%",
                      polarity="negatif" if i % 7 == 0 else "positif",
                      formula={"expression": SHAPES[i % len(SHAPES)].replace("a", f"x{i}_a").replace("b", f"x{i}_b")})
            for i in range(INDICATORS)])
        realisasi = Realisasi.objects.bulk_create([
            Realisasi(agency=agency, indicator=ind, period=q.key, year=q.year, version=1)
            for ind in indicators for q in quarters], batch_size=2000)
        by_key = {(r.indicator_id, r.period): r for r in realisasi}
        values = []
        for i, ind in enumerate(indicators):
            var_a, var_b = variables[2 * i], variables[2 * i + 1]
            for q in quarters:
                r = by_key[(ind.pk, q.key)]
                values.append(VariableValue(agency=agency, realisasi=r, variable=var_a, value=rng.randint(0, 900),
                                            raw=""))
                values.append(VariableValue(agency=agency, realisasi=r, variable=var_b,
                                            value=rng.randint(1, 1000), raw=""))
        VariableValue.objects.bulk_create(values, batch_size=5000)
        Target.objects.bulk_create([
            Target(agency=agency, indicator=ind, kind="rencana_aksi", year=q.year, period=q.key, raw="75",
                   parsed={"kind": "number", "value": 75, "satuan": "%", "raw": "75"})
            for ind in indicators for q in quarters], batch_size=5000)
        agencies.append(agency)
    return agencies


def _baseline(rng: random.Random) -> float:
    """Seconds per million values for the scalar compute_capaian (sampled)."""
    from kinerja.capaian.achievement import compute_capaian

    sample = 5000
    pairs = [(rng.randint(1, 100), rng.randint(0, 120)) for _ in range(sample)]
    started = time.perf_counter()
    for t, r in pairs:
        compute_capaian(t, r)
    return (time.perf_counter() - started) / sample * 1_000_000


def _saves(rng: random.Random) -> list[float]:
    from django.contrib.auth import get_user_model

    from kinerja.accounts.models import Role
    from kinerja.audit.context import acting_as
    from kinerja.periods import Period
    from kinerja.catalog.models import Indicator, PerangkatDaerah
    from kinerja.measurement.models import Realisasi
    from kinerja.measurement.services.entry import save_entry

    agency = PerangkatDaerah.objects.get(slug="dinas-0")
    user = get_user_model().objects.create_user("bench-operator")
    Role.objects.create(user=user, kind=Role.Kind.OPERATOR, unit=agency_unit(agency))
    indicators = list(Indicator.objects.filter(agency=agency).select_related("unit", "agency__pemda")[:SAVES])
    period = Period.quarter(2026, 1)
    timings = []
    with acting_as(user):
        for n in range(SAVES):
            ind = indicators[n % len(indicators)]
            current = Realisasi.objects.filter(indicator=ind, period=period.key).first()
            names = ind.formula["expression"].replace("(", " ").replace(")", " ").split()
            keys = [w for w in names if w.startswith("x")]
            values = {k: str(rng.randint(1, 500)) for k in keys}
            started = time.perf_counter()
            save_entry(user, ind, period, values, version=current.version if current else 0, confirmed=True)
            timings.append(time.perf_counter() - started)
    return timings


def agency_unit(agency):
    from kinerja.catalog.models import Unit

    return Unit.objects.filter(agency=agency).first()


def main() -> None:
    rng = random.Random(20250101)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        setup_django(folder, "bench.sqlite3")
        started = time.perf_counter()
        agencies = _populate(rng)
        print(f"populated {AGENCIES} agencies × {INDICATORS} indicators × {len(YEARS)} years × 4 quarters "
              f"in {time.perf_counter() - started:.1f} s", flush=True)
        from kinerja.measurement.services.batch import recompute_quarters

        started = time.perf_counter()
        cells = ok = 0
        for agency in agencies:
            out = recompute_quarters(agency, YEARS)
            cells += out.values.size
            ok += int((out.status == 0).sum())
        seconds = time.perf_counter() - started
        per_million = seconds / cells * 1_000_000
        baseline = _baseline(rng)
        print(f"recompute from DB: {cells:,} capaian ({ok:,} ok, 480k variable rows loaded) in {seconds:.2f} s "
              f"= {per_million:.2f} s per million values")
        print(f"baseline scalar compute_capaian (no DB): {baseline:.2f} s per million values; "
              f"ratio batch-with-DB / scalar = {per_million / baseline:.3f}")
        timings = _saves(rng)
        p95 = statistics.quantiles(timings, n=20)[-1] * 1000
        median = statistics.median(timings) * 1000
        print(f"realisasi save (save_entry, audited, SQLite): n={len(timings)} median {median:.1f} ms, "
              f"p95 {p95:.1f} ms; ratio p95 / median = {p95 / median:.2f}")


if __name__ == "__main__":
    sys.exit(main())
