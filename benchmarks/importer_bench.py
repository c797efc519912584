"""Decree importer: the three seeds and a synthetic 50-page decree as text, .docx, .pdf and .xlsx
(target < 2 s each).

Each figure is the importer as the application runs it (``read_decree``: the size checks, the reading in
a memory- and time-bounded child process, the formula engine) compared with a baseline measured in the
same run: plainly reading the same file's text (for .txt: decoding and splitting lines and cells; for
.docx: python-docx opening the file and reading every paragraph and cell; for .pdf: PDFium extracting
every page's text; for .xlsx: openpyxl loading the workbook and reading every cell).
"""
from __future__ import annotations

import io
import json
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


def _plain_pdf(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    count = sum(len(document[i].get_textpage().get_text_range()) for i in range(len(document)))
    document.close()
    return count


def _plain_xlsx(data: bytes) -> int:
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    return sum(len(str(c.value or "")) for sheet in workbook.worksheets for row in sheet.iter_rows() for c in row)


def main() -> None:
    from kinerja.importer import read_decree, read_decree_text

    print(f"{'input':<34}{'rows':>6}{'importer':>12}{'baseline':>12}{'ratio':>8}")
    figures: dict[str, float] = {}

    def report(name: str, rows: int, seconds: float, baseline: float, key: str | None = None) -> None:
        print(f"{name:<34}{rows:>6}{seconds * 1000:>10.1f}ms{baseline * 1000:>10.2f}ms{seconds / baseline:>7.0f}x",
              flush=True)
        if key:
            figures[f"{key}_s"] = round(seconds, 3)
            figures[f"{key}_baseline_s"] = round(baseline, 4)
            figures[f"{key}_ratio"] = round(seconds / baseline, 1)

    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        rows = len(read_decree_text(text).catalog["indicators"])
        report(path.name[:30], rows, _time(lambda: read_decree_text(text)), _time(lambda: _plain_text(text), 20))
    text = synthetic_decree()
    data = text.encode("utf-8")
    read_decree(data)  # start the reading server once, as a running application has
    rows = len(read_decree(data).catalog["indicators"])
    report(f"synthetic 50 pages ({len(text.splitlines())} lines)", rows, _time(lambda: read_decree(data), 3),
           _time(lambda: _plain_text(text), 20), "text_50_pages")
    catalog = read_decree_text(text).catalog
    from tests.importer.docx_writer import catalog_to_docx
    from tests.importer.zoo import file_layouts
    from tests.importer.zoo.text_layouts import FULL, SHORT

    files = {
        "docx": (catalog_to_docx(catalog), _plain_docx),
        "pdf": (file_layouts.pdf(catalog, SHORT, ruled=True, landscape=True), _plain_pdf),
        "xlsx": (file_layouts.xlsx_merged_header(catalog, FULL), _plain_xlsx),
    }
    for kind, (blob, plain) in files.items():
        rows = len(read_decree(blob).catalog["indicators"])
        report(f"synthetic 50 pages as .{kind}", rows, _time(lambda: read_decree(blob), 3), _time(lambda: plain(blob), 3),
               f"{kind}_50_pages")
    print("target: synthetic 50-page decree < 2000 ms in every format")
    print("BENCH " + json.dumps(figures))


if __name__ == "__main__":
    main()
