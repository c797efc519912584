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
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]+")
_LATEX_PIECE = re.compile(r"\\[dt]?frac(?![A-Za-z])|[{}]|[^{}\\]+|\\")
_BAR = re.compile(r"[-_=]{4,}+")
# A division already written ("SD/MI" is a phrase, not one).
_DIVISION_SIGN = re.compile(r"\s[/:]\s|/\s*(?:jumlah|total)\b|÷|\\frac|\bdibagi\b", re.I)
_LEADING_SCALE = re.compile(r"\s*[xX×*]\s*100\s*%?")
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
    text = _fraction_bar(text)
    text = text.replace("\u00d7", "×").replace("\u2217", "*").replace("\u2044", "/").replace("\u2215", "/")
    text = text.replace("“", " ").replace("”", " ").replace('"', " ").replace("‘", "'").replace("’", "'")
    text = _SPACES.sub(" ", text).strip()
    text = _BULLET.sub("", text)
    return _OCR_HUNDRED.sub(lambda m: m.group(1) + "100", text)


def _fraction_bar(text: str) -> str:
    """A fraction laid out on lines, its bar a row of dashes: "A\n-------- x 100%\nB" → "(A) / (B) x 100%"."""
    bars = _BAR.findall(text)
    if len(bars) != 1 or _DIVISION_SIGN.search(text):
        return text
    numerator, denominator = _BAR.split(text)
    scale = _LEADING_SCALE.match(denominator)
    if scale:
        denominator = denominator[scale.end():]
    if not any(c.isalpha() for c in numerator) or not any(c.isalpha() for c in denominator):
        return text
    return f"({numerator.strip()}) / ({denominator.strip()}){' ' + scale.group(0).strip() if scale else ''}"


def latex_to_text(text: str) -> str:
    r"""``$\frac{\text{A} - \text{B}}{\text{B}} \times 100\%$`` → ``(A - B) / (B) × 100%``."""
    text = text.replace("$", " ")
    text = _expand_fractions(text)
    text = _LATEX_WRAPPERS.sub("", text)
    for symbol in sorted(_LATEX_SYMBOLS, key=len, reverse=True):
        text = text.replace(symbol, _LATEX_SYMBOLS[symbol])
    text = _LATEX_COMMAND.sub(" ", text)
    return text.replace("{", " ").replace("}", " ").replace("\\", " ")


class _Group(str):
    r"""The rendered text of one ``{...}`` group, still to be given to a ``\frac`` or unwrapped."""


_FRAC = object()


def _expand_fractions(text: str) -> str:
    r"""``\frac{A}{B}`` (nested, ``\dfrac``, ``\tfrac`` too) → ``(A) / (B)``, in one pass over the text with
    a stack of open groups. An unbalanced brace or a ``\frac`` without its two groups is dropped."""
    stack: list[list] = [[]]
    for piece in _LATEX_PIECE.findall(text):
        if piece in ("\\frac", "\\dfrac", "\\tfrac"):
            stack[-1].append(_FRAC)
        elif piece == "{":
            stack.append([])
        elif piece == "}" and len(stack) > 1:
            group = _Group(_join(stack.pop()))
            stack[-1].append(group)
        elif piece == "}":
            stack[-1].append(" ")
        else:
            stack[-1].append(piece)
    while len(stack) > 1:  # groups never closed: keep their text
        inner = _join(stack.pop())
        stack[-1].append(" " + inner)
    return _join(stack[0])


def _join(items: list) -> str:
    out: list[str] = []
    index = 0
    while index < len(items):
        item = items[index]
        if item is _FRAC:
            groups: list[_Group] = []
            cursor = index + 1
            while cursor < len(items) and len(groups) < 2:
                candidate = items[cursor]
                if isinstance(candidate, _Group):
                    groups.append(candidate)
                elif not (isinstance(candidate, str) and not candidate.strip()):
                    break
                cursor += 1
            if len(groups) == 2:
                out.append(f" ({groups[0]}) / ({groups[1]}) ")
                index = cursor
            else:
                out.append(" ")
                index += 1
            continue
        out.append(str(item))
        index += 1
    return "".join(out)
