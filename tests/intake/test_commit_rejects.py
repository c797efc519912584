"""A reading that cannot be committed leaves every catalog table as it was and says why in both languages."""
from __future__ import annotations

import pytest

from kinerja.catalog.models import Decree
from kinerja.intake.commit import commit_catalog
from kinerja.intake.errors import ImportRejected

from .conftest import table_counts
from .helpers import gold


def _rejected(agency, catalog, **kwargs) -> ImportRejected:
    before = table_counts()
    with pytest.raises(ImportRejected) as caught:
        commit_catalog(agency, catalog, label="uji", **kwargs)
    assert table_counts() == before
    return caught.value


def test_no_indicators(agency):
    catalog = gold(1)
    catalog["indicators"] = []
    error = _rejected(agency, catalog)
    assert "tidak memuat satu pun indikator" in error.message_id
    assert "holds no indicators" in error.message_en


def test_bad_header(agency):
    catalog = gold(2)
    catalog["document"].update(nomor=" ", tahun="dua ribu", jenis="RENSTRA")
    error = _rejected(agency, catalog)
    assert len(error.problems) == 3
    assert "nomor keputusan kosong" in error.message_id and "decree number is empty" in error.message_en
    assert "RENSTRA" in error.message_id and "RENSTRA" in error.message_en


def test_a_row_without_indikator_names_the_row(agency):
    catalog = gold(3)
    catalog["indicators"][40]["indikator"] = None
    error = _rejected(agency, catalog)
    assert error.problems[0].where == "baris 41 / row 41"
    assert "nama indikator kosong" in error.message_id and "indicator name is empty" in error.message_en


def test_a_value_too_long_for_its_column(agency):
    catalog = gold(1)
    catalog["indicators"][5]["satuan"] = "x" * 200
    error = _rejected(agency, catalog)
    assert "terlalu panjang" in error.message_id and "too long" in error.message_en


def test_a_bad_variable_key(agency):
    catalog = gold(1)
    catalog["indicators"][0]["formula"]["variables"]["Bad Key"] = "Jumlah"
    assert "Bad Key" in _rejected(agency, catalog).message_en


def test_the_same_decree_twice(agency):
    commit_catalog(agency, gold(2), label="uji")
    error = _rejected(agency, gold(2))
    assert "sudah ada di katalog" in error.message_id and "already in the catalog" in error.message_en


def test_a_failure_midway_rolls_back_what_was_already_written(agency, monkeypatch):
    """Past validation, an error while writing (here: the database refusing a row) undoes everything."""
    from django.db import IntegrityError

    from kinerja.catalog.models import Indicator

    original = Indicator.objects.create
    calls = {"n": 0}

    def failing_create(**kwargs):
        calls["n"] += 1
        if calls["n"] == 30:
            raise IntegrityError("simulated")
        return original(**kwargs)

    before = table_counts()
    monkeypatch.setattr(Indicator.objects, "create", failing_create)
    with pytest.raises(IntegrityError):
        commit_catalog(agency, gold(1), label="uji")
    assert calls["n"] == 30
    assert table_counts() == before
    assert not Decree.objects.exists()


def test_a_decompression_bomb_upload_leaves_nothing_behind(agency, tmp_path):
    from kinerja.importer import DecreeTooLargeError
    from kinerja.intake.models import ImportSession
    from kinerja.intake.sessions import start_session

    from importer.bombs import pdf_stream_bomb

    before = table_counts()
    with pytest.raises(DecreeTooLargeError) as caught:
        start_session(agency, pdf_stream_bomb(200 * 1024 * 1024), "bom.pdf", label="uji")
    assert "decompression bomb" in caught.value.message_en
    assert not ImportSession.objects.exists()
    assert table_counts() == before
    assert not any((tmp_path / "files").rglob("*.pdf"))


def test_a_decree_without_readable_rows_becomes_a_session_to_map(agency):
    from kinerja.intake.preview import build_preview
    from kinerja.intake.sessions import start_session

    text = "KEPUTUSAN KEPALA DINAS\nNOMOR 1 TAHUN 2024\n| Uraian | Ukuran |\n| pembinaan | pasar tertib |\n"
    session = start_session(agency, text.encode(), "tanpa-judul.txt", label="uji")
    preview = build_preview(session)
    assert preview.rows == [] and preview.problem is not None and preview.tables == 1
    assert "Susun kolom" in preview.problem.message_id
