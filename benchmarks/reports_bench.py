"""Reports: every document of a synthetic 300-indicator agency, from the database through the reports
services (stored rows → dataclasses → Document → bytes). Budget: 10 s for everything.

A fresh SQLite database in a temporary folder: one agency, 30 jabatan, 300 indicators (30 IKU, 270
IKI cascading below them), Renstra/PK/Rencana Aksi targets and four years of quarterly realisasi,
bulk-inserted, then every figure computed and stored by the derivation engine (as any save leaves
them). Documents read the stored figures through the measurement read model. Baseline (same run):
building and rendering the very same dataclasses without the database, so the ratio is what the Django
layer adds. The last line is ``BENCH {json}``.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from benchmarks.django_setup import setup_django

INDICATORS, POSITIONS, IKU = 300, 30, 30
YEARS = (2022, 2023, 2024, 2025)
TAHUN = 2025
BUDGET_S = 10.0


def _populate():
    from kinerja.capaian.targets import parse_target
    from kinerja.catalog.models import Decree, Indicator, Objective, Pemda, PerangkatDaerah, Position, Unit
    from kinerja.measurement.models import Realisasi, Renstra, Target
    from kinerja.periods import Period

    pemda = Pemda.objects.create(name="Kabupaten Bench Laporan", slug="kab-bench-laporan")
    agency = PerangkatDaerah.objects.create(pemda=pemda, name="Dinas Tenaga Kerja dan Transmigrasi",
                                            slug="bench-laporan", address="Jalan A. Yani Km. 37,5, Martapura")
    Renstra.objects.create(agency=agency, first_year=2022, length=5)
    head = Position.objects.create(agency=agency, name="Kepala Dinas", holder_name="Hj. ST Mahmudah, SH.MH",
                                   holder_nip="19751108 199903 2 005")
    units = [Unit.objects.create(agency=agency, name=f"Bidang {n}", order=n) for n in range(POSITIONS - 1)]
    positions = [head] + [Position.objects.create(agency=agency, name=f"Kepala Bidang {n}", unit=units[n],
                                                  reports_to=head, tugas=[f"Tugas bidang {n}"],
                                                  fungsi=[f"Fungsi {n}.1", f"Fungsi {n}.2"], order=n + 1)
                          for n in range(POSITIONS - 1)]
    decree = Decree.objects.create(agency=agency, nomor="800/1/DTKT/2025", tahun=TAHUN, jenis="IKU+IKI",
                                   ditetapkan_di="Martapura", penandatangan="Hj. ST Mahmudah, SH.MH")
    objectives = Objective.objects.bulk_create([Objective(agency=agency, text=f"Meningkatnya kinerja sasaran {n}",
                                                          order=n) for n in range(60)])
    indicators = []
    for i in range(INDICATORS):
        iku = i < IKU
        indicators.append(Indicator.objects.create(
            agency=agency, decree=decree, jenis="IKU" if iku else "IKI", objective=objectives[i % 60],
            position=head if iku else positions[1 + i % (POSITIONS - 1)], unit=None if iku else units[i % (POSITIONS - 1)],
            name=f"Persentase capaian layanan nomor {i} yang diselesaikan tepat waktu",
            definisi="Layanan yang diselesaikan sesuai standar waktu.", formula_text="a / b x 100%",
            satuan="%" if i % 3 else "orang", aggregation="last" if i % 3 else "sum",
            supports=indicators[i % IKU] if not iku and i < 150 else (indicators[IKU + i % 120] if not iku else None),
            sumber_data="Laporan bidang", order=i))
    targets = []
    for ind in indicators:
        raw = "80" if ind.satuan == "%" else "1.200"
        parsed = parse_target(raw).to_json()
        targets.append(Target(agency=agency, indicator=ind, kind="renstra_end", year=2026, period="2026", raw=raw,
                              parsed=parsed))
        for year in YEARS:
            for kind in ("renstra", "pk"):
                targets.append(Target(agency=agency, indicator=ind, kind=kind, year=year, period=str(year), raw=raw,
                                      parsed=parsed, shape="number", low=float(parsed["value"])))
        for q in Period.of_year(TAHUN).children("quarter"):
            targets.append(Target(agency=agency, indicator=ind, kind="rencana_aksi", year=TAHUN, period=q.key,
                                  raw=raw, parsed=parsed, shape="number", low=float(parsed["value"])))
    Target.objects.bulk_create(targets, batch_size=2000)
    rows = []
    for n, ind in enumerate(indicators):
        for year in YEARS:
            for q in Period.of_year(year).children("quarter"):
                if year == TAHUN and q.index == 4:
                    continue
                value = Decimal(60 + (n + q.index * 3 + year) % 35) if ind.satuan == "%" else Decimal(250 + n % 90)
                rows.append(Realisasi(agency=agency, indicator=ind, period=q.key, year=year, version=1,
                                      status="verified", direct_value=value, direct_raw=str(value), complete=True))
    Realisasi.objects.bulk_create(rows, batch_size=2000)
    from kinerja.measurement.services.inputs import compile_indicators

    compile_indicators(indicators)  # what saving an indicator does; bulk_create sends no signal
    return agency, decree


def _data(agency, decree):
    """The dataclasses (and the decree's catalog) of every document, from the database."""
    from kinerja.intake.export import catalog_from_db
    from kinerja.reports.services import documents as docs
    from kinerja.reports.services.pohon import pohon_kinerja

    catalog = catalog_from_db(decree)
    return {
        "keputusan": (catalog, docs.decree_texts(decree, catalog)),
        "perjanjian": docs.perjanjian(agency, TAHUN), "rencana_aksi": docs.rencana_aksi(agency, TAHUN),
        "pengukuran": docs.pengukuran(agency, TAHUN, 3), "lkjip": docs.lkjip(agency, TAHUN),
        "pohon": pohon_kinerja(agency, TAHUN),
    }


def _build(data, agency_info, signer):
    from kinerja.documents import (
        build_decree,
        build_lkjip,
        build_pengukuran,
        build_perjanjian,
        build_pohon,
        build_rencana_aksi,
    )

    catalog, texts = data["keputusan"]
    return {"keputusan": build_decree(catalog, agency=agency_info, signatory=signer, texts=texts),
            "perjanjian": build_perjanjian(data["perjanjian"]), "rencana_aksi": build_rencana_aksi(data["rencana_aksi"]),
            "pengukuran": build_pengukuran(data["pengukuran"]), "lkjip": build_lkjip(data["lkjip"]),
            "pohon": build_pohon(data["pohon"])}


def _render_all(documents) -> float:
    from kinerja.documents import formats_for, render_many

    started = time.perf_counter()
    render_many([(d, fmt) for d in documents.values() for fmt in formats_for(d)])
    return time.perf_counter() - started


def _store_figures(agency) -> int:
    from kinerja.measurement.services.derive import recompute_agency

    return recompute_agency(agency)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kinerja-reports-bench-") as tmp:
        setup_django(Path(tmp), "reports-bench.sqlite3")
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from kinerja.reports.services.issuer import agency_info, head_signatory, signing_of

        started = time.perf_counter()
        agency, decree = _populate()
        print(f"synthetic agency: {INDICATORS} indicators, {len(YEARS)} years of quarterly realisasi "
              f"({time.perf_counter() - started:.1f} s to insert)")
        info, signer = agency_info(agency), head_signatory(agency, signing_of(agency, TAHUN))
        _build(_data(agency, decree), info, signer)  # warm imports and font caches for both sides

        started = time.perf_counter()
        stored = _store_figures(agency)
        derived = time.perf_counter() - started
        print(f"every figure computed and stored by the derivation engine: {stored:,} figures in {derived:.2f} s")

        # Warm: the state the entry service keeps, i.e. what a planner meets when downloading.
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            data = _data(agency, decree)
            read = time.perf_counter() - started
        queries = len(captured.captured_queries)
        started = time.perf_counter()
        documents = _build(data, info, signer)
        build = time.perf_counter() - started
        render = _render_all(documents)
        total = read + build + render
        verdict = "OK" if total < BUDGET_S else "OVER BUDGET"
        print(f"warm: database → dataclasses {read:.2f} s{f' ({queries} queries)' if queries else ''}, build "
              f"{build:.2f} s, render all formats {render:.2f} s = {total:.2f} s [{verdict}, budget {BUDGET_S:.0f} s; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs]")

        started = time.perf_counter()
        documents = _build(data, info, signer)
        baseline = time.perf_counter() - started + _render_all(documents)
        print(f"baseline (same dataclasses, no database: build + render): {baseline:.2f} s; "
              f"warm total is {total / baseline:.2f}x baseline, the database part {read / baseline:.2f}x")
        print("BENCH " + json.dumps({"figures_stored": stored, "derive_and_store_s": round(derived, 3),
                                     "read_s": round(read, 3), "read_queries": queries, "build_s": round(build, 3),
                                     "render_s": round(render, 3), "total_s": round(total, 3),
                                     "baseline_s": round(baseline, 3), "ratio_to_baseline": round(total / baseline, 2),
                                     "within_budget": total < BUDGET_S}))


if __name__ == "__main__":
    main()
