"""Score an answer set: sub-component = mean of its answers (as fractions) × its weight; component =
the sum of its sub-components; total = the sum of the components (0–100); grade from the total.

An unanswered criterion counts as 0 and is listed, so a half-filled sheet shows what it is worth now
and never more; the result says whether it is complete.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from kinerja.lke.errors import LkeError
from kinerja.lke.grades import Grade
from kinerja.lke.instrument import Criterion, Instrument
from kinerja.lke.numbers import rounded
from kinerja.numbers import format_number


@dataclass(frozen=True)
class SubcomponentScore:
    code: str
    name: str
    name_en: str
    weight: Fraction
    score: Fraction
    answered: int
    criteria: int

    @property
    def share(self) -> Fraction:
        """The score as a share of the weight (0–1): what the pemda view compares across agencies."""
        return self.score / self.weight


@dataclass(frozen=True)
class ComponentScore:
    code: str
    name: str
    name_en: str
    weight: Fraction
    score: Fraction
    subcomponents: tuple[SubcomponentScore, ...]


@dataclass(frozen=True)
class Score:
    version: str
    total: Fraction
    grade: Grade
    components: tuple[ComponentScore, ...]
    unanswered: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.unanswered

    @property
    def total_rounded(self) -> Decimal:
        return rounded(self.total)

    def subcomponents(self) -> list[SubcomponentScore]:
        return [s for c in self.components for s in c.subcomponents]

    def explanation(self, language: str = "id") -> list[str]:
        en = language.startswith("en")
        lang = "en" if en else "id"
        lines = []
        for comp in self.components:
            for sub in comp.subcomponents:
                mean = sub.score / sub.weight
                if en:
                    lines.append(f"{sub.code}: mean answer {_n(mean, lang)} × weight {_n(sub.weight, lang)} = "
                                 f"{_n(sub.score, lang, 2)} ({sub.answered} of {sub.criteria} answered)")
                else:
                    lines.append(f"{sub.code}: rata-rata jawaban {_n(mean, lang)} × bobot {_n(sub.weight, lang)} = "
                                 f"{_n(sub.score, lang, 2)} ({sub.answered} dari {sub.criteria} dijawab)")
            parts = " + ".join(_n(s.score, lang, 2) for s in comp.subcomponents)
            word = "Component" if en else "Komponen"
            lines.append(f"{word} {comp.code} {comp.name_en if en else comp.name}: {parts} = {_n(comp.score, lang, 2)} "
                         f"/ {_n(comp.weight, lang)}")
        total = " + ".join(_n(c.score, lang, 2) for c in self.components)
        label = self.grade.label_en if en else self.grade.label
        if en:
            lines.append(f"Total: {total} = {_n(self.total_rounded, lang, 2)} → {self.grade.grade} ({label}, "
                         f"{self.grade.bounds()})")
        else:
            lines.append(f"Nilai akhir: {total} = {_n(self.total_rounded, lang, 2)} → {self.grade.grade} ({label}, "
                         f"{self.grade.bounds()})")
        if self.unanswered:
            lines.append((f"{len(self.unanswered)} criteria unanswered, counted as 0: " if en else
                          f"{len(self.unanswered)} kriteria belum dijawab, dihitung 0: ") + ", ".join(self.unanswered))
        return lines

    def to_json(self) -> dict:
        def num(x: Fraction) -> float:
            return float(rounded(x))

        return {
            "version": self.version, "total": num(self.total), "grade": self.grade.grade,
            "grade_label": self.grade.label, "grade_label_en": self.grade.label_en, "complete": self.complete,
            "unanswered": list(self.unanswered),
            "components": [{
                "code": c.code, "name": c.name, "weight": float(c.weight), "score": num(c.score),
                "subcomponents": [{"code": s.code, "name": s.name, "weight": float(s.weight), "score": num(s.score),
                                   "answered": s.answered, "criteria": s.criteria} for s in c.subcomponents],
            } for c in self.components],
            "explanation": self.explanation("id"), "explanation_en": self.explanation("en"),
        }


def normalise_answer(criterion: Criterion, raw: object) -> str | None:
    """The stored form of an answer ("b " → "B"); None for blank; :class:`LkeError` if not on the scale."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise LkeError(f"Jawaban {criterion.code} harus berupa teks.", f"The answer to {criterion.code} must be text.")
    text = raw.strip().upper()
    if not text:
        return None
    if text not in criterion.scale.answers:
        raise LkeError(f"Jawaban '{raw.strip()[:20]}' untuk {criterion.code} bukan pilihan skala "
                       f"{criterion.scale.name} ({', '.join(criterion.scale.answers)}).",
                       f"Answer '{raw.strip()[:20]}' to {criterion.code} is not an option of the "
                       f"{criterion.scale.name_en} scale ({', '.join(criterion.scale.answers)}).")
    return text


def check_answers(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, str]:
    """Every answer read and checked at once: unknown codes and answers off their scale are one error
    listing them all; blanks are dropped."""
    problems: list[LkeError] = []
    clean: dict[str, str] = {}
    for code, raw in answers.items():
        criterion = instrument.criterion(str(code).strip())
        if criterion is None:
            problems.append(LkeError(f"Kode kriteria '{str(code)[:20]}' tidak ada di LKE {instrument.version}.",
                                     f"Criterion code '{str(code)[:20]}' is not in LKE {instrument.version}."))
            continue
        if isinstance(raw, str) and criterion.scale.knows(raw):
            clean[criterion.code] = raw  # already in its stored form: the common case on a pemda page
            continue
        try:
            answer = normalise_answer(criterion, raw)
        except LkeError as exc:
            problems.append(exc)
            continue
        if answer is not None:
            clean[criterion.code] = answer
    if problems:
        shown = problems[:20]  # a file of 10 000 wrong codes needs a message a person can read
        more_id = f"; dan {len(problems) - 20} lagi" if len(problems) > 20 else ""
        more_en = f"; and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise LkeError("; ".join(p.message_id.rstrip(".") for p in shown) + more_id + ".",
                       "; ".join(p.message_en.rstrip(".") for p in shown) + more_en + ".")
    return clean


def score(instrument: Instrument, answers: Mapping[str, object]) -> Score:
    clean = check_answers(instrument, answers)
    plan = _plan(instrument)
    components = []
    unanswered = []
    total_units = 0
    for comp, comp_plan in zip(instrument.components, plan.parts):
        subs = []
        comp_units = 0
        for sub, multipliers in zip(comp.subcomponents, comp_plan):
            units = answered = 0
            for c, multiplier in multipliers:
                answer = clean.get(c.code)
                if answer is None:
                    unanswered.append(c.code)
                    continue
                answered += 1
                units += multiplier * c.scale.units(answer)
            comp_units += units
            subs.append(SubcomponentScore(sub.code, sub.name, sub.name_en, sub.weight, Fraction(units, plan.denominator),
                                          answered, len(sub.criteria)))
        total_units += comp_units
        components.append(ComponentScore(comp.code, comp.name, comp.name_en, comp.weight,
                                         Fraction(comp_units, plan.denominator), tuple(subs)))
    total = Fraction(total_units, plan.denominator)
    return Score(instrument.version, total, instrument.grades.grade_of(total), tuple(components), tuple(unanswered))


@dataclass(frozen=True)
class _Plan:
    """Each criterion's share of the total as a whole-number multiplier over one denominator, so a
    sheet is scored in integer arithmetic: criterion i of a sub-component of n criteria and weight w
    adds worth_i × w / n, i.e. units_i × multiplier_i / denominator."""

    denominator: int
    parts: tuple[tuple[tuple[tuple[Criterion, int], ...], ...], ...]


def _plan(instrument: Instrument) -> _Plan:
    cached = instrument.__dict__.get("_score_plan")
    if cached is not None:
        return cached
    denominator = 1
    for comp in instrument.components:
        for sub in comp.subcomponents:
            for c in sub.criteria:
                denominator = math.lcm(denominator, c.scale.denominator * len(sub.criteria) * sub.weight.denominator)
    parts = tuple(tuple(tuple((c, denominator * sub.weight.numerator
                               // (c.scale.denominator * len(sub.criteria) * sub.weight.denominator))
                              for c in sub.criteria) for sub in comp.subcomponents) for comp in instrument.components)
    plan = _Plan(denominator, parts)
    object.__setattr__(instrument, "_score_plan", plan)
    return plan


def _n(value: Fraction | Decimal, language: str, decimals: int | None = None) -> str:
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return format_number(value, decimals, language=language)
