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
from dataclasses import dataclass

from kinerja.formula import kinds
from kinerja.formula.bands import split_bands
from kinerja.formula.clean import MAX_TEXT_LENGTH, clean_text
from kinerja.formula.context import (Example, Target, constants, fixed_target, letter_definitions,
                                     split_examples, split_notes)
from kinerja.formula.errors import FormulaError
from kinerja.formula.evaluate import evaluate
from kinerja.formula.expression import parse_expression
from kinerja.formula.expr import Agg, BinOp, Expr, Neg, Num, Var, to_text, variable_names
from kinerja.formula.lexer import tokenize
from kinerja.formula.operands import Item, Operand, group, guess_slash, settle
from kinerja.formula.prose import Incomplete, PNode, ProseParser, scaled, unscale
from kinerja.formula.reading import FormulaReading
from kinerja.formula.registry import VariableRegistry, identity, similar
from kinerja.numbers import format_number

BASE_CONFIDENCE = 0.95
MAX_DEFINISI_LENGTH = 20000
_OFFSET = {"": 0, "cur": 0, "prev": 1}
_PARALLEL = re.compile(r"^(?P<lead>(?:jumlah|banyaknya|total)\s+)?(?P<a>(?:\S+\s+){0,2}?(?P<h1>\S+))\s+dan\s+"
                       r"(?P<b>(?:\S+\s+){0,2}?(?P<h2>\S+))\s+(?P<tail>yang\s.*)$", re.I)


def read_formula(text: str, *, definisi: str | None = None,
                 registry: VariableRegistry | None = None) -> FormulaReading:
    """Read one formula cell. ``definisi`` (the row's definition column) may define letters,
    constants or the formula itself; ``registry`` shares variable keys across one document."""
    if text is None:
        text = ""
    if not isinstance(text, str) or not (definisi is None or isinstance(definisi, str)):
        raise FormulaError("teks formula harus berupa teks", "the formula text must be a string")
    if len(text) > MAX_TEXT_LENGTH or len(definisi or "") > MAX_DEFINISI_LENGTH:
        raise FormulaError(f"teks formula terlalu panjang (lebih dari {MAX_TEXT_LENGTH} karakter)",
                           f"the formula text is too long (more than {MAX_TEXT_LENGTH} characters)")
    try:
        return _Reader(text, definisi or "", registry or VariableRegistry()).read()
    except RecursionError:
        raise FormulaError("formula terlalu bersarang", "the formula is nested too deeply") from None


@dataclass
class _Candidate:
    node: PNode
    score: float


class _Reader:
    def __init__(self, text: str, definisi: str, registry: VariableRegistry) -> None:
        self.text = text
        self.definisi = definisi
        self.registry = registry
        self.warnings: list[tuple[float, str, str]] = []
        self.letters: dict[str, str] = {}
        self.constants: list[tuple[str, float]] = []

    def warn(self, penalty: float, message_id: str, message_en: str) -> None:
        if all(w[1] != message_id for w in self.warnings):
            self.warnings.append((penalty, message_id, message_en))

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
        self.letters = letter_definitions(notes, definisi)
        self.constants = constants(cleaned, definisi)
        target = fixed_target(main)
        if target is not None:
            return self._target(target, definisi)
        node = self._parse(main)
        if node is None:
            raise FormulaError(f"formula tidak terbaca: '{_short(cleaned)}'",
                               f"the formula cannot be read: '{_short(cleaned)}'")
        reading = self._build(node, bands)
        self._check_examples(examples, reading)
        return self._finish(reading)

    def _target(self, target: Target, definisi: str) -> FormulaReading:
        node = self._parse(definisi, quiet=True) if definisi else None
        if node is not None and node.has(lambda n: n.kind == "bin" and n.op == "/"):
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
        tokens = settle(tokenize(text), frozenset(self.letters))
        if guess_slash(tokens) and not quiet:
            self.warn(0.3, "tanda bagi ditebak dari garis miring di dalam frasa",
                      "the division was guessed from a slash inside a phrase")
        settled = group(text, tokens)
        if settled.noise and not quiet:
            self.warn(min(0.3, 0.05 * settled.noise), "ada tanda yang tidak dikenali dan diabaikan",
                      "some unrecognised characters were ignored")
        if settled.sum_list and not quiet:
            self.warn(0.1, "daftar besaran dibaca sebagai penjumlahan",
                      "a list of quantities was read as a sum")
        candidates = []
        for segment in _segments(settled.items):
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
            node, rest = self._leftover(node, rest, quiet)
        return node

    def _leftover(self, node: PNode, rest: list[Item], quiet: bool) -> tuple[PNode, list[Item]]:
        """Text after a complete formula: a lost fraction bar, a restatement, or a note."""
        while rest and rest[0].kind in ("RP", "SCALE", "EQ", "SEMI", "MUL", "ADD", "SUB", "SIGMA"):
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
                self.warn(0.25, "teks setelah rumus diabaikan", "text after the formula was ignored")
            return node, []
        core, had_scale = unscale(node)
        if node.kind == "operand" and _has_operator(extra):
            return extra, remaining
        if had_scale and not _has_division(core) and not _has_division(extra) and not _has_scale(extra):
            if not quiet:
                self.warn(0.1, "garis pecahan hilang: \"A x 100% B\" dibaca sebagai A / B x 100%",
                          "the fraction bar was lost: \"A x 100% B\" was read as A / B x 100%")
            return scaled(PNode("bin", "/", core, extra)), remaining
        if _has_division(extra):
            if _shape(unscale(extra)[0]) != _shape(core) and not quiet:
                self.warn(0.3, "rumus ditulis dua kali dengan susunan berbeda; yang pertama dipakai",
                          "the formula is written twice with different structures; the first was used")
            return node, remaining
        if extra.kind == "operand" and extra.paren:
            if not quiet:
                self.warn(0.05, "catatan dalam kurung setelah rumus diabaikan",
                          "a parenthesised note after the formula was ignored")
            return node, remaining
        if not quiet:
            self.warn(0.25, "teks setelah rumus diabaikan", "text after the formula was ignored")
        return node, remaining

    def _score(self, node: PNode) -> float:
        operands = node.operands()
        letters_defined = bool(operands) and all(o.is_letter and o.text in self.letters for o in operands)
        return (3 * letters_defined + 2 * _has_operator(node) + _has_scale(node)
                - 2 * any(o.is_letter and o.text not in self.letters for o in operands))

    # --- from written operands to variables ---------------------------------------------------

    def _build(self, node: PNode, bands: list[dict] | None) -> FormulaReading:
        node = self._split_parallel(node)
        occurrences = self._resolve_operands(node)
        keys, phrases = self._assign_keys(occurrences)
        expr = _to_expr(node, occurrences, keys)
        if node.has(lambda n: n.loose):
            self.warn(0.1, "tanpa kurung: pembagian dibaca sebagai garis pecahan di atas seluruh pembilang",
                      "no parentheses: the division was read as a fraction bar over the whole numerator")
        expr, kind = kinds.classify(expr, phrases, self)
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
            if operand.is_letter:
                if operand.text in self.letters:
                    phrase = self.letters[operand.text]
                    time = _time_of(phrase) or time
                else:
                    self.warn(0.35, f"huruf '{operand.text}' tidak didefinisikan",
                              f"the letter '{operand.text}' is not defined")
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
            partner = _partner(occ.phrase, [o.phrase for _, o in current])
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
        reading.warnings = [{"id": w[1], "en": w[2]} for w in self.warnings]
        return reading


@dataclass
class _Occurrence:
    phrase: str
    time: str
    mean: bool
    constant: float | None


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


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "..."

