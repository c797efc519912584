"""Builders shared by the intake tests and their access cases."""
from __future__ import annotations

import copy
import json
from pathlib import Path

from kinerja.intake.models import ImportSession

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def gold(n: int) -> dict:
    return json.loads((SHARED / "gold" / f"seed{n}.json").read_text(encoding="utf-8"))


def small_catalog(nomor: str = "9 Tahun 2024", rows: int = 3) -> dict:
    """The first rows of seed 1 (IKU) under another number: quick to commit."""
    catalog = gold(1)
    catalog["document"]["nomor"] = nomor
    catalog["document"]["tahun"] = 2024
    catalog["indicators"] = catalog["indicators"][:rows]
    return catalog


def make_session(agency, catalog: dict | None = None, **kw) -> ImportSession:
    """A session as an upload would leave it, without going through a file."""
    catalog = copy.deepcopy(catalog or small_catalog())
    reading = {"catalog": catalog, "source_lines": [f"baris {i}" for i in range(1, 11)],
               "row_sources": [{"line": i + 1, "page": None, "table": None} for i in range(len(catalog["indicators"]))],
               "uncertain": [[0, "formula_text"]]}
    return ImportSession.objects.create(agency=agency, filename="keputusan.txt", reading=reading,
                                        uploaded_by_label="uji", **kw)
