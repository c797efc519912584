"""A .docx decree is read from its tables (cells, merges, nested tables), not from flattened text."""
from __future__ import annotations

import io

import docx

from kinerja.importer import read_decree


def _decree(headers: list[str], rows: list[list[str]], *, merge_first_column: bool = False) -> bytes:
    document = docx.Document()
    for line in ["PEMERINTAH KOTA CONTOH", "BADAN PERENCANAAN PEMBANGUNAN DAERAH", "NOMOR : 050/12/2024",
                 "TENTANG", "INDIKATOR KINERJA UTAMA", "Menimbang : bahwa …", "Ditetapkan di : Contoh",
                 "Pada tanggal : 3 Februari 2024", "KEPALA BADAN", "Dr. Siti Aminah, M.Si", "NIP. 19800101 200501 2 001"]:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(rows), cols=len(headers))
    for cell, title in zip(table.rows[0].cells, headers):
        cell.text = title
    for r, values in enumerate(rows, start=1):
        for cell, value in zip(table.rows[r].cells, values):
            cell.text = value
    if merge_first_column:
        top = table.cell(1, 0)
        top.merge(table.cell(len(rows), 0))
        top.text = rows[0][0]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_columns_are_found_by_meaning_whatever_their_order():
    data = _decree(["NO", "SUMBER DATA", "INDIKATOR KINERJA", "SASARAN STRATEGIS", "RUMUS"],
                   [["1", "BPS", "Persentase desa maju", "Meningkatnya desa maju", "Desa maju / seluruh desa x 100%"]])
    row = read_decree(data).catalog["indicators"][0]
    assert row["indikator"] == "Persentase desa maju"
    assert row["sasaran"] == "Meningkatnya desa maju"
    assert row["sumber_data"] == "BPS"
    assert row["formula_text"] == "Desa maju / seluruh desa x 100%"
    assert row["definisi"] is None


def test_vertically_merged_sasaran_repeats_in_every_row():
    data = _decree(["SASARAN", "INDIKATOR", "FORMULASI PERHITUNGAN"],
                   [["Meningkatnya mutu perencanaan", "Jumlah dokumen perencanaan", "Jumlah dokumen"],
                    ["", "Jumlah laporan evaluasi", "Jumlah laporan"]], merge_first_column=True)
    rows = read_decree(data).catalog["indicators"]
    assert [r["sasaran"] for r in rows] == ["Meningkatnya mutu perencanaan"] * 2
    assert [r["indikator"] for r in rows] == ["Jumlah dokumen perencanaan", "Jumlah laporan evaluasi"]


def test_header_is_read_from_the_paragraphs():
    data = _decree(["SASARAN", "INDIKATOR", "FORMULASI"], [["A", "Jumlah B", "Jumlah B"]])
    document = read_decree(data).catalog["document"]
    assert document["pemda"] == "Kota Contoh"
    assert document["perangkat_daerah"] == "Badan Perencanaan Pembangunan Daerah"
    assert document["nomor"] == "050/12/2024"
    assert document["tahun"] == 2024
    assert document["tanggal"] == "2024-02-03"
    assert document["penandatangan"] == "Dr. Siti Aminah, M.Si"
    assert document["nip"] == "19800101 200501 2 001"
    assert document["jenis"] == "IKU"


def test_row_sources_name_table_and_row():
    data = _decree(["SASARAN", "INDIKATOR", "FORMULASI"], [["A", "Jumlah B", "Jumlah B"], ["A", "Jumlah C", "Jumlah C"]])
    reading = read_decree(data)
    assert [s["table"] for s in reading.row_sources] == [1, 1]
    lines = [reading.source_lines[s["line"] - 1] for s in reading.row_sources]
    assert "Jumlah B" in lines[0] and "Jumlah C" in lines[1]


def test_jabatan_block_laid_out_as_a_table_is_read_as_a_section():
    document = docx.Document()
    document.add_paragraph("INDIKATOR KINERJA INDIVIDU")
    block = document.add_table(rows=3, cols=3)
    for r, (label, value) in enumerate([("JABATAN", "KEPALA SEKSI DATA"), ("TUGAS", "- Menyusun data\n- Melapor"),
                                        ("FUNGSI", "-")]):
        block.cell(r, 0).text = label
        block.cell(r, 1).text = ":"
        block.cell(r, 2).text = value
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["KINERJA", "INDIKATOR KINERJA", "SUMBER DATA"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["Tersedianya data", "Jumlah data", "Seksi Data"]):
        cell.text = text
    out = io.BytesIO()
    document.save(out)
    catalog = read_decree(out.getvalue()).catalog
    assert catalog["positions"][0]["jabatan"] == "Kepala Seksi Data"
    assert catalog["positions"][0]["tugas"] == ["Menyusun data", "Melapor"]
    assert catalog["indicators"][0]["jabatan"] == "Kepala Seksi Data"
    assert catalog["indicators"][0]["sumber_data"] == "Seksi Data"


def test_each_word_paragraph_of_a_list_is_one_item():
    document = docx.Document()
    for line in ["INDIKATOR KINERJA INDIVIDU", "JABATAN : KEPALA SUB BAGIAN UMUM", "TUGAS :",
                 "Penyusunan rencana kerja", "Pengelolaan administrasi umum", "FUNGSI :", "Pelaksanaan urusan surat"]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    position = read_decree(out.getvalue()).catalog["positions"][0]
    assert position["tugas"] == ["Penyusunan rencana kerja", "Pengelolaan administrasi umum"]
    assert position["fungsi"] == ["Pelaksanaan urusan surat"]
    assert position["unit"] == "Sub Bagian Umum"
