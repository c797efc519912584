"""Checks on the formula: is there one, can it be read, does it compute what the name says."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kinerja.formula import REVIEW_THRESHOLD
from kinerja.formula.expr import Var
from kinerja.review.codes import finding
from kinerja.review.context import ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.shape import growth_terms, summands, variable_names
from kinerja.review.text import (PERCENT_WORDS, announces_count, announces_growth, announces_measure,
                                 announces_percent, announces_rate, content_words, fold, opening_word, overlap,
                                 stem)

F = "formula_text"


def _pct(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def formula_missing(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    # A structured formula typed in later does not make up for an empty cell in the signed decree.
    if not row.text(F):
        yield finding("formula-missing", row.index, F, "Kolom formula kosong.", "The formula cell is empty.")


def formula_unreadable(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    shape = row.shape
    if shape.error is not None:
        yield finding("formula-unreadable", row.index, F, f"Rumus tidak terbaca: {shape.error.message_id}",
                      f"The formula cannot be read: {shape.error.message_en}", severity="error")
    elif shape.kind == "other" and shape.tree is not None and len(variable_names(shape.tree)) <= 1:
        return  # a lone name is reported by formula_no_calculation, with a better reason
    elif shape.source == "text" and shape.confidence < REVIEW_THRESHOLD:
        notes_id = "; ".join(w["id"] for w in shape.warnings) or "-"
        notes_en = "; ".join(w["en"] for w in shape.warnings) or "-"
        yield finding("formula-unreadable", row.index, F,
                      f"Pembacaan rumus perlu diperiksa (keyakinan {_pct(shape.confidence)}): {notes_id}.",
                      f"The formula reading needs checking (confidence {_pct(shape.confidence)}): {notes_en}.")


def formula_no_calculation(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """A percentage/index whose formula is just a name: 'Persentase X' as its own formula."""
    shape = row.shape
    if shape.kind != "other" or shape.tree is None or len(variable_names(shape.tree)) > 1:
        return
    phrase = next(iter(shape.variables.values()), row.text(F) or "")
    yield finding("formula-no-calculation", row.index, F,
                  f"Formula hanya menyebut '{phrase}' tanpa pembilang dan penyebut.",
                  f"The formula only says '{phrase}', with no numerator or denominator.")


def constant_formula(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if row.shape.kind != "constant_target":
        return
    written = (row.text(F) or "").strip()
    # A fixed target is tolerable for an output count; for a rate or an IKU it replaces the measure.
    severe = announces_percent(row.name) or announces_rate(row.name) or row.is_iku
    yield finding("constant-formula", row.index, F,
                  f"Kolom formula berisi target '{written}', bukan rumus.",
                  f"The formula cell holds the target '{written}', not a formula.",
                  severity=None if severe else "warning")


def name_kind_mismatch(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    shape = row.shape
    if shape.kind is None:
        return
    word = opening_word(row.name)
    if (announces_percent(row.name) or announces_rate(row.name)) and shape.is_plain_count:
        yield finding("name-percent-formula-count", row.index, "indikator",
                      f"Nama diawali '{word}', tetapi rumusnya cacah tanpa penyebut.",
                      f"The name opens with '{word}' but the formula is a count with no denominator.",
                      severity=None if word in PERCENT_WORDS else "warning")
    elif announces_count(row.name) and shape.is_percent:
        yield finding("name-count-formula-percent", row.index, "indikator",
                      f"Nama diawali '{word}' (cacah), tetapi rumusnya persentase.",
                      f"The name opens with '{word}' (a count) but the formula is a percentage.")


def numerator_equals_denominator(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    ratio = row.shape.ratio
    if ratio is None:
        return
    numerator, denominator = ratio
    same = numerator == denominator
    if not same and isinstance(numerator, Var) and isinstance(denominator, Var):
        same = fold(row.shape.variables.get(numerator.name)) == fold(row.shape.variables.get(denominator.name))
    if same:
        yield finding("numerator-equals-denominator", row.index, F,
                      "Pembilang dan penyebut adalah besaran yang sama; hasilnya selalu 100%.",
                      "Numerator and denominator are the same quantity; the result is always 100%.")


def circular_variable(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if row.shape.ratio is None:
        return
    for phrase in row.shape.variables.values():
        if opening_word(phrase) in PERCENT_WORDS:
            yield finding("circular-variable", row.index, F,
                          f"Unsur rumus '{phrase}' sendiri sudah persentase.",
                          f"The formula term '{phrase}' is itself a percentage.")
            return


def growth_denominator(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    ratio = row.shape.ratio
    if ratio is None:
        return
    terms = growth_terms(ratio[0])
    if terms is None:
        return
    current, previous = terms
    if ratio[1] != previous:
        phrase = row.shape.variables.get(current.name, current.name)
        yield finding("growth-denominator", row.index, F,
                      f"Selisih '{phrase}' dibagi nilai tahun berjalan, bukan nilai tahun sebelumnya.",
                      f"The change in '{phrase}' is divided by the current value, not the previous one.")


def difference_numerator(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    ratio = row.shape.ratio
    if ratio is None or announces_growth(row.name):
        return
    numerator = ratio[0]
    if getattr(numerator, "op", None) == "-" and growth_terms(numerator) is None:
        yield finding("difference-numerator", row.index, F,
                      "Pembilang adalah selisih dua besaran (yang tersisa/belum), bukan yang tercapai.",
                      "The numerator is a difference of two quantities (what remains), not what was achieved.")


def mixed_sum(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    tree = row.shape.tree
    if tree is None or row.shape.kind == "weighted_index":
        return
    ratio = row.shape.ratio
    part = ratio[0] if ratio is not None else tree
    terms = summands(part)
    if len(terms) >= 2 and all(isinstance(t, Var) for t in terms) and len({t.name for t in terms}) >= 2:
        phrases = [row.shape.variables.get(t.name, t.name) for t in terms]
        yield finding("mixed-sum", row.index, F,
                      f"Rumus menjumlahkan {len(terms)} besaran berbeda: {'; '.join(phrases)}.",
                      f"The formula adds {len(terms)} different quantities: {'; '.join(phrases)}.")


def percent_without_scale(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    text = row.text(F)
    if row.shape.kind != "ratio_percent" or row.shape.source != "text" or not text:
        return
    if "100" not in text and "%" not in text and "persen" not in fold(text):
        yield finding("percent-without-scale", row.index, F,
                      "Rumus persentase tidak memuat 'x 100%'.", "The percentage formula has no 'x 100%'.")


_STATED_PRODUCT = re.compile(
    r"=\s*(?P<stated>\d[\d.,]*)\s*[a-zA-Z]*\s*\((?P<factors>[^()]*?\d[^()]*?[xX×*][^()]*)\)")
_FACTOR_SPLIT = re.compile(r"\s[xX×*]\s|\s?×\s?|\s\*\s")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _stated_products(text: str) -> Iterator[tuple[str, float, float]]:
    """'= 1920 jam (1 hari 8 Jam X 4 Minggu X 12 Bulan)': (written, stated, product of the factors)."""
    for match in _STATED_PRODUCT.finditer(text):
        factors = [f for f in _FACTOR_SPLIT.split(match.group("factors")) if f.strip()]
        if len(factors) < 2:
            continue
        product = 1.0
        for factor in factors:
            numbers = [float(n.replace(",", ".")) for n in _NUMBER.findall(factor)]
            if not numbers:
                break
            for n in numbers:
                product *= n
        else:
            stated = float(match.group("stated").replace(".", "").replace(",", "."))
            yield match.group(0), stated, product


def example_arithmetic(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    for check in row.shape.checks:
        if not check.get("agrees", True):
            yield finding("example-arithmetic", row.index, F,
                          f"Contoh '{check.get('written')}' = {check.get('shown')}, padahal hasil hitungnya "
                          f"{_pct(check.get('computed', 0))}.",
                          f"Example '{check.get('written')}' = {check.get('shown')}, but it computes to "
                          f"{_pct(check.get('computed', 0))}.")
    for field in (F, "definisi"):
        for written, stated, product in _stated_products(row.text(field) or ""):
            if abs(stated - product) > 1e-6 * max(1.0, abs(stated)):
                yield finding("example-arithmetic", row.index, field,
                              f"'{written}': perkaliannya {_pct(product)}, bukan {_pct(stated)}.",
                              f"'{written}': the product is {_pct(product)}, not {_pct(stated)}.")


def undefined_variable(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """Single letters ('a / b') that neither the notes nor the definisi define."""
    for key, phrase in row.shape.variables.items():
        if len(fold(phrase).replace(" ", "")) <= 2:
            yield finding("undefined-variable", row.index, F,
                          f"Unsur '{phrase}' tidak didefinisikan.", f"The term '{phrase}' is not defined.")


_PERIOD_WORDS = re.compile(r"\b(setiap bulan\w*|per ?bulan|tiap bulan|bulanan|setiap hari|per ?hari|harian|"
                           r"\d+ bulan)\b")


def period_unstated(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if row.shape.kind not in ("count", "ratio_percent", "difference"):
        return
    for field in (F, "definisi"):
        found = _PERIOD_WORDS.search(fold(row.text(field)))
        if found:
            yield finding("period-unstated", row.index, field,
                          f"Rumus menyebut '{found.group(0)}' tanpa aturan nilai tahunan.",
                          f"The formula says '{found.group(0)}' with no rule for the yearly value.")
            return


# Quality conditions a name may set that the formula must keep (first word of each phrase).
_QUALIFIERS = ("tepat waktu", "tepat mutu", "akurat", "benar", "berkualitas", "sesuai", "melalui", "lengkap",
               "valid", "terverifikasi", "layak")


def formula_drops_qualifier(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if row.shape.kind in (None, "other", "constant_target") or not row.text(F):
        return
    name, formula = fold(row.name), fold(row.text(F))
    dropped = [q for q in _QUALIFIERS if re.search(rf"\b{q}\b", name) and not re.search(rf"\b{q}\b", formula)]
    if dropped:
        listed = ", ".join(f"'{q}'" for q in dropped)
        yield finding("formula-drops-qualifier", row.index, F,
                      f"Nama mensyaratkan {listed}, tetapi rumusnya tidak.",
                      f"The name requires {listed}, but the formula does not.")


def _head(phrase: str | None) -> str | None:
    found = content_words(phrase)
    return found[0] if found else None


def name_formula_object(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """The thing counted: the first content word of the name against the formula's (numerator's) terms."""
    shape = row.shape
    if shape.kind not in ("count", "ratio_percent") or shape.tree is None or not announces_measure(row.name):
        return
    ratio = shape.ratio
    counted = variable_names(ratio[0]) if ratio is not None else variable_names(shape.tree)
    phrases = [shape.variables.get(name, name.replace("_", " ")) for name in sorted(counted)]
    name_head = _head(row.name)
    if not name_head or not phrases:
        return
    formula_words = {stem(w) for p in phrases for w in content_words(p)}
    if stem(name_head) in formula_words:
        return
    formula_heads = [h for p in phrases if (h := _head(p))]
    if any(stem(h) in {stem(w) for w in content_words(row.name)} for h in formula_heads) and \
            overlap(" ".join(phrases), row.name) >= 0.5:
        return
    yield finding("name-formula-object", row.index, F,
                  f"Nama mengukur '{name_head}', rumus mencacah '{'; '.join(phrases)}'.",
                  f"The name measures '{name_head}', the formula counts '{'; '.join(phrases)}'.")


def satuan_mismatch(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    satuan = (row.text("satuan") or "").strip()
    kind = row.shape.kind
    if not satuan or kind is None:
        return
    is_percent_unit = satuan == "%" or fold(satuan) in ("persen", "prosentase", "persentase")
    if row.shape.is_percent and not is_percent_unit:
        yield finding("satuan-mismatch", row.index, "satuan",
                      f"Rumus menghasilkan persen, tetapi satuannya '{satuan}'.",
                      f"The formula yields a percentage but the satuan is '{satuan}'.")
    elif row.shape.is_plain_count and is_percent_unit:
        yield finding("satuan-mismatch", row.index, "satuan",
                      "Satuan '%', tetapi rumusnya cacah.", "The satuan is '%' but the formula is a count.")


CHECKS = (formula_missing, formula_unreadable, formula_no_calculation, constant_formula, name_kind_mismatch,
          numerator_equals_denominator, circular_variable, growth_denominator, difference_numerator, mixed_sum,
          percent_without_scale, example_arithmetic, undefined_variable, period_unstated,
          formula_drops_qualifier, name_formula_object, satuan_mismatch)
