import json
import subprocess
import sys
from pathlib import Path

from kinerja.capaian.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_it_prints_capaian_predicate_and_explanation(capsys):
    code, out, _ = run(capsys, "--target", "10", "--realisasi", "5", "--polaritas", "negatif")
    assert code == 0
    assert "Capaian: 150% (Sangat Tinggi)" in out
    assert "Capaian = (2 × 10 − 5) / 10 × 100% = 150% karena indikator ini semakin kecil semakin baik" in out
    assert "Explanation: Capaian = (2 × 10 − 5) / 10 × 100% = 150% because lower is better" in out


def test_json_output(capsys):
    code, out, _ = run(capsys, "--target", "80-90", "--realisasi", "70", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["capaian"], data["status"], data["predikat"], data["konvensi"]) == (87.5, "ok", "Tinggi", "r/t")
    assert "batas terdekat 80" in data["penjelasan"] and "nearer bound 80" in data["explanation"]


def test_convention_floor_and_ceiling(capsys):
    _, out, _ = run(capsys, "--target", "10", "--realisasi", "0", "--polaritas", "negatif", "--konvensi", "t/r",
                    "--batas-atas", "120", "--json")
    data = json.loads(out)
    assert (data["capaian"], data["konvensi"], data["dibatasi"]) == (120, "t/r", "ceiling")


def test_unknown_realisasi(capsys):
    code, out, _ = run(capsys, "--target", "10", "--realisasi", "-")
    assert code == 0 and "tidak diketahui / unknown" in out and "bukan 0%" in out


def test_a_custom_scale_file(capsys, tmp_path):
    scale = tmp_path / "skala.json"
    scale.write_text(json.dumps([{"min": 0, "min_inclusive": True, "max": 100, "max_inclusive": True,
                                  "label": "Baik", "meaning": None}]), encoding="utf-8")
    _, out, _ = run(capsys, "--target", "10", "--realisasi", "12", "--skala", str(scale))
    assert "Capaian: 120% (tanpa predikat / no band)" in out and "tidak masuk pita" in out


def test_bad_input_is_a_bilingual_error(capsys):
    code, out, err = run(capsys, "--target", "abc", "--realisasi", "5")
    assert code == 2 and out == "" and "tidak dapat dibaca" in err and "cannot be read" in err
    code, _, err = run(capsys, "--target", "10", "--realisasi", "5", "--konvensi", "r/t", "--polaritas", "negatif")
    assert code == 2 and "unknown convention" in err
    code, _, err = run(capsys, "--target", "10", "--realisasi", "5", "--skala", "/nonexistent.json")
    assert code == 2 and "cannot be read" in err
    assert run(capsys, "--target", "10")[0] == 2  # argparse usage error, no traceback


def test_it_runs_as_a_module():
    done = subprocess.run([sys.executable, "-m", "kinerja.capaian.cli", "--target", "WTP", "--realisasi", "WDP",
                           "--json"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["capaian"] == 75
