"""An .xlsx decree: a sheet per table, the header row found wherever it is, merged cells repeated."""
from __future__ import annotations

import io

import openpyxl

from kinerja.importer import read_decree


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "IKU"
    sheet.append(["INDIKATOR KINERJA UTAMA"])
    sheet.append(["DINAS PENDIDIKAN KABUPATEN CONTOH"])
    sheet.append([])
    sheet.append(["No", "Sasaran Kinerja", "Indikator Kinerja", "Definisi Operasional", "Formulasi Perhitungan",
                  "Satuan", "Penanggung Jawab"])
    sheet.append([1, "Meningkatnya mutu pendidikan", "Angka partisipasi murni", "APM SD",
                  "Murid usia 7-12 / penduduk usia 7-12 x 100%", "%", "Kabid SD"])
    sheet.append([2, None, "Jumlah sekolah terakreditasi A", None, "Jumlah sekolah terakreditasi A", "sekolah",
                  "Kabid SD"])
    sheet.merge_cells("B5:B6")
    second = book.create_sheet("Lanjutan")
    second.append(["SASARAN", "INDIKATOR", "FORMULA", "SUMBER DATA"])
    second.append(["Meningkatnya literasi", "Persentase siswa gemar membaca", "Siswa gemar membaca / siswa x 100%",
                   "Survei"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_each_sheet_is_a_table_with_its_own_header():
    catalog = read_decree(_workbook(), filename="iku.xlsx").catalog
    rows = catalog["indicators"]
    assert [r["indikator"] for r in rows] == ["Angka partisipasi murni", "Jumlah sekolah terakreditasi A",
                                              "Persentase siswa gemar membaca"]
    assert rows[0]["definisi"] == "APM SD"
    assert rows[0]["satuan"] == "%"
    assert rows[1]["satuan"] == "sekolah"
    assert rows[2]["sumber_data"] == "Survei"
    assert rows[2]["penanggung_jawab"] is None


def test_merged_sasaran_cell_repeats():
    rows = read_decree(_workbook()).catalog["indicators"]
    assert rows[0]["sasaran"] == rows[1]["sasaran"] == "Meningkatnya mutu pendidikan"


def test_title_rows_above_the_header_are_read_as_text():
    catalog = read_decree(_workbook()).catalog
    assert catalog["document"]["pemda"] == "Kabupaten Contoh"
    assert catalog["document"]["perangkat_daerah"] == "Dinas Pendidikan"
