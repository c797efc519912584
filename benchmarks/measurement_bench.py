"""Measurement: a province recomputed and stored from PostgreSQL, realisasi saves with their dependents
on PostgreSQL and SQLite, and the query counts of the pages that show figures.

1. Province (PostgreSQL, a throwaway cluster started the way tests/support/pg_cluster.sh does): 40
   agencies × 300 indicators × 5 years × 4 quarters (two base variables each, every formula shape of
   the synthetic set), bulk-inserted with their Rencana Aksi targets and compiled formulas. Timed: the
   application's recompute (``recompute_many``: load, derive, store every figure, agencies spread
   over the cores), then the same on the now current database (0 changed). Baseline, same data, same
   run: the replaced batch path (per-agency ORM rows as Decimals, every formula parsed with lark,
   compiled per shape, capaian by array; nothing stored), which this benchmark keeps as a function
   only to measure against.
2. Saves: ``save_entry`` (audited, version-guarded, every figure of the indicator recomputed and
   stored) on indicators with five years of history; p95 over 250 saves, on PostgreSQL and SQLite.
3. Query counts (SQLite): the capaian table and the agency dashboard for 40 and for 300 indicators.

Each database runs in its own child process (Django is set up once per process); the parent prints
the figures and one final ``BENCH {json}`` line.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

AGENCIES, INDICATORS, YEARS, SAVES = 40, 300, range(2021, 2026), 250
SHAPES = ["a / b * 100", "a - b", "(a - b) / b * 100", "a * 0.6 + b * 0.4", "a / b / 1920",
          "(a - a[n-1]) / a[n-1] * 100", "a / (b - cumsum(a, n-1)) * 100"]
ROOT = Path(__file__).resolve().parents[1]


# --- the data ----------------------------------------------------------------------------------

def _populate(rng: random.Random, sizes: list[int]) -> list:
    """One agency per entry of ``sizes``, with that many indicators and five years of quarters."""
    from kinerja.catalog.models import Indicator, Pemda, PerangkatDaerah, Unit, Variable
    from kinerja.measurement.models import Realisasi, Target, VariableValue
    from kinerja.measurement.services.inputs import compile_indicators
    from kinerja.periods import Period

    pemda = Pemda.objects.create(name="Provinsi Sintetis", slug="provinsi-sintetis")
    quarters = [q for y in YEARS for q in Period.of_year(y).children("quarter")]
    made = []
    through = Indicator.variables.through
    for n, indicators in enumerate(sizes):
        agency = PerangkatDaerah.objects.create(pemda=pemda, name=f"Dinas {n}", slug=f"dinas-{n}")
        unit = Unit.objects.create(agency=agency, name="Bidang")
        variables = Variable.objects.bulk_create(
            [Variable(agency=agency, key=f"x{i}_{k}", phrase=f"Variabel {i} {k}", satuan="nilai")
             for i in range(indicators) for k in "ab"])
        rows = []
        for i in range(indicators):
            shape = SHAPES[i % len(SHAPES)]
            expression = shape.replace("a", f"x{i}_a").replace("b", f"x{i}_b")
            rows.append(Indicator(agency=agency, unit=unit, name=f"Indikator {i}", satuan="%",
                                  aggregation="recompute" if i % 2 else "sum",
                                  polarity="negatif" if i % 7 == 0 else "positif",
                                  formula={"kind": "other", "expression": expression,
                                           "variables": {f"x{i}_a": "A", f"x{i}_b": "B"}}))
        ind_rows = Indicator.objects.bulk_create(rows)
        through.objects.bulk_create([through(indicator_id=ind.pk, variable_id=v.pk) for i, ind in enumerate(ind_rows)
                                     for v in variables[2 * i:2 * i + 2]])
        compile_indicators(ind_rows)  # what saving an indicator does; bulk_create sends no signal
        realisasi = Realisasi.objects.bulk_create([
            Realisasi(agency=agency, indicator=ind, period=q.key, year=q.year, version=1, complete=True)
            for ind in ind_rows for q in quarters], batch_size=5000)
        by_key = {(r.indicator_id, r.period): r for r in realisasi}
        values = []
        for i, ind in enumerate(ind_rows):
            var_a, var_b = variables[2 * i], variables[2 * i + 1]
            for q in quarters:
                r = by_key[(ind.pk, q.key)]
                values.append(VariableValue(agency=agency, realisasi=r, variable=var_a, value=rng.randint(0, 900),
                                            raw=""))
                values.append(VariableValue(agency=agency, realisasi=r, variable=var_b,
                                            value=rng.randint(1, 1000) * 10, raw=""))
        VariableValue.objects.bulk_create(values, batch_size=5000)
        Target.objects.bulk_create([
            Target(agency=agency, indicator=ind, kind="rencana_aksi", year=q.year, period=q.key, raw="75",
                   parsed={"kind": "number", "value": 75, "satuan": "%", "raw": "75"}, shape="number", low=75.0)
            for ind in ind_rows for q in quarters], batch_size=5000)
        made.append(agency)
    return made


# --- the replaced batch path, kept here as the baseline only -----------------------------------------

def replaced_batch_path(agency, years: range) -> int:
    """The batch recompute this engine replaced, as it ran: ORM rows as Decimals (the realisasi joined
    for every value), every formula parsed again with lark, one numpy run per formula shape, capaian by
    array. Returns the number of quarter values computed (it stored nothing)."""
    import numpy as np

    from kinerja.capaian.vectorised import compute_capaian_array
    from kinerja.catalog.models import Indicator
    from kinerja.formula.batch import compile_program
    from kinerja.formula.expr import to_text, variable_names
    from kinerja.formula.expression import parse_expression
    from kinerja.measurement.models import Target, VariableValue
    from kinerja.measurement.services.scales import scale_for
    from kinerja.periods import Period

    periods = [q for y in years for q in Period.of_year(y).children("quarter")]
    column = {p.key: i for i, p in enumerate(periods)}
    indicators = list(Indicator.objects.filter(agency=agency, is_active=True, period_type="triwulanan")
                      .values_list("pk", "formula", "polarity", "capaian_convention"))
    row = {pk: i for i, (pk, *_rest) in enumerate(indicators)}
    shape_of = {}
    for pk, formula, _polarity, _convention in indicators:
        tree = parse_expression(formula["expression"])
        names = variable_names(tree)
        shape_of[pk] = (compile_program(tree).shape, names)
    stored = defaultdict(lambda: np.full(len(periods), np.nan))
    for ind, period_key, key, value in (VariableValue.objects.filter(agency=agency, realisasi__year__in=list(years))
                                        .values_list("realisasi__indicator_id", "realisasi__period", "variable__key",
                                                     "value").iterator(2000)):
        if value is not None and period_key in column:
            stored[(ind, key)][column[period_key]] = float(value)
    values = np.full((len(indicators), len(periods)), np.nan)
    groups = defaultdict(list)
    for pk, (shape, _names) in shape_of.items():
        groups[shape].append(pk)
    for shape, members in groups.items():
        program = compile_program(to_text(parse_expression(shape)))
        arrays = [np.stack([stored[(pk, shape_of[pk][1][int(t.name[1:])])] for pk in members]) for t in program.terms]
        values[[row[pk] for pk in members]] = program.run(arrays, arrays[0].shape).values
    targets = np.full_like(values, np.nan)
    for ind, period_key, parsed in (Target.objects.filter(agency=agency, kind="rencana_aksi", year__in=list(years))
                                    .values_list("indicator_id", "period", "parsed").iterator(2000)):
        if ind in row and period_key in column:
            targets[row[ind], column[period_key]] = parsed.get("value")
    polarity = np.repeat(np.array([p for _pk, _f, p, _c in indicators], dtype=object)[:, None], len(periods), 1)
    convention = np.repeat(np.array([c or "2t-r" for *_x, c in indicators], dtype=object)[:, None], len(periods), 1)
    compute_capaian_array(targets, values, polarity, convention, scale=scale_for(agency))
    return values.size


# --- the children ------------------------------------------------------------------------------------

def _setup(url: str, folder: Path) -> None:
    os.environ["KINERJA_DATA_DIR"] = str(folder)
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "kinerja.web.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _saves(agency, rng: random.Random) -> list[float]:
    from django.contrib.auth import get_user_model

    from kinerja.accounts.models import Role
    from kinerja.audit.context import acting_as
    from kinerja.catalog.models import Indicator, Unit
    from kinerja.measurement.models import Realisasi
    from kinerja.measurement.services.entry import save_entry
    from kinerja.periods import Period

    user, _ = get_user_model().objects.get_or_create(username=f"bench-operator-{agency.pk}")
    Role.objects.get_or_create(user=user, kind=Role.Kind.OPERATOR, unit=Unit.objects.filter(agency=agency).first())
    indicators = list(Indicator.objects.filter(agency=agency).select_related("unit", "agency__pemda")[:SAVES])
    timings = []
    with acting_as(user):
        for n in range(SAVES):
            ind = indicators[n % len(indicators)]
            period = Period.quarter(2024 + n % 2, 1 + n % 4)   # past periods: every later figure depends on them
            current = Realisasi.objects.get(indicator=ind, period=period.key)
            keys = list(ind.formula["variables"])
            values = {keys[0]: str(rng.randint(1, 500)), keys[1]: str(rng.randint(1, 500) * 10)}
            started = time.perf_counter()
            save_entry(user, ind, period, values, version=current.version, confirmed=True)
            timings.append(time.perf_counter() - started)
    return timings


def _p95(timings: list[float]) -> float:
    return statistics.quantiles(timings, n=20)[-1] * 1000


def child_postgres(url: str) -> dict:
    from django.db import connection

    rng = random.Random(20250101)
    with tempfile.TemporaryDirectory() as tmp:
        _setup(url, Path(tmp))
        from kinerja.measurement.models import Figure
        from kinerja.measurement.services.derive import recompute_many

        started = time.perf_counter()
        agencies = _populate(rng, [INDICATORS] * AGENCIES)
        populate = time.perf_counter() - started
        connection.close()
        workers = os.cpu_count() or 1
        started = time.perf_counter()
        changed = recompute_many(agencies, workers=workers)
        recompute = time.perf_counter() - started
        stored = Figure.objects.count()
        started = time.perf_counter()
        again = recompute_many(agencies, workers=workers)
        current = time.perf_counter() - started
        started = time.perf_counter()
        baseline_values = sum(replaced_batch_path(a, YEARS) for a in agencies)
        baseline = time.perf_counter() - started
        timings = _saves(agencies[0], rng)
    return {"populate_s": populate, "workers": workers, "quarter_values": baseline_values, "figures_stored": stored,
            "figures_changed": changed, "recompute_s": recompute, "recompute_current_s": current,
            "changed_when_current": again, "baseline_s": baseline, "save_p95_ms": _p95(timings),
            "save_median_ms": statistics.median(timings) * 1000, "saves": len(timings)}


def _page_queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured.captured_queries)


def child_sqlite(folder: str) -> dict:
    rng = random.Random(20250102)
    _setup(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", Path(folder))
    from django.contrib.auth import get_user_model
    from django.test import Client

    from kinerja.accounts.models import Role
    from kinerja.measurement.services.derive import recompute_agency

    small, large = _populate(rng, [40, 300])
    for agency in (small, large):
        recompute_agency(agency)
    planner = get_user_model().objects.create_user("bench-planner")
    client = Client()
    client.force_login(planner)
    counts = {}
    for agency, n in ((small, 40), (large, 300)):
        Role.objects.create(user=planner, kind=Role.Kind.PLANNER, agency=agency)
        counts[n] = {"capaian_table": _page_queries(client, f"/capaian/{agency.slug}/2025-Q2/"),
                     "dashboard": _page_queries(client, f"/pd/{agency.slug}/dasbor/?tahun=2025&tw=2")}
    timings = _saves(large, rng)
    return {"queries": counts, "save_p95_ms": _p95(timings), "save_median_ms": statistics.median(timings) * 1000,
            "saves": len(timings)}


# --- the parent ---------------------------------------------------------------------------------------

def _child(kind: str, argument: str) -> dict:
    code = (f"from benchmarks import measurement_bench as m; import json; "
            f"print('RESULT', json.dumps(m.child_{kind}({argument!r})))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=3600)
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"{kind} child failed: {done.stderr[-2000:]}")


def _postgres_cluster() -> tuple[str, str]:
    script = ("set -e; . tests/support/pg_cluster.sh; pg_cluster_start >&2; "
              "echo \"$DATABASE_URL $PG_CLUSTER_DIR $PG_CLUSTER_BIN\"")
    done = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"PostgreSQL could not start: {done.stderr[-1000:]}")
    url, folder, binary = done.stdout.split()
    return url, f"{folder}|{binary}"


def _stop_cluster(handle: str) -> None:
    folder, binary = handle.split("|")
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*as_postgres, f"{binary}/pg_ctl", "-D", f"{folder}/data", "-m", "immediate", "-w", "stop"],
                   capture_output=True, timeout=120)
    subprocess.run(["rm", "-rf", folder], timeout=120)


def main() -> None:
    figures: dict = {}
    url = os.environ.get("KINERJA_BENCH_DATABASE_URL")
    handle = None
    try:
        if not url:
            url, handle = _postgres_cluster()
        pg = _child("postgres", url)
    finally:
        if handle:
            _stop_cluster(handle)
    values = pg["quarter_values"]
    per_million = pg["recompute_s"] / pg["figures_stored"] * 1e6
    ratio = pg["baseline_s"] / pg["recompute_s"]
    print(f"province on PostgreSQL: {AGENCIES} agencies × {INDICATORS} indicators × {len(YEARS) * 4} quarters = "
          f"{values:,} quarter values; populated in {pg['populate_s']:.0f} s")
    print(f"  recompute and store (the application's path, {pg['workers']} processes): {pg['recompute_s']:.2f} s, "
          f"{pg['figures_stored']:,} figures stored ({pg['figures_changed']:,} changed) = {per_million:.2f} s per "
          f"million figures")
    print(f"  again on the current database: {pg['recompute_current_s']:.2f} s, {pg['changed_when_current']} changed")
    print(f"  baseline, the replaced batch path (1 process, computes {values:,} values, stores nothing): "
          f"{pg['baseline_s']:.2f} s; ratio baseline / new = {ratio:.1f}×")
    print(f"  at this rate 9 M figures take ≈ {per_million * 9:.0f} s on {pg['workers']} cores "
          f"(agencies are independent: time falls with the cores used)")
    print(f"  realisasi save with its dependents (PostgreSQL): n={pg['saves']} median {pg['save_median_ms']:.1f} ms, "
          f"p95 {pg['save_p95_ms']:.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        lite = _child("sqlite", tmp)
    print(f"  realisasi save with its dependents (SQLite): n={lite['saves']} median {lite['save_median_ms']:.1f} ms, "
          f"p95 {lite['save_p95_ms']:.1f} ms")
    q = lite["queries"]
    print(f"  queries: capaian table {q['40']['capaian_table']} (40 indicators) / {q['300']['capaian_table']} (300); "
          f"dashboard {q['40']['dashboard']} / {q['300']['dashboard']}")
    figures.update(province_quarter_values=values, figures_stored=pg["figures_stored"], workers=pg["workers"],
                   recompute_s=round(pg["recompute_s"], 3), s_per_million_figures=round(per_million, 3),
                   recompute_current_s=round(pg["recompute_current_s"], 3),
                   changed_when_current=pg["changed_when_current"],
                   baseline_replaced_batch_s=round(pg["baseline_s"], 3),
                   speedup_vs_baseline=round(ratio, 1), estimate_9M_s=round(per_million * 9, 1),
                   save_p95_ms_postgres=round(pg["save_p95_ms"], 1), save_p95_ms_sqlite=round(lite["save_p95_ms"], 1),
                   queries_capaian_40=q["40"]["capaian_table"], queries_capaian_300=q["300"]["capaian_table"],
                   queries_dashboard_40=q["40"]["dashboard"], queries_dashboard_300=q["300"]["dashboard"])
    print("BENCH " + json.dumps(figures))


if __name__ == "__main__":
    main()
