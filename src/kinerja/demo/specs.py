"""The shapes the demo data is written in: plain frozen records, no Django.

Rows refer to each other by a short ``key`` local to their agency, so the data reads like the decree
it imitates and the loader resolves keys to database rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_FUNCTIONS = {"cumsum", "mean", "sum", "min", "max", "n"}
_NAME = re.compile(r"[a-z_][a-z0-9_]*")


@dataclass(frozen=True)
class UnitSpec:
    key: str
    name: str
    kind: str  # a kinerja.catalog.models.Unit.Kind value
    parent: str | None = None


@dataclass(frozen=True)
class PositionSpec:
    key: str
    name: str
    unit: str | None
    reports_to: str | None
    tugas: tuple[str, ...]
    fungsi: tuple[str, ...]
    holder_name: str = ""
    holder_nip: str = ""
    holder_rank: str = ""


@dataclass(frozen=True)
class ObjectiveSpec:
    key: str
    level: str  # a kinerja.catalog.models.Objective.Level value
    text: str
    parent: str | None = None


@dataclass(frozen=True)
class DecreeSpec:
    key: str
    nomor: str
    tahun: int
    jenis: str  # "IKU" | "IKI" | "IKU+IKI"
    tentang: str
    tanggal: date
    ditetapkan_di: str
    penandatangan: str
    pangkat: str
    nip: str
    menimbang: str
    mengingat: str
    memutuskan: str
    amends: str | None = None


@dataclass(frozen=True)
class IndicatorSpec:
    key: str
    decree: str
    jenis: str  # "IKU" | "IKI"
    position: str
    unit: str
    objective: str
    name: str
    definisi: str
    formula_text: str
    formula: dict
    satuan: str
    sumber_data: str
    polarity: str = "positif"
    period_type: str = "triwulanan"
    aggregation: str = "recompute"
    supports: str | None = None
    # In a Perubahan: the key of the indicator of the amended decree that this one replaces.
    replaces: str | None = None


@dataclass(frozen=True)
class AgencySpec:
    slug: str
    name: str
    short_name: str
    address: str
    phone: str
    email: str
    website: str
    variables: dict[str, tuple[str, str]]  # key -> (phrase, satuan)
    units: tuple[UnitSpec, ...]
    positions: tuple[PositionSpec, ...]
    objectives: tuple[ObjectiveSpec, ...]
    decrees: tuple[DecreeSpec, ...]
    indicators: tuple[IndicatorSpec, ...]


@dataclass(frozen=True)
class UserSpec:
    username: str
    first_name: str
    last_name: str
    role: str  # a kinerja.accounts.models.Role.Kind value
    agency: str | None = None  # agency slug
    unit: str | None = None  # unit key within ``agency``
    about: str = ""  # one line for the login list that ``kinerja serve`` prints


@dataclass(frozen=True)
class DemoSpec:
    pemda_name: str
    pemda_slug: str
    agencies: tuple[AgencySpec, ...]
    users: tuple[UserSpec, ...]
    password: str = "kinerja-demo"


def names_in(expression: str) -> list[str]:
    """Variable names of a catalog expression, in order of first appearance."""
    seen: list[str] = []
    for name in _NAME.findall(expression):
        if name not in _FUNCTIONS and name not in seen:
            seen.append(name)
    return seen


class FormulaWriter:
    """Writes catalog formula JSON whose variable phrases come from one agency's variable list.

    Keeping one phrase per variable key makes the demo's Variable rows consistent across indicators
    that share a base data element (a count and the growth of the same count).
    """

    def __init__(self, variables: dict[str, tuple[str, str]]) -> None:
        self.variables = variables

    def _formula(self, kind: str, expression: str, **extra) -> dict:
        # A KeyError here is a typo in the demo data, caught the moment the module is imported.
        variables = {name: self.variables[name][0] for name in names_in(expression)}
        return {"kind": kind, "expression": expression, "variables": variables, **extra}

    def ratio_percent(self, expression: str) -> dict:
        return self._formula("ratio_percent", expression)

    def ratio(self, expression: str) -> dict:
        return self._formula("ratio", expression)

    def count(self, variable: str) -> dict:
        return self._formula("count", variable)

    def growth(self, variable: str) -> dict:
        return self._formula("growth_percent", f"({variable} - {variable}[n-1]) / {variable}[n-1] * 100")

    def difference(self, expression: str) -> dict:
        return self._formula("difference", expression)

    def average(self, variable: str) -> dict:
        return self._formula("average", f"mean({variable})")

    def weighted(self, expression: str, bands: list[dict]) -> dict:
        return self._formula("weighted_index", expression, bands=bands)

    @staticmethod
    def constant(value: float | int, satuan: str) -> dict:
        return {"kind": "constant_target", "expression": None, "variables": {}, "value": value,
                "satuan": satuan}
