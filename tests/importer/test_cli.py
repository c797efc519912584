"""``kinerja decree read FILE [--json]`` prints the catalog and saves nothing."""
from __future__ import annotations

import json

from kinerja.importer.cli import main

from .conftest import seed_path


def test_json_output_is_the_catalog(capsys):
    assert main([str(seed_path(2)), "--json"]) == 0
    catalog = json.loads(capsys.readouterr().out)
    assert set(catalog) == {"document", "positions", "indicators", "warnings"}
    assert catalog["document"]["pemda"] == "Kabupaten Malang"


def test_summary_output(capsys):
    assert main([str(seed_path(1))]) == 0
    out = capsys.readouterr().out
    assert "Indikator: 93" in out


def test_bad_file_exits_2_with_both_languages(tmp_path, capsys):
    path = tmp_path / "kosong.docx"
    path.write_bytes(b"")
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert "kosong" in err and "empty" in err
