"""The review CLI and what bad input gives."""
from __future__ import annotations

import json

import pytest
from review_rows import catalog, row

from kinerja.review import ReviewError, review_catalog
from kinerja.review.cli import main


@pytest.mark.parametrize("bad", [None, [], {"indicators": "x"}, {"indicators": [1]}])
def test_bad_catalogs_raise_a_bilingual_error(bad):
    with pytest.raises(ReviewError) as info:
        review_catalog(bad)
    assert info.value.message_id and info.value.message_en


def test_cli_prints_findings_and_exits_1_on_errors(tmp_path, capsys):
    path = tmp_path / "c.json"
    path.write_text(json.dumps(catalog(row("Persentase dokumen", "100%", satuan="%"))), encoding="utf-8")
    assert main([str(path), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "constant-formula" in out and "why:" in out and "fix:" in out and "« 100% »" in out
    assert main([str(path), "--json"]) == 1
    listed = json.loads(capsys.readouterr().out)
    first = next(f for f in listed if f["code"] == "constant-formula")
    assert first["row"] == 0 and first["severity"] == "error" and first["kind"] == "formula"
    assert 0 < first["confidence"] <= 1 and first["evidence"][0] == {"field": "formula_text", "text": "100%", "row": None}
    assert first["message_id"] and first["message_en"] and first["why_id"] and first["why_en"]
    assert first["fix_id"] and first["fix_en"]


def test_cli_exit_0_without_errors_and_2_on_unreadable_files(tmp_path, capsys):
    good = tmp_path / "g.json"
    good.write_text(json.dumps(catalog(row("Jumlah pasar rakyat", "Jumlah pasar rakyat", satuan="unit"))))
    assert main([str(good)]) == 0
    broken = tmp_path / "b.json"
    broken.write_text("{not json")
    assert main([str(broken)]) == 2
    assert main([str(tmp_path / "missing.json")]) == 2
    assert "error" in capsys.readouterr().err
