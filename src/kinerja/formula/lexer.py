"""Tokens of a formula written in Indonesian prose, symbols or a mix of both.

The master pattern recognises time markers ("tahun (n-1)", "s.d. tahun terakhir"), the percent scale
("x 100%", "dikali 100%"), numbers, operator words and symbols, and words. Symbols that are operators
only in some places ("/" in "ksp/usp", ":" after "keterangan", "," in "Sasaran, Program") are emitted
as ambiguous kinds and settled by :mod:`kinerja.formula.operands`, which sees their neighbours.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kinerja.formula.errors import FormulaError

MAX_TOKENS = 600

_YEAR = r"(?:tahun|tahunn|tanun|tahum|thn|thun|th)\.?"
# The period being computed is written "n" or "t": "tahun (n-1)", "(t-1)", "tahun t".
_PREV_N = r"(?:\(\s*[nt]\s*-\s*1\s*\)|\b[nt]\s*-\s*1\b)"
# "s.d." (sampai dengan) — but not "SD", the school level, which decrees write in capitals.
_UNTIL = r"(?:s\.\s?d\b\.?|s\s?d\.|s/d|(?-i:sd|Sd)\b|sampai\s+dengan|hingga|sampai)"
_PATTERNS: list[tuple[str, str]] = [
    ("TIME_CUM", rf"(?:(?:yang\s+)?{_UNTIL}\s+(?:akhir\s+)?{_YEAR}\s*(?:terakhir|lalu|sebelumnya|kemarin|{_PREV_N})"
                 rf"|\bkumulatif\b)"),
    ("TIME_PREV", rf"(?:\b(?:pada\s+)?{_YEAR}\s*(?:sebelumnya|lalu|kemarin)?\s*(?:ke\s*-?\s*)?{_PREV_N}"
                  rf"|\b(?:pada\s+)?{_YEAR}\s+(?:sebelumnya|lalu|kemarin)\b(?:\s*{_PREV_N})?|{_PREV_N})"),
    ("TIME_CUR", rf"(?:\b(?:pada\s+)?{_YEAR}\s+(?:ini|berjalan)\b|\b(?:pada\s+)?{_YEAR}\s*(?:ke\s*-?\s*)?"
                 rf"(?:\(\s*[nt]\s*\)|[nt]\b)|\(\s*[nt]\s*\))"),
    ("MEAN", r"\b(?:rerata|rata\s*-\s*rata|rata\s+rata|rata2|rata)\b"),
    # "x 100%", "dikalikan dengan 100 persen": the percent scale of the whole group it ends.
    ("SCALE", r"(?:(?<![A-Za-z0-9])[xX×*]|\bdikali(?:kan)?(?:\s+dengan)?|\bkali)\s*100(?:\s*%|\s+persen\b)?"
              r"(?![\d.,]*\d)"),
    ("EQ", r"=|\bsama\s+dengan\b"),
    ("DIV", r"\bdibagi(?:kan)?(?:\s+dengan)?\b|\bdibandingkan(?:\s+dengan)?\b|÷"),
    ("MUL", r"\bdikali(?:kan)?(?:\s+dengan)?\b|×|\*|·"),
    ("SUB", r"\bdikurangi(?:\s+dengan)?\b"),
    ("ADD", r"\bditambah(?:kan)?(?:\s+dengan)?\b|\+"),
    ("NUM", r"(?<![\w.,])\d(?:[\d.,]*\d)?(?:\s*%)?"),
    ("XOP", r"(?<![\w])[xX](?![\w])"),
    ("PER", r"\bper\b"),
    ("WORD", r"[^\W\d_][\w.'&@]*+(?:-[\w.'&]++)*+|_+|&"),
    ("DASH", r"-"),
    ("SLASH", r"/"),
    ("COLON", r":"),
    ("COMMA", r","),
    ("SEMI", r";"),
    ("SIGMA", r"[Σ∑]"),
    ("LP", r"[(\[{]"),
    ("RP", r"[)\]}]"),
    ("CMP", r"[<>≤≥]=?"),
    ("PCT", r"%"),
    ("SPACE", r"\s+"),
    ("NOISE", r"."),
]
_MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _PATTERNS), re.IGNORECASE)


@dataclass
class Token:
    kind: str
    text: str
    start: int
    end: int
    space_before: bool = False


def tokenize(text: str) -> list[Token]:
    """All tokens except spaces; NOISE tokens mark characters that belong to no formula."""
    tokens: list[Token] = []
    spaced = False
    for match in _MASTER.finditer(text):
        kind = match.lastgroup or "NOISE"
        if kind == "SPACE":
            spaced = True
            continue
        tokens.append(Token(kind, match.group(), match.start(), match.end(), spaced))
        spaced = False
        if len(tokens) > MAX_TOKENS:
            raise FormulaError(f"formula terlalu panjang (lebih dari {MAX_TOKENS} unsur)",
                               f"the formula is too long (more than {MAX_TOKENS} tokens)")
    return tokens


def space_after(tokens: list[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].space_before
