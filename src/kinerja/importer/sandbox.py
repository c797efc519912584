"""Reading an untrusted file in a child process, with a memory ceiling and a time limit.

A decree comes from outside: a PDF stream can inflate a thousandfold, an Office part can be a little
compressed file that parses into gigabytes, a damaged file can send a parser into a long loop. The
size checks (:mod:`sniff`, :mod:`pdf_streams`) refuse what they can see; this is the guarantee for the
rest. The reading runs in a forked copy of this process (copy-on-write: a fork costs milliseconds and
imports nothing again); the child's address space is capped (``RLIMIT_AS``) at what it had plus a
budget, and the parent kills it when the time is up. Whatever happens there, the web process keeps its
memory and its other requests, and the caller gets a bilingual error that says what happened.
"""
from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import time
import traceback
from collections.abc import Callable
from typing import Any

from kinerja.errors import KinerjaError
from kinerja.importer.errors import DecreeFormatError, DecreeTooLargeError

MEMORY_BUDGET = 1024 * 1024 * 1024   # bytes the reading may add to the child's address space
TIME_LIMIT = 60.0                    # seconds for one document


def _address_space() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _peak() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmPeak:"):
                return int(line.split()[1]) * 1024
    return 0


def _outcome(fn: Callable[..., Any], args: tuple, budget: int) -> tuple[str, Any]:
    limit = _address_space() + budget
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        return "ok", fn(*args)
    except MemoryError:
        return "memory", None
    except KinerjaError as exc:
        # a C parser (libxml2, PDFium) that runs out of memory reports a damaged file: the peak says which
        if _peak() >= limit - 32 * 1024 * 1024:
            return "memory", None
        return "error", (type(exc).__name__, exc.message_id, exc.message_en)
    except BaseException as exc:  # noqa: BLE001 - the parent reports it; nothing may escape the child
        return "crash", f"{type(exc).__name__}: {str(exc)[:200]}\n{traceback.format_exc()[-800:]}"


def _child(write_fd: int, fn: Callable[..., Any], args: tuple, budget: int) -> None:
    try:
        try:
            data = pickle.dumps(_outcome(fn, args, budget), protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            data = pickle.dumps(("memory", None))
        view = memoryview(data)
        while view:
            view = view[os.write(write_fd, view):]
    finally:
        os._exit(0)  # never return into the parent's code (no atexit, no buffers flushed twice)


def _too_much_memory(budget: int) -> DecreeTooLargeError:
    mib = budget // (1024 * 1024)
    return DecreeTooLargeError(
        f"Berkas ini memerlukan lebih dari {mib} MiB memori untuk dibaca (isinya mengembang terlalu besar); "
        "pembacaan dihentikan dan tidak ada yang disimpan",
        f"This file needs more than {mib} MiB of memory to read (its content inflates too far); reading was "
        "stopped and nothing was saved")


def run_bounded(fn: Callable[..., Any], *args: Any, budget: int = MEMORY_BUDGET, seconds: float = TIME_LIMIT) -> Any:
    """``fn(*args)`` in a forked child with ``budget`` bytes of extra memory and ``seconds`` of time.

    Its result must pickle. A :class:`KinerjaError` it raises comes back as a :class:`DecreeFormatError`
    (or :class:`DecreeTooLargeError`) with the same texts.
    """
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(write_fd, fn, args, budget)
    os.close(write_fd)
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds
    timed_out = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([read_fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_fd)
        if timed_out:
            os.kill(pid, signal.SIGKILL)
        _, wait_status = os.waitpid(pid, 0)
    if timed_out:
        raise DecreeTooLargeError(
            f"Pembacaan berkas melebihi batas waktu {seconds:g} detik dan dihentikan; tidak ada yang disimpan",
            f"Reading the file took longer than the {seconds:g} second limit and was stopped; nothing was saved")
    try:
        status, value = pickle.loads(b"".join(chunks))
    except Exception:  # noqa: BLE001 - nothing (or half) was written: the child was killed
        status, value = "died", os.waitstatus_to_exitcode(wait_status)
    if status == "ok":
        return value
    if status == "memory" or status == "died" and value in (-signal.SIGKILL, -signal.SIGABRT, -signal.SIGSEGV):
        raise _too_much_memory(budget)
    if status == "error":
        name, message_id, message_en = value
        error = DecreeTooLargeError if name == "DecreeTooLargeError" else DecreeFormatError
        raise error(message_id, message_en)
    detail = value.splitlines()[0] if isinstance(value, str) and value else f"exit {value}"
    raise DecreeFormatError(f"Berkas tidak dapat dibaca: pembacanya berhenti ({detail})",
                            f"The file cannot be read: its reader stopped ({detail})")
