"""``kinerja decree write``: from a catalog JSON file to .docx / .pdf / .xlsx, without a database."""
from __future__ import annotations

import io
import json

import pytest
from docx import Document as open_docx

from kinerja.cli import main as kinerja
from kinerja.documents.cli import main

from .conftest import SHARED, open_xlsx


@pytest.mark.parametrize("suffix", ["docx", "pdf", "xlsx"])
def test_writes_each_format(tmp_path, capsys, suffix):
    out = tmp_path / f"keputusan.{suffix}"
    assert kinerja(["decree", "write", str(SHARED / "gold" / "seed2.json"), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert str(out) in capsys.readouterr().out
    if suffix == "docx":
        assert "YOYOK WARDOYO" in "\n".join(p.text for p in open_docx(io.BytesIO(data)).paragraphs)
    elif suffix == "pdf":
        assert data.startswith(b"%PDF")
    else:
        assert open_xlsx(data)["Lampiran"].max_row > 67


def test_format_option_overrides_the_suffix(tmp_path):
    out = tmp_path / "keputusan.bin"
    assert main([str(SHARED / "gold" / "seed1.json"), "-o", str(out), "--format", "xlsx"]) == 0
    assert out.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("content, message", [
    (None, "tidak dapat dibaca"),
    ("{not json", "bukan JSON"),
    (json.dumps({"indicators": []}), "document"),
])
def test_bad_input_exits_2_with_a_bilingual_message(tmp_path, capsys, content, message):
    source = tmp_path / "katalog.json"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    assert main([str(source), "-o", str(tmp_path / "out.docx")]) == 2
    err = capsys.readouterr().err
    assert message in err and " / " in err


def test_unknown_suffix_is_refused(tmp_path, capsys):
    assert main([str(SHARED / "gold" / "seed1.json"), "-o", str(tmp_path / "out.odt")]) == 2
    assert "odt" in capsys.readouterr().err
