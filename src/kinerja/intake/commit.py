"""Writing a checked catalog reading into an agency's catalog, all or nothing.

Positions, units, objectives and variables the agency already has are reused (matched by name, text
and key), so importing a decree twice over the years does not duplicate the organisation. A Perubahan
creates a new decree version; the indicators of the version it amends are retired, never deleted,
because past realisasi point at them.
"""
from __future__ import annotations

import copy
import datetime
import re
from contextlib import nullcontext

from django.db import transaction

from kinerja.audit.context import acting_as
from kinerja.catalog.models import Decree, Indicator, Objective, PerangkatDaerah, Position, Unit, Variable
from kinerja.errors import KinerjaError
from kinerja.formula import FormulaError, check_formula
from kinerja.intake.errors import ImportRejected
from kinerja.intake.diff import diff_catalogs
from kinerja.intake.models import DecreePosition
from kinerja.intake.names import guess_unit_name, is_head_of_agency, normalise, same_name, unit_kind
from kinerja.intake.structure import UnitPlan, key_of, plan_structure
from kinerja.intake.validation import decree_year, validate_catalog

KEY_LENGTH = Variable._meta.get_field("key").max_length


def _text(value) -> str:
    return " ".join(str(value).split()) if value else ""


def _lines(items) -> str:
    return "\n".join(_text(item) for item in items or [] if _text(item))


def _iso_date(value) -> datetime.date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        return None


def _same_phrase(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


class _Committer:
    """One commit's working memory: the agency's rows, loaded once and grown as rows are created."""

    def __init__(self, agency: PerangkatDaerah, catalog: dict, structure: dict | None = None) -> None:
        self.agency = agency
        self.catalog = catalog
        self.plans = {plan.key: plan for plan in plan_structure(agency, catalog, structure)}
        self.made: dict[str, Unit] = {}
        self.units = list(Unit.objects.filter(agency=agency))
        self.positions = list(Position.objects.filter(agency=agency).select_related("unit"))
        self.objectives = {normalise(o.text): o for o in Objective.objects.filter(
            agency=agency, level=Objective.Level.SASARAN)}
        self.variables = {v.key: v for v in Variable.objects.filter(agency=agency)}
        self.last_bidang: Unit | None = None
        self.last_unit: Unit | None = None

    # --- organisation ----------------------------------------------------------------------------

    def unit(self, name: str) -> Unit:
        plan = self.plans.get(key_of(name))
        if plan is not None:
            return self._planned(plan, set())
        for unit in self.units:
            if same_name(unit.name, name):
                return unit
        kind = unit_kind(name)
        parent = None
        if kind == Unit.Kind.SEKSI:
            parent = self.last_bidang
        elif kind == Unit.Kind.SUB_BAGIAN:
            parent = next((u for u in self.units if u.kind == Unit.Kind.SEKRETARIAT), None)
        unit = Unit.objects.create(agency=self.agency, name=_text(name), kind=kind, parent=parent,
                                   order=len(self.units) + 1)
        self.units.append(unit)
        return unit

    def _planned(self, plan: UnitPlan, visiting: set[str]) -> Unit:
        """The unit of ``plan``: the agency's own, or created under its planned parent."""
        if plan.key in self.made:
            return self.made[plan.key]
        found = next((u for u in self.units if same_name(u.name, plan.name)), None)
        if found is None:
            parent_plan = self.plans.get(plan.parent) if plan.parent and plan.parent not in visiting else None
            parent = self._planned(parent_plan, visiting | {plan.key}) if parent_plan is not None else None
            found = Unit.objects.create(agency=self.agency, name=plan.name, kind=plan.kind, parent=parent,
                                        order=len(self.units) + 1)
            self.units.append(found)
        self.made[plan.key] = found
        return found

    def find_position(self, name: str | None) -> Position | None:
        return next((p for p in self.positions if same_name(p.name, name)), None) if name else None

    def position(self, jabatan: str, unit_name: str | None = None, tugas: list | None = None,
                 fungsi: list | None = None) -> Position:
        guessed = unit_name or guess_unit_name(jabatan)
        # a staff role ("Pengemudi") sits in the unit of the structural position listed before it
        unit = self.unit(guessed) if guessed else self.last_unit
        if unit is not None:
            self.last_unit = unit
            if unit.kind == Unit.Kind.BIDANG:
                self.last_bidang = unit
        position = self.find_position(jabatan)
        if position is None:
            position = Position.objects.create(agency=self.agency, name=_text(jabatan), unit=unit,
                                               tugas=list(tugas or []), fungsi=list(fungsi or []),
                                               order=len(self.positions) + 1)
            self.positions.append(position)
            return position
        changed = []
        if position.unit_id is None and unit is not None:
            position.unit = unit
            changed.append("unit")
        # the newest decree states the position's current duties; DecreePosition keeps each version's
        for key, items in (("tugas", tugas), ("fungsi", fungsi)):
            if items and list(items) != getattr(position, key):
                setattr(position, key, list(items))
                changed.append(key)
        if changed:
            position.save(update_fields=changed)
        return position

    def objective(self, text: str | None) -> Objective | None:
        if not text or not text.strip():
            return None
        key = normalise(text)
        if key not in self.objectives:
            self.objectives[key] = Objective.objects.create(
                agency=self.agency, level=Objective.Level.SASARAN, text=text.strip(),
                order=len(self.objectives) + 1)
        return self.objectives[key]

    # --- variables -------------------------------------------------------------------------------

    def variable(self, key: str, phrase: str) -> Variable:
        """The agency's variable for ``key``; a key already used for another phrase gets a suffix."""
        base = key[:KEY_LENGTH]
        candidate, n = base, 1
        while candidate in self.variables:
            if _same_phrase(self.variables[candidate].phrase, phrase):
                return self.variables[candidate]
            n += 1
            suffix = f"_{n}"
            candidate = base[:KEY_LENGTH - len(suffix)] + suffix
        variable = Variable.objects.create(agency=self.agency, key=candidate, phrase=phrase.strip())
        self.variables[candidate] = variable
        return variable

    def formula(self, formula: dict | None) -> tuple[dict, list[Variable]]:
        """The formula with its keys as the agency knows them, and the variables it uses."""
        if not formula:
            return {}, []
        out = copy.deepcopy(formula)
        renames: dict[str, str] = {}
        used = []
        for key, phrase in (formula.get("variables") or {}).items():
            variable = self.variable(key, phrase)
            used.append(variable)
            if variable.key != key:
                renames[key] = variable.key
        if renames:
            out["variables"] = {renames.get(k, k): v for k, v in formula["variables"].items()}
            if out.get("expression"):
                out["expression"] = re.sub(r"\b[a-z_][a-z0-9_]*\b", lambda m: renames.get(m.group(0), m.group(0)),
                                           out["expression"])
        return out, used

    # --- the decree ------------------------------------------------------------------------------

    def decree(self, amends: Decree | None) -> Decree:
        doc = self.catalog["document"]
        tanggal = _iso_date(doc.get("tanggal"))
        # the decree's own menimbang, mengingat and diktum, one item a line: a regenerated decree prints
        # them instead of generic legal bases the original never cited
        return Decree.objects.create(
            agency=self.agency, nomor=_text(doc["nomor"]), tahun=decree_year(doc["tahun"]), jenis=doc["jenis"],
            tentang=_text(doc.get("tentang")), tanggal=tanggal, tanggal_text="" if tanggal else _text(doc.get("tanggal")),
            ditetapkan_di=_text(doc.get("ditetapkan_di")), penandatangan=_text(doc.get("penandatangan")),
            pangkat=_text(doc.get("pangkat")), nip=_text(doc.get("nip")), status=Decree.Status.DITETAPKAN,
            amends=amends, menimbang=_lines(doc.get("menimbang")), mengingat=_lines(doc.get("mengingat")),
            memutuskan=_lines(doc.get("diktum")))

    def indicator_jenis(self, decree: Decree, jabatan: str | None) -> str:
        if decree.jenis == Decree.Jenis.IKU_IKI:
            return Indicator.Jenis.IKU if not jabatan or is_head_of_agency(jabatan) else Indicator.Jenis.IKI
        return Indicator.Jenis.IKI if decree.jenis == Decree.Jenis.IKI else Indicator.Jenis.IKU

    def run(self, amends: Decree | None) -> Decree:
        changes = diff_catalogs(amends, self.catalog) if amends is not None else None
        decree = self.decree(amends)
        for order, section in enumerate(self.catalog.get("positions") or [], start=1):
            position = self.position(section["jabatan"], section.get("unit"), section.get("tugas"),
                                     section.get("fungsi"))
            DecreePosition.objects.create(decree=decree, position=position, order=order,
                                          tugas=list(section.get("tugas") or []),
                                          fungsi=list(section.get("fungsi") or []))
        created = []
        for order, row in enumerate(self.catalog["indicators"], start=1):
            jabatan = row.get("jabatan")
            position = self.position(jabatan) if jabatan else None
            responsible = self.find_position(row.get("penanggung_jawab"))
            formula, variables = self.formula(row.get("formula"))
            holder = position or responsible
            indicator = Indicator.objects.create(
                agency=self.agency, decree=decree, jenis=self.indicator_jenis(decree, jabatan),
                objective=self.objective(row.get("sasaran")), position=position,
                unit=holder.unit if holder else None, name=_text(row["indikator"]),
                definisi=(row.get("definisi") or "").strip(), formula_text=(row.get("formula_text") or "").strip(),
                formula=formula, satuan=_text(row.get("satuan")), penanggung_jawab=_text(row.get("penanggung_jawab")),
                responsible_position=responsible, sumber_data=_text(row.get("sumber_data")), order=order)
            if variables:
                indicator.variables.set(variables)
            created.append(indicator)
        if changes is not None:
            self.retire(amends, changes.successors(), created)
        return decree

    def retire(self, old: Decree, successors: dict[int, int], created: list[Indicator]) -> None:
        for indicator in old.indicators.filter(is_active=True):
            indicator.is_active = False
            successor = successors.get(indicator.pk)
            indicator.replaced_by = created[successor] if successor is not None else None
            indicator.save(update_fields=["is_active", "replaced_by"])


def commit_catalog(agency: PerangkatDaerah, catalog: dict, *, amends: Decree | None = None,
                   actor=None, label: str | None = None, structure: dict | None = None) -> Decree:
    """Check ``catalog`` and write it into ``agency``'s catalog in one transaction; return the new decree.

    Raises :class:`~kinerja.intake.errors.ImportRejected` (bilingual, listing every problem) before
    anything is written. ``actor`` (a user) or ``label`` (e.g. "cli") is who the audit trail names;
    without either, the caller's current actor stands. ``structure`` holds the planner's corrections
    of the unit tree (:func:`kinerja.intake.structure.plan_structure`).
    """
    attribution = acting_as(actor, label=label) if actor is not None or label else nullcontext()
    with attribution, transaction.atomic():
        validate_catalog(agency, catalog, amends=amends)
        _check_formulas(catalog)
        return _Committer(agency, catalog, structure).run(amends)


def _check_formulas(catalog: dict) -> None:
    """Every structured formula through the one schema check (kinerja.formula.check_formula)."""
    problems: list[KinerjaError] = []
    for n, row in enumerate(catalog.get("indicators") or [], start=1):
        try:
            check_formula(row.get("formula") if isinstance(row, dict) else None)
        except FormulaError as exc:
            problems.append(KinerjaError(exc.message_id, exc.message_en, where=f"#{n}"))
    if problems:
        raise ImportRejected(problems)
