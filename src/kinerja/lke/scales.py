"""Answer scales of the LKE, as data: "Y/T", "A–E", "AA–E" or a pemda's own.

An answer counts as the fraction of the scale's top value it is worth (B on A–E = 0,75; BB on AA–E =
80/100), so every scale feeds the same arithmetic. Fractions are exact (:class:`fractions.Fraction`):
a mean of thirds times a weight of 4,5 must not drift below a grade boundary.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction

from kinerja.lke.errors import LkeError
from kinerja.lke.numbers import exact


@dataclass(frozen=True)
class Option:
    answer: str          # what is typed and stored: "Y", "B", "BB"
    value: Fraction      # as the LKE writes it: 1, 0.75, 80
    label: str
    label_en: str


@dataclass(frozen=True)
class AnswerScale:
    key: str             # "YT", "AE", "AAE"
    name: str
    name_en: str
    options: tuple[Option, ...]
    answers: tuple[str, ...] = field(init=False)
    top: Fraction = field(init=False)
    denominator: int = field(init=False)
    _worth: dict[str, Fraction] = field(init=False, repr=False, compare=False)
    _units: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Worked out once: a pemda page scores hundreds of sheets of ~80 answers each. Worths are also
        # kept as whole numbers over one denominator, so a sheet's sums stay integer arithmetic.
        top = max(o.value for o in self.options)
        worth = {o.answer: o.value / top for o in self.options}
        denominator = math.lcm(*(w.denominator for w in worth.values()))
        object.__setattr__(self, "answers", tuple(o.answer for o in self.options))
        object.__setattr__(self, "top", top)
        object.__setattr__(self, "denominator", denominator)
        object.__setattr__(self, "_worth", worth)
        object.__setattr__(self, "_units", {a: int(w * denominator) for a, w in worth.items()})

    def knows(self, answer: str) -> bool:
        return answer in self._worth

    def units(self, answer: str) -> int:
        """:meth:`fraction` × :attr:`denominator`, for exact sums in whole numbers."""
        return self._units[answer]

    def option(self, answer: str) -> Option | None:
        return next((o for o in self.options if o.answer == answer), None)

    def fraction(self, answer: str) -> Fraction:
        """What ``answer`` is worth as a share of the top answer (0–1)."""
        worth = self._worth.get(answer)
        if worth is None:
            raise LkeError(f"Jawaban '{answer}' bukan pilihan skala {self.name} ({', '.join(self.answers)}).",
                           f"Answer '{answer}' is not an option of the {self.name_en} scale "
                           f"({', '.join(self.answers)}).")
        return worth

    def to_dict(self) -> dict:
        return {"name": self.name, "name_en": self.name_en,
                "options": [{"answer": o.answer, "value": _number(o.value), "label": o.label, "label_en": o.label_en}
                            for o in self.options]}


def scale_from_dict(key: str, data: object) -> AnswerScale:
    where = f"skala/scale {key}"
    if not isinstance(data, dict) or not isinstance(data.get("options"), list) or not data["options"]:
        raise LkeError("Skala harus punya daftar 'options' yang tidak kosong.",
                       "A scale needs a non-empty 'options' list.", where=where)
    options = []
    for raw in data["options"]:
        if not isinstance(raw, dict) or not isinstance(raw.get("answer"), str) or not raw["answer"].strip():
            raise LkeError("Setiap pilihan perlu 'answer' berupa teks.", "Every option needs an 'answer' text.",
                           where=where)
        value = exact(raw.get("value"), where=f"{where} {raw['answer']}")
        if value < 0:
            raise LkeError("Nilai pilihan tidak boleh negatif.", "An option's value cannot be negative.",
                           where=f"{where} {raw['answer']}")
        answer = raw["answer"].strip().upper()
        options.append(Option(answer, value, str(raw.get("label") or answer), str(raw.get("label_en") or
                                                                                raw.get("label") or answer)))
    answers = [o.answer for o in options]
    if len(set(answers)) != len(answers):
        raise LkeError("Pilihan jawaban dalam satu skala harus berbeda.", "Answers within a scale must differ.",
                       where=where)
    if max(o.value for o in options) <= 0:
        raise LkeError("Sedikitnya satu pilihan harus bernilai lebih dari 0.",
                       "At least one option must be worth more than 0.", where=where)
    name = str(data.get("name") or key)
    return AnswerScale(key, name, str(data.get("name_en") or name), tuple(options))


def _number(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)
