"""Extraction artefacts out, the writer's words kept.

Cells arrive with markdown bold markers, LaTeX (``\\frac{A}{B} \\times 100\\%``), HTML tables or
lists nested in a cell, and ragged whitespace. The gold convention keeps the text as written and
only removes these artefacts: a LaTeX fraction becomes ``A / B x 100%``, a nested table becomes
``Header / Header: cell cell; cell cell``.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BOLD = re.compile(r"\*\*|__")
_SPACES = re.compile(r"[ \t\u00a0\u202f\r\n]+")
_TAG = re.compile(r"<[^>]{0,200}>")
_LATEX_WORDS = {
    r"\times": " x ", r"\cdot": " x ", r"\Sigma": "Σ", r"\sum": "Σ", r"\%": "%", r"\div": " : ",
    r"\left": "", r"\right": "", r"\,": " ", r"\;": " ", r"\ ": " ", r"\leq": "≤", r"\geq": "≥",
    r"\le": "≤", r"\ge": "≥", r"\pm": "±", r"\quad": " ",
}
_TEXT_COMMANDS = re.compile(r"\\(?:text|textbf|mathrm|mathit|mbox|operatorname)\s*\{")
_OPERATOR_AT_TOP = re.compile(r"\s[-+−–]\s")


def _braced(s: str, start: int) -> tuple[str, int]:
    """The content of the ``{...}`` group opening at ``s[start]`` and the index after it."""
    depth = 0
    for i in range(start, len(s)):
        if s[i] == "{":
            depth += 1
        elif s[i] == "}":
            depth -= 1
            if depth == 0:
                return s[start + 1:i], i + 1
    return s[start + 1:], len(s)


def _unwrap_text_commands(s: str) -> str:
    while True:
        m = _TEXT_COMMANDS.search(s)
        if not m:
            return s
        inner, end = _braced(s, m.end() - 1)
        s = s[:m.start()] + inner + s[end:]


def _group(part: str) -> str:
    part = part.strip()
    if _OPERATOR_AT_TOP.search(part) and not (part.startswith("(") and part.endswith(")")):
        return f"({part})"
    return part


def _fractions(s: str) -> str:
    while True:
        i = s.find(r"\frac")
        if i < 0:
            return s
        j = i + len(r"\frac")
        while j < len(s) and s[j] == " ":
            j += 1
        if j >= len(s) or s[j] != "{":
            s = s[:i] + s[j:]
            continue
        num, k = _braced(s, j)
        while k < len(s) and s[k] == " ":
            k += 1
        den, end = _braced(s, k) if k < len(s) and s[k] == "{" else ("", k)
        s = s[:i] + f"{_group(_fractions(num))} / {_group(_fractions(den))}" + s[end:]


def latex_to_text(s: str) -> str:
    """``$\\frac{A}{B} \\times 100\\%$`` → ``A / B x 100%``."""
    if "\\" not in s and "$" not in s:
        return s
    s = _unwrap_text_commands(s)
    s = _fractions(s)
    for command, plain in sorted(_LATEX_WORDS.items(), key=lambda kv: -len(kv[0])):
        s = s.replace(command, plain)
    s = s.replace("$", "")
    s = re.sub(r"\\[a-zA-Z]+", " ", s)
    return s.replace("{", "").replace("}", "")


class _TableHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.items: list[str] = []
        self._cell: list[str] | None = None
        self._item: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "li":
            self._item = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append(squash("".join(self._cell)))
            self._cell = None
        elif tag == "li" and self._item is not None:
            self.items.append(squash("".join(self._item)))
            self._item = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._item is not None:
            self._item.append(data)


def html_table_cells(s: str) -> list[list[str]]:
    parser = _TableHTML()
    parser.feed(s)
    parser.close()
    return [r for r in parser.rows if any(r)]


def render_table(rows: list[list[str]]) -> str:
    """A small nested table as one line: ``H1 / H2: a b; c d``."""
    if not rows:
        return ""
    head, *body = rows
    lines = [" ".join(c for c in r if c) for r in body]
    return f"{' / '.join(head)}: {'; '.join(lines)}" if body else " / ".join(head)


def split_html(s: str) -> tuple[str, list[str]]:
    """Cell text without its nested tables, and each nested table rendered as one line."""
    tables: list[str] = []
    if "<table" not in s.lower() and "<li" not in s.lower():
        return s, tables

    def take_table(m: re.Match) -> str:
        tables.append(render_table(html_table_cells(m.group(0))))
        return " "

    s = re.sub(r"<table.*?(?:</table>|$)", take_table, s, flags=re.IGNORECASE | re.DOTALL)
    if "<li" in s.lower():
        parser = _TableHTML()
        parser.feed(s)
        parser.close()
        if parser.items:
            s = re.sub(r"<(ul|ol).*?(?:</\1>|$)", " " + "; ".join(parser.items) + " ", s,
                       flags=re.IGNORECASE | re.DOTALL)
    return s, tables


def squash(s: str) -> str:
    return _SPACES.sub(" ", s).strip()


def clean_text(s: str | None) -> str:
    """Artefacts out: bold markers, LaTeX, HTML tags and entities, extra whitespace."""
    if not s:
        return ""
    s = _BOLD.sub("", s)
    s = latex_to_text(s)
    if "<" in s:
        s = _TAG.sub(" ", s)
    if "&" in s:
        s = html.unescape(s)
    return squash(s)


def clean_cell(s: str | None) -> str | None:
    """A table cell as the catalog keeps it; ``None`` when nothing is left (never ``""``)."""
    if not s:
        return None
    body, tables = split_html(s)
    parts = [p for p in [clean_text(body), *tables] if p]
    text = "; ".join(parts)
    return text or None


def title_case(s: str) -> str:
    """Jabatan printed in capitals → ``Kepala Sub Bagian Umum dan Kepegawaian``."""
    letters = [c for c in s if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return s
    small = {"dan", "di", "ke", "dari", "yang", "untuk", "pada", "serta", "atau", "dengan", "dalam"}
    words = []
    for i, word in enumerate(s.lower().split(" ")):
        if i and word in small:
            words.append(word)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(words)
