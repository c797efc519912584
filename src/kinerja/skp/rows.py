"""IKI row → SKP row, the mapping of docs/skp.md.

- RHK atasan yang diintervensi ← the superior's sasaran of the indicator this row ``supports``
  (its name when that sasaran is missing);
- RHK ← the sasaran (kinerja) of the position's own row;
- indikator kinerja individu and target ← the IKI and its PK target (the PK Perubahan when there is one,
  the year's Renstra target while there is no PK: the target its capaian is judged against);
- aspek ← the saved choice, else :func:`kinerja.skp.aspek.propose_aspek`;
- periodic targets, realisasi and evidence ← the facts of TW I–IV.

What the catalog lacks is said in the row's notes, never invented.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from kinerja.capaian.decimals import format_exact
from kinerja.capaian.targets import NumberTarget, RangeTarget, parse_target
from kinerja.errors import KinerjaError
from kinerja.skp.aspek import propose_aspek
from kinerja.skp.model import ASPEK, IkiRow, IndicatorFacts, SkpRow, SkpTarget, Text

NO_SUPPORTS = Text("Belum ditautkan ke indikator atasan ('mendukung'); isi RHK atasan bersama atasan.",
                   "Not linked to a superior's indicator ('supports'); agree the superior's RHK together.")
HIDDEN_SUPERIOR = Text("RHK atasan ada di luar lingkup akses Anda; atasan atau perencana dapat melengkapinya.",
                       "The superior's RHK is outside your access; the superior or the planner can fill it in.")
NO_SASARAN = Text("Sasaran indikator ini belum diisi; RHK perlu dirumuskan.",
                  "This indicator has no sasaran; the RHK needs to be worded.")
NO_TARGET = Text("Belum ada target PK untuk tahun ini.", "There is no PK target for this year.")
UNREADABLE_TARGET = Text("Target PK tidak terbaca sebagai angka; periksa sebelum disalin.",
                         "The PK target does not read as a number; check it before copying.")
REVISED_TARGET = Text("Target dari PK Perubahan.", "The target is the PK Perubahan's.")
RENSTRA_TARGET = Text("Belum ada target PK; target ini dari Renstra tahun ini.",
                      "There is no PK target yet; this is the Renstra target of the year.")


def skp_target(raw: str, satuan: str) -> SkpTarget:
    """The PK target as the form prints it, with its bounds and unit for typing into e-Kinerja."""
    raw = (raw or "").strip()
    if not raw:
        return SkpTarget(text="", satuan=satuan)
    try:
        parsed = parse_target(raw)
    except KinerjaError:
        return SkpTarget(text=raw, satuan=satuan, raw=raw)
    if isinstance(parsed, NumberTarget):
        unit = parsed.satuan or satuan
        return SkpTarget(_joined(format_exact(parsed.value), unit), parsed.value, parsed.value, unit, raw)
    if isinstance(parsed, RangeTarget):
        unit = parsed.satuan or satuan
        return SkpTarget(_joined(parsed.describe(), unit), parsed.low, parsed.high, unit, raw)
    return SkpTarget(text=parsed.label, satuan=satuan, raw=raw)


def _joined(value: str, unit: str) -> str:
    return f"{value} {unit}".strip() if unit else value


def skp_row(number: int, iki: IkiRow, facts: IndicatorFacts) -> SkpRow:
    proposed, reason = propose_aspek(iki.name, iki.satuan, iki.formula_kind, iki.formula_text)
    saved = iki.aspek_saved if iki.aspek_saved in ASPEK else None
    notes: list[Text] = []
    if iki.supports_hidden:
        notes.append(HIDDEN_SUPERIOR)
    elif iki.supports is None:
        notes.append(NO_SUPPORTS)
    if not iki.sasaran.strip():
        notes.append(NO_SASARAN)
    target = skp_target(facts.pk_target_raw, iki.satuan)
    if not target.text:
        notes.append(NO_TARGET)
    elif target.low is None and target.raw:
        notes.append(UNREADABLE_TARGET)
    if target.text and facts.target_kind == "pk_perubahan":
        notes.append(REVISED_TARGET)
    elif target.text and facts.target_kind == "renstra":
        notes.append(RENSTRA_TARGET)
    rhk_atasan = ""
    if iki.supports is not None:
        rhk_atasan = iki.supports.sasaran.strip() or iki.supports.indicator
    return SkpRow(
        number=number, indicator_id=iki.indicator_id, rhk_atasan=rhk_atasan, rhk=iki.sasaran.strip(),
        aspek=saved or proposed, aspek_proposed=proposed, aspek_reason=reason, aspek_saved=saved is not None,
        aspek_version=iki.aspek_version, indikator=iki.name, target=target, periods=facts.periods,
        notes=tuple(notes))


def skp_rows(rows: Iterable[IkiRow], facts: Mapping[int, IndicatorFacts]) -> tuple[SkpRow, ...]:
    """The SKP rows of a position's IKI, numbered, in the order given; missing facts are empty facts."""
    return tuple(skp_row(n, iki, facts.get(iki.indicator_id, IndicatorFacts())) for n, iki in enumerate(rows, 1))
