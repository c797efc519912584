"""The units an import will create, and where each hangs, before anything is written.

Read from the decree's jabatan: a structural jabatan heads its unit ("Kepala Seksi X" → Seksi X), a
staff role sits in the unit listed before it. A unit the agency already has is kept as it is. A new
Seksi hangs under the Bidang its duties name ("… diberikan oleh Kepala Bidang Y"), else under the Bidang
listed before it; a new Sub Bagian under the Sekretariat. Names lose stray punctuation ("Bidang
Perdagangan." → "Bidang Perdagangan"). The planner corrects name, kind and parent in the preview; the
commit follows this plan, so access (which follows the unit tree) is what the planner saw.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kinerja.catalog.models import PerangkatDaerah, Unit
from kinerja.intake.names import guess_unit_name, normalise, same_name, unit_kind

KINDS = [value for value, _ in Unit.Kind.choices]


def clean_name(name: str) -> str:
    """Stray punctuation and spacing off a unit name: "Bidang  Perdagangan." → "Bidang Perdagangan"."""
    return " ".join(name.split()).strip(" .,;:-–|*")


def key_of(name: str) -> str:
    return normalise(clean_name(name))


@dataclass
class UnitPlan:
    key: str                 # the unit as read (normalised); corrections refer to it
    name: str                # as it will be saved
    kind: str
    parent: str | None       # the parent plan's key
    existing: bool = False   # the agency has it already: nothing is created or moved
    positions: list[str] = field(default_factory=list)
    corrected: bool = False

    @property
    def kind_label(self) -> str:
        return Unit.Kind(self.kind).label


def _jabatan_units(catalog: dict) -> list[tuple[str, str | None, str]]:
    """(jabatan, unit name, its duties as one text) in document order, each jabatan once."""
    out, seen = [], set()
    for position in catalog.get("positions") or []:
        name = position.get("jabatan")
        if isinstance(name, str) and name.strip() and name not in seen:
            seen.add(name)
            duties = " ".join(str(t) for t in (position.get("tugas") or []) + (position.get("fungsi") or []))
            out.append((name, position.get("unit"), duties))
    for row in catalog.get("indicators") or []:
        name = row.get("jabatan")
        if isinstance(name, str) and name.strip() and name not in seen:
            seen.add(name)
            out.append((name, None, ""))
    return out


def _named_bidang(duties: str, plans: dict[str, UnitPlan]) -> str | None:
    for m in re.finditer(r"\bBidang\s+((?:[A-Z][\w/-]*|dan|&)(?:\s+(?:[A-Z][\w/-]*|dan|&))*)", duties):
        wanted = key_of(f"Bidang {m.group(1)}")
        for key, plan in plans.items():
            if plan.kind == Unit.Kind.BIDANG and (key == wanted or key.startswith(wanted) or wanted.startswith(key)):
                return key
    return None


def plan_structure(agency: PerangkatDaerah, catalog: dict, corrections: dict | None = None) -> list[UnitPlan]:
    """The units the commit of ``catalog`` into ``agency`` will use, in document order."""
    existing = list(Unit.objects.filter(agency=agency).select_related("parent"))
    plans: dict[str, UnitPlan] = {}
    last_bidang: str | None = None
    previous: str | None = None
    sekretariat = next((key_of(u.name) for u in existing if u.kind == Unit.Kind.SEKRETARIAT), None)
    for jabatan, unit_name, duties in _jabatan_units(catalog):
        name = unit_name or guess_unit_name(jabatan)
        if not name:
            if previous is not None:
                plans[previous].positions.append(jabatan)
            continue
        key = key_of(name)
        if key not in plans:
            match = next((u for u in existing if same_name(u.name, clean_name(name))), None)
            if match is not None:
                plans[key] = UnitPlan(key, match.name, match.kind, key_of(match.parent.name) if match.parent else None,
                                      existing=True)
                if match.parent and key_of(match.parent.name) not in plans:
                    parent = match.parent
                    plans[key_of(parent.name)] = UnitPlan(key_of(parent.name), parent.name, parent.kind, None, existing=True)
            else:
                kind = unit_kind(clean_name(name))
                parent = None
                if kind == Unit.Kind.SEKSI:
                    parent = _named_bidang(duties, plans) or last_bidang
                elif kind == Unit.Kind.SUB_BAGIAN:
                    parent = sekretariat
                plans[key] = UnitPlan(key, clean_name(name), kind, parent)
            if plans[key].kind == Unit.Kind.SEKRETARIAT:
                sekretariat = key
        plan = plans[key]
        plan.positions.append(jabatan)
        if plan.kind == Unit.Kind.BIDANG:
            last_bidang = key
        previous = key
    for key, say in ((corrections or {}).items()):
        plan = plans.get(key)
        if plan is None or plan.existing or not isinstance(say, dict):
            continue
        if isinstance(say.get("name"), str) and clean_name(say["name"]):
            plan.name = clean_name(say["name"])
        if say.get("kind") in KINDS:
            plan.kind = say["kind"]
        if "parent" in say:
            parent = say["parent"] or None
            plan.parent = parent if parent in plans and parent != key and not _below(plans, parent, key) else plan.parent
        plan.corrected = True
    return list(plans.values())


def _below(plans: dict[str, UnitPlan], candidate: str, key: str) -> bool:
    """Whether ``candidate`` sits under ``key`` (a parent there would close a loop)."""
    seen = set()
    while candidate is not None and candidate not in seen:
        if candidate == key:
            return True
        seen.add(candidate)
        candidate = plans[candidate].parent if candidate in plans else None
    return False
