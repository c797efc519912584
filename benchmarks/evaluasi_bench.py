"""Evaluasi AKIP: what the pemda page, opening an evaluation, the LHE and the evidence pack cost on a
province-sized load, each against a baseline measured in the same run.

A fresh SQLite database in a temporary folder:
- 45 agencies × 4 years of final evaluations (78 answers each: 14 040 rows), bulk-inserted;
- one agency of 300 indicators (30 IKU, 270 IKI cascading below them through 30 positions) with a
  year of quarterly realisasi, targets and stored capaian, for the proposals;
- one evaluation with a 200 KB file of evidence for every criterion, for the pack.

Figures (median of several runs, seconds) and their baselines:
- ``overview``: the pemda page's service (every agency's two scores, distribution, weakest
  sub-components, four years) vs fetching the same answer rows in one query (the I/O floor);
- ``proposals``: gathering the facts and running every rule for the 300-indicator agency vs the
  indicator review alone over the same rows (the facts include that review);
- ``lhe``: an LHE from the database to .docx and .pdf vs a one-row Pengukuran in both formats (the
  fixed cost of the renderers);
- ``pack``: the evidence pack (.zip + index .xlsx) vs zipping the same files with nothing else.
"""
from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
import zipfile
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from benchmarks.django_setup import setup_django

AGENCIES, YEARS, YEAR = 45, (2022, 2023, 2024, 2025), 2025
INDICATORS, POSITIONS, IKU = 300, 30, 30
FILE_BYTES = 200 * 1024
RUNS = 5


def _median(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _province():
    from kinerja.catalog.models import Pemda, PerangkatDaerah
    from kinerja.evaluasi.models import Answer, Evaluation, LkeInstrument
    from kinerja.lke import load_instrument

    tree = load_instrument()
    pemda = Pemda.objects.create(name="Provinsi Bench", slug="provinsi-bench")
    agencies = PerangkatDaerah.objects.bulk_create([PerangkatDaerah(pemda=pemda, name=f"Dinas Bench {n:02d}",
                                                                    slug=f"dinas-bench-{n:02d}") for n in range(AGENCIES)])
    instruments = {y: LkeInstrument.objects.create(pemda=pemda, year=y, data=tree.to_dict(), based_on="bench")
                   for y in YEARS}
    evaluations = Evaluation.objects.bulk_create([Evaluation(agency=a, year=y, instrument=instruments[y], status="final")
                                                  for a in agencies for y in YEARS])
    answers = []
    for n, e in enumerate(evaluations):
        for k, c in enumerate(tree.criteria()):
            options = c.scale.answers
            answers.append(Answer(evaluation=e, agency_id=e.agency_id, code=c.code,
                                  usulan=options[(n + k) % min(3, len(options))],
                                  penetapan=options[(n + 2 * k) % min(4, len(options))]))
    Answer.objects.bulk_create(answers, batch_size=5000)
    return pemda, list(PerangkatDaerah.objects.filter(pemda=pemda))


def _agency(pemda):
    from kinerja.capaian.periods import Period
    from kinerja.catalog.models import Decree, Indicator, Objective, PerangkatDaerah, Position, Unit
    from kinerja.measurement.models import CapaianResult, Realisasi, Renstra, Target

    agency = PerangkatDaerah.objects.create(pemda=pemda, name="Dinas Tenaga Kerja Bench", slug="dinas-indikator-bench")
    Renstra.objects.create(agency=agency, first_year=2022, length=5)
    head = Position.objects.create(agency=agency, name="Kepala Dinas")
    units = [Unit.objects.create(agency=agency, name=f"Bidang {n}", order=n) for n in range(POSITIONS - 1)]
    positions = [head] + [Position.objects.create(agency=agency, name=f"Kepala Bidang {n}", unit=units[n],
                                                  reports_to=head, order=n + 1) for n in range(POSITIONS - 1)]
    decree = Decree.objects.create(agency=agency, nomor="800/1/BENCH/2025", tahun=YEAR, jenis="IKU+IKI",
                                   status="ditetapkan")
    objectives = Objective.objects.bulk_create([Objective(agency=agency, text=f"Meningkatnya kinerja sasaran {n}",
                                                          order=n) for n in range(60)])
    indicators = []
    for i in range(INDICATORS):
        iku = i < IKU
        indicators.append(Indicator.objects.create(
            agency=agency, decree=decree, jenis="IKU" if iku else "IKI", objective=objectives[i % 60],
            position=head if iku else positions[1 + i % (POSITIONS - 1)], unit=None if iku else units[i % (POSITIONS - 1)],
            name=f"Persentase layanan nomor {i} yang diselesaikan tepat waktu",
            definisi="Layanan yang diselesaikan sesuai standar waktu.",
            formula_text="Jumlah layanan tepat waktu / Jumlah layanan x 100%", satuan="%",
            supports=None if iku else indicators[i % IKU], sumber_data="Laporan bidang",
            penanggung_jawab="Kepala Bidang", order=i))
    quarters = list(Period.of_year(YEAR).children("quarter"))
    Target.objects.bulk_create([Target(agency=agency, indicator=ind, kind=kind, year=YEAR, period=p.key, raw="80",
                                       parsed={"kind": "number", "value": "80"})
                                for ind in indicators for kind, periods in (("pk", [Period.of_year(YEAR)]),
                                                                            ("rencana_aksi", quarters))
                                for p in periods], batch_size=2000)
    Realisasi.objects.bulk_create([Realisasi(agency=agency, indicator=ind, period=q.key, year=YEAR, version=1,
                                             status="verified", value=Decimal(70 + n % 30), value_status="ok")
                                   for n, ind in enumerate(indicators) for q in quarters], batch_size=2000)
    CapaianResult.objects.bulk_create([CapaianResult(agency=agency, indicator=ind, period=str(YEAR), year=YEAR,
                                                     capaian=Decimal(80 + n % 40), status="ok")
                                       for n, ind in enumerate(indicators)], batch_size=2000)
    return agency


def _with_evidence(agency):
    from kinerja.evaluasi.models import BuktiDukung, Evaluation, LkeInstrument
    from kinerja.evaluasi.services import files
    from kinerja.lke import load_instrument

    tree = load_instrument()
    instrument = LkeInstrument.objects.get(pemda=agency.pemda, year=YEAR)
    evaluation = Evaluation.objects.create(agency=agency, year=YEAR, instrument=instrument, status="final")
    rows, paths = [], []
    for n, c in enumerate(tree.criteria()):
        data = b"%PDF-1.4\n" + os.urandom(FILE_BYTES)  # incompressible: the pack's deflate cannot cheat
        stored = files.store(agency.pk, data, "pdf", f"bukti {c.code}.pdf")
        paths.append((files.path_of(stored.stored_name), f"{c.code} {stored.original_name}"))
        rows.append(BuktiDukung(evaluation=evaluation, agency_id=agency.pk, code=c.code, stored_name=stored.stored_name,
                                original_name=stored.original_name, content_type=stored.content_type,
                                size=stored.size, sha256=stored.sha256))
    BuktiDukung.objects.bulk_create(rows)
    return evaluation, paths


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kinerja-evaluasi-bench-") as tmp:
        setup_django(Path(tmp), "evaluasi-bench.sqlite3")
        from kinerja.documents import render
        from kinerja.documents.model import AgencyInfo, Pengukuran, PengukuranRow
        from kinerja.documents.pengukuran import build_pengukuran
        from kinerja.evaluasi.facts import gather
        from kinerja.evaluasi.models import Answer, Evaluation
        from kinerja.evaluasi.services.lhe import lhe_document
        from kinerja.evaluasi.services.pack import evidence_pack
        from kinerja.evaluasi.services.pemda import overview
        from kinerja.lke import load_instrument, propose
        from kinerja.quality.services import catalog_row
        from kinerja.review import review_catalog

        started = time.perf_counter()
        pemda, agencies = _province()
        agency = _agency(pemda)
        evaluation, paths = _with_evidence(agency)
        print(f"synthetic province: {AGENCIES} agencies × {len(YEARS)} years of final evaluations "
              f"({Answer.objects.count()} answers), a {INDICATORS}-indicator agency, {len(paths)} evidence files "
              f"({time.perf_counter() - started:.1f} s to insert)")

        view = overview(pemda, YEAR, agencies)
        assert len(view.lines) == AGENCIES and sum(view.distribution.values()) == AGENCIES
        ids = list(Evaluation.objects.filter(agency__in=agencies).values_list("pk", flat=True))
        overview_s = _median(lambda: overview(pemda, YEAR, agencies))
        fetch_s = _median(lambda: list(Answer.objects.filter(evaluation__in=ids)
                                       .values_list("evaluation_id", "code", "usulan", "penetapan")))
        print(f"pemda overview: {overview_s:.3f} s; baseline (the same answer rows in one query) {fetch_s:.3f} s; "
              f"{overview_s / fetch_s:.1f}x")

        tree = load_instrument()
        found = propose(tree, gather(agency, YEAR))
        assert sum(1 for p in found.values() if p.answer) >= 15
        proposals_s = _median(lambda: propose(tree, gather(agency, YEAR)), runs=3)
        from kinerja.catalog.models import Indicator
        active = list(Indicator.objects.filter(agency=agency, is_active=True).select_related("position", "objective"))
        review_s = _median(lambda: review_catalog({"document": {}, "positions": [], "warnings": [],
                                                   "indicators": [catalog_row(i) for i in active]}), runs=3)
        print(f"proposals for {INDICATORS} indicators: {proposals_s:.3f} s; baseline (the indicator review alone) "
              f"{review_s:.3f} s; {proposals_s / review_s:.2f}x")

        lhe_s = _median(lambda: [render(lhe_document(evaluation), fmt) for fmt in ("docx", "pdf")], runs=3)
        info = AgencyInfo(pemda=pemda.name, name=agency.name)
        one_row = build_pengukuran(Pengukuran(tahun=YEAR, triwulan=1, agency=info,
                                              rows=[PengukuranRow("Sasaran", "Indikator", "%", 80, 75, 93.75, "Tinggi")]))
        pengukuran_s = _median(lambda: [render(one_row, fmt) for fmt in ("docx", "pdf")], runs=3)
        print(f"LHE (.docx + .pdf, from the database): {lhe_s:.3f} s; baseline (one-row Pengukuran, both formats) "
              f"{pengukuran_s:.3f} s; {lhe_s / pengukuran_s:.1f}x")

        def plain_zip():
            out = BytesIO()
            with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for path, name in paths:
                    archive.write(path, name)

        pack_s = _median(lambda: evidence_pack(evaluation).close(), runs=3)
        zip_s = _median(plain_zip, runs=3)
        megabytes = len(paths) * FILE_BYTES / 1024 / 1024
        print(f"evidence pack ({len(paths)} files, {megabytes:.1f} MB): {pack_s:.3f} s; baseline (zipping the same "
              f"files only) {zip_s:.3f} s; {pack_s / zip_s:.2f}x [load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} CPUs]")
        figures = {
            "overview_s": round(overview_s, 4), "overview_baseline_s": round(fetch_s, 4),
            "overview_ratio": round(overview_s / fetch_s, 2), "proposals_s": round(proposals_s, 4),
            "proposals_baseline_s": round(review_s, 4), "proposals_ratio": round(proposals_s / review_s, 2),
            "lhe_s": round(lhe_s, 4), "lhe_baseline_s": round(pengukuran_s, 4),
            "lhe_ratio": round(lhe_s / pengukuran_s, 2), "pack_s": round(pack_s, 4), "pack_baseline_s": round(zip_s, 4),
            "pack_ratio": round(pack_s / zip_s, 2), "evaluations": len(ids), "answers": len(ids) * len(tree.criteria()),
        }
        print("BENCH " + json.dumps(figures, sort_keys=True))


if __name__ == "__main__":
    main()
