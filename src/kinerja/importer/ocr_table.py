"""Tables that OCR flattened into plain lines: columns interleaved, cells broken over lines.

There are no cell boundaries left, so rows are rebuilt from what the words say. Each line is cut
into fragments (at ``|``/``[`` rules, ``x100%``, and where a new column's typical first word
starts), and each fragment is classed by its first words: a sasaran starts "Meningkatnya…", an
indikator "Persentase…/Jumlah…/Nilai…", a formula "Jumlah…dibagi…/(…)/x100%", a data source
"Data…/Dokumen…/Bidang…". Columns keep their left-to-right order within a line. Every indikator
fragment opens a row; the other fragments join the row whose indikator is nearest in the page
(a fraction's numerator sits above the indikator line, its denominator below). Blank sasaran cells
repeat the sasaran above (merged cells). Every row read this way is flagged for review.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kinerja.importer.cleaning import clean_text, squash
from kinerja.importer.model import TextLine
from kinerja.importer.rows import DraftRow

_HEADER_WORDS = {"NO", "SASARAN", "KINERJA", "UTAMA", "INDIKATOR", "FORMULASI", "PERHITUNGAN", "PENGHITUNGAN",
                 "PENJELASAN", "SUMBER", "DATA", "DEFINISI", "OPERASIONAL", "PENANGGUNG", "JAWAB",
                 "PENANGGUNGJAWAB", "SATUAN", "TARGET", "FORMULA", "RUMUS"}
_COLUMN_WORDS = {"FORMULASI", "PERHITUNGAN", "PENGHITUNGAN", "SUMBER", "RUMUS", "FORMULA", "DEFINISI",
                 "PENJELASAN"}

MAX_REGION_LINES = 400  # a scanned table of one jabatan is a few dozen lines

_RULE = re.compile(r"\s*[|\[\]{}]\s*|\s+-\s+(?=[A-Z(|\[])|^\s*-\s+")
_TIMES_100 = re.compile(r"[xX×*]\s*100\s*%?")
_ROW_NUMBER = re.compile(r"^\s*\d{1,2}\s+(?=\D)|^\s*\d{1,2}\s*$")
_NOISE = re.compile(r"(?:(?<=\s)|^)(?:[.,;!°'\"“”‘’_~]+|[B-Z])(?=\s|$)")
_SASARAN = re.compile(r"^(Ter[a-z]+nya|Meningkat[a-z]*|Menurun[a-z]*|Mewujudkan|Tercapai[a-z]*|terlaksan[a-z]*|"
                      r"Terlaksan[a-z]*|Berkurang[a-z]*)\b")
_PERCENT_WORD = r"[Pp](?:er|ro|re)s[ea]ntase"
_INDICATOR = re.compile(r"^(?:" + _PERCENT_WORD + r"|Nilai|Indeks|Rasio|Tingkat|%\s*Pertumbuhan)\b")
_JUMLAH = re.compile(r"^Jumlah\b")
_FORMULA_START = re.compile(r"^(\(|Realisasi\b|Target\b|IHK\b)")
_FORMULA_WORDS = re.compile(r"\bdibagi\b|\bdikurangi\b|\s:\s|:\s*Seluruh|[xX×*]\s*100|\)\s*/|/\s*\(", re.IGNORECASE)
_SOURCE = re.compile(r"^(Data|DATA|Dokumen|Laporan|Hasil|Bidang|Seksi|UPT|BPS|Bps|ESKA|Penerbitan|Datapedagangan)")
_OPEN_END = re.compile(r"(\b(dan|atau|serta|yang|di|ke|dari|untuk|dengan|pada|terhadap|melalui)|[,(/&])$",
                       re.IGNORECASE)
_SPLIT_BEFORE = re.compile(r"(?<=[a-z,])\s+(?=\(Jumlah\b)|(?<=\S)\s+(?=(?:Jumlah|" + _PERCENT_WORD +
                           r"|Meningkatnya|Terlaksananya|Realisasi|Target|Data|DATA)\b)")
_OPEN_FORMULA = re.compile(r"(/|-|—|–|:|\(|\bdibagi|\bdikurangi|\bjumlah|\bdengan|\bdan|\byang|\bdi)\s*$", re.IGNORECASE)


def is_header_line(text: str) -> bool:
    """``KINERJA INDIKATOR FORMULASI PERHITUNGAN SUMBER DATA`` or one of its labels on its own line."""
    words = re.sub(r"[^A-Za-z ]+", " ", text).upper().split()
    if not words or any(w not in _HEADER_WORDS for w in words):
        return False
    return bool(_COLUMN_WORDS & set(words)) or words in (["KINERJA"], ["INDIKATOR"], ["KINERJA", "INDIKATOR"])


@dataclass
class _Fragment:
    line: int           # index in the region's lines
    order: int          # position within its line
    text: str
    paragraph: int = 0  # lines not separated by a blank line share a paragraph
    kind: str = "?"     # sasaran | indikator | formula | times | sumber | ? ("+": continues ``source``)
    last_in_line: bool = False
    source: _Fragment | None = None


def _split_outside_parentheses(text: str) -> list[str]:
    parts, start = [], 0
    for m in _SPLIT_BEFORE.finditer(text):
        before = text[:m.start()]
        if before.count("(") > before.count(")"):
            continue
        parts.append(text[start:m.start()])
        start = m.end()
    parts.append(text[start:])
    return parts


def _pieces(text: str) -> list[str]:
    """Cut a line at table rules, ``x100%`` and the start words of another column."""
    out: list[str] = []
    depth = 0
    start = 0
    cuts: list[tuple[int, int]] = []
    for m in _RULE.finditer(text):
        before = text[:m.start()]
        depth = before.count("(") - before.count(")")
        if "-" in m.group(0) and depth > 0:
            continue
        cuts.append((m.start(), m.end()))
    for a, b in cuts:
        out.append(text[start:a])
        start = b
    out.append(text[start:])
    pieces: list[str] = []
    for chunk in out:
        for part in re.split(r"(" + _TIMES_100.pattern + r")", chunk):
            sub = _split_outside_parentheses(part)
            merged: list[str] = []
            for s in sub:
                # "Persentase Jumlah …" is one phrase: a lone lead word does not end a fragment
                if merged and len(merged[-1].split()) == 1 and _INDICATOR.match(merged[-1]):
                    merged[-1] = f"{merged[-1]} {s}"
                else:
                    merged.append(s)
            pieces.extend(merged)
    return [p for p in (squash(_NOISE.sub(" ", p)) for p in pieces) if p and re.search(r"[A-Za-z%]", p)]


def _fragments(lines: list[TextLine]) -> list[_Fragment]:
    fragments: list[_Fragment] = []
    paragraph, previous_line = 0, None
    for number, line in enumerate(lines):
        source_line = line.where.line
        if previous_line is not None and source_line is not None and source_line - previous_line > 1:
            paragraph += 1
        previous_line = source_line
        text = _ROW_NUMBER.sub("", clean_text(line.text))
        pieces = _pieces(text)
        for order, piece in enumerate(pieces):
            fragments.append(_Fragment(number, order, piece, paragraph, last_in_line=order == len(pieces) - 1))
    return fragments


def _fraction_bar_near(fragments: list[_Fragment], f: _Fragment) -> bool:
    """An ``x100%`` alone on its line in the same paragraph or within two lines: ``f`` is a numerator or
    denominator of a fraction written over three lines."""
    return any(g.last_in_line and g.order == 0 and _TIMES_100.fullmatch(g.text)
               and (g.paragraph == f.paragraph or abs(g.line - f.line) <= 2) for g in fragments)


def _numerator_of_percent_below(fragments: list[_Fragment], f: _Fragment) -> bool:
    """``Jumlah …`` ending its line just above a ``Persentase …`` line: the numerator of that row."""
    return f.last_in_line and any(0 < g.line - f.line <= 2 and re.match(_PERCENT_WORD, g.text) for g in fragments)


def _classify(fragments: list[_Fragment]) -> None:
    by_line: dict[int, list[_Fragment]] = {}
    for f in fragments:
        by_line.setdefault(f.line, []).append(f)
    for f in fragments:
        row = by_line[f.line]
        earlier = [g for g in row if g.order < f.order]
        anchored = any(g.kind == "indikator" for g in earlier)
        after_formula = any(g.kind in ("formula", "times") for g in earlier)
        if _TIMES_100.fullmatch(f.text) or re.fullmatch(r"\d+\s*%", f.text):
            f.kind = "times"
        elif _SASARAN.match(f.text):
            f.kind = "sasaran"
        elif _INDICATOR.match(f.text):
            f.kind = "formula" if anchored else "indikator"
        elif _JUMLAH.match(f.text):
            above = by_line.get(f.line - 1, [])
            after_open_indicator = f.order > 0 and bool(above) and above[-1].kind == "indikator"
            fraction_part = (re.match(r"Jumlah\s+(seluruh|total)\b", f.text, re.I)
                             or _numerator_of_percent_below(fragments, f)
                             or len(row) == 1 and _fraction_bar_near(fragments, f))
            following = [g for g in row if g.order == f.order + 1]
            # "Jumlah pengurus | yang dilatih dibagi …": the next piece has no start word of its own
            flows_into_formula = bool(following) and following[0].text[:1].islower() \
                and bool(_FORMULA_WORDS.search(following[0].text))
            if anchored or after_open_indicator or flows_into_formula or _FORMULA_WORDS.search(f.text) \
                    or fraction_part:
                f.kind = "formula"
            else:
                f.kind = "indikator"
        elif _FORMULA_START.match(f.text) or _FORMULA_WORDS.search(f.text):
            f.kind = "formula"
        elif _SOURCE.match(f.text) or after_formula:
            f.kind = "sumber"
    # a formula left open on the line above (unclosed "(", ends in "/" or "dibagi") goes on below
    for f in fragments:
        if f.kind not in ("?", "formula", "times"):
            continue
        above = by_line.get(f.line - 1, [])
        open_formulas = [g for g in above if g.kind.rstrip("+") == "formula" and _is_open_formula(g)]
        if open_formulas and (f.kind != "?" or re.search(r"[()*/]|\d|\bjumlah\b|\btahun\b", f.text)):
            f.kind = "formula+" if f.kind == "?" else f.kind
            f.source = open_formulas[0]
    # a fragment without a start word continues a column of the line above: the one left open
    # ("… yang"), else the indikator, else the last column
    for f in fragments:
        if f.kind != "?" or f.order != 0:
            continue
        above = by_line.get(f.line - 1, [])
        known = [g for g in above if g.kind != "?"]
        if not known:
            continue
        open_ended = [g for g in known if _OPEN_END.search(g.text)]
        indicators = [g for g in known if g.kind.rstrip("+") == "indikator"]
        # a narrow indikator column wraps more often than the others
        source = (open_ended or indicators or [above[-1] if above[-1].kind != "?" else None])[0]
        if source is not None and (len(by_line[f.line]) == 1 or source is above[0]):
            f.kind = source.kind.rstrip("+") + "+"
            f.source = source


def _is_open_formula(f: _Fragment) -> bool:
    return f.text.count("(") > f.text.count(")") or bool(_OPEN_FORMULA.search(f.text))


def _repeated_indicator_is_formula(fragments: list[_Fragment]) -> None:
    """``Nilai IKM`` then ``Nilai IKM`` in the next cell: a count whose formula restates its name."""
    last: _Fragment | None = None
    for f in fragments:
        if f.kind == "indikator" and last is not None and last.line != f.line \
                and f.text.lower() == last.text.lower():
            f.kind = "formula"
            last = None
            continue
        if f.kind == "indikator":
            last = f
        elif f.kind not in ("?", "indikator+"):
            last = None


def _distance(span: tuple[int, int], line: int) -> int:
    first, last = span
    return 0 if first <= line <= last else min(abs(line - first), abs(line - last))


def _anchor_for(fragment: _Fragment, spans: list[tuple[int, int]]) -> int:
    return min(range(len(spans)), key=lambda i: (_distance(spans[i], fragment.line), i))


def _block_formulas(fragments: list[_Fragment], spans: list[tuple[int, int]], rows: list[dict]) -> dict[int, int]:
    """A formula standing on its own lines (numerator, ``x100%``, denominator) goes whole to one row:
    the row whose indikator lines are nearest to either end of the block."""
    alone = [f for f in fragments if f.order == 0 and f.last_in_line and f.kind.rstrip("+") in ("formula", "times")]
    blocks: list[list[_Fragment]] = []
    for f in alone:
        if blocks and f.line - blocks[-1][-1].line == 1:
            blocks[-1].append(f)
        else:
            blocks.append([f])
    # on a tie, the row whose own lines hold no formula yet
    has_formula = [any(f.kind.rstrip("+") in ("formula", "times") and a <= f.line <= b for f in fragments)
                   for a, b in spans]
    taken: dict[int, int] = {}  # id(fragment) -> row
    for block in blocks:
        if len(block) < 2:
            continue
        first, last = block[0].line, block[-1].line
        target = min(range(len(spans)), key=lambda i: (min(_distance(spans[i], first), _distance(spans[i], last)),
                                                       has_formula[i] or "formula" in rows[i], i))
        rows[target].setdefault("formula", []).extend(block)
        taken.update((id(f), target) for f in block)
    return taken


def _formula_text(parts: list[_Fragment]) -> str | None:
    texts = [p.text for p in parts]
    kinds = [p.kind.rstrip("+") for p in parts]
    if "times" in kinds:
        i = kinds.index("times")
        if 0 < i < len(kinds) - 1 and not any(_FORMULA_WORDS.search(t) for j, t in enumerate(texts) if j != i):
            # numerator above the fraction bar, denominator below: "A / B x100%"
            return squash(f"{' '.join(texts[:i])} / {' '.join(texts[i + 1:])} {texts[i]}")
    return squash(" ".join(texts)) or None


def read_rows(lines: list[TextLine], jabatan: str | None, warnings: list[dict]) -> list[DraftRow]:
    region = [line for line in lines if not is_header_line(clean_text(line.text))]
    if len(region) > MAX_REGION_LINES:
        warnings.append(region[MAX_REGION_LINES].where.warning(
            f"tabel hasil OCR lebih dari {MAX_REGION_LINES} baris; sisanya tidak dibaca"))
        region = region[:MAX_REGION_LINES]
    fragments = _fragments(region)
    _classify(fragments)
    _repeated_indicator_is_formula(fragments)
    anchors = [f for f in fragments if f.kind == "indikator"]
    if not anchors:
        if fragments:
            warnings.append(region[0].where.warning("tabel hasil OCR tanpa indikator yang terbaca; periksa manual"))
        return []
    rows: list[dict[str, list[_Fragment]]] = [{"indikator": [a]} for a in anchors]
    owner: dict[int, int] = {id(a): i for i, a in enumerate(anchors)}

    def owner_of(f: _Fragment) -> int | None:
        chain = []
        while id(f) not in owner and f.source is not None:
            chain.append(f)
            f = f.source
        found = owner.get(id(f))
        for g in chain:
            if found is not None:
                owner[id(g)] = found
        return found

    for f in fragments:
        if f.kind == "indikator+":
            index = owner_of(f)
            if index is None:
                index = max((i for i, a in enumerate(anchors) if (a.line, a.order) < (f.line, f.order)), default=0)
            rows[index]["indikator"].append(f)
    spans = [(r["indikator"][0].line, max(p.line for p in r["indikator"])) for r in rows]
    grouped = _block_formulas(fragments, spans, rows)
    owner.update(grouped)
    for f in fragments:
        base = f.kind.rstrip("+")
        if base == "indikator" or id(f) in grouped or base not in ("sasaran", "formula", "times", "sumber"):
            continue
        index = owner_of(f) if f.source is not None else None
        if index is None:
            index = _anchor_for(f, spans)
        owner[id(f)] = index
        rows[index].setdefault({"times": "formula"}.get(base, base), []).append(f)
    drafts: list[DraftRow] = []
    sasaran: str | None = None
    pending_first: list[DraftRow] = []
    for anchor, parts in zip(anchors, rows):
        parts = {name: sorted(found, key=lambda p: (p.line, p.order)) for name, found in parts.items()}
        where = region[anchor.line].where
        draft = DraftRow(jabatan=jabatan, where=where)
        draft.parts["indikator"] = [squash(" ".join(p.text for p in parts["indikator"]))]
        formula = _formula_text(parts.get("formula", []))
        if formula:
            draft.parts["formula_text"] = [formula]
        if parts.get("sumber"):
            draft.parts["sumber_data"] = [squash(" ".join(p.text for p in parts["sumber"]))]
        if parts.get("sasaran"):
            sasaran = squash(" ".join(p.text for p in parts["sasaran"]))
        if sasaran:
            draft.parts["sasaran"] = [sasaran]
            for earlier in pending_first:
                earlier.parts["sasaran"] = [sasaran]
            pending_first = []
        else:
            pending_first.append(draft)
        draft.uncertain.update({"sasaran", "indikator", "formula_text", "sumber_data"})
        warnings.append(where.warning("baris tabel hasil OCR (kolom tercampur) disusun ulang dari teks; periksa isinya"))
        drafts.append(draft)
    return drafts
