"""Every document in every format for a 300-indicator agency; the budget is 10 s in total.

Baseline: the same renderers on a one-row Pengukuran, measured in the same run, so the ratios say how
much a full-size document costs over the fixed cost of opening a renderer (fonts, templates). The
machine is shared, so CPU time (this process, plus the workers of ``render_many``) is the figure to
compare across runs; wall time and the load average are printed beside it.
"""
from __future__ import annotations

import os
import resource
import time
from datetime import date

from kinerja.documents import (
    build_decree, build_lkjip, build_pengukuran, build_perjanjian, build_pohon, build_rencana_aksi, formats_for, render,
    render_many,
)
from kinerja.documents.model import (
    AgencyInfo, Lkjip, LkjipNarrative, LkjipRow, PastYear, Pengukuran, PengukuranRow, PerjanjianKinerja,
    PerjanjianRow, PohonKinerja, PohonNode, ProgramRow, RencanaAksi, RencanaAksiRow, Signatory,
)

INDICATORS = 300
POSITIONS = 30
BUDGET_S = 10.0
PREDIKAT = ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah")

AGENCY = AgencyInfo(pemda="Kabupaten Banjar", name="Dinas Tenaga Kerja dan Transmigrasi",
                    address="Jalan A. Yani Km. 37,5 No. 119, Martapura 70613", phone="(0511) 7218166",
                    email="nakertrans.banjar@gmail.com", city="Martapura")
HEAD = Signatory("Hj. ST Mahmudah, SH.MH", "Kepala Dinas Tenaga Kerja dan Transmigrasi", "Pembina Utama Muda",
                 "19751108 199903 2 005")
BUPATI = Signatory("H. Saidi Mansyur", "Bupati Banjar")


def _sasaran(i: int) -> str:
    return f"Meningkatnya kualitas layanan ketenagakerjaan bidang {i // 10 + 1} di Kabupaten Banjar"


def _indikator(i: int) -> str:
    return f"Persentase pencari kerja terdaftar yang ditempatkan melalui layanan antar kerja nomor {i + 1}"


def catalog() -> dict:
    positions = [{"jabatan": f"Kepala Seksi Penempatan {p + 1}", "unit": f"Seksi {p + 1}",
                  "tugas": [f"Melaksanakan penyiapan bahan kebijakan penempatan tenaga kerja wilayah {p + 1};"] * 3,
                  "fungsi": ["Pelaksanaan pendataan pencari kerja;", "Pelaksanaan pelaporan;"]}
                 for p in range(POSITIONS)]
    rows = []
    for i in range(INDICATORS):
        rows.append({
            "jabatan": positions[i * POSITIONS // INDICATORS]["jabatan"], "sasaran": _sasaran(i),
            "indikator": _indikator(i),
            "definisi": "Pencari kerja yang terdaftar pada sistem informasi pasar kerja dan ditempatkan pada "
                        "lowongan kerja dalam negeri melalui mekanisme antar kerja lokal selama tahun berjalan.",
            "formula_text": "Jumlah pencari kerja yang ditempatkan / Jumlah pencari kerja yang terdaftar x 100%",
            "formula": {"kind": "ratio_percent", "expression": "ditempatkan / terdaftar * 100",
                        "variables": {"ditempatkan": "Jumlah pencari kerja yang ditempatkan",
                                      "terdaftar": "Jumlah pencari kerja yang terdaftar"}},
            "satuan": "%", "penanggung_jawab": "Kepala Bidang Penempatan", "sumber_data": "Laporan AK/III",
        })
    return {"document": {"pemda": "Kabupaten Banjar", "perangkat_daerah": "Dinas Tenaga Kerja dan Transmigrasi",
                         "nomor": "17 Tahun 2024", "tahun": 2024, "jenis": "IKU+IKI", "ditetapkan_di": "Martapura",
                         "tanggal": "2024-01-08", "penandatangan": HEAD.name, "nip": HEAD.nip},
            "positions": positions, "indicators": rows, "warnings": []}


def documents() -> dict:
    n = range(INDICATORS)
    pohon_roots = []
    for k in range(10):
        seksi = [PohonNode(f"i{k}-{j}", _sasaran(k * 10 + j), [_indikator(k * 30 + j * 2 + m) for m in range(2)],
                           jabatan=f"Kepala Seksi {k}-{j}", missing_parent=False) for j in range(14)]
        bidang = PohonNode(f"b{k}", f"Meningkatnya penempatan tenaga kerja wilayah {k + 1}", [_indikator(k)],
                           jabatan=None if k == 3 else f"Kepala Bidang {k + 1}", children=seksi)
        pohon_roots.append(PohonNode(f"iku{k}", _sasaran(k * 10), [_indikator(k)], jabatan="Kepala Dinas",
                                     holder=HEAD.name, children=[bidang]))
    return {
        "Keputusan IKU/IKI": build_decree(catalog()),
        "Perjanjian Kinerja": build_perjanjian(PerjanjianKinerja(
            2024, AGENCY, HEAD, BUPATI, [PerjanjianRow(_sasaran(i), _indikator(i), "%", 80 + i % 20) for i in n],
            [ProgramRow(f"Program penempatan tenaga kerja {p}", 125_000_000 * (p + 1)) for p in range(20)],
            tanggal=date(2024, 1, 2))),
        "Rencana Aksi": build_rencana_aksi(RencanaAksi(2024, AGENCY, [
            RencanaAksiRow(_sasaran(i), _indikator(i), "%", 80, (20, 40, 60, 80), cumulative=True) for i in n],
            HEAD, tanggal=date(2024, 1, 5))),
        "Pengukuran Kinerja": build_pengukuran(_pengukuran(INDICATORS)),
        "LKjIP Bab III": build_lkjip(Lkjip(2024, AGENCY, [
            LkjipRow(_sasaran(i), _indikator(i), "%", 80, 70 + i % 30, (70 + i % 30) / 0.8, PREDIKAT[i % 5],
                     past={y: PastYear(60 + i % 20, 90.5) for y in (2021, 2022, 2023)}, renstra_target=90,
                     realisasi_to_date=75, capaian_renstra=83.33) for i in n],
            past_years=[2021, 2022, 2023], renstra_period="2021–2026",
            narratives=[LkjipNarrative(_sasaran(s * 10), analisis="Capaian naik dibanding tahun lalu. " * 8,
                                       faktor_pendukung="Kerja sama dengan perusahaan. " * 6,
                                       faktor_penghambat="Data terlambat. " * 6, upaya="Pemutakhiran data. " * 6)
                        for s in range(30)])),
        "Pohon Kinerja": build_pohon(PohonKinerja(2024, AGENCY, pohon_roots)),
    }


def _pengukuran(rows: int) -> Pengukuran:
    return Pengukuran(2024, 2, AGENCY, [
        PengukuranRow(_sasaran(i), _indikator(i), "%", 80, None if i % 17 == 0 else 75.5, None if i % 17 == 0 else 94.38,
                      None if i % 17 == 0 else PREDIKAT[i % 5]) for i in range(rows)], HEAD, tanggal=date(2024, 7, 10))


def _time(document, fmt: str) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    render(document, fmt)
    return time.perf_counter() - wall, time.process_time() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    load = os.getloadavg()[0]
    small = build_pengukuran(_pengukuran(1))
    for fmt in ("docx", "pdf", "xlsx"):
        _time(small, fmt)  # warm up imports and font caches; both sides of the ratio run warm
    base = [_time(small, fmt) for fmt in ("docx", "pdf", "xlsx")]
    base_wall, base_cpu = sum(w for w, _ in base), sum(c for _, c in base)
    print(f"baseline (1-row Pengukuran, docx+pdf+xlsx): {base_wall * 1000:.0f} ms wall, {base_cpu * 1000:.0f} ms cpu "
          f"(load average {load:.1f} on {os.cpu_count()} CPUs)")
    started, cpu_started = time.perf_counter(), time.process_time()
    docs = documents()
    build, build_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"build content of {len(docs)} documents for {INDICATORS} indicators: {build * 1000:.0f} ms "
          f"(cpu {build_cpu * 1000:.0f} ms)")
    wall_total, cpu_total = build, build_cpu
    for name, document in docs.items():
        figures = {fmt: _time(document, fmt) for fmt in formats_for(document)}
        wall = sum(w for w, _ in figures.values())
        cpu = sum(c for _, c in figures.values())
        wall_total += wall
        cpu_total += cpu
        detail = "  ".join(f"{fmt} {c * 1000:5.0f}" for fmt, (_, c) in figures.items())
        print(f"{name:<20} cpu ms: {detail}  = {cpu:5.2f} s cpu, {wall:5.2f} s wall ({cpu / base_cpu:5.1f}x baseline)")
    print(f"one after another: {cpu_total:.2f} s cpu, {wall_total:.2f} s wall ({cpu_total / base_cpu:.1f}x baseline)")
    jobs = [(d, fmt) for d in docs.values() for fmt in formats_for(d)]
    started, cpu_started, children = time.perf_counter(), time.process_time(), _children_cpu()
    render_many(jobs)
    parallel = build + time.perf_counter() - started
    parallel_cpu = build_cpu + time.process_time() - cpu_started + _children_cpu() - children
    verdict = "OK" if cpu_total < BUDGET_S and parallel < BUDGET_S else "OVER BUDGET"
    print(f"all documents, all formats, render_many on {os.cpu_count()} CPUs: {parallel:.2f} s wall, "
          f"{parallel_cpu:.2f} s cpu with workers ({parallel / base_wall:.1f}x baseline wall)")
    print(f"budget {BUDGET_S:.0f} s: {verdict} (load average now {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
