"""A .pdf with a text layer: pdfplumber's table extraction first, its text as a fallback."""
from __future__ import annotations

import pytest

from kinerja.importer import DecreeFormatError, read_decree

weasyprint = pytest.importorskip("weasyprint")

HTML = """<html><head><style>td, th { border: 1px solid black; padding: 2pt }</style></head>
<body style="font-family: sans-serif; font-size: 9pt">
<p>PEMERINTAH KABUPATEN CONTOH</p><p>DINAS KESEHATAN</p><p>NOMOR 7 TAHUN 2024</p>
<p>TENTANG</p><p>INDIKATOR KINERJA UTAMA</p><p>Menimbang : bahwa ...</p>
<table style="border-collapse: collapse; width: 100%">
<tr><th>SASARAN</th><th>INDIKATOR KINERJA</th><th>FORMULASI PERHITUNGAN</th><th>PENANGGUNG JAWAB</th></tr>
<tr><td>Meningkatnya derajat kesehatan</td><td>Persentase balita gizi baik</td>
<td>Balita gizi baik / seluruh balita x 100%</td><td>Kabid Kesmas</td></tr>
<tr><td>Meningkatnya layanan</td><td>Jumlah puskesmas terakreditasi</td>
<td>Jumlah puskesmas terakreditasi</td><td>Kabid Yankes</td></tr>
</table>
<p>Ditetapkan di : Contoh</p><p>Pada tanggal : 9 Maret 2024</p></body></html>"""


def test_table_cells_are_read_from_the_pdf():
    pdf = weasyprint.HTML(string=HTML).write_pdf()
    reading = read_decree(pdf, filename="iku.pdf")
    rows = reading.catalog["indicators"]
    assert [r["indikator"] for r in rows] == ["Persentase balita gizi baik", "Jumlah puskesmas terakreditasi"]
    assert rows[0]["formula_text"] == "Balita gizi baik / seluruh balita x 100%"
    assert rows[1]["penanggung_jawab"] == "Kabid Yankes"
    assert reading.row_sources[0]["page"] == 1
    document = reading.catalog["document"]
    assert document["perangkat_daerah"] == "Dinas Kesehatan"
    assert document["tanggal"] == "2024-03-09"


def test_pdf_is_recognised_by_content_not_name(tmp_path):
    path = tmp_path / "keputusan.docx"
    path.write_bytes(weasyprint.HTML(string=HTML).write_pdf())
    assert len(read_decree(path).catalog["indicators"]) == 2


def test_pdf_without_text_layer_is_refused():
    blank = weasyprint.HTML(string="<html><body><div style='height:5cm'></div></body></html>").write_pdf()
    with pytest.raises(DecreeFormatError) as caught:
        read_decree(blank)
    assert "OCR" in caught.value.message_en
