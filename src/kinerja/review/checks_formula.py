"""Checks on the formula itself: is there one, is it well formed, does its arithmetic hold together."""
from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz.distance import OSA

from kinerja.formula.expr import Var
from kinerja.review.codes import finding, said as quote
from kinerja.review.context import ReviewContext, Row
from kinerja.review.finding import Finding
from kinerja.review.matching import said, text_words
from kinerja.review.phrase import parse
from kinerja.review.shape import growth_terms, summands, variable_names
from kinerja.review.text import (PERCENT_WORDS, announces_count, announces_percent, announces_rate, fold,
                                 opening_word, stem)

F = "formula_text"
# Heads of a money or plan-versus-actual ratio, where numerator and denominator are rightly different.
_MONEY_HEADS = frozenset({"realisasi", "anggaran", "nilai", "target", "capaian", "pdrb", "pendapatan", "belanja",
                          "dana", "pagu", "biaya", "omzet", "ekspor", "investasi", "jam", "pengeluaran"})
# Things a count cannot count: "Jumlah data", "Jumlah informasi".
_MASS_NOUNS = frozenset({"data", "informasi", "pelayanan", "layanan", "administrasi", "pengelolaan",
                         "penyelenggaraan", "pelaksanaan"})
# Names whose measure is defined by convention; people nouns a rate may rightly divide by each other.
_CONVENTIONAL = ("tingkat", "indeks", "index", "rasio", "angka", "nilai", "laju", "proporsi")
_PEOPLE = frozenset({"orang", "jiwa", "peserta", "calon", "warga", "penduduk", "masyarakat", "pencari", "tenaga",
                     "pekerja", "angkatan", "lulusan", "siswa"})
# Words that do not narrow a population: places, states, grades.
_NOT_NARROWING = frozenset({"kab", "kabupaten", "kota", "se", "aktif", "baik", "sehat", "grade", "terdaftar", "ada",
                            "dinas", "daerah", "wilayah"})
_COUNT_OPENERS = ("jumlah", "banyaknya", "total", "nilai", "angka", "rata", "rerata", "indeks", "skor")


def _pct(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def formula_missing(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    # A structured formula typed in later does not make up for an empty cell in the signed decree.
    if not row.text(F):
        yield finding("formula-missing", row.index, F, "Kolom formula kosong.", "The formula cell is empty.",
                      evidence=[quote("indikator", row.name)],
                      fix=("Tuliskan cara menghitungnya: pembilang, penyebut dan 'x 100%' untuk persentase.",
                           "Write how it is computed: numerator, denominator and 'x 100%' for a percentage."))


_VALUE_TOKENS = re.compile(r"^(?:\d[\d.,]*|%|persen|thn|tahun|th|s|d|sd)$")


def _is_value(text: str) -> bool:
    """'1 Unit', '100%', '0,5% Thn 2020': numbers with at most a unit word, no words of a formula."""
    tokens = re.findall(r"\d[\d.,]*|%|[A-Za-z]+", text)
    if not tokens or not any(t[0].isdigit() for t in tokens) or len(tokens) > 5:
        return False
    unit_words = [t for t in tokens if not _VALUE_TOKENS.match(t.lower())]
    return len(unit_words) <= 1


def constant_formula(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    written = (row.text(F) or "").strip()
    if not written or not (row.shape.kind == "constant_target" or _is_value(written)):
        return
    # A fixed target is tolerable for an output count; for a rate or an IKU it replaces the measure.
    severe = announces_percent(row.name) or announces_rate(row.name) or row.is_iku
    yield finding("constant-formula", row.index, F,
                  f"Kolom formula berisi nilai '{written}', bukan rumus.",
                  f"The formula cell holds the value '{written}', not a formula.",
                  severity=None if severe else "warning", evidence=[quote(F, written)],
                  fix=("Pindahkan nilai itu ke kolom target dan tulis rumus yang menghasilkannya.",
                       "Move the value to the target column and write the formula that produces it."))


def formula_unreadable(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    shape = row.shape
    if shape.error is not None:
        yield finding("formula-unreadable", row.index, F, f"Rumus tidak terbaca: {shape.error.message_id}",
                      f"The formula cannot be read: {shape.error.message_en}", severity="error",
                      evidence=[quote(F, row.text(F))])
    elif shape.doubtful and row.text(F) and not _is_value(row.text(F) or "") and not _said_elsewhere(row):
        notes_id = "; ".join(w["id"] for w in shape.warnings) or "susunannya tidak lazim"
        notes_en = "; ".join(w["en"] for w in shape.warnings) or "its structure is unusual"
        yield finding("formula-unreadable", row.index, F,
                      f"Pembacaan rumus meragukan: {notes_id}.", f"The formula reading is doubtful: {notes_en}.",
                      confidence=max(0.3, 1.0 - shape.confidence), evidence=[quote(F, row.text(F))],
                      fix=("Tulis rumus sebagai 'Jumlah A dibagi Jumlah B x 100%', dengan A dan B didefinisikan.",
                           "Write the formula as 'Jumlah A dibagi Jumlah B x 100%', with A and B defined."))


def _said_elsewhere(row: Row) -> bool:
    """The doubt is one a sharper finding already names: a bare name, a percentage without 'x 100%'."""
    shape, text = row.shape, row.text(F) or ""
    bare = shape.kind == "other" and (shape.tree is None or len(variable_names(shape.tree)) <= 1)
    unscaled = shape.kind in ("ratio_percent", "ratio") and "100" not in text and "%" not in text
    return bare or unscaled or _same_quantity(row)


def formula_no_calculation(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """The formula cell is a name, not a way to compute: 'Persentase X' as its own formula, 'Nilai IKM',
    'Data dan Informasi Sarana …' (no count word, nothing countable)."""
    shape, written = row.shape, row.text(F)
    if not written or _is_value(written) or shape.error is not None:
        return
    names_only = shape.kind == "other" and (shape.tree is None or len(variable_names(shape.tree)) <= 1)
    first = opening_word(written)
    uncountable = (shape.kind == "count" and not any(first.startswith(w) for w in _COUNT_OPENERS)
                   and parse(written).head in _MASS_NOUNS and not re.search(r"[/:x×*+]|dibagi|dikali", written))
    if names_only or uncountable:
        yield finding("formula-no-calculation", row.index, F,
                      f"Formula hanya menyebut '{written.strip()}', tanpa cara menghitung.",
                      f"The formula only says '{written.strip()}', with no way to compute it.",
                      evidence=[quote(F, written)],
                      fix=("Sebutkan yang dihitung dan pembaginya: 'Jumlah … yang … dibagi jumlah seluruh … x 100%'.",
                           "Say what is counted and what it is divided by: 'Jumlah … yang … dibagi jumlah "
                           "seluruh … x 100%'."))


def percent_without_scale(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    text = row.text(F)
    kind = row.shape.kind
    if not text or _is_value(text) or kind not in ("ratio_percent", "ratio"):
        return
    if kind == "ratio" and not announces_percent(row.name):
        return
    folded = fold(text)
    if "100" not in text and "%" not in text and "persen" not in folded:
        yield finding("percent-without-scale", row.index, F, "Rumus persentase tidak memuat 'x 100%'.",
                      "The percentage formula has no 'x 100%'.", evidence=[quote(F, text)],
                      fix=("Tambahkan 'x 100%' di akhir rumus.", "Add 'x 100%' at the end of the formula."))


# Time markers that carry a minus sign but subtract nothing: "(n-1)", "tahun n -1", "tahun ke - n".
_TIME_MINUS = re.compile(r"\(\s*n\s*(?:[-–−]\s*\d)?\s*\)|\bn\s*[-–−]\s*\d\b|\bke\s*[-–−]\s*n\b|\d+\s*[-–−]\s*\d+")


_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")  # 'perundang-undangan', 'RKA-SKPD': a hyphen, not a minus


def _literal_subtract_then_divide(text: str) -> bool:
    """'A – B / C' with symbols at one bracket depth: read literally it is A − (B / C)."""
    cleaned = _HYPHEN.sub("", _TIME_MINUS.sub(" ", text))
    depth = 0
    minus_at: set[int] = set()
    pending: set[int] = set()
    for char in cleaned:
        if char == "(":
            depth += 1
        elif char == ")":
            pending.discard(depth)
            depth = max(0, depth - 1)
        elif char in "-–−":
            pending.add(depth)
        elif char in "/:" and depth in pending:
            minus_at.add(depth)
    return bool(minus_at)


def ambiguous_precedence(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    text = row.text(F)
    if text and _literal_subtract_then_divide(text):
        yield finding("ambiguous-precedence", row.index, F,
                      "Selisih tidak dikurung sebelum dibagi: dibaca harfiah, hanya suku kedua yang dibagi.",
                      "The difference is not bracketed before the division: read literally, only the second term "
                      "is divided.", evidence=[quote(F, text)],
                      fix=("Kurung selisihnya: '(A − B) / C x 100%'.", "Bracket the difference: '(A − B) / C x 100%'."))


_EXAMPLE = re.compile(r"\([^()]*=[^()]*\)")
_SCALED = re.compile(r"(?:x|×|\*|dikali(?:kan)?|kali)\s*100\s*(?:%|persen)?", re.I)


def packed_formula(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """Two formulas in one cell ('… dikali 100% … dikali 100%'), or two indicators in one name."""
    text = row.text(F) or ""
    scaled = _SCALED.findall(_EXAMPLE.sub(" ", text))
    if len(scaled) >= 2 and not re.search(r"\bkategori\b|\bpredikat\b", fold(text)):
        yield finding("packed-formula", row.index, F,
                      f"Sel formula memuat {len(scaled)} rumus persentase sekaligus.",
                      f"The formula cell holds {len(scaled)} percentage formulas at once.",
                      evidence=[quote(F, text)],
                      fix=("Sisakan satu rumus; pindahkan contoh perhitungan ke definisi.",
                           "Keep one formula; move the worked example to the definisi."))
    name_words = fold(row.name).split()
    openers = [i for i, w in enumerate(name_words) if w in ("jumlah", "persentase", "prosentase", "presentase")
               and i > 0 and name_words[i - 1] in ("dan", "serta")]
    if openers:
        yield finding("packed-formula", row.index, "indikator", "Satu baris memuat lebih dari satu indikator.",
                      "One row holds more than one indicator.", evidence=[quote("indikator", row.name)],
                      fix=("Pecah menjadi indikator terpisah, masing-masing dengan rumusnya.",
                           "Split into separate indicators, each with its formula."))


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
            written = str(check.get("written"))
            yield finding("example-arithmetic", row.index, F,
                          f"Contoh '{written}' = {check.get('shown')}, padahal hasil hitungnya "
                          f"{_pct(check.get('computed', 0))}.",
                          f"Example '{written}' = {check.get('shown')}, but it computes to "
                          f"{_pct(check.get('computed', 0))}.", evidence=[quote(F, written)])
    for field in (F, "definisi"):
        for written, stated, product in _stated_products(row.text(field) or ""):
            if abs(stated - product) > 1e-6 * max(1.0, abs(stated)):
                yield finding("example-arithmetic", row.index, field,
                              f"'{written}': perkaliannya {_pct(product)}, bukan {_pct(stated)}.",
                              f"'{written}': the product is {_pct(product)}, not {_pct(stated)}.",
                              evidence=[quote(field, written)])


def _edge(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def bands_gap(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    bands = [b for b in row.shape.bands if _edge(b.get("max")) is not None or _edge(b.get("min")) is not None]
    ordered = sorted(bands, key=lambda b: _edge(b.get("min")) if _edge(b.get("min")) is not None else float("-inf"))
    for low, high in zip(ordered, ordered[1:]):
        top, bottom = _edge(low.get("max")), _edge(high.get("min"))
        if top is None or bottom is None:
            continue
        top_in = low.get("max_inclusive") is not False
        bottom_in = high.get("min_inclusive") is not False
        label_low, label_high = low.get("label", "?"), high.get("label", "?")
        if top < bottom or (top == bottom and not top_in and not bottom_in):
            yield finding("bands-gap", row.index, F,
                          f"Nilai {_pct(top)} tidak masuk predikat mana pun (antara {label_low} dan {label_high}).",
                          f"A value of {_pct(top)} gets no grade (between {label_low} and {label_high}).",
                          evidence=[quote(F, row.text(F))],
                          fix=(f"Tulis batasnya '≥ {_pct(top)}' pada salah satu predikat.",
                               f"Write the bound as '≥ {_pct(top)}' in one of the grades."))
        elif top > bottom or (top == bottom and top_in and bottom_in):
            yield finding("bands-gap", row.index, F,
                          f"Nilai {_pct(bottom)} masuk dua predikat ({label_low} dan {label_high}).",
                          f"A value of {_pct(bottom)} falls in two grades ({label_low} and {label_high}).",
                          evidence=[quote(F, row.text(F))])


def _same_quantity(row: Row) -> bool:
    """The ratio divides a quantity by itself (the reader doubts such a reading; this names why)."""
    ratio = row.shape.ratio
    if ratio is None:
        return False
    numerator, denominator = ratio
    if numerator == denominator:
        return True
    return (isinstance(numerator, Var) and isinstance(denominator, Var)
            and fold(row.shape.variables.get(numerator.name)) == fold(row.shape.variables.get(denominator.name)))


def numerator_equals_denominator(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if _same_quantity(row):
        phrase = row.shape.numerator_phrases[0] if row.shape.numerator_phrases else ""
        yield finding("numerator-equals-denominator", row.index, F,
                      "Pembilang dan penyebut adalah besaran yang sama; hasilnya selalu 100%.",
                      "Numerator and denominator are the same quantity; the result is always 100%.",
                      evidence=[quote(F, phrase)],
                      fix=("Bagilah dengan jumlah seluruh yang seharusnya (mis. yang dijadwalkan atau dibutuhkan).",
                           "Divide by the total that should be (e.g. what was scheduled or needed)."))


def circular_variable(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if row.shape.ratio is None or row.shape.doubtful:
        return
    for phrase in row.shape.variables.values():
        if opening_word(phrase) in PERCENT_WORDS:
            yield finding("circular-variable", row.index, F,
                          f"Unsur rumus '{phrase}' sendiri sudah persentase.",
                          f"The formula term '{phrase}' is itself a percentage.", evidence=[quote(F, phrase)],
                          fix=(f"Ganti dengan 'Jumlah {' '.join(fold(phrase).split()[1:])}'.",
                               f"Replace it with 'Jumlah {' '.join(fold(phrase).split()[1:])}'."))
            return


def growth_denominator(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    ratio = row.shape.ratio
    if ratio is None or row.shape.doubtful:
        return
    terms = growth_terms(ratio[0])
    if terms is None:
        return
    current, previous = terms
    if ratio[1] != previous:
        phrase = row.shape.variables.get(current.name, current.name)
        yield finding("growth-denominator", row.index, F,
                      f"Selisih '{phrase}' dibagi nilai tahun berjalan, bukan nilai tahun sebelumnya.",
                      f"The change in '{phrase}' is divided by the current value, not the previous one.",
                      evidence=[quote(F, row.text(F) or phrase)],
                      fix=("Bagilah dengan nilai tahun n−1.", "Divide by the year n−1 value."))


def difference_numerator(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """(all − done) / all: the share not yet done, under a name that promises the share done."""
    ratio = row.shape.ratio
    if ratio is None or row.shape.doubtful:
        return
    numerator = ratio[0]
    if getattr(numerator, "op", None) != "-" or growth_terms(numerator) is not None:
        return
    subtracted = row.shape.phrases(numerator.right)
    # "Jumlah IKM terdata − IKM yang sudah dibina s.d. tahun lalu" in a denominator is a remaining
    # population; in the numerator it turns the indicator round.
    yield finding("difference-numerator", row.index, F,
                  f"Pembilang adalah sisa ('dikurangi {'; '.join(subtracted)}'): rumus mengukur yang belum, bukan "
                  "yang sudah.",
                  f"The numerator is a remainder ('minus {'; '.join(subtracted)}'): the formula measures what is not "
                  "done, not what is.", evidence=[quote(F, row.text(F))],
                  fix=("Jadikan yang sudah tercapai sebagai pembilang.", "Make what was achieved the numerator."))


def mixed_sum(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    tree = row.shape.tree
    if tree is None or row.shape.kind == "weighted_index" or row.shape.doubtful:
        return
    ratio = row.shape.ratio
    part = ratio[0] if ratio is not None else tree
    terms = summands(part)
    if len(terms) >= 2 and all(isinstance(t, Var) for t in terms) and len({t.name for t in terms}) >= 2:
        phrases = [row.shape.variables.get(t.name, t.name) for t in terms]
        heads = {stem(h) for p in phrases if (h := parse(p).head)}
        yield finding("mixed-sum", row.index, F,
                      f"Rumus menjumlahkan {len(terms)} besaran berbeda: {'; '.join(phrases)}.",
                      f"The formula adds {len(terms)} different quantities: {'; '.join(phrases)}.",
                      evidence=[quote(F, p) for p in phrases[:4]], confidence=0.9 if len(heads) > 1 else 0.6,
                      fix=("Jadikan masing-masing indikator tersendiri, atau hitung satu populasi saja.",
                           "Make each one an indicator of its own, or count a single population."))


def ratio_not_subset(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    """What a percentage counts must be part of what it divides by."""
    shape = row.shape
    if shape.kind != "ratio_percent" or shape.doubtful:
        return
    top, bottom = shape.numerator_phrases, shape.denominator_phrases
    if len(top) != 1 or len(bottom) != 1 or shape.ratio is None or not isinstance(shape.ratio[1], Var):
        return
    above, below = parse(top[0]), parse(bottom[0])
    head_above, head_below = above.head, below.head
    if not head_above or not head_below or {head_above, head_below} & _MONEY_HEADS:
        return
    if opening_word(row.name) in _CONVENTIONAL or {head_above, head_below} <= _PEOPLE:
        return  # a conventional rate (TKK = penduduk bekerja / angkatan kerja) divides one group by another
    if fold(top[0]).startswith(PERCENT_WORDS):
        return  # reported as circular-variable
    abbreviations = ctx.abbreviations
    if not said(head_below, list(above.all_words), abbreviations) and \
            not said(head_above, list(below.all_words), abbreviations):
        yield finding("ratio-not-subset", row.index, F,
                      f"Pembilang menghitung '{head_above}', penyebut '{head_below}': dua hal yang berbeda.",
                      f"The numerator counts '{head_above}', the denominator '{head_below}': two different things.",
                      severity="error", confidence=0.8, evidence=[quote(F, top[0]), quote(F, bottom[0])],
                      fix=(f"Bagilah dengan jumlah seluruh {head_above} (populasi yang sama).",
                           f"Divide by the total number of {head_above} (the same population)."))
        return
    above_words = list(above.all_words) + text_words(top[0])
    narrowing = [w for w in below.thing_words if w != head_below and w.isalpha() and len(w) > 2
                 and w not in _NOT_NARROWING and not said(w, above_words, abbreviations)
                 and not any(len(w) >= 6 and OSA.distance(w, other) <= 2 for other in above_words)]
    if narrowing:
        yield finding("ratio-not-subset", row.index, F,
                      f"Penyebut dibatasi '{' '.join(narrowing)}', pembilang tidak; persentasenya dapat melebihi 100%.",
                      f"The denominator is limited to '{' '.join(narrowing)}', the numerator is not; the percentage "
                      "can exceed 100%.", evidence=[quote(F, top[0]), quote(F, bottom[0])],
                      fix=("Batasi pembilang pada populasi penyebut.", "Limit the numerator to the denominator's "
                                                                        "population."))


# A frequency inside the count ("setiap bulannya", "per hari", "dalam waktu 6 bulan"); "laporan bulanan"
# names a kind of report and is no frequency.
_FREQUENCY = re.compile(r"\b(?:setiap|tiap|per)\s*(?:bulan\w*|hari\w*|minggu\w*|semester\w*)\b"
                        r"|\bdalam waktu \d+ (?:bulan|hari|minggu)\b|\bperbulan\b|\bperhari\b")
_AGGREGATION_SAID = re.compile(r"\brata rata\b|\brerata\b|\bdijumlah\w*\b|\bakumulasi\b|\bkumulatif\b|\btotal\b")


def period_unstated(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    if row.shape.kind not in ("count", "ratio_percent", "difference", "other"):
        return
    if row.shape.kind == "count" and parse(row.text(F)).head in ("laporan", "dokumen", "spj", "spp"):
        return  # a routine document per month: fixed-by-obligation is the finding
    for field in (F, "definisi"):
        text = fold(row.text(field))
        found = _FREQUENCY.search(text)
        if found and not _AGGREGATION_SAID.search(text):
            yield finding("period-unstated", row.index, field,
                          f"Rumus menyebut '{found.group(0)}' tanpa aturan nilai tahunan.",
                          f"The formula says '{found.group(0)}' with no rule for the yearly value.",
                          evidence=[quote(field, found.group(0))],
                          fix=("Nyatakan nilai tahunannya: jumlah setahun, rata-rata, atau nilai akhir tahun.",
                               "State the yearly value: the year's total, the average, or the year-end value."))
            return


_BIG_NUMBER = re.compile(r"\b\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?\b|\bRp\.?\s*\d")


def formula_holds_data(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    text = row.text(F) or ""
    found = _BIG_NUMBER.search(_EXAMPLE.sub(" ", text))
    if found:
        yield finding("formula-holds-data", row.index, F, f"Kolom formula memuat angka data '{found.group(0)}…'.",
                      f"The formula cell quotes the data value '{found.group(0)}…'.", evidence=[quote(F, text)],
                      fix=("Hapus angka itu dari rumus; laporkan sebagai realisasi.",
                           "Remove the value from the formula; report it as realisasi."))


def satuan_mismatch(row: Row, ctx: ReviewContext) -> Iterator[Finding]:
    satuan = (row.text("satuan") or "").strip()
    kind = row.shape.kind
    if not satuan or kind is None or row.shape.doubtful:
        return
    is_percent_unit = satuan == "%" or fold(satuan) in ("persen", "prosentase", "persentase")
    if row.shape.is_percent and not is_percent_unit:
        yield finding("satuan-mismatch", row.index, "satuan", f"Rumus menghasilkan persen, tetapi satuannya '{satuan}'.",
                      f"The formula yields a percentage but the satuan is '{satuan}'.",
                      evidence=[quote("satuan", satuan)], fix=("Satuan: %.", "Satuan: %."))
    elif row.shape.is_plain_count and is_percent_unit and not announces_count(row.name):
        yield finding("satuan-mismatch", row.index, "satuan", "Satuan '%', tetapi rumusnya cacah.",
                      "The satuan is '%' but the formula is a count.", evidence=[quote("satuan", satuan)])


CHECKS = (formula_missing, constant_formula, formula_unreadable, formula_no_calculation, percent_without_scale,
          ambiguous_precedence, packed_formula, example_arithmetic, bands_gap, numerator_equals_denominator,
          circular_variable, growth_denominator, difference_numerator, mixed_sum, ratio_not_subset,
          period_unstated, formula_holds_data, satuan_mismatch)
