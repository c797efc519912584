"""The LKE tree: components → sub-components → criteria, with their weights, texts and answer scales.

The shipped tree (``data/lke-88-2021.json``, with its provenance) is one instrument; a pemda may adopt
its own for a year (a copy with its rubrics, or a tree of its own) — the same format, read and checked
by :func:`instrument_from_dict`. What is checked: components weigh 100 together, each component's
sub-components add up to its weight, every criterion code is unique and sits under its sub-component,
every criterion names a scale that exists and a proposal rule Kinerja knows, every rubric answers
that scale.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cache
from importlib import resources

from kinerja.lke.errors import LkeError
from kinerja.lke.grades import GradeScale, grades_from_list
from kinerja.lke.numbers import exact
from kinerja.lke.scales import AnswerScale, scale_from_dict

FORMAT = "kinerja-lke/1"
TOTAL = Fraction(100)
SHIPPED = ("lke-88-2021.json",)
_CODE = re.compile(r"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$")
MAX_CRITERIA = 1000


@dataclass(frozen=True)
class Criterion:
    code: str
    text: str
    text_en: str
    scale: AnswerScale
    proposal: str | None = None              # the rule that proposes an answer from Kinerja's data
    rubric: dict[str, str] = field(default_factory=dict)      # answer -> what it means here
    rubric_en: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        out: dict = {"code": self.code, "scale": self.scale.key, "text": self.text, "text_en": self.text_en}
        if self.proposal:
            out["proposal"] = self.proposal
        if self.rubric:
            out["rubric"] = dict(self.rubric)
        if self.rubric_en:
            out["rubric_en"] = dict(self.rubric_en)
        return out


@dataclass(frozen=True)
class Subcomponent:
    code: str
    kind: str                                # keberadaan / kualitas / pemanfaatan
    name: str
    name_en: str
    weight: Fraction
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Component:
    code: str
    name: str
    name_en: str
    weight: Fraction
    subcomponents: tuple[Subcomponent, ...]


@dataclass(frozen=True)
class Instrument:
    version: str
    revision: int
    title: str
    title_en: str
    valid_from: int | None
    provenance: dict
    scales: dict[str, AnswerScale]
    grades: GradeScale
    components: tuple[Component, ...]

    def criteria(self) -> list[Criterion]:
        return [c for comp in self.components for sub in comp.subcomponents for c in sub.criteria]

    def criterion(self, code: str) -> Criterion | None:
        return self._by_code.get(code)

    def subcomponent_of(self, code: str) -> Subcomponent | None:
        return next((s for comp in self.components for s in comp.subcomponents
                     if any(c.code == code for c in s.criteria)), None)

    @property
    def _by_code(self) -> dict[str, Criterion]:
        cached = self.__dict__.get("_index")
        if cached is None:
            cached = {c.code: c for c in self.criteria()}
            object.__setattr__(self, "_index", cached)
        return cached

    def to_dict(self) -> dict:
        """The tree in the fixture's format (what ``kinerja evaluasi template --json`` prints)."""
        return {
            "format": FORMAT, "version": self.version, "revision": self.revision, "title": self.title,
            "title_en": self.title_en, "valid_from": self.valid_from, "provenance": dict(self.provenance),
            "scales": {k: s.to_dict() for k, s in self.scales.items()},
            "grades": [g.to_dict() for g in self.grades.grades],
            "components": [{
                "code": comp.code, "name": comp.name, "name_en": comp.name_en, "weight": _json(comp.weight),
                "subcomponents": [{
                    "code": sub.code, "kind": sub.kind, "name": sub.name, "name_en": sub.name_en,
                    "weight": _json(sub.weight), "criteria": [c.to_dict() for c in sub.criteria],
                } for sub in comp.subcomponents],
            } for comp in self.components],
        }


def instrument_from_dict(data: object, *, rules: frozenset[str] | None = None) -> Instrument:
    """Read and check a tree. ``rules`` are the proposal rule names allowed (default: Kinerja's rules)."""
    if rules is None:
        from kinerja.lke.proposals import RULES

        rules = frozenset(RULES)
    if not isinstance(data, dict):
        raise LkeError("Pohon LKE harus berupa objek JSON.", "An LKE tree must be a JSON object.")
    if data.get("format") != FORMAT:
        raise LkeError(f"Format pohon LKE harus '{FORMAT}'.", f"An LKE tree's format must be '{FORMAT}'.")
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        raise LkeError("Pohon LKE perlu 'version'.", "An LKE tree needs a 'version'.")
    raw_scales = data.get("scales")
    if not isinstance(raw_scales, dict) or not raw_scales:
        raise LkeError("Pohon LKE perlu 'scales'.", "An LKE tree needs 'scales'.")
    scales = {str(k): scale_from_dict(str(k), v) for k, v in raw_scales.items()}
    components = _components(data.get("components"), scales, rules)
    revision = data.get("revision", 1)
    valid_from = data.get("valid_from")
    if not isinstance(revision, int) or isinstance(revision, bool) or (
            valid_from is not None and (not isinstance(valid_from, int) or isinstance(valid_from, bool))):
        raise LkeError("'revision' dan 'valid_from' harus bilangan bulat.", "'revision' and 'valid_from' must be "
                                                                          "whole numbers.")
    provenance = data.get("provenance") or {}
    if not isinstance(provenance, dict):
        raise LkeError("'provenance' harus berupa objek.", "'provenance' must be an object.")
    title = str(data.get("title") or "Lembar Kerja Evaluasi")
    return Instrument(version.strip(), revision, title, str(data.get("title_en") or title), valid_from,
                      provenance, scales, grades_from_list(data.get("grades")), components)


def _components(raw: object, scales: dict[str, AnswerScale], rules: frozenset[str]) -> tuple[Component, ...]:
    if not isinstance(raw, list) or not raw:
        raise LkeError("Pohon LKE perlu daftar 'components'.", "An LKE tree needs a 'components' list.")
    seen: set[str] = set()
    out = []
    for comp in raw:
        code = _code(comp, seen, "komponen/component")
        subs = comp.get("subcomponents")
        if not isinstance(subs, list) or not subs:
            raise LkeError("Komponen perlu 'subcomponents'.", "A component needs 'subcomponents'.", where=code)
        weight = _weight(comp, code)
        subcomponents = tuple(_subcomponent(s, code, seen, scales, rules) for s in subs)
        if sum(s.weight for s in subcomponents) != weight:
            raise LkeError(f"Bobot sub-komponen {code} berjumlah {_plain(sum(s.weight for s in subcomponents))}, "
                           f"bukan {_plain(weight)}.",
                           f"The sub-components of {code} weigh {_plain(sum(s.weight for s in subcomponents))}, "
                           f"not {_plain(weight)}.", where=code)
        out.append(Component(code, _text(comp, "name", code), _text(comp, "name_en", code, comp.get("name")),
                             weight, subcomponents))
    total = sum(c.weight for c in out)
    if total != TOTAL:
        raise LkeError(f"Bobot komponen berjumlah {_plain(total)}, bukan 100.",
                       f"The components weigh {_plain(total)}, not 100.")
    if sum(len(s.criteria) for c in out for s in c.subcomponents) > MAX_CRITERIA:
        raise LkeError(f"Pohon LKE lebih dari {MAX_CRITERIA} kriteria.", f"An LKE tree has over {MAX_CRITERIA} criteria.")
    return tuple(out)


def _subcomponent(raw: object, parent: str, seen: set[str], scales: dict[str, AnswerScale],
                  rules: frozenset[str]) -> Subcomponent:
    code = _code(raw, seen, "sub-komponen/sub-component", parent)
    criteria = raw.get("criteria")
    if not isinstance(criteria, list) or not criteria:
        raise LkeError("Sub-komponen perlu 'criteria'.", "A sub-component needs 'criteria'.", where=code)
    return Subcomponent(code, str(raw.get("kind") or ""), _text(raw, "name", code),
                        _text(raw, "name_en", code, raw.get("name")), _weight(raw, code),
                        tuple(_criterion(c, code, seen, scales, rules) for c in criteria))


def _criterion(raw: object, parent: str, seen: set[str], scales: dict[str, AnswerScale],
               rules: frozenset[str]) -> Criterion:
    code = _code(raw, seen, "kriteria/criterion", parent)
    scale = scales.get(str(raw.get("scale")))
    if scale is None:
        raise LkeError(f"Skala '{raw.get('scale')}' tidak ada di 'scales'.",
                       f"Scale '{raw.get('scale')}' is not among the 'scales'.", where=code)
    proposal = raw.get("proposal") or None
    if proposal is not None and proposal not in rules:
        raise LkeError(f"Aturan usulan '{proposal}' tidak dikenal.", f"Unknown proposal rule '{proposal}'.", where=code)
    rubric, rubric_en = _rubric(raw.get("rubric"), scale, code), _rubric(raw.get("rubric_en"), scale, code)
    return Criterion(code, _text(raw, "text", code), _text(raw, "text_en", code, raw.get("text")), scale,
                     proposal, rubric, rubric_en)


def _rubric(raw: object, scale: AnswerScale, code: str) -> dict[str, str]:
    if raw in (None, {}):
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise LkeError("Rubrik harus berupa objek jawaban → teks.", "A rubric must map answers to texts.", where=code)
    unknown = sorted(str(k) for k in raw if str(k).upper() not in scale.answers)
    if unknown:
        raise LkeError(f"Rubrik memuat jawaban di luar skala {scale.name}: {', '.join(unknown)}.",
                       f"The rubric has answers outside the {scale.name_en} scale: {', '.join(unknown)}.", where=code)
    return {str(k).upper(): v.strip() for k, v in raw.items() if v.strip()}


def _code(raw: object, seen: set[str], what: str, parent: str | None = None) -> str:
    if not isinstance(raw, dict):
        raise LkeError(f"Setiap {what.split('/')[0]} harus berupa objek.", f"Every {what.split('/')[1]} must be an object.",
                       where=parent)
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE.match(code.strip()):
        raise LkeError(f"Kode {what.split('/')[0]} tidak sah: {code!r}.", f"Invalid {what.split('/')[1]} code: {code!r}.",
                       where=parent)
    code = code.strip()
    if parent is not None and not code.startswith(parent + "."):
        raise LkeError(f"Kode {code} harus diawali {parent}.", f"Code {code} must start with {parent}.", where=parent)
    if code in seen:
        raise LkeError(f"Kode {code} muncul lebih dari sekali.", f"Code {code} appears more than once.")
    seen.add(code)
    return code


def _weight(raw: dict, code: str) -> Fraction:
    weight = exact(raw.get("weight"), where=code)
    if weight <= 0:
        raise LkeError("Bobot harus lebih dari 0.", "A weight must be more than 0.", where=code)
    return weight


def _text(raw: dict, key: str, code: str, fallback: object = None) -> str:
    value = raw.get(key) if raw.get(key) is not None else fallback
    if not isinstance(value, str) or not value.strip():
        raise LkeError(f"'{key}' diperlukan.", f"'{key}' is needed.", where=code)
    return value.strip()


def _plain(value: Fraction) -> str:
    return str(int(value)) if value.denominator == 1 else str(float(value))


def _json(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


@cache
def _shipped() -> tuple[Instrument, ...]:
    found = []
    for name in SHIPPED:
        text = resources.files("kinerja.lke").joinpath("data", name).read_text(encoding="utf-8")
        found.append(instrument_from_dict(json.loads(text, parse_float=Decimal)))
    return tuple(sorted(found, key=lambda i: i.valid_from or 0))


def shipped_instruments() -> tuple[Instrument, ...]:
    """Every tree Kinerja ships, oldest first."""
    return _shipped()


def load_instrument(*, version: str | None = None, year: int | None = None) -> Instrument:
    """The shipped tree of ``version``, or the one in force for the evaluated ``year``, or the newest."""
    trees = shipped_instruments()
    if version is not None:
        for tree in trees:
            if tree.version == version:
                return tree
        raise LkeError(f"LKE versi '{version}' tidak tersedia (tersedia: {', '.join(t.version for t in trees)}).",
                       f"LKE version '{version}' is not available (available: {', '.join(t.version for t in trees)}).")
    if year is not None:
        in_force = [t for t in trees if (t.valid_from or 0) <= year]
        if not in_force:
            raise LkeError(f"Tidak ada LKE untuk tahun {year}; LKE {trees[0].version} berlaku sejak "
                           f"{trees[0].valid_from}.",
                           f"No LKE for {year}; LKE {trees[0].version} applies from {trees[0].valid_from}.")
        return in_force[-1]
    return trees[-1]
