"""What the text around a formula says: variable letters ("a = Jumlah penduduk bekerja"), constants
("Jumlah jam kerja 1 tahun = 1920 jam"), worked examples ("64 : 12.317 X 100% = 0.52%") and fixed
targets ("1 Unit", "100%")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kinerja.errors import NumberFormatError
from kinerja.numbers import parse_number

_NOTES = re.compile(r"\b(?:keterangan|ket\b\.?|dimana|di\s+mana|catatan)\s*:?", re.I)
# "a = Jumlah penduduk bekerja", "b : Jumlah angkatan kerja", and the subscripted letters of growth
# formulas: "Xn = PDRB tahun n; Xn-1 = PDRB tahun n-1".
_LETTER = r"[A-Za-z](?:[nt](?:\s?-\s?1)?)?"
_DEFINES = r"(?:\s*[=:]|\.(?=\s))"  # "a = …", "a : …", "a. …"
_LETTER_DEF = re.compile(rf"(?<![\w.])({_LETTER}){_DEFINES}\s*(.+?)(?=(?:\s|,|;)-?\s?{_LETTER}{_DEFINES}|;|$)")
_LETTER_SPACES = re.compile(r"\s")
# A clause that starts a new sentence ends a definition: "b = Jumlah Angkatan Kerja Untuk jumlah …"
_CLAUSE = re.compile(r"\s(?:untuk|adapun|yaitu|yakni|merujuk|sumber|data\s+diambil|dengan\s+catatan|"
                     r"dimana|di\s+mana|sedangkan|sebagai)\b.*$|;.*$|\.(?=\s+(?-i:[A-Z])|\s*$).*$", re.I)
# "= 1920 jam" or, in prose, "ditetapkan sebesar 1.920 jam" ("adalah" is left out: it introduces prose).
# Found from the value backwards (see constants): a pattern that looked for the phrase first would try
# every start position of a long definisi, each up to the phrase's length.
_CONSTANT_VALUE = re.compile(r"(?:=|\b(?:ditetapkan\s+)?sebesar\b)\s*(\d[\d.,]*)(?!\s*[:/x×*÷+-]\s*\d)")
_CONSTANT_PHRASE_CHARS = 121
_NOT_IN_PHRASE = "=;:/()"
_NUM = r"\d(?:[\d.,]*\d)?"
# Worked examples are found by a left-to-right scan over these pieces (see split_examples), never by one
# pattern with a repeated group: such a pattern backtracks exponentially on "x 22 x 22 x 22 …".
_EXAMPLE_PIECE = re.compile(
    rf"(?P<num>{_NUM})|(?P<pct>%)|(?P<op>[:/×*÷+-]|(?<![^\W\d_])[xX](?![^\W\d_])|\b(?:dibagi|dikali|dikurangi|"
    rf"ditambah)\b)|(?P<eq>=)|(?P<lp>\()|(?P<rp>\))|(?P<space>\s+)|(?P<other>[^\W\d_]+|.)", re.I)
_TARGET = re.compile(
    rf"^\s*({_NUM})\s*(%|[A-Za-z][A-Za-z]*+(?:\s++[A-Za-z]++){{0,2}})?\s*"
    rf"(?:\(?\s*(?:thn|tahun|th)\.?\s*(\d{{4}})\s*\)?)?\s*\.?\s*$", re.I)
# "meliputi : Renja, Renstra dan LKjIP": what follows lists the items counted; it is not a denominator.
_LIST_CUE = re.compile(r"\s(?:meliputi|mencakup|berupa|yaitu|yakni|antara\s+lain|terdiri\s+(?:dari|atas)|"
                       r"di\s?antaranya|sebagai\s+berikut|seperti)\s*:", re.I)
_FORMULA_SIGN = re.compile(r"[/÷=×*]|\b(?:dibagi|dikali|dikurangi|ditambah)\b|(?<![^\W\d_])[xX]\s*100", re.I)
_EXAMPLE_LABELS = frozenset({"contoh", "misal", "misalnya", "ilustrasi", "simulasi", "perhitungan"})
# A letter defined as a formula ("P = A / B x 100%") names the result, not a quantity. "SD/MI" is a phrase.
_DEFINED_AS_FORMULA = re.compile(r"\s[/÷:]\s|\b(?:dibagi|dikali)\b|(?<![^\W\d_])[xX]\s*100", re.I)
_ONLY_NUMBER = re.compile(r"[\d.,\s%]+")
_ONE_LETTER = re.compile(r"[A-Za-z]")
_DECIMALS = re.compile(r"[.,](\d{1,2})$")
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
        for letter, phrase, _span in _definitions(text):
            found.setdefault(letter, phrase)
    return found


def split_definitions(text: str) -> tuple[str, dict[str, str]]:
    """The formula cell without the letter definitions written in it ("(a/b) x 100%; a. Jumlah …; b. Jumlah …"),
    and those definitions. A cell that would be left empty keeps its text."""
    found = _definitions(text)
    if not found:
        return text, {}
    kept, position = [], 0
    for _letter, _phrase, (start, end) in found:
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    rest = " ".join(" ".join(kept).split()).strip(" ,;")
    if not rest:
        return text, {}
    definitions: dict[str, str] = {}
    for letter, phrase, _span in found:
        definitions.setdefault(letter, phrase)
    return rest, definitions


def _definitions(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    found = []
    for match in _LETTER_DEF.finditer(text or ""):
        letter = _LETTER_SPACES.sub("", match.group(1))
        phrase = _CLAUSE.sub("", match.group(2)).strip(" ,;:-")
        if phrase and not _ONLY_NUMBER.fullmatch(phrase) and not _DEFINED_AS_FORMULA.search(phrase):
            found.append((letter, phrase, match.span()))
    return found


def constants(*texts: str) -> list[tuple[str, float]]:
    """[(phrase, value)] for "phrase = number unit" or "phrase ditetapkan sebesar number unit" (the phrase is
    at most 121 characters without "=;:/()", starts with a letter, and is cut at the last operator word)."""
    found = []
    for text in texts:
        floor = 0
        for match in _CONSTANT_VALUE.finditer(text or ""):
            lhs = _phrase_before(text, max(floor, match.start() - _CONSTANT_PHRASE_CHARS), match.start())
            floor = match.end()
            words = lhs.split()
            for index in range(len(words) - 1, -1, -1):
                if words[index].lower() in _BREAK_WORDS:
                    words = words[index + 1:]
                    break
            phrase = " ".join(words[-8:]).strip(" ,.")
            if len(phrase) < 3 or _ONE_LETTER.fullmatch(phrase):
                continue
            try:
                found.append((phrase, parse_number(match.group(1))))
            except NumberFormatError:
                continue
    return found


def _phrase_before(text: str, start: int, end: int) -> str:
    segment = text[start:end]
    cut = max(segment.rfind(char) for char in _NOT_IN_PHRASE)
    return segment[cut + 1:].lstrip("0123456789").strip()


def split_examples(text: str) -> tuple[str, list[Example]]:
    """Remove worked examples ("(64 : 12.317 X 100% = 0.52%)") from the formula text and return them for
    checking. One pass over the pieces of the text, then one walk back from each "=": linear time."""
    pieces = [(m.lastgroup or "other", m.start(), m.end()) for m in _EXAMPLE_PIECE.finditer(text)]
    solid = [piece for piece in pieces if piece[0] != "space"]
    examples: list[Example] = []
    cuts: list[tuple[int, int]] = []
    for index, (kind, _start, _end) in enumerate(solid):
        if kind != "eq" or index + 1 >= len(solid) or solid[index + 1][0] != "num":
            continue
        stated_piece = solid[index + 1]
        last = index + 1
        percent = last + 1 < len(solid) and solid[last + 1][0] == "pct"
        last += percent
        first = _chain_start(solid, index, cuts[-1][1] if cuts else 0)
        if first is None:
            continue
        first = _label_start(text, solid, first)  # "(contoh: 64 : 128 x 100% = 50%)"
        if first > 0 and solid[first - 1][0] == "lp":
            first -= 1
            if last + 1 < len(solid) and solid[last + 1][0] == "rp":
                last += 1
        stated = text[stated_piece[1]:stated_piece[2]]
        found = _DECIMALS.search(stated)
        decimals = len(found.group(1)) if found else 0
        try:
            value = parse_number(stated, prefer_decimal_point=decimals > 0)
        except NumberFormatError:
            continue
        written_start = solid[_label_end(text, solid, first + (solid[first][0] == "lp"))][1]
        examples.append(Example(text[written_start:solid[index][1]].strip(), value, decimals, percent))
        cuts.append((solid[first][1], solid[last][2]))
    if not cuts:
        return text, []
    kept, position = [], 0
    for start, end in cuts:
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    return " ".join(" ".join(kept).split()), examples


def _label_start(text: str, solid: list[tuple[str, int, int]], first: int) -> int:
    """Move ``first`` back over "contoh" / "misal" and its colon, if they introduce the example."""
    index = first
    if index > 0 and solid[index - 1][0] == "op" and text[solid[index - 1][1]] == ":":
        index -= 1
    if index > 0 and text[solid[index - 1][1]:solid[index - 1][2]].lower() in _EXAMPLE_LABELS:
        return index - 1
    return first


def _label_end(text: str, solid: list[tuple[str, int, int]], index: int) -> int:
    """The first piece of the example's arithmetic at or after ``index`` (past its label)."""
    if text[solid[index][1]:solid[index][2]].lower() in _EXAMPLE_LABELS:
        index += 1
        if solid[index][0] == "op" and text[solid[index][1]] == ":":
            index += 1
    return index


def _chain_start(solid: list[tuple[str, int, int]], eq: int, floor: int) -> int | None:
    """Index of the first number of "NUM [%] (OP NUM [%])+" ending just before ``solid[eq]``, or None."""
    index = eq - 1
    operators = 0
    while True:
        if index >= 0 and solid[index][0] == "pct":
            index -= 1
        if index < 0 or solid[index][0] != "num" or solid[index][1] < floor:
            return None
        if index == 0 or solid[index - 1][0] != "op" or index - 2 < 0 or solid[index - 2][0] not in ("num", "pct") \
                or solid[index - 1][1] < floor:
            return index if operators else None
        operators += 1
        index -= 2


def split_list(text: str) -> tuple[str, str]:
    """(what is counted, the list of its items): "Jumlah dokumen perencanaan yang disusun meliputi : Renja,
    Renstra" → ("Jumlah dokumen perencanaan yang disusun", "Renja, Renstra"). A tail that holds a formula
    sign stays (the colon then only ends a label)."""
    match = _LIST_CUE.search(text)
    if not match or match.start() == 0 or _FORMULA_SIGN.search(text, match.end()):
        return text, ""
    return text[:match.start()].rstrip(" ,;"), text[match.end():].strip()


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
