"""Render a catalog in a layout, read it back with the importer, score it with the shared scorer."""
from __future__ import annotations

import json
from functools import cache

from .catalogs import all_catalogs
from .documents import expected
from .registry import ZOO
try:
    from support.shared_tools import score_import  # under pytest, tests/ is on the path
except ImportError:
    from tests.support.shared_tools import score_import  # python -m tests.importer.zoo.run from the root

BY_NAME = {layout.name: layout for layout in ZOO}


@cache
def rendered(layout_name: str, catalog_name: str) -> bytes:
    return BY_NAME[layout_name].render(all_catalogs()[catalog_name])


def reading(layout_name: str, catalog_name: str):
    from kinerja.importer import read_decree

    return read_decree(rendered(layout_name, catalog_name), filename=f"{catalog_name}.{layout_name}")


def score_layout(layout, catalog_name: str) -> dict:
    gold = expected(all_catalogs()[catalog_name], layout.fields())
    predicted = json.loads(reading(layout.name, catalog_name).to_json())
    return score_import().score(gold, predicted)
