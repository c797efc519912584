"""``kinerja evaluasi template`` and ``kinerja evaluasi score``: pure commands, clear bilingual errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kinerja.cli import PURE_COMMANDS
from kinerja.lke import load_instrument
from kinerja.lke.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_template_json_has_codes_weights_texts_and_scales(capsys):
    code, out, _ = run(capsys, "template", "--year", "2025", "--json")
    data = json.loads(out)
    assert code == 0 and data["version"] == "88/2021"
    assert [c["weight"] for c in data["components"]] == [30, 30, 15, 25]
    first = data["components"][0]["subcomponents"][1]["criteria"][4]
    assert (first["code"], first["scale"]) == ("1.b.5", "AE")
    assert "SMART" in first["text"]
    assert data["scales"]["AE"]["options"][1] == {"answer": "B", "value": 0.75, "label": "Memadai", "label_en": "Largely"}
    assert data["components"][2]["subcomponents"][1]["weight"] == 4.5


def test_template_for_a_year_before_the_regulation_is_refused(capsys):
    code, _, err = run(capsys, "template", "--year", "2019", "--json")
    assert code == 2 and "Tidak ada LKE untuk tahun 2019" in err and "No LKE for 2019" in err


def test_score_prints_components_total_grade_and_why(capsys, tmp_path):
    answers = {c.code: c.scale.answers[0] for c in load_instrument().criteria()}
    answers["2.b.4"] = "C"
    path = tmp_path / "jawaban.json"
    path.write_text(json.dumps({"version": "88/2021", "answers": answers}))
    code, out, _ = run(capsys, "score", str(path), "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["total"], data["grade"], data["grade_label"], data["complete"]) == (99.36, "AA", "Sangat Memuaskan", True)
    sub = data["components"][1]["subcomponents"][1]
    assert (sub["code"], sub["score"], sub["answered"]) == ("2.b", 8.36, 7)
    assert any(line.startswith("2.b: rata-rata jawaban") for line in data["explanation"])
    code, text, _ = run(capsys, "score", str(path))
    assert code == 0 and "Nilai akhir:" in text and "Total:" in text


@pytest.mark.parametrize(("content", "words"), [
    ('{"1.a.1": "Y", "7.q.1": "A"}', ["'7.q.1'", "is not in LKE"]),
    ('{"1.a.1": "maybe"}', ["'maybe'", "Y, T"]),
    ('{"answers": [1, 2]}', ["'answers'"]),
    ('[1, 2, 3]', ["objek JSON"]),
    ('{"1.a.1": "Y",', ["JSON tidak sah"]),
    ('{"version": "1/1999", "answers": {}}', ["tidak tersedia"]),
    ('{"year": "2025", "answers": {}}', ["'year'"]),
    ('{"1.a.1": 1e999999}', ["1.a.1"]),
    ("\x00\x01", ["JSON tidak sah"]),
    ("[" * 100_000 + "]" * 100_000, ["JSON"]),
])
def test_bad_answer_files_are_clear_errors(capsys, tmp_path, content, words):
    path = tmp_path / "jawaban.json"
    path.write_text(content)
    code, out, err = run(capsys, "score", str(path))
    assert code == 2 and out == ""
    assert err.startswith("galat / error:") and " / " in err
    for word in words:
        assert word in err


def test_a_missing_or_binary_file_is_a_clear_error(capsys, tmp_path):
    code, _, err = run(capsys, "score", str(tmp_path / "tidak-ada.json"))
    assert code == 2 and "tidak dapat dibaca" in err
    binary = tmp_path / "foto.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not json")
    code, _, err = run(capsys, "score", str(binary))
    assert code == 2 and "bukan teks UTF-8" in err


def test_registered_as_pure_commands_that_never_load_django(tmp_path):
    assert ("evaluasi", "template") in PURE_COMMANDS and ("evaluasi", "score") in PURE_COMMANDS
    path = tmp_path / "a.json"
    path.write_text('{"1.a.1": "Y"}')
    code = ("import sys; from kinerja.cli import main; "
            f"rc = main(['evaluasi', 'score', {str(path)!r}, '--json']); "
            "rc2 = main(['evaluasi', 'template', '--json']); "
            "assert 'django' not in sys.modules, 'django imported'; sys.exit(rc or rc2)")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert '"grade": "D"' in done.stdout
