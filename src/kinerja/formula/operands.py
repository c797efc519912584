"""Turn tokens into operands and operators.

Decides the symbols whose meaning depends on their neighbours ("/" divides in "A/jumlah B" but not in
"ksp/usp"; ":" divides in "A : B" but not after "keterangan"; "," separates summed terms only before
"Jumlah"), then joins each run of words, in-phrase numbers, time markers and short parenthesised
appositions ("(PKWT)", "(Pra dan Purna)") into one :class:`Operand`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kinerja.formula.lexer import Token, space_after

# Words that begin a quantity: after "/" or "per" they mean a new operand, so the slash divides.
OPERAND_START = frozenset("""
    jumlah total seluruh semua banyaknya target realisasi nilai angka anggaran pagu keseluruhan
    rerata rata-rata luas volume pdrb penduduk
""".split())
# A colon after these words introduces notes or a list ("meliputi : Renja, Renstra"), not a division.
_LABELS = frozenset("""keterangan ket ket. rumus formula formulasi catatan interpretasi kategori yaitu yakni
    dimana berikut perhitungan meliputi mencakup berupa diantaranya seperti misalnya contoh sbb adalah ialah
    """.split())
_LABEL_PAIRS = frozenset({("antara", "lain"), ("terdiri", "dari"), ("terdiri", "atas"), ("di", "antaranya"),
                          ("sebagai", "berikut")})
_PHRASE_KINDS = frozenset({"WORD", "PNUM", "PDASH", "TIME_CUR", "TIME_PREV", "TIME_CUM", "MEAN", "PSLASH",
                           "PCOMMA"})
_COMPARISONS = {"perbandingan": "DIV", "rasio": "DIV", "selisih": "SUB"}
_HUNDRED_PERCENT = re.compile(r"100\s*%")
_LETTER = re.compile(r"[A-Za-z]")
_OPERANDISH_BEFORE = frozenset({"WORD", "NUM", "RP", "TIME_CUR", "TIME_PREV", "TIME_CUM"})
_OPERANDISH_AFTER = frozenset({"WORD", "NUM", "LP", "MEAN"})
_TIME_OF = {"TIME_CUR": "cur", "TIME_PREV": "prev", "TIME_CUM": "cum"}
_MAX_APPOSITION = 12


@dataclass
class Operand:
    text: str          # as written, time words included
    start: int
    end: int
    time: str = ""     # "" | "cur" | "prev" | "cum"
    mean: bool = False

    @property
    def is_letter(self) -> bool:
        return bool(_LETTER.fullmatch(self.text))


@dataclass
class Item:
    kind: str          # OPERAND NUM ADD SUB MUL DIV SCALE LP RP SIGMA EQ SEMI
    text: str
    start: int
    end: int
    operand: Operand | None = None
    value: str = ""


@dataclass
class Settled:
    items: list[Item]
    noise: int = 0
    guessed_slash: bool = False
    sum_list: bool = False
    noise_text: list[str] = field(default_factory=list)


def _word(token: Token | None) -> str:
    return token.text.lower() if token is not None and token.kind == "WORD" else ""


def settle(tokens: list[Token], letters: frozenset[str] = frozenset()) -> list[Token]:
    """Give every ambiguous token its meaning here; returns tokens with final kinds."""
    ranges = _ranges(tokens)
    compared = _comparison(tokens)
    out: list[Token] = []
    for index, token in enumerate(tokens):
        prev = tokens[index - 1] if index else None
        nxt = tokens[index + 1] if index + 1 < len(tokens) else None
        kind = token.kind
        prev_kind = prev.kind if prev else ""
        next_kind = nxt.kind if nxt else ""
        if index in ranges:
            kind = "PDASH" if kind == "DASH" else "PNUM"
        elif index in compared:
            kind = compared[index]
        elif kind == "DASH":
            kind = "SUB"
        elif kind == "XOP":
            operator = (prev_kind in _OPERANDISH_BEFORE and next_kind in _OPERANDISH_AFTER
                        and token.text.lower() not in letters)
            kind = "MUL" if operator else "WORD"
        elif kind == "SLASH":
            divides = (next_kind in ("LP", "NUM", "MEAN") or prev_kind == "RP"
                       or _word(nxt) in OPERAND_START or (nxt is not None and nxt.text in letters)
                       or (prev is not None and prev.text in letters))
            kind = "DIV" if divides else "PSLASH"
        elif kind == "COLON":
            divides = ((prev_kind in _OPERANDISH_BEFORE or prev_kind == "SCALE") and next_kind in _OPERANDISH_AFTER
                       and not _label_before(tokens, index))
            kind = "DIV" if divides else "SEMI"
        elif kind == "COMMA":
            kind = "SUMSEP" if _word(nxt) == "jumlah" else "PCOMMA"
        elif kind == "WORD" and token.text.lower() in ("dan", "serta") and _word(nxt) == "jumlah":
            kind = "SUMSEP"
        elif kind == "PER":
            per_number = next_kind == "NUM" and "%" not in (nxt.text if nxt else "") \
                and index + 2 < len(tokens) and tokens[index + 2].kind == "WORD"
            kind = "DIV" if _word(nxt) in OPERAND_START or per_number else "WORD"
        elif kind == "NUM" and prev_kind == "PER" and out and out[-1].kind == "DIV" and next_kind == "WORD":
            kind = "PER_MULT"  # "per 100.000 kelahiran hidup": the ratio is scaled by the number
        elif kind == "NUM" and _HUNDRED_PERCENT.fullmatch(token.text) and prev_kind in _OPERANDISH_BEFORE \
                and next_kind == "WORD":
            kind = "LOST_SCALE"  # "A 100% B": a fraction whose bar and "x" were lost
        elif kind == "NUM":
            in_phrase = prev_kind in ("WORD", "TIME_CUR", "TIME_PREV", "TIME_CUM", "PSLASH", "PCOMMA") \
                or next_kind == "WORD"
            kind = "PNUM" if in_phrase else "NUM"
        elif kind in ("PCT", "CMP"):
            kind = "DROP"
        out.append(Token(kind, token.text, token.start, token.end, token.space_before))
    return out


def _ranges(tokens: list[Token]) -> set[int]:
    """Indexes of numeric ranges inside a phrase ("usia 5-6 tahun", "periode 2021-2026"): a dash between
    two plain numbers, the first after a word or the second before one, is not a subtraction."""
    found: set[int] = set()
    for index in range(len(tokens) - 2):
        first, dash, second = tokens[index], tokens[index + 1], tokens[index + 2]
        if not (first.kind == "NUM" and dash.kind == "DASH" and second.kind == "NUM"):
            continue
        if "%" in first.text or "%" in second.text:
            continue
        after_word = index > 0 and tokens[index - 1].kind == "WORD"
        before_word = index + 3 < len(tokens) and tokens[index + 3].kind == "WORD"
        if after_word or before_word:
            found.update((index, index + 1, index + 2))
    return found


def _comparison(tokens: list[Token]) -> dict[int, str]:
    """"Perbandingan antara A dengan B", "Selisih antara A dengan B", "Rasio A terhadap B": the opening
    word names the operation and "dengan" / "terhadap" stands for its sign."""
    words = [i for i, t in enumerate(tokens[:3]) if t.kind == "WORD"]
    if not words or tokens[words[0]].text.lower() not in _COMPARISONS:
        return {}
    opening = words[0]
    operation = _COMPARISONS[tokens[opening].text.lower()]
    start = opening + 1
    kinds = {opening: "DROP"}
    if start < len(tokens) and _word(tokens[start]) == "antara":
        kinds[start] = "DROP"
        start += 1
    joins = [i for i in range(start + 1, len(tokens))
             if _word(tokens[i]) in ("dengan", "terhadap") or (operation == "SUB" and _word(tokens[i]) == "dan")]
    if not joins:
        return {}
    before_quantity = [i for i in joins if _word(tokens[i + 1] if i + 1 < len(tokens) else None) in OPERAND_START]
    kinds[(before_quantity or joins)[0] if before_quantity else joins[-1]] = operation
    return kinds


def _label_before(tokens: list[Token], index: int) -> bool:
    before = _word(tokens[index - 1]).rstrip(".") if index else ""
    earlier = _word(tokens[index - 2]) if index > 1 else ""
    return before in _LABELS or (earlier, before) in _LABEL_PAIRS


def guess_slash(tokens: list[Token]) -> bool:
    """With "x 100%" but no division anywhere, the division must be one of the in-phrase slashes:
    take the one written with spaces around it, else the last one. Returns whether it guessed."""
    kinds = {t.kind for t in tokens}
    if "DIV" in kinds or "SCALE" not in kinds or "PSLASH" not in kinds:
        return False
    last_scale = max(i for i, t in enumerate(tokens) if t.kind == "SCALE")
    if any(t.kind in _PHRASE_KINDS for t in tokens[last_scale + 1:]):
        return False  # "A x 100% B": the bar was lost, the slash is the phrase's own
    slashes = [i for i, t in enumerate(tokens) if t.kind == "PSLASH"]
    spaced = [i for i in slashes if tokens[i].space_before and space_after(tokens, i)]
    chosen = (spaced or slashes)[-1]
    tokens[chosen].kind = "DIV"
    return True


def group(text: str, tokens: list[Token]) -> Settled:
    """Join phrase runs into operands; everything else becomes an operator item."""
    settled = Settled(items=[])
    settled.sum_list = any(t.kind == "SUMSEP" for t in tokens)
    multiplier: Token | None = None
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind in _PHRASE_KINDS:
            end = _run_end(tokens, index)
            for piece in _split_run(tokens[index:end], settled.sum_list):
                if piece == "SUMSEP":
                    settled.items.append(Item("ADD", "+", 0, 0))
                    continue
                operand = _operand(text, piece)
                if operand is not None:
                    settled.items.append(Item("OPERAND", operand.text, operand.start, operand.end, operand))
            if multiplier is not None:
                settled.items.append(Item("MUL", "x", multiplier.start, multiplier.start))
                settled.items.append(Item("NUM", multiplier.text, multiplier.start, multiplier.end,
                                          value=multiplier.text))
                multiplier = None
            index = end
            continue
        if token.kind == "PER_MULT":
            multiplier = token
            index += 1
            continue
        if token.kind in ("NOISE", "DROP"):
            settled.noise += token.kind == "NOISE"
            if token.kind == "NOISE" and len(settled.noise_text) < 12:
                settled.noise_text.append(token.text)
        elif token.kind == "LOST_SCALE":
            settled.items.append(Item("SCALE", token.text, token.start, token.end, value="lost"))
        elif token.kind == "SUMSEP":
            settled.items.append(Item("ADD", "+", token.start, token.end))
        else:
            settled.items.append(Item(token.kind, token.text, token.start, token.end, value=token.text))
        index += 1
    return settled


def _run_end(tokens: list[Token], index: int) -> int:
    end = index
    while end < len(tokens):
        kind = tokens[end].kind
        if kind in _PHRASE_KINDS:
            end += 1
        elif kind == "LP" and end > index and _apposition_end(tokens, end):
            end = _apposition_end(tokens, end)
        else:
            break
    return end


def _apposition_end(tokens: list[Token], start: int) -> int:
    """End (exclusive) of a short parenthesised group made only of words, or 0 if it is not one."""
    for end in range(start + 1, min(len(tokens), start + _MAX_APPOSITION + 2)):
        kind = tokens[end].kind
        if kind == "RP":
            inner = tokens[start + 1:end]
            if not inner or any(t.kind == "MEAN" for t in inner):
                return 0
            return end + 1
        if kind not in _PHRASE_KINDS:
            return 0
    return 0


def _split_run(run: list[Token], sum_list: bool) -> list:
    """A list of summed terms sometimes loses its comma ("(PKWT) yang Jumlah LKS …"): inside such a
    list a capitalised "Jumlah" in mid-phrase starts a new term."""
    if not sum_list:
        return [run]
    pieces: list = []
    current: list[Token] = []
    for token in run:
        if token.kind == "WORD" and token.text == "Jumlah" and current:
            pieces.extend([current, "SUMSEP"])
            current = []
        current.append(token)
    pieces.append(current)
    return pieces


def _operand(text: str, run: list[Token]) -> Operand | None:
    mean = False
    while run and run[0].kind == "MEAN":
        mean = True
        run = run[1:]
    while run and run[-1].kind in ("PSLASH", "PCOMMA"):
        run = run[:-1]
    while run and run[0].kind in ("PSLASH", "PCOMMA"):
        run = run[1:]
    if not run:
        return None
    time = ""
    for token in run:
        if token.kind in _TIME_OF:
            time = _TIME_OF[token.kind]
    last = run[-1]
    if last.kind == "WORD" and last.text in ("n", "N", "t", "T") and len(run) > 1:
        time = time or "cur"
    start, end = run[0].start, run[-1].end
    shown = text[start:end].strip(" .,;")
    return Operand(shown or text[start:end], start, end, time, mean)
