"""The access-test machinery: every URL the project defines has at least one :class:`AccessCase`.

A case names a URL, says how to build its kwargs so that they point at an object the refused users
must not reach (an object of unit B, or of agency Y), which users are refused with which status
(404 = outside their reading scope, 403 = readable but not theirs to change), and which user the
same URL works for. ``tests/web/test_access.py`` walks the URL resolver and fails when a named URL
has no case, then runs every case.

Cases live in any ``tests/**/access_cases*.py`` module as a module-level ``CASES`` list; see
docs/web.md. Cases receive a fresh :class:`~web.factories.World`; a kwargs function may create the
extra rows it needs (e.g. a realisasi of unit B) and return their ids.
"""
from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent.parent

Kwargs = Callable[[object], dict]


@dataclass(frozen=True)
class AccessCase:
    url_name: str
    kwargs: Kwargs = lambda world: {}
    # (user key, expected status) for every refused user; each is tried with every method.
    refused: tuple[tuple[str, int], ...] = ()
    methods: tuple[str, ...] = ("GET",)
    # Who the URL works for (a GET, or a POST of ``post_data`` when the view takes no GET).
    allowed: str = "planner"
    allowed_status: tuple[int, ...] = (200,)
    # A POST a refused user tries; it must change nothing (rows of ``watched``, audit entries).
    post_data: Callable[[object], dict] = lambda world: {}
    watched: Callable[[object], list] = lambda world: []
    # Text the allowed user's page must not contain (rows outside their scope on a listing page).
    hidden: Callable[[object], list[str]] = lambda world: []
    note: str = ""

    @property
    def id(self) -> str:
        refused = ",".join(f"{u}={s}" for u, s in self.refused) or "none"
        return f"{self.url_name}[{refused}|ok={self.allowed}]{'/' + self.note if self.note else ''}"


def case_modules() -> list[Path]:
    return sorted(p for p in TESTS_DIR.rglob("access_cases*.py") if "__pycache__" not in p.parts)


def collect_cases() -> list[AccessCase]:
    cases: list[AccessCase] = []
    if str(TESTS_DIR) not in sys.path:
        sys.path.insert(0, str(TESTS_DIR))  # so case modules can say ``from web.access_registry import …``
    for path in case_modules():
        # Loaded by path under a unique name, so case modules need not be importable packages.
        name = "access_cases__" + "__".join(path.relative_to(TESTS_DIR).with_suffix("").parts)
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found = getattr(module, "CASES", None)
        # Duck-typed: a case module may reach this file under another module name.
        if not isinstance(found, list) or not all(hasattr(c, "url_name") and hasattr(c, "refused") for c in found):
            raise TypeError(f"{path}: CASES must be a list of AccessCase")
        cases.extend(found)
    return cases


def url_names(patterns=None, namespace: str = "") -> list[tuple[str | None, str]]:
    """(name or None, route) for every URL pattern the project defines, namespaces included."""
    from django.urls import URLPattern, URLResolver, get_resolver

    found = []
    for p in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
            found += [(n, str(p.pattern) + r) for n, r in url_names(p.url_patterns, ns)]
        elif isinstance(p, URLPattern):
            found.append((f"{namespace}{p.name}" if p.name else None, str(p.pattern)))
    return found
