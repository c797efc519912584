"""The kinds of problem an evaluator distinguishes; every finding code belongs to one.

The quality page counts findings per kind, and the review report groups them the same way. The order
is the order of the page: what makes a number wrong first, what only weakens an indicator last.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    key: str
    label_id: str
    label_en: str

    def label(self, language: str = "id") -> str:
        return self.label_en if language.startswith("en") else self.label_id


KINDS: dict[str, Kind] = {k.key: k for k in (
    Kind("mismatch", "Nama dan rumus tidak sejalan", "Name and formula disagree"),
    Kind("formula", "Rumus cacat atau tidak ada", "Malformed or missing formula"),
    Kind("level", "Tingkat indikator tidak sesuai jabatan", "Level does not suit the position"),
    Kind("driven", "Nilai tidak mencerminkan kinerja", "Value not driven by performance"),
    Kind("fit", "Tidak selaras dengan sasaran atau tugas", "Does not fit the sasaran or duties"),
    Kind("cascade", "Kaskade: salinan dan pengulangan", "Cascade: copies and restatements"),
    Kind("vague", "Istilah kabur atau tidak didefinisikan", "Vague or undefined terms"),
    Kind("source", "Sumber data", "Data source"),
    Kind("wording", "Rumusan indikator", "Indicator wording"),
    Kind("typo", "Salah ketik dan teks terpotong", "Typos and truncated text"),
)}
