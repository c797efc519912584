"""Functions the sandbox tests run in the child process (they must be importable by name)."""
from __future__ import annotations

import time


def sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def allocate(mib: int) -> int:
    block = bytearray(mib * 1024 * 1024)
    return len(block)
