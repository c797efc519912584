"""Rendering several documents at once gives the same bytes as rendering them one by one."""
from __future__ import annotations

import io

import pytest
from docx import Document as open_docx

from kinerja.documents import DocumentError, build_pengukuran, build_pohon, formats_for, render, render_many


def test_parallel_results_match_and_keep_their_order(pengukuran, pohon):
    jobs = [(build_pohon(pohon), "docx"), (build_pengukuran(pengukuran), "xlsx"), (build_pengukuran(pengukuran), "docx")]
    results = render_many(jobs, workers=2)
    assert results[1][:2] == b"PK"
    assert len(open_docx(io.BytesIO(results[0])).inline_shapes) == 2
    texts = [p.text for p in open_docx(io.BytesIO(results[2])).paragraphs]
    assert "PENGUKURAN KINERJA" in texts
    assert formats_for(jobs[1][0]) == ["docx", "pdf", "xlsx"]


def test_unknown_format(pengukuran):
    with pytest.raises(DocumentError):
        render(build_pengukuran(pengukuran), "odt")
