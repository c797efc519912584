"""The bilingual explanation of a stored figure, written from the figure itself.

The engine stores numbers and codes, not sentences (writing two sentences per figure would cost more
than computing it). A page or a document asks for the explanation of the figures it shows: the
realisasi part is written from the figure's basis, masks and reason code (with the own-period figures
of its year for a sum or average, and the summed variables for the ``recompute`` rule), and the capaian
part by the scalar :func:`kinerja.capaian.compute_capaian` on the very realisasi and target stored, so
the text always names the numbers printed beside it.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kinerja.capaian.achievement import Capaian, Undefined, compute_capaian
from kinerja.capaian.aggregate import RECOMPUTE_NOTE_EN, RECOMPUTE_NOTE_ID, aggregate, expected_periods
from kinerja.capaian.targets import parse_target
from kinerja.derivation.block import Facts, Settings
from kinerja.derivation.figures import OK, UNDEFINED, Basis, Reason
from kinerja.errors import KinerjaError
from kinerja.numbers import format_number
from kinerja.periods import Period


@dataclass(frozen=True)
class StoredFigure:
    """The stored columns of one figure that its explanation is written from."""

    period: Period
    value: float | None
    value_text: str
    value_status: int
    value_reason: int
    realisasi: float | None
    realisasi_status: int
    realisasi_reason: int
    basis: int
    cumulative: bool
    missing: int
    undefined: int
    target_raw: str


@dataclass(frozen=True)
class Explanation:
    id: str
    en: str
    capaian: Capaian | None = None

    def text(self, language: str = "id") -> str:
        return self.en if language.startswith("en") else self.id


def decimal(value: float | None) -> Decimal | None:
    """A stored float as the decimal a person reads (its shortest form)."""
    return None if value is None or math.isnan(value) else Decimal(repr(float(value)))


def _span(figure: StoredFigure, kind: str) -> tuple[Period, Period | None]:
    """The period a span value covers and, when judged to date, the period it runs up to."""
    period = figure.period
    if figure.cumulative and period.kind != "year":
        return Period.of_year(period.year), period
    return period, None


def _span_label(figure: StoredFigure, offset: int, language: str) -> str:
    period = figure.period
    if figure.cumulative and period.kind != "year":
        shifted = Period(period.year - offset, period.kind, period.index)
        return ("s.d. " if language == "id" else "up to ") + shifted.label(language)
    return period.shifted(-offset).label(language)


def value_reason(facts: Facts, figure: StoredFigure, code: int, *, span: bool = False) -> tuple[str, str]:
    """Why a value is unknown or undefined, naming the term and period the formula could not read."""
    if code == Reason.NOT_REPORTED:
        return (f"realisasi {figure.period.label()} belum dilaporkan",
                f"no realisasi reported for {figure.period.label('en')}")
    if code == Reason.NOT_ENTERED:
        return "nilai belum diisi", "no value entered"
    if facts.program is None or code < 0:
        return "", ""
    offset = facts.program.term_offset(code)
    if span:
        return facts.program.reason(code, _span_label(figure, offset, "id"), _span_label(figure, offset, "en"))
    shifted = figure.period.shifted(-offset)
    return facts.program.reason(code, shifted.label(), shifted.label("en"))


def _periods(mask: int, year: int, kind: str) -> list[Period]:
    per = {"quarter": 4, "month": 12, "semester": 2, "year": 1}[kind]
    return [Period(year, kind, i + 1) for i in range(per) if mask >> i & 1]  # type: ignore[arg-type]


def _realisasi_part(facts: Facts, figure: StoredFigure, parts: Mapping[Period, StoredFigure],
                    sums: Mapping[str, float] | None) -> tuple[str, str, Decimal | str | Undefined | None]:
    """(Indonesian, English, the realisasi for the capaian) of the realisasi a figure is judged on."""
    basis = Basis(figure.basis)
    realisasi: Decimal | str | Undefined | None
    if figure.realisasi_status == OK:
        realisasi = figure.value_text if figure.value_text and basis == Basis.OWN else decimal(figure.realisasi)
    else:
        realisasi = None
    if basis == Basis.OWN:
        if figure.realisasi_status == UNDEFINED:
            why = value_reason(facts, figure, figure.realisasi_reason)
            return "", "", Undefined(*why)
        if figure.realisasi_status != OK and figure.realisasi_reason not in (Reason.NOT_REPORTED, Reason.NONE):
            why_id, why_en = value_reason(facts, figure, figure.realisasi_reason)
            return (f"Realisasi sudah diisi tetapi belum dapat dihitung: {why_id}.",
                    f"The realisasi is entered but cannot be computed yet: {why_en}.", None)
        return "", "", realisasi
    span, upto = _span(figure, facts.kind)
    note_id = note_en = ""
    if basis in (Basis.FALLBACK_LAST, Basis.FALLBACK_SUM):
        rule = "last" if basis == Basis.FALLBACK_LAST else "sum"
        note_id = (f"Tanpa variabel dasar, nilai tidak dapat dihitung ulang; dipakai "
                   f"{'nilai terakhir' if rule == 'last' else 'jumlah'} sesuai satuan. ")
        note_en = f"Without base variables the value cannot be recomputed; the {rule} is used, from the unit. "
    if basis == Basis.RECOMPUTE:
        if figure.missing:
            missing = _periods(figure.missing, span.year, facts.kind)
            return (f"{RECOMPUTE_NOTE_ID} Belum lengkap: {', '.join(p.label() for p in missing)} "
                    f"(tidak dianggap 0).", f"{RECOMPUTE_NOTE_EN} Incomplete: "
                    f"{', '.join(p.label('en') for p in missing)} (not taken as 0).", None)
        shown_id = shown_en = ""
        if sums:
            shown_id = " " + ", ".join(f"{k} = {format_number(v)}" for k, v in sums.items()) + "."
            shown_en = " " + ", ".join(f"{k} = {format_number(v, language='en')}" for k, v in sums.items()) + "."
        if figure.realisasi_status == OK:
            return (f"{RECOMPUTE_NOTE_ID}{shown_id[:-1] if shown_id else ''} → {format_number(figure.realisasi)}.",
                    f"{RECOMPUTE_NOTE_EN}{shown_en[:-1] if shown_en else ''} → "
                    f"{format_number(figure.realisasi, language='en')}.", realisasi)
        why_id, why_en = value_reason(facts, figure, figure.realisasi_reason, span=True)
        if figure.realisasi_status == UNDEFINED:
            return f"{RECOMPUTE_NOTE_ID}{shown_id}", f"{RECOMPUTE_NOTE_EN}{shown_en}", Undefined(why_id, why_en)
        return f"{RECOMPUTE_NOTE_ID}{shown_id} {why_id}.", f"{RECOMPUTE_NOTE_EN}{shown_en} {why_en}.", None
    rule = {Basis.SUM: "sum", Basis.LAST: "last", Basis.AVERAGE: "average", Basis.FALLBACK_SUM: "sum",
            Basis.FALLBACK_LAST: "last"}[basis]
    if figure.undefined:
        undefined = _periods(figure.undefined, span.year, facts.kind)
        reasons = [(p, value_reason(facts, parts[p], parts[p].value_reason) if p in parts else ("", ""))
                   for p in undefined]
        return note_id, note_en, Undefined("; ".join(f"{p.label()}: {r[0]}" for p, r in reasons),
                                           "; ".join(f"{p.label('en')}: {r[1]}" for p, r in reasons))
    expected = expected_periods(span, facts.kind, upto)  # type: ignore[arg-type]
    values = {p: decimal(parts[p].value) if p in parts and parts[p].value_status == OK else None for p in expected}
    result = aggregate(span, values, rule, child_kind=facts.kind, upto=upto)  # type: ignore[arg-type]
    return note_id + result.explanation_id, note_en + result.explanation_en, realisasi


def explain(facts: Facts, settings: Settings, figure: StoredFigure,
            parts: Mapping[Period, StoredFigure] | None = None, sums: Mapping[str, float] | None = None) -> Explanation:
    """The explanation of ``figure``; ``parts`` are the own-period figures of its year (for a sum,
    last or average), ``sums`` the summed variables (for the ``recompute`` rule)."""
    text_id, text_en, realisasi = _realisasi_part(facts, figure, parts or {}, sums)
    if facts.program is None and facts.direct_note[0]:
        text_id, text_en = f"{facts.direct_note[0]} {text_id}".strip(), f"{facts.direct_note[1]} {text_en}".strip()
    target = None
    if figure.target_raw:
        try:
            target = parse_target(figure.target_raw)
        except KinerjaError:
            target = None
    try:
        capaian = compute_capaian(target, realisasi, polarity=facts.polarity, convention=facts.convention,
                                  floor=settings.floor, ceiling=settings.ceiling, scale=settings.scale)
    except KinerjaError as exc:
        return Explanation(f"{text_id} {exc.message_id}".strip(), f"{text_en} {exc.message_en}".strip())
    if figure.realisasi_status != OK and realisasi is None and text_id:
        capaian_id = "Capaian tidak diketahui (bukan 0%)." if target else "Target belum ditetapkan; capaian " \
            "tidak diketahui (bukan 0%)."
        capaian_en = "The capaian is unknown (not 0%)." if target else "No target has been set; the capaian is " \
            "unknown (not 0%)."
        return Explanation(f"{text_id} {capaian_id}", f"{text_en} {capaian_en}", capaian)
    return Explanation(" ".join(t for t in (text_id, capaian.explanation_id) if t),
                       " ".join(t for t in (text_en, capaian.explanation_en) if t), capaian)


def stored_figure(period: Period, row: Sequence) -> StoredFigure:
    """A :class:`StoredFigure` from the stored columns in :data:`EXPLAINED` order."""
    return StoredFigure(period, *row)


EXPLAINED = ("value", "value_text", "value_status", "value_reason", "realisasi", "realisasi_status",
             "realisasi_reason", "basis", "cumulative", "missing", "undefined", "target_raw")
