"""The predikat of a total score: AA > 90–100 … D 0–30, as data with half-open bounds.

Bounds say on which side a boundary value falls: 90 is A, 90,01 is AA. The grade is read from the
total rounded to two decimals, the figure the LKE and the LHE print, so a page and its document can
never show one number with two grades.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from kinerja.lke.errors import LkeError
from kinerja.lke.numbers import exact, rounded

FULL = Fraction(100)


@dataclass(frozen=True)
class Grade:
    grade: str                 # "AA"
    low: Fraction
    low_inclusive: bool
    high: Fraction
    high_inclusive: bool
    label: str                 # "Sangat Memuaskan"
    label_en: str
    meaning: str = ""
    meaning_en: str = ""

    def holds(self, value: Fraction) -> bool:
        above = value > self.low or (self.low_inclusive and value == self.low)
        below = value < self.high or (self.high_inclusive and value == self.high)
        return above and below

    def bounds(self) -> str:
        """"> 90 – 100" as the regulation writes it."""
        low = f"{'' if self.low_inclusive else '> '}{_plain(self.low)}"
        return f"{low} – {_plain(self.high)}"

    def to_dict(self) -> dict:
        return {"grade": self.grade, "min": _json(self.low), "min_inclusive": self.low_inclusive,
                "max": _json(self.high), "max_inclusive": self.high_inclusive, "label": self.label,
                "label_en": self.label_en, "meaning": self.meaning, "meaning_en": self.meaning_en}


@dataclass(frozen=True)
class GradeScale:
    grades: tuple[Grade, ...]  # best first

    def grade_of(self, total: Fraction | Decimal | int) -> Grade:
        if not 0 <= Fraction(total) <= FULL:
            raise LkeError(f"Nilai {str(total)[:20]} di luar 0–100.", f"The score {str(total)[:20]} is outside 0–100.")
        exact_value = Fraction(rounded(Fraction(total)))
        return next(g for g in self.grades if g.holds(exact_value))


def grades_from_list(data: object) -> GradeScale:
    if not isinstance(data, list) or not data:
        raise LkeError("Daftar predikat ('grades') diperlukan.", "A list of grades ('grades') is needed.")
    grades = []
    for raw in data:
        if not isinstance(raw, dict) or not isinstance(raw.get("grade"), str) or not raw["grade"].strip():
            raise LkeError("Setiap predikat perlu 'grade'.", "Every grade needs a 'grade'.")
        where = f"predikat/grade {raw['grade']}"
        grades.append(Grade(
            raw["grade"].strip(), exact(raw.get("min"), where=where), bool(raw.get("min_inclusive", False)),
            exact(raw.get("max"), where=where), bool(raw.get("max_inclusive", True)),
            str(raw.get("label") or raw["grade"]), str(raw.get("label_en") or raw.get("label") or raw["grade"]),
            str(raw.get("meaning") or ""), str(raw.get("meaning_en") or "")))
    _check_cover(grades)
    return GradeScale(tuple(sorted(grades, key=lambda g: g.low, reverse=True)))


def _check_cover(grades: list[Grade]) -> None:
    """The bands must cover 0–100 exactly once: every score has one grade, and only one."""
    ordered = sorted(grades, key=lambda g: (g.low, g.high))
    problem = None
    if ordered[0].low != 0 or not ordered[0].low_inclusive:
        problem = ("Predikat terendah harus mulai dari 0 (termasuk).", "The lowest grade must start at 0 (inclusive).")
    elif ordered[-1].high != FULL or not ordered[-1].high_inclusive:
        problem = ("Predikat tertinggi harus sampai 100 (termasuk).", "The highest grade must reach 100 (inclusive).")
    for below, above in zip(ordered, ordered[1:]):
        if problem:
            break
        if below.high != above.low or below.high_inclusive == above.low_inclusive:
            problem = (f"Predikat {below.grade} dan {above.grade} harus bersambung tanpa celah atau tumpang tindih.",
                       f"Grades {below.grade} and {above.grade} must meet with no gap and no overlap.")
    if any(g.low > g.high for g in grades):
        problem = ("Batas bawah predikat melebihi batas atasnya.", "A grade's lower bound exceeds its upper bound.")
    if len({g.grade for g in grades}) != len(grades):
        problem = ("Nama predikat harus berbeda.", "Grade names must differ.")
    if problem:
        raise LkeError(*problem)


def _plain(value: Fraction) -> str:
    return str(int(value)) if value.denominator == 1 else str(float(value)).replace(".", ",")


def _json(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)
