"""Bad input never crashes the importer: only clear KinerjaError subclasses, in Indonesian and English."""
from __future__ import annotations

import io
import random
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.errors import KinerjaError
from kinerja.importer import DecreeFormatError, DecreeTooLargeError, read_decree, read_decree_text
from kinerja.importer import sniff

from .conftest import seed_path
from .docx_writer import catalog_to_docx

SMALL_CATALOG = {
    "document": {"pemda": "Kabupaten Contoh", "perangkat_daerah": "Dinas Contoh", "nomor": "1 Tahun 2024",
                 "tahun": 2024, "jenis": "IKU", "ditetapkan_di": "Contoh", "tanggal": "2024-01-02",
                 "penandatangan": "Budi", "nip": "19700101 199001 1 001"},
    "positions": [],
    "indicators": [{"jabatan": None, "sasaran": "Meningkatnya layanan", "indikator": "Jumlah layanan",
                    "definisi": None, "formula_text": "Jumlah layanan", "satuan": "layanan",
                    "penanggung_jawab": "Kepala Dinas", "sumber_data": None}],
    "warnings": [],
}


def _bilingual(error: KinerjaError) -> None:
    assert error.message_id and error.message_en and error.message_id != error.message_en


def _reads_or_refuses(data: bytes) -> None:
    try:
        read_decree(data)
    except KinerjaError as error:
        _bilingual(error)


def test_empty_file_is_refused():
    with pytest.raises(DecreeFormatError) as caught:
        read_decree(b"")
    _bilingual(caught.value)
    with pytest.raises(DecreeFormatError):
        read_decree(b"   \n\t  ")
    with pytest.raises(DecreeFormatError):
        read_decree_text("")


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(DecreeFormatError):
        read_decree(tmp_path / "tidak-ada.docx")


def test_binary_data_is_refused():
    rng = random.Random(4)
    with pytest.raises(DecreeFormatError):
        read_decree(bytes(rng.randrange(256) for _ in range(4096)))


def test_huge_file_is_refused_before_reading(monkeypatch):
    with pytest.raises(DecreeTooLargeError):
        read_decree(b"a" * (sniff.MAX_INPUT_BYTES + 1))
    with pytest.raises(DecreeTooLargeError):
        read_decree_text("a" * (sniff.MAX_TEXT_CHARS + 1))


def test_zip_bomb_disguised_as_docx_is_refused(tmp_path):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (8 * 1024 * 1024))
    path = tmp_path / "keputusan.docx"
    path.write_bytes(bomb.getvalue())
    assert path.stat().st_size < 100_000
    with pytest.raises(DecreeTooLargeError) as caught:
        read_decree(path)
    _bilingual(caught.value)


def test_archive_whose_declared_content_is_too_big_is_refused(monkeypatch):
    data = catalog_to_docx(SMALL_CATALOG)
    monkeypatch.setattr(sniff, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(DecreeTooLargeError):
        read_decree(data)


def test_zip_that_is_not_office_is_refused():
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("foto.jpg", b"not really")
    with pytest.raises(DecreeFormatError):
        read_decree(other.getvalue())


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9])
def test_truncated_docx_is_refused(cut):
    data = catalog_to_docx(SMALL_CATALOG)
    with pytest.raises(KinerjaError):
        read_decree(data[: int(len(data) * cut)])


def test_truncated_pdf_is_refused():
    with pytest.raises(KinerjaError):
        read_decree(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")


def test_old_word_format_is_refused_with_advice():
    with pytest.raises(DecreeFormatError) as caught:
        read_decree(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert ".docx" in caught.value.message_en


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash(data):
    _reads_or_refuses(data)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3000))
def test_random_text_never_crashes(text):
    try:
        read_decree_text(text)
    except KinerjaError as error:
        _bilingual(error)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), st.sampled_from([1, 2, 3]))
def test_shuffled_and_truncated_seeds_never_crash(rng, number):
    lines = seed_path(number).read_text(encoding="utf-8").split("\n")
    rng.shuffle(lines)
    text = "\n".join(lines[: rng.randrange(1, len(lines) + 1)])
    try:
        reading = read_decree_text(text)
    except KinerjaError as error:
        _bilingual(error)
    else:
        assert len(reading.row_sources) == len(reading.catalog["indicators"])


def _xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["SASARAN", "INDIKATOR", "FORMULA"])
    book.active.append(["Meningkatnya layanan", "Jumlah layanan", "Jumlah layanan"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _pdf() -> bytes:
    weasyprint = pytest.importorskip("weasyprint")
    return weasyprint.HTML(string="<table><tr><td style='border:1px solid'>SASARAN</td>"
                                  "<td style='border:1px solid'>INDIKATOR</td></tr></table>").write_pdf()


VALID = {"docx": lambda: catalog_to_docx(SMALL_CATALOG), "xlsx": _xlsx, "pdf": _pdf}


@pytest.mark.parametrize("kind", sorted(VALID))
def test_corrupted_office_and_pdf_files_never_crash(kind):
    original = VALID[kind]()
    rng = random.Random(kind)
    for _ in range(30):
        data = bytearray(original)
        for _ in range(rng.randrange(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        _reads_or_refuses(bytes(data))
        _reads_or_refuses(bytes(data[: rng.randrange(1, len(data))]))


def test_text_named_like_a_pdf_is_read_as_text(tmp_path):
    path = tmp_path / "keputusan.pdf"
    path.write_bytes(seed_path(2).read_bytes())
    assert len(read_decree(path).catalog["indicators"]) == 67


def test_large_valid_input_is_read_whole():
    text = seed_path(1).read_text(encoding="utf-8") * 20
    assert len(read_decree_text(text).catalog["indicators"]) == 93 * 20
