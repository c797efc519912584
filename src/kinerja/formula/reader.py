"""``read_formula``: from a decree's formula cell to a structured, checked :class:`FormulaReading`.

Pipeline: clean the text → cut off notes ("keterangan : a = …"), grade bands and worked examples →
recognise a fixed target ("1 Unit") → tokenize, settle ambiguous symbols, group operands → parse every
candidate formula in the cell ("TKK = a / b x 100%" beside the prose one) and keep the most complete →
map operands to variable keys (letters, constants, time offsets) → classify the kind → recompute the
worked examples → confidence from what had to be guessed. Every guess leaves a bilingual warning.
"""
from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass

from kinerja.formula import kinds
from kinerja.formula.absence import Absence, no_formula
from kinerja.formula.bands import split_bands
from kinerja.formula.clean import MAX_TEXT_LENGTH, clean_text
from kinerja.formula.context import (Example, Target, constants, fixed_target, letter_definitions,
                                     split_definitions, split_examples, split_list, split_notes)
from kinerja.formula.errors import FormulaError
from kinerja.formula.evaluate import evaluate
from kinerja.formula.expression import parse_expression
from kinerja.formula.expr import Agg, BinOp, Expr, Neg, Num, Var, to_text, variable_names, walk
from kinerja.formula.lexer import tokenize
from kinerja.formula.operands import Item, Operand, group, guess_slash, settle
from kinerja.formula.prose import Incomplete, PNode, ProseParser, scaled, unscale
from kinerja.formula.reading import FormulaReading
from kinerja.formula.registry import VariableRegistry, identity, similar
from kinerja.formula.render import render_expression
from kinerja.numbers import format_number

BASE_CONFIDENCE = 0.95
MAX_DEFINISI_LENGTH = 20000
# Every cell is read well within this (milliseconds); the bound keeps one pathological cell from holding
# a request or an import. Patterns are linear-time (tests/formula/test_linear_patterns.py), so the checks
# between the reader's stages are enough to keep to it.
TIME_LIMIT_SECONDS = 1.0
_OFFSET = {"": 0, "cur": 0, "prev": 1}
_PARALLEL = re.compile(r"^(?P<lead>(?:jumlah|banyaknya|total)\s+)?(?P<a>(?:\S++\s++){0,2}?(?P<h1>\S+))\s+dan\s+"
                       r"(?P<b>(?:\S++\s++){0,2}?(?P<h2>\S+))\s+(?P<tail>yang\s.*)$", re.I)
# A second quantity that starts inside one phrase: "Jumlah A yang lulus Jumlah seluruh A" lost its bar.
_SECOND_QUANTITY = re.compile(r"\s(?=(?:jumlah|banyaknya|total)\s)", re.I)
_PERCENT_LEAD = re.compile(r"(?:persentase|prosentase|presentase|persen)\s+(?!dari\b)", re.I)
_HUNDRED_PERCENT = re.compile(r"100\s*%")
_YEAR_NUMBER = re.compile(r"\b(?:19|20)\d\d\b")
_RATIO_NAMED = re.compile(r"\W*(?:perbandingan|rasio)\b", re.I)
_ROUND_MULTIPLIERS = frozenset({10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0})


def read_formula(text: str, *, definisi: str | None = None, registry: VariableRegistry | None = None,
                 indikator: str | None = None) -> FormulaReading:
    """Read one formula cell. ``definisi`` (the row's definition column) may define letters,
    constants or the formula itself; ``registry`` shares variable keys across one document;
    ``indikator`` (the indicator's name) is evidence for a cell that only repeats it."""
    if text is None:
        text = ""
    if not isinstance(text, str) or not (definisi is None or isinstance(definisi, str)) \
            or not (indikator is None or isinstance(indikator, str)):
        raise FormulaError("teks formula harus berupa teks", "the formula text must be a string")
    if len(text) > MAX_TEXT_LENGTH or len(definisi or "") > MAX_DEFINISI_LENGTH \
            or len(indikator or "") > MAX_TEXT_LENGTH:
        raise FormulaError(f"teks formula terlalu panjang (lebih dari {MAX_TEXT_LENGTH} karakter)",
                           f"the formula text is too long (more than {MAX_TEXT_LENGTH} characters)")
    reader = _Reader(text, definisi or "", registry or VariableRegistry(), indikator or "")
    try:
        return reader.read()
    except RecursionError:
        raise FormulaError("formula terlalu bersarang", "the formula is nested too deeply") from None


@dataclass
class _Candidate:
    node: PNode
    score: float


class _Reader:
    def __init__(self, text: str, definisi: str, registry: VariableRegistry, indikator: str) -> None:
        self.text = text
        self.definisi = definisi
        self.registry = registry
        self.indikator = indikator
        self.warnings: list[tuple[float, str, str, str]] = []
        self.letters: dict[str, str] = {}
        self.constants: list[tuple[str, float]] = []
        self.parsing = ""  # the text being parsed, for quoting the words a doubt is about
        self.deadline = time.monotonic() + TIME_LIMIT_SECONDS

    def warn(self, penalty: float, message_id: str, message_en: str, words: str = "") -> None:
        if all(w[1] != message_id for w in self.warnings):
            self.warnings.append((penalty, message_id, message_en, words))

    def in_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise FormulaError(f"pembacaan formula dihentikan: lebih dari {TIME_LIMIT_SECONDS:g} detik; "
                               "sederhanakan teks sel ini", f"reading the formula was stopped: more than "
                               f"{TIME_LIMIT_SECONDS:g} s; simplify the text of this cell")

    def quote(self, items: list[Item]) -> str:
        if not items:
            return ""
        return _short(" ".join(self.parsing[items[0].start:items[-1].end].split()), 60)

    # --- the pipeline -----------------------------------------------------------------------

    def read(self) -> FormulaReading:
        cleaned = clean_text(self.text)
        definisi = clean_text(self.definisi) if self.definisi else ""
        if not cleaned:
            self.warn(0.75, "kolom formula kosong; cara menghitung tidak diketahui",
                      "the formula cell is empty; how to compute it is unknown")
            return self._finish(self._reading("other", None, {}))
        main, notes = split_notes(cleaned)
        main, bands = split_bands(main)
        main, examples = split_examples(main)
        main, listed = split_list(main)
        self.in_time()
        main, written = split_definitions(main)
        self.letters = {**written, **letter_definitions(definisi), **letter_definitions(notes)}
        self.constants = constants(cleaned, definisi)
        target = fixed_target(main)
        if target is not None:
            return self._target(target, definisi)
        absence = no_formula(main) if main else no_formula(cleaned)
        if absence is not None and not bands:
            return self._absent(absence, definisi)
        if listed:
            self.warn(0.05, f"rincian setelah tanda ':' dibaca sebagai daftar, bukan pembagi: '{_short(listed, 60)}'",
                      f"the items after ':' were read as a list, not a divisor: '{_short(listed, 60)}'", listed)
        self.in_time()
        node = self._parse(main)
        if node is None:
            raise FormulaError(f"formula tidak terbaca: '{_short(cleaned)}'",
                               f"the formula cannot be read: '{_short(cleaned)}'")
        self.in_time()
        node = self._percent_lead(self._run_together(node))
        reading = self._build(node, bands)
        self._against_indicator(reading, cleaned)
        self._check_examples(examples, reading)
        return self._finish(reading)

    def _absent(self, absence: Absence, definisi: str) -> FormulaReading:
        """No formula in the cell: a reading of its own, never an invented count — unless the definisi
        states the formula."""
        node = self._formula_in(definisi)
        if node is not None:
            self.warn(0.3, f"sel formula tidak berisi rumus ('{absence.words}'); rumus diambil dari definisi",
                      f"the formula cell holds no formula ('{absence.words}'); the formula was taken from the "
                      "definition", absence.words)
            return self._finish(self._build(node, None))
        if absence.sure:
            self.warn(0.45, f"sel formula tidak berisi rumus ('{absence.words}'); cara menghitung perlu diisi",
                      f"the formula cell holds no formula ('{absence.words}'); how to compute it must be "
                      "filled in", absence.words)
        else:
            self.warn(0.55, f"sel formula tampaknya berisi uraian, bukan rumus ('{absence.words}'); cara "
                            "menghitung perlu diisi", f"the formula cell seems to hold a description, not a "
                            f"formula ('{absence.words}'); how to compute it must be filled in", absence.words)
        return self._finish(self._reading("other", None, {}))

    def _formula_in(self, definisi: str) -> PNode | None:
        """The formula a definisi states, if it states one with a division."""
        try:
            node = self._parse(definisi, quiet=True) if definisi else None
        except FormulaError:
            return None
        return node if node is not None and _has_division(node) else None

    def _target(self, target: Target, definisi: str) -> FormulaReading:
        node = self._formula_in(definisi)
        if node is not None:
            self.warn(0.3, f"kolom formula berisi nilai ({format_number(target.value)}"
                           f"{target.satuan or ''}); rumus diambil dari definisi",
                      f"the formula cell holds a value ({format_number(target.value, language='en')}"
                      f"{target.satuan or ''}); the formula was taken from the definition")
            core, had_scale = unscale(node)
            if target.satuan == "%" and not had_scale:
                node = scaled(core)
            return self._finish(self._build(node, None))
        if target.year is not None:
            self.warn(0.25, f"nilai {format_number(target.value)} disertai tahun {target.year}: mungkin nilai "
                            "awal, bukan target", f"value {format_number(target.value, language='en')} comes "
                            f"with year {target.year}: it may be a baseline, not a target")
        reading = self._reading("constant_target", None, {})
        reading.value = target.value
        reading.satuan = target.satuan
        return self._finish(reading)

    # --- parsing ----------------------------------------------------------------------------

    def _parse(self, text: str, quiet: bool = False) -> PNode | None:
        if not quiet:
            self.parsing = text
        tokens = settle(tokenize(text), frozenset(self.letters))
        if guess_slash(tokens) and not quiet:
            self.warn(0.3, "tanda bagi ditebak dari garis miring di dalam frasa",
                      "the division was guessed from a slash inside a phrase")
        settled = group(text, tokens)
        if settled.noise and not quiet:
            shown = " ".join(settled.noise_text)
            self.warn(min(0.3, 0.05 * settled.noise), f"tanda yang tidak dikenali diabaikan: {shown}",
                      f"unrecognised characters were ignored: {shown}", shown)
        if settled.sum_list and not quiet:
            self.warn(0.1, "daftar besaran dibaca sebagai penjumlahan",
                      "a list of quantities was read as a sum")
        candidates = []
        for segment in _segments(settled.items):
            self.in_time()
            node = self._parse_segment(segment, quiet)
            if node is not None:
                candidates.append(_Candidate(node, self._score(node)))
        if not candidates:
            return None
        best = max(candidates, key=lambda c: c.score)
        for other in candidates:
            if (other is not best and _has_operator(other.node)
                    and _shape(unscale(other.node)[0]) != _shape(unscale(best.node)[0])):
                if not quiet:
                    self.warn(0.3, "sel formula memuat dua rumus yang berbeda; yang paling lengkap dipakai",
                              "the cell holds two different formulas; the most complete one was used")
        return best.node

    def _parse_segment(self, items: list[Item], quiet: bool) -> PNode | None:
        if not any(item.kind in ("OPERAND", "NUM") for item in items):
            return None
        parser = ProseParser(items)
        try:
            node, rest = parser.parse()
        except Incomplete:
            return None
        if parser.unclosed and not quiet:
            self.warn(0.05, "kurung tidak ditutup", "a parenthesis is not closed")
        for _ in range(len(items)):
            if not rest:
                break
            self.in_time()
            node, rest = self._leftover(node, rest, quiet)
        return node

    def _leftover(self, node: PNode, rest: list[Item], quiet: bool) -> tuple[PNode, list[Item]]:
        """Text after a complete formula: a lost fraction bar, a restatement, or a note."""
        if node.scale and len(rest) == 2 and rest[0].kind == "SUB" and rest[1].kind == "NUM" \
                and _HUNDRED_PERCENT.fullmatch(rest[1].text):
            return PNode("bin", "-", node, PNode("num", value=100.0)), []  # "A / A(n-1) x 100% - 100%"
        lost_scale = bool(rest) and rest[0].kind == "SCALE" and rest[0].value == "lost"
        while rest and rest[0].kind in ("RP", "SCALE", "EQ", "SEMI", "MUL", "ADD", "SUB", "SIGMA"):
            lost_scale = lost_scale or (rest[0].kind == "SCALE" and rest[0].value == "lost")
            rest = rest[1:]
        if not rest:
            return node, rest
        if rest[0].kind == "DIV":
            parser = ProseParser(rest[1:])
            try:
                right, remaining = parser.parse()
            except Incomplete:
                return node, []
            core, had_scale = unscale(node)
            joined = PNode("bin", "/", core, right)
            return (scaled(joined) if had_scale else joined), remaining
        parser = ProseParser(rest)
        try:
            extra, remaining = parser.parse()
        except Incomplete:
            if not quiet:
                self._ignored(rest)
            return node, []
        core, had_scale = unscale(node)
        lost_scale = lost_scale or node.lost
        if node.kind == "operand" and _has_operator(extra):
            return extra, remaining
        if had_scale and not _has_division(core) and not _has_division(extra) and not _has_scale(extra):
            if not quiet:
                words = self.quote(rest[:len(rest) - len(remaining)])
                written = "A 100% B" if lost_scale else "A x 100% B"
                self.warn(0.3, f"garis pecahan hilang: \"{written}\" dibaca sebagai A / B x 100% (B = '{words}')",
                          f"the fraction bar was lost: \"{written}\" was read as A / B x 100% (B = '{words}')",
                          words)
            return scaled(PNode("bin", "/", core, extra)), remaining
        if _has_division(extra):
            if _shape(unscale(extra)[0]) != _shape(core) and not quiet:
                self.warn(0.3, "rumus ditulis dua kali dengan susunan berbeda; yang pertama dipakai",
                          "the formula is written twice with different structures; the first was used",
                          self.quote(rest[:len(rest) - len(remaining)]))
            return node, remaining
        if extra.kind == "operand" and extra.paren:
            if not quiet:
                self.warn(0.05, "catatan dalam kurung setelah rumus diabaikan",
                          "a parenthesised note after the formula was ignored",
                          self.quote(rest[:len(rest) - len(remaining)]))
            return node, remaining
        if not quiet:
            self._ignored(rest[:len(rest) - len(remaining)] or rest)
        return node, remaining

    def _ignored(self, items: list[Item]) -> None:
        words = self.quote(items)
        self.warn(0.3, f"teks setelah rumus diabaikan: '{words}'", f"text after the formula was ignored: '{words}'",
                  words)

    def _run_together(self, node: PNode) -> PNode:
        """"Jumlah A yang lulus Jumlah seluruh A (x 100%)": two quantities with nothing between them — a
        fraction whose bar was lost. Read as A / B, and always flagged: where A ends is a guess."""
        core, had_scale = unscale(node)
        if core.kind != "operand" or core.operand is None or core.operand.mean:
            return node
        text = core.operand.text
        split = _SECOND_QUANTITY.search(text, 1)
        before = text[:split.start()].split() if split else []
        if split is None or len(before) < 2 or before[-1].lower() in ("dan", "serta", "jumlah", "atau") \
                or before[-1].endswith(","):
            return node
        first, second = text[:split.start()].strip(), text[split.end():].strip()
        operand = core.operand
        self.warn(0.4, f"dua besaran tanpa tanda di antaranya ('{_short(first, 40)}' dan '{_short(second, 40)}'): "
                       "dibaca sebagai pembagian", f"two quantities with nothing between them "
                       f"('{_short(first, 40)}' and '{_short(second, 40)}'): read as a division", text)
        top = Operand(first, operand.start, operand.start + split.start(), _time_of(first) or operand.time)
        bottom = Operand(second, operand.start + split.end(), operand.end, _time_of(second) or operand.time)
        division = PNode("bin", "/", PNode("operand", operand=top), PNode("operand", operand=bottom))
        return scaled(division) if had_scale else division

    def _percent_lead(self, node: PNode) -> PNode:
        """"Prosentase A dibagi B": the measure's name opening the numerator is a percentage cue. The phrase
        stays as written (the review points out that a percentage inside a percentage is circular)."""
        core, had_scale = unscale(node)
        if had_scale or not (core.kind == "bin" and core.op == "/"):
            return node
        first = _leftmost_operand(core)
        if first is None or first.operand is None:
            return node
        lead = _PERCENT_LEAD.match(first.operand.text)
        if lead is None:
            return node
        word = lead.group(0).strip()
        self.warn(0.1, f"tanpa 'x 100%': '{word}' di awal rumus dibaca sebagai persentase",
                  f"no 'x 100%': '{word}' at the start of the formula was read as a percentage", word)
        return scaled(core)

    def _against_indicator(self, reading: FormulaReading, cleaned: str) -> None:
        """The indicator's name is evidence: a formula cell that repeats it, or a percentage indicator
        whose formula has no division."""
        if not self.indikator:
            return
        name = identity(self.indikator)
        if kinds.MEASURE_WORDS.match(self.indikator) and _PERCENT_LEAD.match(self.indikator) \
                and reading.kind in ("count", "difference"):
            self.warn(0.35, f"indikator '{_short(self.indikator, 50)}' berupa persentase, tetapi rumusnya tidak "
                            "membagi", f"the indicator '{_short(self.indikator, 50)}' is a percentage, but its "
                            "formula has no division", self.indikator)
        elif name and identity(cleaned) == name and reading.kind == "count" \
                and not kinds.COUNT_WORDS.match(cleaned):
            self.warn(0.1, "sel formula hanya mengulang nama indikator", "the formula cell only repeats the "
                      "indicator's name", cleaned)

    def _score(self, node: PNode) -> float:
        operands = node.operands()
        letters_defined = bool(operands) and all(o.text in self.letters for o in operands)
        return (3 * letters_defined + 2 * _has_operator(node) + _has_scale(node)
                - 2 * any(o.is_letter and o.text not in self.letters for o in operands))

    # --- from written operands to variables ---------------------------------------------------

    def _build(self, node: PNode, bands: list[dict] | None) -> FormulaReading:
        node = self._split_parallel(node)
        occurrences = self._resolve_operands(node)
        self._consecutive_years(occurrences)
        keys, phrases = self._assign_keys(occurrences)
        expr = _to_expr(node, occurrences, keys)
        if node.has(lambda n: n.loose):
            self.warn(0.1, "tanpa kurung: pembagian dibaca sebagai garis pecahan di atas seluruh pembilang",
                      "no parentheses: the division was read as a fraction bar over the whole numerator")
        for lifted in _lifted(node):
            value = lifted.right.value if lifted.right is not None else 0.0
            if value not in _ROUND_MULTIPLIERS:
                shown = format_number(value)
                self.warn(0.3, f"pengali {shown} setelah penyebut dibaca sebagai pengali rasio, bukan bagian "
                               "penyebut", f"the multiplier {format_number(value, language='en')} after the "
                               "denominator was read as multiplying the ratio, not the denominator", shown)
        for division in (n for n in walk(expr) if isinstance(n, BinOp) and n.op == "/"):
            if to_text(division.left) == to_text(division.right):
                shown = render_expression(division.left, phrases)
                self.warn(0.35, f"pembilang sama dengan penyebut ('{shown}'): hasilnya selalu 1 (100%)",
                          f"the numerator equals the denominator ('{shown}'): the result is always 1 (100%)", shown)
        expr, kind = kinds.classify(expr, phrases, self, ratio_named=bool(_RATIO_NAMED.match(self.parsing)))
        parse_expression(to_text(expr))  # what is printed must read back: FormulaError if it cannot
        variables = {name: phrases[name] for name in variable_names(expr)}
        reading = self._reading(kind, to_text(expr), variables)
        if bands:
            reading.bands = bands
        if kind in ("ratio_percent", "growth_percent"):
            reading.satuan = "%"
        return reading

    def _split_parallel(self, node: PNode) -> PNode:
        """"Jumlah pencari kerja dan pemberi kerja yang terdaftar": two parallel noun phrases sharing
        their head word and their clause are two quantities, added."""
        if node.kind != "operand" or node.operand is None or node.operand.mean:
            return node
        match = _PARALLEL.match(node.operand.text)
        if not match or match.group("h1").lower() != match.group("h2").lower() \
                or match.group("a").lower() == match.group("b").lower():
            return node
        self.warn(0.2, "dua besaran sejajar yang dihubungkan 'dan' dibaca sebagai penjumlahan",
                  "two parallel quantities joined by 'dan' (and) were read as a sum")
        lead, tail, operand = match.group("lead") or "", match.group("tail"), node.operand
        left = Operand(f"{lead}{match.group('a')} {tail}", operand.start, operand.end, operand.time)
        right = Operand(f"{lead}{match.group('b')} {tail}", operand.start, operand.end, operand.time)
        return PNode("bin", "+", PNode("operand", operand=left), PNode("operand", operand=right))

    def _resolve_operands(self, node: PNode) -> dict[int, "_Occurrence"]:
        found: dict[int, _Occurrence] = {}
        for operand in node.operands():
            phrase, time, mean = operand.text, operand.time, operand.mean
            if operand.text in self.letters:
                phrase = self.letters[operand.text]
                time = _time_of(phrase) or time
            elif operand.is_letter:
                self.warn(0.35, f"huruf '{operand.text}' tidak didefinisikan",
                          f"the letter '{operand.text}' is not defined", operand.text)
            constant = self._constant(phrase)
            if constant is not None:
                self.warn(0.05, f"'{phrase}' diganti dengan konstanta {format_number(constant)}",
                          f"'{phrase}' was replaced by the constant {format_number(constant, language='en')}")
            found[id(operand)] = _Occurrence(phrase, time, mean, constant)
        return found

    def _constant(self, phrase: str) -> float | None:
        ident = identity(phrase)
        for lhs, value in self.constants:
            known = identity(lhs)
            if ident == known or similar(ident, known) or (len(ident) > 8 and known.endswith(ident)):
                return value
        return None

    def _consecutive_years(self, occurrences: dict[int, "_Occurrence"]) -> None:
        """"Jumlah wisatawan tahun 2024 dikurangi jumlah wisatawan tahun 2023 …": one quantity in two
        consecutive years is the quantity in year n and n-1 (said in a doubt: the decree named years)."""
        by_quantity: dict[str, list[tuple[int, _Occurrence]]] = {}
        for occ in occurrences.values():
            years = _YEAR_NUMBER.findall(occ.phrase)
            if occ.constant is None and occ.time == "" and len(years) == 1:
                quantity = " ".join(_YEAR_NUMBER.sub(" ", identity(occ.phrase)).split())
                by_quantity.setdefault(quantity, []).append((int(years[0]), occ))
        for found in by_quantity.values():
            years = sorted({year for year, _ in found})
            if len(years) != 2 or years[1] - years[0] != 1:
                continue
            later = next(occ.phrase for year, occ in found if year == years[1])
            for year, occ in found:
                if year == years[0]:
                    occ.time, occ.partner = "prev", later
            self.warn(0.2, f"tahun {years[1]} dan {years[0]} dibaca sebagai tahun n dan n-1",
                      f"the years {years[1]} and {years[0]} were read as year n and n-1", f"{years[1]} {years[0]}")

    def _assign_keys(self, occurrences: dict[int, "_Occurrence"]) -> tuple[dict[int, str], dict[str, str]]:
        """Occurrences of one quantity at different times share a key: "omzet tahun ini" and "omzet tahun
        lalu"; "IKM yang dibina tahun berjalan" and "IKM yang sudah dibina s.d. tahun terakhir"."""
        keys: dict[int, str] = {}
        phrases: dict[str, str] = {}
        current = [(oid, occ) for oid, occ in occurrences.items() if occ.constant is None
                   and occ.time in ("", "cur")]
        temporal = [(oid, occ) for oid, occ in occurrences.items() if occ.constant is None
                    and occ.time not in ("", "cur")]
        for oid, occ in current:
            keys[oid] = self.registry.key_for(occ.phrase)
            phrases.setdefault(keys[oid], occ.phrase)
        for oid, occ in temporal:
            partner = occ.partner or _partner(occ.phrase, [o.phrase for _, o in current])
            keys[oid] = self.registry.key_for(partner or occ.phrase)
            phrases.setdefault(keys[oid], partner or occ.phrase)
        return keys, phrases

    # --- checks and the result ----------------------------------------------------------------

    def _check_examples(self, examples: list[Example], reading: FormulaReading) -> None:
        for example in examples:
            node = self._parse(example.written, quiet=True)
            if node is None or node.operands():
                continue
            computed = _numeric(node)
            if computed is None:
                continue
            tolerance = 0.5 * 10 ** -example.decimals + 1e-9
            agrees = abs(computed - example.stated) <= tolerance
            shown = format_number(computed, example.decimals)
            stated = format_number(example.stated, example.decimals)
            suffix = "%" if example.percent else ""
            reading.checks.append({"written": example.written, "stated": example.stated,
                                   "computed": computed, "shown": shown + suffix, "agrees": agrees})
            if not agrees:
                self.warn(0.2, f"contoh perhitungan '{example.written}' menghasilkan {shown}{suffix}, "
                               f"bukan {stated}{suffix}",
                          f"the worked example '{example.written}' gives "
                          f"{format_number(computed, example.decimals, language='en')}{suffix}, not "
                          f"{format_number(example.stated, example.decimals, language='en')}{suffix}")
            elif reading.expression and not self._example_fits(node, reading, example):
                self.warn(0.15, "angka contoh perhitungan tidak cocok dengan rumus",
                          "the numbers of the worked example do not fit the formula")

    def _example_fits(self, node: PNode, reading: FormulaReading, example: Example) -> bool:
        """Put the example's numbers into the formula's variables, in order, and compare."""
        numbers = [n.value for n in _numbers_in(unscale(node)[0])]
        names = list(reading.variables)
        if len(numbers) != len(names):
            return True  # cannot tell; the arithmetic itself was checked
        outcome = evaluate(reading.expression or "", dict(zip(names, numbers)), None)
        if outcome.value is None:
            return False
        tolerance = 0.5 * 10 ** -example.decimals + 1e-9
        return abs(outcome.value - example.stated) <= tolerance

    def _reading(self, kind: str, expression: str | None, variables: dict[str, str]) -> FormulaReading:
        return FormulaReading(kind=kind, expression=expression, variables=variables, confidence=0.0)

    def _finish(self, reading: FormulaReading) -> FormulaReading:
        penalty = sum(w[0] for w in self.warnings)
        reading.confidence = round(max(0.05, min(1.0, BASE_CONFIDENCE - penalty)), 2)
        reading.warnings = [{"id": w[1], "en": w[2], **({"words": w[3]} if w[3] else {})} for w in self.warnings]
        return reading


@dataclass
class _Occurrence:
    phrase: str
    time: str
    mean: bool
    constant: float | None
    partner: str | None = None  # the current-period phrase a past one is known to belong to


def _segments(items: list[Item]) -> list[list[Item]]:
    """Candidate formulas: the right-hand side of each "X = …", else each ";"-separated part."""
    equals = [i for i, item in enumerate(items) if item.kind == "EQ"]
    if not equals:
        parts: list[list[Item]] = [[]]
        depth = 0
        for item in items:
            depth += (item.kind == "LP") - (item.kind == "RP")
            if item.kind == "SEMI" and depth <= 0:
                parts.append([])
            else:
                parts[-1].append(item)
        return [part for part in parts if part]
    segments = []
    for index in equals:
        body: list[Item] = []
        depth = 0
        nested: list[Item] = []
        for item in items[index + 1:]:
            if item.kind == "LP":
                depth += 1
            elif item.kind == "RP":
                if depth == 0:
                    break
                depth -= 1
            elif item.kind == "SEMI" and depth == 0:
                break
            elif item.kind == "EQ" and depth == 0:
                break
            if depth > 0 or (item.kind == "RP"):
                nested.append(item)
                if depth == 0:
                    if not any(n.kind == "EQ" for n in nested):
                        body.extend(nested)
                    nested = []
                continue
            body.append(item)
        if nested and not any(n.kind == "EQ" for n in nested):
            body.extend(nested)
        if body and not (len(body) == 1 and body[0].kind == "NUM"):
            segments.append(body)
    return segments


def _partner(phrase: str, candidates: list[str]) -> str | None:
    """The current-period phrase that a past or cumulative phrase refers to."""
    ident = identity(phrase)
    words = set(ident.split())
    best, best_overlap = None, 0.0
    for candidate in candidates:
        other = identity(candidate)
        if other == ident or similar(other, ident):
            return candidate
        other_words = set(other.split())
        if words and other_words and (words <= other_words or other_words <= words):
            overlap = len(words & other_words) / max(len(words), len(other_words))
            if overlap > best_overlap:
                best, best_overlap = candidate, overlap
    return best if best_overlap >= 0.5 else None


def _time_of(phrase: str) -> str:
    time = ""
    for token in tokenize(phrase):
        if token.kind.startswith("TIME_"):
            time = {"TIME_CUR": "cur", "TIME_PREV": "prev", "TIME_CUM": "cum"}[token.kind]
    return time


def _to_expr(node: PNode, occurrences: dict[int, _Occurrence], keys: dict[int, str]) -> Expr:
    if node.kind == "num":
        return Num(node.value)
    if node.kind == "neg" and node.left is not None:
        return Neg(_to_expr(node.left, occurrences, keys))
    if node.kind == "operand" and node.operand is not None:
        occ = occurrences[id(node.operand)]
        if occ.constant is not None:
            return Num(occ.constant)
        key = keys[id(node.operand)]
        if occ.mean:
            return Agg("mean", key, 0)
        if occ.time == "cum":
            return Agg("cumsum", key, 1)
        return Var(key, _OFFSET.get(occ.time, 0))
    if node.kind == "bin" and node.left is not None and node.right is not None:
        return BinOp(node.op, _to_expr(node.left, occurrences, keys), _to_expr(node.right, occurrences, keys))
    raise FormulaError("formula tidak terbaca", "the formula cannot be read")


def _has_operator(node: PNode) -> bool:
    return node.has(lambda n: n.kind in ("bin", "neg") or (n.kind == "operand" and n.operand is not None
                                                          and n.operand.mean))


def _has_division(node: PNode) -> bool:
    return node.has(lambda n: n.kind == "bin" and n.op == "/")


def _has_scale(node: PNode) -> bool:
    return node.has(lambda n: n.scale)


def _shape(node: PNode) -> str:
    if node.kind == "bin" and node.left is not None and node.right is not None:
        return f"({_shape(node.left)}{node.op}{_shape(node.right)})"
    if node.kind == "neg" and node.left is not None:
        return f"-{_shape(node.left)}"
    return "o" if node.kind == "operand" else "#"


def _numbers_in(node: PNode) -> list[PNode]:
    found = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.kind == "num" and not current.scale:
            found.append(current)
        stack.extend(c for c in (current.right, current.left) if c is not None)
    return found


def _numeric(node: PNode) -> float | None:
    if node.kind == "num":
        return node.value
    if node.kind == "neg" and node.left is not None:
        inner = _numeric(node.left)
        return None if inner is None else -inner
    if node.kind == "bin" and node.left is not None and node.right is not None:
        a, b = _numeric(node.left), _numeric(node.right)
        if a is None or b is None:
            return None
        if node.op == "/":
            return a / b if b else None
        value = {"+": a + b, "-": a - b, "*": a * b}[node.op]
        return value if math.isfinite(value) else None
    return None


def _leftmost_operand(node: PNode) -> PNode | None:
    current: PNode | None = node
    while current is not None and current.kind != "operand":
        current = current.left
    return current


def _lifted(node: PNode) -> list[PNode]:
    found = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.lifted:
            found.append(current)
        stack.extend(c for c in (current.left, current.right) if c is not None)
    return found


def _short(text: str, length: int = 80) -> str:
    return text if len(text) <= length else text[:length - 3] + "..."

