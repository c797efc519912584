"""Decree importer: the three seeds and a synthetic 50-page decree (target < 2 s).

Each figure is compared with a baseline measured in the same run: plainly reading the same
file's text (for .txt: decoding and splitting lines and cells; for .docx: python-docx opening the
file and reading every paragraph and cell).
"""
from __future__ import annotations

import io
import statistics
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SECTIONS = 70  # ~18 printed lines each: about 50 pages of an IKI decree
ROWS_PER_SECTION = 4


def _time(fn, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def synthetic_decree() -> str:
    """An IKI decree shaped like seed 002: sections with TUGAS, FUNGSI and a tab-separated table."""
    lines = ["PEMERINTAH KABUPATEN SINTETIS", "DINAS PERCOBAAN DAN PENGUKURAN", "", "KEPUTUSAN KEPALA DINAS",
             "NOMOR : 800/1/2025", "TENTANG", "INDIKATOR KINERJA INDIVIDU", "TAHUN 2025", "",
             "Menimbang : a. bahwa indikator kinerja individu perlu ditetapkan;", "",
             "Ditetapkan di : Sintetis", "Pada tanggal : 2 Januari 2025", "KEPALA DINAS", "Drs. Contoh Saja, M.Si",
             "NIP. 19700101 199003 1 001", ""]
    formulas = [
        "$\\frac{\\text{Jumlah layanan %d yang selesai tepat waktu}}{\\text{Jumlah layanan %d yang diajukan}} \\times 100\\%%$",
        "Jumlah dokumen %d yang tersusun",
        "(Jumlah penempatan %d tahun (n) - Jumlah penempatan %d tahun (n-1)) / Jumlah penempatan %d tahun (n-1) x 100%%",
        "Jumlah peserta %d yang dilatih dibagi jumlah peserta %d yang terdaftar x 100%%",
    ]
    for s in range(SECTIONS):
        lines += ["INDIKATOR KINERJA INDIVIDU", "", f"1. JABATAN : **KEPALA SEKSI PERCOBAAN {s + 1}**", "",
                  "2. TUGAS :"]
        lines += [f"- Melaksanakan tugas percobaan nomor {t + 1} pada seksi {s + 1};" for t in range(5)]
        lines += ["", "3. FUNGSI : -", "",
                  "KINERJA\tINDIKATOR KINERJA\tPENJELASAN/FORMULASI PENGHITUNGAN\tSUMBER DATA"]
        for r in range(ROWS_PER_SECTION):
            n = s * ROWS_PER_SECTION + r
            sasaran = f"Meningkatnya mutu layanan percobaan {s + 1}" if r == 0 else ""
            formula = formulas[r % len(formulas)].replace("%d", str(n)).replace("%%", "%")
            lines.append(f"{sasaran}\tPersentase capaian percobaan {n}\t{formula}\tSeksi Percobaan {s + 1}")
        lines.append("")
    return "\n".join(lines)


def _plain_text(text: str) -> int:
    return sum(len(line.split("\t")) for line in text.splitlines())


def _plain_docx(data: bytes) -> int:
    import docx

    document = docx.Document(io.BytesIO(data))
    count = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            count += sum(len(c.text) for c in row.cells)
    return count


def main() -> None:
    from kinerja.importer import read_decree, read_decree_text

    print(f"{'input':<34}{'rows':>6}{'importer':>12}{'baseline':>12}{'ratio':>8}")

    def report(name: str, rows: int, seconds: float, baseline: float) -> None:
        print(f"{name:<34}{rows:>6}{seconds * 1000:>10.1f}ms{baseline * 1000:>10.2f}ms{seconds / baseline:>7.0f}x",
              flush=True)

    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        rows = len(read_decree_text(text).catalog["indicators"])
        report(path.name[:30], rows, _time(lambda: read_decree_text(text)), _time(lambda: _plain_text(text), 20))
    text = synthetic_decree()
    rows = len(read_decree_text(text).catalog["indicators"])
    report(f"synthetic 50 pages ({len(text.splitlines())} lines)", rows, _time(lambda: read_decree_text(text), 3),
           _time(lambda: _plain_text(text), 20))
    catalog = read_decree_text(text).catalog
    from tests.importer.docx_writer import catalog_to_docx

    data = catalog_to_docx(catalog)
    report("synthetic 50 pages as .docx", len(catalog["indicators"]), _time(lambda: read_decree(data), 3),
           _time(lambda: _plain_docx(data), 3))
    print("target: synthetic 50-page decree < 2000 ms")


if __name__ == "__main__":
    main()
