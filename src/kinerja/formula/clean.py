"""Undo what extraction did to a formula cell: LaTeX, markup, odd Unicode, OCR'd digits, bullets.

The result is plain text in which every operator is still written the way the author wrote it; the
lexer decides what is an operator.
"""
from __future__ import annotations

import re
import unicodedata

MAX_TEXT_LENGTH = 5000

_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007]+")
_HTML = re.compile(r"<[^<>]{0,200}>")
_LATEX_WRAPPERS = re.compile(r"\\(?:text|mathrm|textbf|textit|mbox|operatorname|mathit|mathbf)\s*")
_LATEX_SYMBOLS = {
    r"\times": " × ", r"\cdot": " × ", r"\div": " ÷ ", r"\%": "%", r"\left": "", r"\right": "",
    r"\sum": " Σ ", r"\Sigma": " Σ ", r"\,": " ", r"\;": " ", r"\:": " ", r"\!": "", r"\quad": " ",
    r"\qquad": " ", r"\ge": " ≥ ", r"\le": " ≤ ", r"\geq": " ≥ ", r"\leq": " ≤ ", r"\ ": " ",
}
# "x 1OO%", "x l00 %", "x 1 0 0 %": OCR's hundreds after a multiplication sign.
_OCR_HUNDRED = re.compile(r"(?<=[x×X*])(\s*)[1lI]\s?[0oO]\s?[0oO](?=\s*%|\s|$)")
_BULLET = re.compile(r"^\s*(?:[-•*·▪●]|\d{1,2}[.)])\s+")


def clean_text(text: str) -> str:
    """Plain, single-spaced text with LaTeX, HTML and markdown removed and dashes unified to "-"."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c if (c.isprintable() or c.isspace()) else " " for c in text)
    if "\\" in text or "$" in text:
        text = latex_to_text(text)
    text = _HTML.sub(" ", text)
    text = text.replace("**", " ").replace("__", " ")
    text = _DASHES.sub("-", text)
    text = text.replace("\u00d7", "×").replace("\u2217", "*").replace("\u2044", "/").replace("\u2215", "/")
    text = text.replace("“", " ").replace("”", " ").replace('"', " ").replace("‘", "'").replace("’", "'")
    text = _SPACES.sub(" ", text).strip()
    text = _BULLET.sub("", text)
    return _OCR_HUNDRED.sub(lambda m: m.group(1) + "100", text)


def latex_to_text(text: str) -> str:
    r"""``$\frac{\text{A} - \text{B}}{\text{B}} \times 100\%$`` → ``(A - B) / (B) × 100%``."""
    text = text.replace("$", " ")
    text = _expand_fractions(text)
    text = _LATEX_WRAPPERS.sub("", text)
    for symbol in sorted(_LATEX_SYMBOLS, key=len, reverse=True):
        text = text.replace(symbol, _LATEX_SYMBOLS[symbol])
    text = re.sub(r"\\[A-Za-z]+", " ", text)
    return text.replace("{", " ").replace("}", " ").replace("\\", " ")


def _expand_fractions(text: str) -> str:
    # Each pass replaces the innermost-first \frac whose two groups are balanced; bounded by length.
    for _ in range(text.count(r"\frac") + 1):
        start = text.find(r"\frac")
        if start < 0:
            break
        first = _brace_group(text, start + len(r"\frac"))
        second = _brace_group(text, first[1]) if first else None
        if not first or not second:
            text = text[:start] + " " + text[start + len(r"\frac"):]
            continue
        numerator = text[first[0] + 1:first[1] - 1]
        denominator = text[second[0] + 1:second[1] - 1]
        text = f"{text[:start]} ({numerator}) / ({denominator}) {text[second[1]:]}"
    return text


def _brace_group(text: str, position: int) -> tuple[int, int] | None:
    """(start, end) of the balanced ``{...}`` group starting at or after ``position`` (spaces allowed)."""
    while position < len(text) and text[position] == " ":
        position += 1
    if position >= len(text) or text[position] != "{":
        return None
    level = 0
    for index in range(position, len(text)):
        if text[index] == "{":
            level += 1
        elif text[index] == "}":
            level -= 1
            if level == 0:
                return position, index + 1
    return None
