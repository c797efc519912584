"""A decree we write reads back through the importer into the catalog it was written from.

This is the contract with ``kinerja.importer``: our .docx must look enough like a real signed decree
that the importer needs no special case for it. Scored with the shared scorer, as the importer is.
"""
from __future__ import annotations

import importlib.util

import pytest

from kinerja.documents import build_decree, render

from .conftest import SHARED, gold, save


def _scorer():
    spec = importlib.util.spec_from_file_location("score_import", SHARED / "tools" / "score_import.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_written_decree_reads_back_into_the_same_catalog(seed):
    from kinerja.importer import read_decree

    catalog = gold(seed)
    path = save(f"roundtrip-seed{seed}.docx", render(build_decree(catalog), "docx"))
    result = _scorer().score(catalog, read_decree(path).catalog)
    assert result["recall"] >= 0.98, result["unmatched_gold_rows"][:5]
    assert result["precision"] >= 0.98
    assert result["fields"] >= 0.98, result["per_field"]
    assert result["positions_recall"] >= 0.98 and result["positions_precision"] >= 0.98
    assert result["tugas_fungsi_f1"] >= 0.98
    assert result["header"] >= 0.98
