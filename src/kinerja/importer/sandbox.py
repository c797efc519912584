"""Reading an untrusted file in a child process, with a memory ceiling and a time limit.

A decree comes from outside: a PDF stream can inflate a thousandfold, an Office part can be a little
compressed file that parses into gigabytes, a damaged file can send a parser into a long loop. The
size checks (:mod:`sniff`, :mod:`pdf_streams`) refuse what they can see; this is the guarantee for the
rest. The reading runs in a process forked from a small server that has the parsers loaded (so a
fork costs milliseconds, not an interpreter start-up); the child's address space is capped
(``RLIMIT_AS``) at what it had plus a budget, and the parent stops it when the time is up. Whatever
happens there, the web process keeps its memory and its other requests, and the caller gets a
bilingual error that says what happened.
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import traceback
from collections.abc import Callable
from typing import Any

from kinerja.errors import KinerjaError
from kinerja.importer.errors import DecreeFormatError, DecreeTooLargeError

MEMORY_BUDGET = 1024 * 1024 * 1024   # bytes the reading may add to the child's address space
TIME_LIMIT = 60.0                    # seconds for one document
_PRELOAD = ["kinerja.importer.api", "kinerja.formula", "pypdfium2", "docx", "openpyxl"]
_context: multiprocessing.context.BaseContext | None = None


def _ctx() -> multiprocessing.context.BaseContext:
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(_PRELOAD)
    return _context


def _address_space() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _peak() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmPeak:"):
                return int(line.split()[1]) * 1024
    return 0


def _child(connection, fn: Callable[..., Any], args: tuple, budget: int) -> None:
    limit = _address_space() + budget
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        result = ("ok", fn(*args))
    except MemoryError:
        result = ("memory", None)
    except KinerjaError as exc:
        # a C parser (libxml2, PDFium) that runs out of memory reports a damaged file: the peak says which
        near = _peak() >= limit - 32 * 1024 * 1024
        result = ("memory", None) if near else ("error", (type(exc).__name__, exc.message_id, exc.message_en))
    except BaseException as exc:  # noqa: BLE001 - the parent reports it; nothing may escape the child
        result = ("crash", f"{type(exc).__name__}: {str(exc)[:200]}\n{traceback.format_exc()[-800:]}")
    try:
        connection.send(result)
    except MemoryError:
        connection.send(("memory", None))
    finally:
        connection.close()


def _too_much_memory(budget: int) -> DecreeTooLargeError:
    mib = budget // (1024 * 1024)
    return DecreeTooLargeError(
        f"Berkas ini memerlukan lebih dari {mib} MiB memori untuk dibaca (isinya mengembang terlalu besar); "
        "pembacaan dihentikan dan tidak ada yang disimpan",
        f"This file needs more than {mib} MiB of memory to read (its content inflates too far); reading was "
        "stopped and nothing was saved")


def run_bounded(fn: Callable[..., Any], *args: Any, budget: int = MEMORY_BUDGET, seconds: float = TIME_LIMIT) -> Any:
    """``fn(*args)`` in a child process with ``budget`` bytes of extra memory and ``seconds`` of time.

    ``fn`` must be importable by name (it runs in another process); its result must pickle. A
    :class:`KinerjaError` it raises comes back as a :class:`DecreeFormatError` with the same texts.
    """
    ctx = _ctx()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, fn, args, budget), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise DecreeTooLargeError(
                f"Pembacaan berkas melebihi batas waktu {seconds:g} detik dan dihentikan; tidak ada yang disimpan",
                f"Reading the file took longer than the {seconds:g} second limit and was stopped; nothing was saved")
        try:
            status, value = receiver.recv()
        except (EOFError, OSError):
            status, value = "died", None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receiver.close()
    if status == "ok":
        return value
    if status == "memory" or status == "died" and process.exitcode in (-9, -6, -11, 1):
        raise _too_much_memory(budget)
    if status == "error":
        name, message_id, message_en = value
        error = DecreeTooLargeError if name == "DecreeTooLargeError" else DecreeFormatError
        raise error(message_id, message_en)
    detail = value.splitlines()[0] if isinstance(value, str) and value else f"exit {process.exitcode}"
    raise DecreeFormatError(f"Berkas tidak dapat dibaca: pembacanya berhenti ({detail})",
                            f"The file cannot be read: its reader stopped ({detail})")
