"""The one command-line entry point, ``kinerja``.

Pure sub-commands (``formula``, ``capaian``, ``decree read``, ``decree write``, ``decree review``,
``evaluasi template``, ``evaluasi score``) run without Django or a database; everything else is handed
to Django's management commands (``serve``, ``demo``, ``createadmin``, ``migrate``, ``decree import`` …).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence


def _pure(module: str, *lead: str) -> Callable[[list[str]], int]:
    """The ``main(argv)`` of ``module``; ``lead`` goes before the user's arguments (a sub-command)."""
    def run(argv: list[str]) -> int:
        import importlib

        return importlib.import_module(module).main([*lead, *argv])

    return run


# sub-command (and sub-sub-command) -> entry point taking the remaining arguments
PURE_COMMANDS: dict[tuple[str, ...], Callable[[list[str]], int]] = {
    ("formula",): _pure("kinerja.formula.cli"),
    ("capaian",): _pure("kinerja.capaian.cli"),
    ("decree", "read"): _pure("kinerja.importer.cli"),
    ("decree", "write"): _pure("kinerja.documents.cli"),
    ("decree", "review"): _pure("kinerja.review.cli"),
    ("evaluasi", "template"): _pure("kinerja.lke.cli", "template"),
    ("evaluasi", "score"): _pure("kinerja.lke.cli", "score"),
}


# Commands that serve requests: they sign sessions and CSRF tokens, so they need the lasting key.
SERVER_COMMANDS = frozenset({"serve", "runserver"})
# Commands that only print: they must leave nothing behind in the current folder.
PRINT_ONLY = frozenset({"help", "--help", "-h", "version", "--version"})


def _django(argv: list[str]) -> int:
    from kinerja.web.data_dir import ensure_data_dir, ensure_secret_key

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kinerja.web.settings")
    if argv[:1] and argv[0] not in PRINT_ONLY:
        ensure_data_dir()
    if argv[:1] and argv[0] in SERVER_COMMANDS:
        ensure_secret_key()
    from django.core.management import execute_from_command_line

    if argv[:1] == ["decree"] and argv[1:2] == ["import"]:
        argv = ["import_decree", *argv[2:]]
    execute_from_command_line(["kinerja", *argv])
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    for length in (2, 1):
        key = tuple(args[:length])
        if len(key) == length and key in PURE_COMMANDS:
            return PURE_COMMANDS[key](args[length:])
    return _django(args)


if __name__ == "__main__":
    sys.exit(main())
