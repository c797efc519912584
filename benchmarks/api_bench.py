"""API: what a token costs per request, a page of 300 indicators, and an SKP draft (JSON and .xlsx).

A fresh SQLite database in a temporary folder: one agency, 30 units with a head each, 300 indicators
with structured formulas (10 per position) and their PK and Rencana Aksi targets. Requests go through
Django's full stack (middleware, django-ninja, auth, rate limit, serialisation) with the test client.
Baselines, same run: the same request signed in by session (no token check, no rate-limit UPDATE),
and for the list the same rows read and serialised by the same schema without HTTP.
"""
from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.django_setup import setup_django

UNITS, PER_POSITION, YEAR = 30, 10, 2025
RUNS = 30


def _populate():
    from kinerja.accounts.models import Role
    from kinerja.capaian.periods import Period
    from kinerja.catalog.models import Decree, Indicator, Objective, Pemda, PerangkatDaerah, Position, Unit
    from kinerja.measurement.models import Target
    from django.contrib.auth import get_user_model

    pemda = Pemda.objects.create(name="Kabupaten Bench API", slug="kab-bench-api")
    agency = PerangkatDaerah.objects.create(pemda=pemda, name="Dinas Bench API", slug="bench-api")
    head = Position.objects.create(agency=agency, name="Kepala Dinas")
    decree = Decree.objects.create(agency=agency, nomor="1/2025", tahun=YEAR, jenis="IKU+IKI")
    objective = Objective.objects.create(agency=agency, text="Meningkatnya layanan")
    positions = []
    for n in range(UNITS):
        unit = Unit.objects.create(agency=agency, name=f"Bidang {n}", order=n)
        positions.append(Position.objects.create(agency=agency, name=f"Kepala Bidang {n}", unit=unit,
                                                 reports_to=head, order=n))
    targets = []
    for n, position in enumerate(positions):
        for k in range(PER_POSITION):
            # Distinct expressions, so the parse cache of the list is honestly cold on the first request.
            formula = {"kind": "ratio_percent", "expression": f"selesai_{n}_{k} / masuk_{n}_{k} * 100",
                       "variables": {f"selesai_{n}_{k}": f"Jumlah layanan {n}.{k} selesai tepat waktu",
                                     f"masuk_{n}_{k}": f"Jumlah layanan {n}.{k} masuk"}}
            ind = Indicator.objects.create(
                agency=agency, decree=decree, jenis="IKI", objective=objective, position=position,
                unit=position.unit, name=f"Persentase layanan {n}.{k} yang selesai tepat waktu", satuan="%",
                formula_text="Jumlah layanan selesai tepat waktu / Jumlah layanan masuk x 100%", formula=formula,
                order=n * PER_POSITION + k)
            targets.append(Target(agency=agency, indicator=ind, kind="pk", year=YEAR, period=str(YEAR), raw="80",
                                  parsed={"kind": "number", "value": 80}))
            targets += [Target(agency=agency, indicator=ind, kind="rencana_aksi", year=YEAR, period=q.key,
                               raw=str(20 * q.index), parsed={"kind": "number", "value": 20 * q.index})
                        for q in Period.of_year(YEAR).children("quarter")]
    Target.objects.bulk_create(targets)
    user = get_user_model().objects.create(username="bench-api-planner")
    Role.objects.create(user=user, kind=Role.Kind.PLANNER, agency=agency)
    return agency, positions, user


def _median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kinerja-api-bench-") as tmp:
        setup_django(Path(tmp), "api-bench.sqlite3")
        from django.test import Client
        from django.test.utils import override_settings

        from kinerja.accounts.access import Scope
        from kinerja.api import visible
        from kinerja.api.resources.indicators import IndicatorOut, _with_relations
        from kinerja.api.tokens import issue_token

        agency, positions, user = _populate()
        _, raw = issue_token(user, name="bench", can_write=True)
        token, session = Client(HTTP_AUTHORIZATION=f"Bearer {raw}"), Client()
        session.force_login(user)
        position = positions[0]

        def get(client, url):
            response = client.get(url)
            assert response.status_code == 200, response.content[:200]
            return response

        def direct() -> None:
            rows = _with_relations(visible.indicators(Scope.of(user))).order_by("agency_id", "order", "pk")[:500]
            json.dumps([IndicatorOut.from_orm(r).model_dump(mode="json") for r in rows])

        with override_settings(KINERJA_API_RATE_PER_MINUTE=10**9):
            url_list = "/api/v1/indicators/?limit=500"
            small = f"/api/v1/units/{position.unit_id}"
            for client in (token, session):  # warm both paths (imports, URL resolver, ninja's schemas)
                get(client, small)
            started = time.perf_counter()
            assert get(token, url_list).json()["count"] == UNITS * PER_POSITION
            list_cold = (time.perf_counter() - started) * 1000
            small_token = _median_ms(lambda: get(token, small))
            small_session = _median_ms(lambda: get(session, small))
            list_token = _median_ms(lambda: get(token, url_list))
            list_session = _median_ms(lambda: get(session, url_list))
            list_direct = _median_ms(direct)
            draft_json = _median_ms(lambda: get(token, f"/api/v1/skp/positions/{position.pk}?year={YEAR}"))
            draft_xlsx = _median_ms(lambda: get(token, f"/api/v1/skp/positions/{position.pk}/xlsx?year={YEAR}"))
        figures = {
            "unit_detail_token_ms": round(small_token, 2), "unit_detail_session_ms": round(small_session, 2),
            "token_overhead_ratio": round(small_token / small_session, 2),
            "indicators_300_first_ms": round(list_cold, 1), "indicators_300_token_ms": round(list_token, 1),
            "indicators_300_session_ms": round(list_session, 1),
            "indicators_300_direct_ms": round(list_direct, 1),
            "list_http_over_direct_ratio": round(list_token / list_direct, 2),
            "skp_draft_json_ms": round(draft_json, 1), "skp_draft_xlsx_ms": round(draft_xlsx, 1),
        }
        print(f"one unit: token {small_token:.2f} ms vs session {small_session:.2f} ms (median of {RUNS}); "
              f"300 indicators: first request {list_cold:.1f} ms (formulas parsed), then token {list_token:.1f} ms, "
              f"session {list_session:.1f} ms, same rows and schema "
              f"without HTTP {list_direct:.1f} ms; SKP draft of {PER_POSITION} rows: JSON {draft_json:.1f} ms, "
              f".xlsx {draft_xlsx:.1f} ms")
        print("BENCH " + json.dumps(figures))


if __name__ == "__main__":
    main()
