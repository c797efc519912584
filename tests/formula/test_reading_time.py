"""No formula cell can hold the reader: long, repetitive and random inputs are read in a worker process
that the test stops if it does not answer within a generous wall-clock bound.

The bound (``WALL_BOUND``) is far above what any input takes (milliseconds; ``benchmarks/
formula_reading_bench.py`` measures the worst case), and far below what a backtracking blow-up takes
(the 18 s "x 22 x 22 …" cell of issue 10 grows ×2 with every two more terms), so the test cannot flake on a
busy machine and still fails on any superlinear path. The reader's own per-cell time limit is tested
deterministically below.
"""
from __future__ import annotations

import json
import os
import random
import selectors
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja.formula import FormulaError, read_formula
from kinerja.formula import reader as reader_module
from kinerja.formula.clean import MAX_TEXT_LENGTH
from kinerja.formula.reader import MAX_DEFINISI_LENGTH

WALL_BOUND = 20.0
WORKER = """
import json, sys, time
import kinerja.formula.reader as reader
from kinerja.formula import FormulaError, read_formula
reader.TIME_LIMIT_SECONDS = 3600  # measure the work itself, not the bound that would stop it
for line in sys.stdin:
    case = json.loads(line)
    started = time.perf_counter()
    try:
        read_formula(case["text"], definisi=case["definisi"], indikator=case["indikator"])
        outcome = "read"
    except FormulaError:
        outcome = "error"
    print(json.dumps({"seconds": time.perf_counter() - started, "outcome": outcome}), flush=True)
"""
PIECES = ["x 22", "x", "22", "X 100%", "x 100.000", "dibagi", "dikali", "/", ":", "(", ")", "-", "–", "+", "=",
          "Jumlah", "jumlah seluruh", "siswa SD", "s.d. tahun lalu", "tahun (n-1)", "(t)", "(t-1)", "usia 5-6 tahun",
          "meliputi :", "Renja,", "a =", "b :", "Ket :", "Cukup jelas", "\\frac{", "}{", "}", "$", "1OO%", "100%",
          "64 : 12.317 X 100% = 0.52%", "= 0,5%", "Σ", "rata-rata", "per 1.000", "perbandingan antara", "dengan",
          "1.234,5", "9" * 40, ";", "\n", "%", "SD/MI", "Pn-1 =", "A >90 – 100 Baik;", "\x00", " "]


@pytest.fixture(scope="module")
def worker():
    process = subprocess.Popen([sys.executable, "-c", WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True, encoding="utf-8", env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    yield _Worker(process)
    process.kill()
    process.wait()


class _Worker:
    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.slowest = 0.0

    def read(self, text: str, definisi: str | None = None, indikator: str | None = None) -> dict:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"text": text, "definisi": definisi, "indikator": indikator}) + "\n")
        self.process.stdin.flush()
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(WALL_BOUND):
                self.process.kill()
                pytest.fail(f"reading took more than {WALL_BOUND:g} s: {text[:200]!r} (length {len(text)})")
        answer = json.loads(self.process.stdout.readline())
        self.slowest = max(self.slowest, answer["seconds"])
        return answer


SETTINGS = dict(deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
                                       HealthCheck.function_scoped_fixture])


def _repeated(pattern: str, times: int, limit: int = MAX_TEXT_LENGTH) -> str:
    return (pattern * times)[:limit]


@st.composite
def long_repetitive(draw) -> str:
    unit = " ".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))) + " "
    return _repeated(unit, draw(st.integers(1, MAX_TEXT_LENGTH // max(1, len(unit)) + 1)))


@pytest.mark.parametrize("terms", [20, 25, 60, 400])
def test_the_issue_10_cell_is_read_at_once(worker, terms):
    text = "Jumlah A " + "x 22 " * terms + "B"
    assert worker.read(text[:MAX_TEXT_LENGTH])["outcome"] in ("read", "error")


@pytest.mark.parametrize("unit", ["x 22 ", "22 x ", "(", "\\frac{", "{", "a = ", "9.", "1,", "- ", "s.d. ", "Jumlah ",
                                  "Ket : ", "A >90 – 100 Baik; ", "x 1OO% ", "5-6 ", "per 1.000 "])
def test_the_longest_cell_of_one_repeated_piece(worker, unit):
    worker.read(_repeated(unit, MAX_TEXT_LENGTH))


@settings(max_examples=150, **SETTINGS)
@given(text=long_repetitive())
def test_long_repetitive_cells(worker, text):
    worker.read(text)


@settings(max_examples=60, **SETTINGS)
@given(definisi=long_repetitive().map(lambda t: _repeated(t, 5, MAX_DEFINISI_LENGTH)), text=long_repetitive())
def test_long_repetitive_definisi(worker, definisi, text):
    worker.read(text[:500], definisi=definisi, indikator=text[:200])


@settings(max_examples=60, **SETTINGS)
@given(seed=st.integers(0, 2**32), alphabet=st.text("x22 /:()-=+%.,;aJumlh\\{}$", min_size=2, max_size=12))
def test_random_formula_characters_at_the_length_limit(worker, seed, alphabet):
    rng = random.Random(seed)
    worker.read("".join(rng.choice(alphabet) for _ in range(MAX_TEXT_LENGTH)))


def test_slowest_reading_is_reported(worker, capsys):
    worker.read(_repeated("Jumlah A / Jumlah B x 100% ", MAX_TEXT_LENGTH))
    with capsys.disabled():
        print(f"\n[formula reading] slowest cell in this worker: {worker.slowest * 1000:.0f} ms")


def test_the_reader_stops_at_its_time_limit(monkeypatch):
    monkeypatch.setattr(reader_module, "TIME_LIMIT_SECONDS", -1.0)
    with pytest.raises(FormulaError) as raised:
        read_formula("Jumlah A dibagi Jumlah B x 100%")
    assert "detik" in raised.value.message_id and "s;" in raised.value.message_en
