"""The pages that show figures cost a fixed number of queries, whatever the number of indicators:
the capaian table and the agency dashboard, for 40 and for 300 indicators with a year of data."""
from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from kinerja.catalog.models import Indicator
from kinerja.measurement.models import Realisasi, Target
from kinerja.measurement.services.derive import recompute_agency
from kinerja.periods import Period


def _grow(world, count: int) -> None:
    """``count`` indicators with a PK and Rencana Aksi target and four entered quarters of 2025."""
    existing = Indicator.objects.filter(agency=world.agency).count()
    for n in range(existing, count):
        Indicator.objects.create(agency=world.agency, unit=world.unit, objective=world.sasaran,
                                 name=f"Indikator {n}", satuan="orang", aggregation="sum", order=n)
    indicators = list(Indicator.objects.filter(agency=world.agency))
    quarters = list(Period.of_year(2025).children("quarter"))
    Realisasi.objects.bulk_create([Realisasi(agency=world.agency, indicator=i, period=q.key, year=2025, version=1,
                                             direct_raw=str(10 + q.index), direct_value=10 + q.index, complete=True,
                                             status="verified")
                                   for i in indicators for q in quarters], ignore_conflicts=True)
    Target.objects.bulk_create([Target(agency=world.agency, indicator=i, kind=kind, year=2025, period=p.key,
                                       raw="40", parsed={"kind": "number", "value": 40}, shape="number", low=40.0)
                                for i in indicators for kind, p in [("pk", Period.of_year(2025))]
                                + [("rencana_aksi", q) for q in quarters]], ignore_conflicts=True)
    recompute_agency(world.agency)


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_capaian_table_and_dashboard_cost_the_same_for_40_and_300_indicators(world, client):
    client.force_login(world.planner)
    table = f"/capaian/{world.agency.slug}/2025-Q2/"
    board = f"/pd/{world.agency.slug}/dasbor/?tahun=2025&tw=2"
    _grow(world, 40)
    small = (_queries(client, table), _queries(client, board))
    _grow(world, 300)
    large = (_queries(client, table), _queries(client, board))
    assert small == large, f"40 indicators: {small} queries, 300: {large}"
    page = client.get(table).content.decode()
    assert page.count("Indikator 2") >= 100 and "30%" in page   # TW II: 12 of a Rencana Aksi target of 40
