"""Decompression bombs of each kind are refused within bounded memory, and a reading is stopped when it
takes too long. The bombs are read in a subprocess whose whole address space is capped
(``RLIMIT_AS``), so a reader that inflated one would die there, not pass."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kinerja.importer import DecreeFormatError, DecreeTooLargeError
from kinerja.importer.api import read_detected
from kinerja.importer.sandbox import run_bounded

from . import bombs
from .sandbox_helpers import allocate, sleep

ROOT = Path(__file__).resolve().parents[2]
CEILING_MIB = 2048  # the whole test process: interpreter, parsers, forkserver and the reading child


def _read_under_ceiling(path: Path) -> subprocess.CompletedProcess:
    script = textwrap.dedent(f"""
        import os, resource
        limit = {CEILING_MIB} * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from kinerja.errors import KinerjaError
        from kinerja.importer import read_decree
        try:
            read_decree({str(path)!r})
        except KinerjaError as exc:
            print("REFUSED", type(exc).__name__, exc.message_en)
        else:
            print("READ")
    """)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize("name, make", [
    ("pdf-stream.pdf", bombs.pdf_stream_bomb),
    ("part.docx", lambda: bombs.office_part_bomb("word/document.xml")),
    ("part.xlsx", lambda: bombs.office_part_bomb("xl/worksheets/sheet1.xml")),
    ("forged-sizes.docx", bombs.lying_zip),
    ("nested.docx", bombs.nested_zip),
])
def test_bomb_is_refused_within_bounded_memory(tmp_path, name, make):
    path = tmp_path / name
    path.write_bytes(make())
    assert path.stat().st_size < 25 * 1024 * 1024, "a bomb must fit under the upload limit to mean anything"
    done = _read_under_ceiling(path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("REFUSED"), done.stdout + done.stderr[-2000:]


def test_a_part_that_parses_too_big_is_stopped_by_the_memory_ceiling():
    data = bombs.docx_parse_bomb()
    with pytest.raises(DecreeTooLargeError) as caught:
        run_bounded(read_detected, data, "docx", budget=256 * 1024 * 1024)
    assert "memory" in caught.value.message_en


def test_memory_ceiling_and_time_limit_of_the_child():
    assert run_bounded(allocate, 16) == 16 * 1024 * 1024
    with pytest.raises(DecreeTooLargeError) as caught:
        run_bounded(allocate, 512, budget=128 * 1024 * 1024)
    assert "memory" in caught.value.message_en
    with pytest.raises(DecreeTooLargeError) as caught:
        run_bounded(sleep, 30, seconds=1)
    assert "1 second limit" in caught.value.message_en


def test_a_refusal_inside_the_child_keeps_its_two_languages():
    with pytest.raises(DecreeFormatError) as caught:
        run_bounded(read_detected, b"\x00\x01garbage", "pdf")
    assert caught.value.message_id and caught.value.message_en
