"""A decree of Kinerja's own writing (kinerja.documents) reads back exactly: every gold catalog, as
.docx and .pdf (the printed decree and its Lampiran) and .xlsx (the Lampiran sheet)."""
from __future__ import annotations

import json

import pytest

from kinerja.documents import build_decree, render
from kinerja.importer import read_decree
from .zoo.catalogs import gold
from support.shared_tools import score_import


@pytest.mark.parametrize("number", [1, 2, 3])
@pytest.mark.parametrize("fmt", ["docx", "pdf", "xlsx"])
def test_gold_catalog_reads_back_from_our_own_decree(number, fmt):
    catalog = gold(number)
    predicted = json.loads(read_decree(render(build_decree(catalog), fmt)).to_json())
    result = score_import().score(catalog, predicted)
    assert (result["recall"], result["precision"], result["fields"]) == (1.0, 1.0, 1.0), result["per_field"]
    if fmt != "xlsx":  # the sheet is the Lampiran alone, without the decree's title and signature
        assert result["header"] == 1.0
