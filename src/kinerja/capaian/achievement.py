"""Capaian (achievement, % of target): the exact, explained arithmetic.

Everything is computed in :class:`~decimal.Decimal` (numerator × 100 first, then one division), so a
capaian that is exactly 91 is 91 and lands in the band a person expects. Every result says which
values, which formula and which convention it used, in Indonesian and in English. The rules (what
happens at T = 0, R = 0, inside a range …) are stated in ``docs/capaian.md``; this module is their
only implementation.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any, Literal

from kinerja.capaian.bands import PERMENDAGRI_86_2017, Band, Scale
from kinerja.capaian.decimals import Number, as_decimal, format_exact, format_operand, is_blank, plain
from kinerja.capaian.errors import CapaianError
from kinerja.capaian.targets import NumberTarget, PredicateScale, PredicateTarget, RangeTarget, Target, parse_target

Status = Literal["ok", "unknown", "undefined"]

POLARITIES: tuple[str, ...] = ("positif", "negatif")
CONVENTIONS: tuple[str, ...] = ("2t-r", "t/r")
FORMULAS = {"r/t": "R / T × 100%", "2t-r": "(2 × T − R) / T × 100%", "t/r": "T / R × 100%"}
HUNDRED = Decimal(100)

_WHY_ID = {"r/t": "karena indikator ini semakin besar semakin baik",
           "2t-r": "karena indikator ini semakin kecil semakin baik (konvensi 2T − R)",
           "t/r": "karena indikator ini semakin kecil semakin baik (konvensi T / R)"}
_WHY_EN = {"r/t": "because higher is better for this indicator",
           "2t-r": "because lower is better for this indicator (2T − R convention)",
           "t/r": "because lower is better for this indicator (T / R convention)"}


def normalise_polarity(polarity: str) -> str:
    p = str(polarity).strip().lower()
    if p not in POLARITIES:
        raise CapaianError(f"polaritas '{polarity}' tidak dikenal (positif atau negatif)",
                           f"unknown polarity '{polarity}' (positif or negatif)")
    return p


def normalise_convention(convention: str) -> str:
    c = "".join(str(convention).lower().split()).replace("−", "-").replace("–", "-")
    if c not in CONVENTIONS:
        raise CapaianError(f"konvensi '{convention}' tidak dikenal (2t-r atau t/r)",
                           f"unknown convention '{convention}' (2t-r or t/r)")
    return c


@dataclass(frozen=True)
class Undefined:
    """A realisasi that was computed but has no value, e.g. its own formula divided by zero ("0 of 0
    cases resolved"). Pass it as the realisasi: the capaian is ``undefined`` with this reason, which
    is not the same as a realisasi nobody reported (``None``, ``unknown``)."""

    reason_id: str
    reason_en: str


@dataclass(frozen=True)
class Capaian:
    """One computed achievement and how it was reached.

    ``status`` is ``"ok"`` (``value`` is set), ``"unknown"`` (target or realisasi missing: not 0%) or
    ``"undefined"`` (both known but no capaian exists, e.g. a target of 0 with a non-zero realisasi).
    ``convention`` is the formula actually used: ``"r/t"`` when higher is better, ``"2t-r"`` or
    ``"t/r"`` when lower is better. ``predicate`` is ``None`` when the value is in no band of
    ``scale`` (see :attr:`unbanded`).
    """

    value: float | None
    exact: Decimal | None
    status: Status
    predicate: Band | None
    polarity: str
    convention: str
    formula: str
    calculation: str
    explanation_id: str
    explanation_en: str
    scale: Scale
    target: Target | None = None
    realisasi: Decimal | str | None = None
    basis: str = "target"
    clamped: str | None = None

    @property
    def unbanded(self) -> bool:
        """A known value that no band of the scale holds: show it, never drop it."""
        return self.status == "ok" and self.predicate is None

    def explanation(self, language: str = "id") -> str:
        return self.explanation_en if language.startswith("en") else self.explanation_id

    def display(self, language: str = "id") -> str:
        """The value as a percentage with enough decimals that it reads in its own band."""
        return "–" if self.exact is None else format_percent_in_band(self.exact, self.scale, language)

    def to_json(self) -> dict[str, Any]:
        return {
            "capaian": self.value,
            "status": self.status,
            "predikat": self.predicate.label if self.predicate else None,
            "konvensi": self.convention,
            "polaritas": self.polarity,
            "rumus": self.formula,
            "perhitungan": self.calculation,
            "dasar": self.basis,
            "dibatasi": self.clamped,
            "skala": self.scale.name,
            "target": self.target.to_json() if self.target else None,
            "realisasi": plain(self.realisasi) if isinstance(self.realisasi, Decimal) else self.realisasi,
            "penjelasan": self.explanation_id,
            "explanation": self.explanation_en,
        }


def round_in_band(value: Decimal, scale: Scale) -> Decimal:
    """``value`` at two decimals, or at as many more as keep it in its own band of ``scale``
    (90.995 stays 90.995, because 91.00 would be Sangat Tinggi and 90.995 is Tinggi)."""
    band = scale.classify(value)
    for places in range(2, 29):
        try:
            candidate = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
        except InvalidOperation:  # more digits than the context holds: keep the value as it is
            break
        if scale.classify(candidate) == band:
            return candidate
    return value


def format_percent_in_band(value: Decimal, scale: Scale, language: str = "id") -> str:
    """``value`` as "90,99%": :func:`round_in_band`, printed with its decimals, trailing zeros dropped."""
    return format_exact(round_in_band(value, scale), language) + "%"


def _as_target(target: Target | str | Number | None, predicate_scale: PredicateScale | None) -> Target | None:
    if target is None or isinstance(target, (NumberTarget, RangeTarget, PredicateTarget)):
        return target
    if isinstance(target, str):
        return None if is_blank(target) else parse_target(target, scale=predicate_scale)
    value = as_decimal(target, what="target", what_en="target")
    return None if value is None else NumberTarget(value, str(target))


def compute_capaian(target: Target | str | Number | None, realisasi: Number | str | Undefined | None, *,
                    polarity: str = "positif", convention: str = "2t-r",
                    floor: Number | None = None, ceiling: Number | None = None,
                    scale: Scale = PERMENDAGRI_86_2017,
                    predicate_scale: PredicateScale | None = None) -> Capaian:
    """The capaian of ``realisasi`` against ``target``.

    ``target`` may be a parsed :data:`Target`, its text ("80–90", "WTP") or a number; ``realisasi``
    a number, its text, a predicate label (for a predicate target) or ``None`` (not reported).
    ``convention`` applies only when ``polarity`` is ``"negatif"``. ``floor``/``ceiling`` clamp the
    value (e.g. 0 and 120); ``scale`` gives the predicate.
    """
    polarity = normalise_polarity(polarity)
    convention = normalise_convention(convention)
    lo = as_decimal(floor, what="batas bawah", what_en="floor")
    hi = as_decimal(ceiling, what="batas atas", what_en="ceiling")
    if lo is not None and hi is not None and lo > hi:
        raise CapaianError(f"batas bawah {lo} lebih besar dari batas atas {hi}",
                           f"floor {lo} is above ceiling {hi}")
    parsed = _as_target(target, predicate_scale)
    used = "r/t" if polarity == "positif" else convention
    base = dict(polarity=polarity, convention=used, formula=FORMULAS[used], scale=scale, target=parsed)
    if isinstance(realisasi, Undefined):
        if parsed is None:  # no target: unknown, whatever the realisasi
            realisasi = None
        else:
            return Capaian(None, None, "undefined", None, calculation="",
                           explanation_id=f"Realisasi tidak terdefinisi ({realisasi.reason_id}); capaian tidak "
                                          f"dapat dihitung.",
                           explanation_en=f"The realisasi is undefined ({realisasi.reason_en}); no capaian can be "
                                          f"computed.", **base)
    if isinstance(parsed, PredicateTarget):
        if polarity != "positif":
            raise CapaianError("target predikat selalu semakin tinggi semakin baik; polaritas negatif tidak berlaku",
                               "a predicate target is always higher-is-better; negatif polarity does not apply")
        blank = realisasi is None or (isinstance(realisasi, str) and is_blank(realisasi))
        r_label = None if blank else parsed.scale.label_of(str(realisasi))
        if not blank and r_label is None:
            parsed.scale.score(str(realisasi))  # raises the bilingual "not a predicate of this scale"
        r_value = None if r_label is None else parsed.scale.scores[r_label]
        r_text = r_label
    else:
        r_value = as_decimal(realisasi, what="realisasi", what_en="realisasi")
        r_text = None if r_value is None else r_value
    if parsed is None or r_value is None:
        missing_id = "Target belum ditetapkan" if parsed is None else "Realisasi belum dilaporkan"
        missing_en = "No target has been set" if parsed is None else "No realisasi has been reported"
        return Capaian(None, None, "unknown", None, calculation="", realisasi=r_text,
                       explanation_id=f"{missing_id}; capaian tidak diketahui (bukan 0%).",
                       explanation_en=f"{missing_en}; the capaian is unknown (not 0%).", **base)
    return _compute(parsed, r_value, r_text, used, lo, hi, dict(base, realisasi=r_text))


def _compute(target: Target, r: Decimal, r_text: Decimal | str, used: str, floor: Decimal | None,
             ceiling: Decimal | None, base: dict[str, Any]) -> Capaian:
    pre_id = pre_en = ""
    basis = "target"
    if isinstance(target, PredicateTarget):
        t = target.score
        basis = "predicate"
        pre_id = (f"Predikat dibandingkan melalui skornya pada skala {target.scale.name} "
                  f"({r_text} = {format_operand(r)}, {target.label} = {format_operand(t)}). ")
        pre_en = (f"Predicates are compared by their scores on the {target.scale.name} scale "
                  f"({r_text} = {format_operand(r, 'en')}, {target.label} = {format_operand(t, 'en')}). ")
    elif isinstance(target, RangeTarget):
        rng_id, rng_en = target.describe(), target.describe("en")
        if target.low <= r <= target.high:
            text_id = (f"Realisasi {format_operand(r)} berada dalam rentang target {rng_id}, "
                       f"sehingga capaian = 100%.")
            text_en = (f"Realisasi {format_operand(r, 'en')} lies within the target range {rng_en}, "
                       f"so the capaian is 100%.")
            calculation = f"{format_operand(target.low)} ≤ {format_operand(r)} ≤ {format_operand(target.high)} → 100%"
            return _finish(HUNDRED, calculation, text_id, text_en,
                           floor, ceiling, dict(base, basis="range_inside"))
        below = r < target.low
        t = target.low if below else target.high
        basis = "range_low" if below else "range_high"
        pre_id = (f"Realisasi {format_operand(r)} {'di bawah' if below else 'di atas'} rentang target {rng_id}; "
                  f"dibandingkan dengan batas terdekat {format_operand(t)}. ")
        pre_en = (f"Realisasi {format_operand(r, 'en')} is {'below' if below else 'above'} the target range "
                  f"{rng_en}; it is compared with the nearer bound {format_operand(t, 'en')}. ")
    else:
        t = target.value
    base = dict(base, basis=basis)
    return _ratio(t, r, used, floor, ceiling, base, pre_id, pre_en)


def _ratio(t: Decimal, r: Decimal, used: str, floor: Decimal | None, ceiling: Decimal | None,
           base: dict[str, Any], pre_id: str, pre_en: str) -> Capaian:
    T, R = format_operand(t), format_operand(r)
    Te, Re = format_operand(t, "en"), format_operand(r, "en")
    if t == 0:
        if r == 0:
            return _finish(HUNDRED, "R = T = 0 → 100%",
                           pre_id + "Target 0 dan realisasi 0: realisasi sama dengan target, capaian = 100%.",
                           pre_en + "Target 0 and realisasi 0: the realisasi equals the target, capaian = 100%.",
                           floor, ceiling, base)
        return _undefined(base, pre_id + f"Target 0 tidak dapat menjadi pembagi dan realisasi ({R}) tidak sama "
                          f"dengan target; capaian tidak dapat dihitung.",
                          pre_en + f"A target of 0 cannot be divided by and the realisasi ({Re}) differs from "
                          f"it; no capaian can be computed.")
    if t < 0:
        return _undefined(base, pre_id + f"Target negatif ({T}): rumus rasio tidak bermakna; capaian tidak dapat "
                          f"dihitung.", pre_en + f"A negative target ({Te}) makes the ratio meaningless; no "
                          f"capaian can be computed.")
    if used == "r/t":
        value = r * HUNDRED / t
        calc_id, calc_en = f"{R} / {T} × 100%", f"{Re} / {Te} × 100%"
    elif used == "2t-r":
        value = (2 * t - r) * HUNDRED / t
        calc_id, calc_en = f"(2 × {T} − {R}) / {T} × 100%", f"(2 × {Te} − {Re}) / {Te} × 100%"
    else:
        calc_id, calc_en = f"{T} / {R} × 100%", f"{Te} / {Re} × 100%"
        if r < 0:
            return _undefined(base, pre_id + f"Realisasi negatif ({R}) dengan konvensi T / R tidak bermakna; "
                              f"capaian tidak dapat dihitung.", pre_en + f"A negative realisasi ({Re}) has no "
                              f"meaning under the T / R convention; no capaian can be computed.")
        if r == 0:
            if ceiling is None:
                return _undefined(base, pre_id + f"Realisasi 0 dengan konvensi T / R: {T} / 0 tak terhingga; "
                                  f"capaian tidak dapat dihitung tanpa batas atas (tetapkan batas atas atau pakai "
                                  f"konvensi 2T − R).", pre_en + f"Realisasi 0 under the T / R convention: {Te} / 0 "
                                  f"is infinite; no capaian without a ceiling (set a ceiling or use the 2T − R "
                                  f"convention).")
            shown_id, shown_en = format_exact(ceiling), format_exact(ceiling, "en")
            return replace(_finish(ceiling, f"{calc_id} = ∞ → {shown_id}%",
                                   pre_id + f"Capaian = {calc_id} tak terhingga {_WHY_ID[used]}; dibatasi menjadi "
                                   f"{shown_id}% (batas atas capaian).",
                                   pre_en + f"Capaian = {calc_en} is infinite {_WHY_EN[used]}; capped at "
                                   f"{shown_en}% (the capaian ceiling).", None, None, base), clamped="ceiling")
        value = t * HUNDRED / r
    scale: Scale = base["scale"]
    raw_id, raw_en = format_percent_in_band(value, scale), format_percent_in_band(value, scale, "en")
    text_id = f"{pre_id}Capaian = {calc_id} = {raw_id} {_WHY_ID[used]}."
    text_en = f"{pre_en}Capaian = {calc_en} = {raw_en} {_WHY_EN[used]}."
    return _finish(value, f"{calc_id} = {raw_id}", text_id, text_en, floor, ceiling, base)


def _undefined(base: dict[str, Any], text_id: str, text_en: str) -> Capaian:
    return Capaian(None, None, "undefined", None, calculation="", explanation_id=text_id,
                   explanation_en=text_en, **base)


def _finish(value: Decimal, calculation: str, text_id: str, text_en: str, floor: Decimal | None,
            ceiling: Decimal | None, base: dict[str, Any]) -> Capaian:
    clamped = None
    if floor is not None and value < floor:
        value, clamped = floor, "floor"
    elif ceiling is not None and value > ceiling:
        value, clamped = ceiling, "ceiling"
    scale: Scale = base["scale"]
    if clamped:
        shown_id, shown_en = format_exact(value), format_exact(value, "en")
        word_id = "batas bawah" if clamped == "floor" else "batas atas"
        word_en = "floor" if clamped == "floor" else "ceiling"
        text_id = f"{text_id} Dibatasi menjadi {shown_id}% ({word_id} capaian)."
        text_en = f"{text_en} Clamped to {shown_en}% (the capaian {word_en})."
        calculation = f"{calculation} → {shown_id}%"
    band = scale.classify(value)
    if band is None:
        text_id += f" Nilai {format_percent_in_band(value, scale)} tidak masuk pita mana pun pada skala {scale.name}."
        text_en += (f" The value {format_percent_in_band(value, scale, 'en')} falls in no band of the "
                    f"{scale.name} scale.")
    else:
        text_id += f" Predikat: {band.name()} ({band.describe()}, skala {scale.name})."
        text_en += f" Predicate: {band.name('en')} ({band.describe('en')}, {scale.name} scale)."
    return Capaian(float(value), value, "ok", band, calculation=calculation, explanation_id=text_id,
                   explanation_en=text_en, clamped=clamped, **base)


@dataclass(frozen=True)
class CapaianSettings:
    """A pemda's capaian settings; an indicator may override the lower-is-better convention."""

    convention: str = "2t-r"
    floor: Decimal | None = None
    ceiling: Decimal | None = None
    scale: Scale = PERMENDAGRI_86_2017

    def compute(self, target: Target | str | Number | None, realisasi: Number | str | Undefined | None, *,
                polarity: str = "positif", convention: str | None = None,
                predicate_scale: PredicateScale | None = None) -> Capaian:
        """:func:`compute_capaian` with these settings; ``convention`` is the indicator's override."""
        return compute_capaian(target, realisasi, polarity=polarity,
                               convention=convention or self.convention, floor=self.floor,
                               ceiling=self.ceiling, scale=self.scale, predicate_scale=predicate_scale)

