"""What the text around a formula says: variable letters ("a = Jumlah penduduk bekerja"), constants
("Jumlah jam kerja 1 tahun = 1920 jam"), worked examples ("64 : 12.317 X 100% = 0.52%") and fixed
targets ("1 Unit", "100%")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kinerja.errors import NumberFormatError
from kinerja.numbers import parse_number

_NOTES = re.compile(r"\b(?:keterangan|ket\.|dimana|di\s+mana|catatan)\s*:?", re.I)
_LETTER_DEF = re.compile(r"(?<![\w.])([A-Za-z])\s*=\s*(.+?)(?=(?:\s|,|;)[A-Za-z]\s*=|;|$)")
# A clause that starts a new sentence ends a definition: "b = Jumlah Angkatan Kerja Untuk jumlah …"
_CLAUSE = re.compile(r"\s(?:untuk|adapun|yaitu|yakni|merujuk|sumber|data\s+diambil|dengan\s+catatan|"
                     r"dimana|di\s+mana|sedangkan|sebagai)\b.*$|[.;(].*$", re.I)
# "= 1920 jam" or, in prose, "ditetapkan sebesar 1.920 jam" ("adalah" is left out: it introduces prose).
_CONSTANT = re.compile(r"([^=;:/()\d][^=;:/()]{2,120}?)\s*(?:=|\b(?:ditetapkan\s+)?sebesar\b)\s*"
                       r"(\d[\d.,]*)(?!\s*[:/x×*÷+-]\s*\d)\s*"
                       r"([A-Za-z%][A-Za-z/]*)?")
_NUM = r"\d(?:[\d.,]*\d)?"
_EXAMPLE = re.compile(
    rf"\(?\s*((?:{_NUM})\s*%?\s*(?:(?:[:/x×X*÷+-]|dibagi|dikali|dikurangi|ditambah)\s*{_NUM}\s*%?\s*)+)"
    rf"=\s*({_NUM})\s*(%?)\s*\)?", re.I)
_TARGET = re.compile(
    rf"^\s*({_NUM})\s*(%|[A-Za-z][A-Za-z]*(?:\s+[A-Za-z]+){{0,2}})?\s*"
    rf"(?:\(?\s*(?:thn|tahun|th)\.?\s*(\d{{4}})\s*\)?)?\s*\.?\s*$", re.I)
_BREAK_WORDS = {"dibagi", "dikali", "dikurangi", "ditambah", "per", "dan"}


@dataclass
class Example:
    written: str       # "64 : 12.317 X 100%"
    stated: float      # 0.52
    decimals: int      # decimals shown in the stated value
    percent: bool


@dataclass
class Target:
    value: float
    satuan: str | None
    year: int | None


def split_notes(text: str) -> tuple[str, str]:
    """(formula, notes): "… keterangan : a = …" puts the variable definitions in the notes."""
    match = _NOTES.search(text)
    if not match or match.start() == 0:
        return text, ""
    return text[:match.start()].rstrip(" ,;"), text[match.end():]


def letter_definitions(*texts: str) -> dict[str, str]:
    """{"a": "Jumlah penduduk Bekerja", …} from "a = Jumlah penduduk Bekerja b = …"."""
    found: dict[str, str] = {}
    for text in texts:
        for letter, phrase in _LETTER_DEF.findall(text or ""):
            phrase = _CLAUSE.sub("", phrase).strip(" ,;:")
            if phrase and not re.fullmatch(r"[\d.,\s%]+", phrase) and letter not in found:
                found[letter] = phrase
    return found


def constants(*texts: str) -> list[tuple[str, float]]:
    """[(phrase, value)] for "phrase = number unit" or "phrase ditetapkan sebesar number unit" (the phrase is
    cut at the last operator word)."""
    found = []
    for text in texts:
        for lhs, value, _unit in _CONSTANT.findall(text or ""):
            words = lhs.split()
            for index in range(len(words) - 1, -1, -1):
                if words[index].lower() in _BREAK_WORDS:
                    words = words[index + 1:]
                    break
            phrase = " ".join(words[-8:]).strip(" ,.")
            if len(phrase) < 3 or re.fullmatch(r"[A-Za-z]", phrase):
                continue
            try:
                found.append((phrase, parse_number(value)))
            except NumberFormatError:
                continue
    return found


def split_examples(text: str) -> tuple[str, list[Example]]:
    """Remove worked examples from the formula text and return them for checking."""
    examples = []

    def keep(match: re.Match) -> str:
        stated = match.group(2)
        decimals = len(re.split(r"[.,]", stated)[-1]) if re.search(r"[.,]\d{1,2}$", stated) else 0
        try:
            value = parse_number(stated, prefer_decimal_point=decimals > 0)
        except NumberFormatError:
            return match.group(0)
        examples.append(Example(match.group(1).strip(), value, decimals, bool(match.group(3))))
        return " "

    return _EXAMPLE.sub(keep, text).strip(), examples


def fixed_target(text: str) -> Target | None:
    """"1 Unit", "100%", "0,5% Thn 2020": a value where a formula was expected."""
    match = _TARGET.match(text)
    if not match:
        return None
    try:
        value = parse_number(match.group(1))
    except NumberFormatError:
        return None
    unit = match.group(2)
    satuan = unit.strip().lower() if unit else None
    return Target(value, satuan, int(match.group(3)) if match.group(3) else None)
