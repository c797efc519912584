"""The decree and its Lampiran in .docx, .pdf and .xlsx, from each seed's gold catalog."""
from __future__ import annotations

import copy
import io

import pytest
from docx import Document as open_docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from kinerja.documents import DocumentError, build_decree, decree_defaults, render
from kinerja.documents.model import AgencyInfo, DecreeTexts, Signatory

from .conftest import docx_text, gold, open_xlsx, pdf_check, save, squash

LAMPIRAN_HEADER = ["SASARAN KINERJA", "INDIKATOR KINERJA", "DEFINISI OPERASIONAL", "FORMULASI PERHITUNGAN",
                   "PENANGGUNG JAWAB", "SUMBER DATA"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_docx_has_the_decree_shape(seed):
    catalog = gold(seed)
    data = render(build_decree(catalog), "docx")
    save(f"decree-seed{seed}.docx", data)
    doc = open_docx(io.BytesIO(data))
    text = docx_text(data)
    head = catalog["document"]
    for expected in ("KEPUTUSAN KEPALA", "NOMOR", "TENTANG", "Menimbang", "Mengingat", "MEMUTUSKAN",
                     "Ditetapkan di", "Pada Tanggal", "LAMPIRAN", head["perangkat_daerah"].upper(),
                     head["pemda"].upper(), (head["penandatangan"] or "")):
        assert expected in text
    if head["nip"]:
        assert f"NIP. {head['nip']}" in text
    # the body is portrait, the Lampiran landscape
    assert [s.orientation for s in doc.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]
    tables = doc.tables
    positions = catalog["positions"]
    assert len(tables) == (len(positions) if positions else 1)
    for table in tables:
        assert [c.text for c in table.rows[0].cells] == LAMPIRAN_HEADER
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on every page
    body_rows = sum(len(t.rows) - 1 for t in tables)
    assert body_rows == len(catalog["indicators"])
    if positions:
        assert text.count("1. JABATAN") == len(positions)
        assert "2. TUGAS" in text and "3. FUNGSI" in text
        first = positions[0]
        assert first["jabatan"].upper() in text
        for item in first["tugas"]:
            assert item in text


def test_merged_sasaran_cells_read_back_as_the_same_text():
    catalog = gold(2)
    doc = open_docx(io.BytesIO(render(build_decree(catalog), "docx")))
    rows = catalog["indicators"]
    table = doc.tables[0]
    n = sum(1 for r in rows if r["jabatan"] == rows[0]["jabatan"])
    sasaran = [table.rows[i + 1].cells[0].text for i in range(n)]
    assert sasaran == [r["sasaran"] for r in rows[:n]]


def test_formula_column_prints_the_readable_formula_not_the_key():
    catalog = copy.deepcopy(gold(2))
    row = catalog["indicators"][0]
    row["formula_text"] = None
    text = docx_text(render(build_decree(catalog), "docx"))
    expression = row["formula"]["expression"]
    assert expression not in text, "the raw expression key was printed"
    assert "pelayanan administrasi Kepegawaian tepat waktu" in text  # the variable's phrase


def test_constant_target_formula_prints_its_value():
    catalog = copy.deepcopy(gold(1))
    catalog["indicators"][0].update(formula_text=None, formula={"kind": "constant_target", "expression": None,
                                                                  "value": 1, "satuan": "Dokumen"})
    assert "1 Dokumen" in docx_text(render(build_decree(catalog), "docx"))


def test_edited_texts_and_signatory_are_printed():
    catalog = gold(1)
    texts = decree_defaults(catalog)
    assert texts.menimbang[0].startswith("bahwa") and len(texts.mengingat) >= 3
    edited = DecreeTexts(tentang="Penetapan Indikator Kinerja Utama Perubahan",
                         menimbang=["bahwa ada alasan khusus;"], mengingat=["Undang-Undang Nomor 1 Tahun 2000;"],
                         memutuskan=["Diktum satu.", "Diktum dua."])
    signer = Signatory(name="Budi Santoso, S.E.", jabatan="Kepala Dinas Tenaga Kerja dan Transmigrasi Kabupaten Banjar",
                       pangkat="Pembina Tingkat I", nip="19700101 199503 1 001", acting="Plt")
    agency = AgencyInfo(pemda="Kabupaten Banjar", name="Dinas Tenaga Kerja dan Transmigrasi",
                        address="Jalan A. Yani Km. 37,5", phone="(0511) 7218166")
    text = docx_text(render(build_decree(catalog, agency=agency, signatory=signer, texts=edited), "docx"))
    for expected in ("PENETAPAN INDIKATOR KINERJA UTAMA PERUBAHAN", "bahwa ada alasan khusus;", "Diktum dua.",
                     "KESATU", "KEDUA", "Plt. KEPALA DINAS", "Budi Santoso, S.E.", "Pembina Tingkat I",
                     "Jalan A. Yani Km. 37,5", "Telp. (0511) 7218166"):
        assert expected in text
    assert "KETIGA" not in text


@pytest.mark.parametrize("seed", [1, 2])
def test_pdf_has_the_same_content(seed):
    catalog = gold(seed)
    pages, text = pdf_check(f"decree-seed{seed}", render(build_decree(catalog), "pdf"))
    flat = squash(text)
    assert pages >= 3
    for expected in ("KEPUTUSAN KEPALA", "TENTANG", "Menimbang", "MEMUTUSKAN", "Ditetapkan di", "LAMPIRAN",
                     "SASARAN KINERJA", "FORMULASI PERHITUNGAN"):
        assert expected in flat
    for row in catalog["indicators"][:: max(1, len(catalog["indicators"]) // 8)]:
        assert squash(row["indikator"])[:40] in flat
    # The Lampiran's first table starts under the Lampiran reference (its heading is not left alone on
    # a page), and every later page but the last (the signature) starts with the repeated header row.
    printed = [p for p in text.split("\f") if p.strip()]
    first = next(i for i, p in enumerate(printed) if "SASARAN KINERJA" in p)
    assert first >= 2 and "LAMPIRAN" in printed[first]
    lampiran = printed[first:]
    assert len(lampiran) > 3
    assert all("SASARAN KINERJA" in p for p in lampiran[:-1]), "a Lampiran page lost its header row"


def test_xlsx_holds_every_row_with_jabatan_and_satuan():
    catalog = gold(3)
    wb = open_xlsx(render(build_decree(catalog), "xlsx"))
    ws = wb["Lampiran"]
    header_row = next(r for r in range(1, 6) if ws.cell(r, 1).value == "NO")
    header = [ws.cell(header_row, c).value for c in range(1, 10)]
    assert header == ["NO", "JABATAN", *LAMPIRAN_HEADER[:4], "SATUAN", *LAMPIRAN_HEADER[4:]]
    values = [[ws.cell(r, c).value for c in range(1, 10)] for r in range(header_row + 1, ws.max_row + 1)]
    assert len(values) == len(catalog["indicators"])
    assert all(isinstance(v[0], int) for v in values)  # the row number is a number
    assert [v[3] for v in values] == [r["indikator"] for r in catalog["indicators"]]
    assert [v[6] for v in values] == [r["satuan"] for r in catalog["indicators"]]


@pytest.mark.parametrize("catalog, field", [
    ({}, "document"),
    ({"document": {"pemda": "Kabupaten Banjar"}, "indicators": []}, "perangkat_daerah"),
    ({"document": {"pemda": "X", "perangkat_daerah": "Dinas Y", "jenis": "SKP"}, "indicators": []}, "SKP"),
    ({"document": {"pemda": "X", "perangkat_daerah": "Dinas Y"}, "indicators": "none"}, "indicators"),
    ({"document": {"pemda": "X", "perangkat_daerah": "Dinas Y"}, "indicators": ["row"]}, "objek"),
    ([1, 2], "document"),
])
def test_bad_catalogs_raise_a_bilingual_error(catalog, field):
    with pytest.raises(DocumentError) as err:
        build_decree(catalog)
    assert field in err.value.bilingual() and " / " in err.value.bilingual()
