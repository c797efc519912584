"""Predicate scales and capaian settings: the scale in force for an agency (its own, else the pemda
default, else Permendagri 86/2017), bands read from a form and checked by :class:`kinerja.capaian.Scale`,
a live preview on sample values, and saving — guarded by the version the editor started from — which
recomputes the figures of every agency the change reaches (in the background for a pemda-wide change).

The one module of scale code: nothing else reads or writes :class:`CapaianScale`.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction

from kinerja.capaian.bands import PERMENDAGRI_86_2017, Band, Scale
from kinerja.catalog.models import Pemda, PerangkatDaerah
from kinerja.derivation import Settings
from kinerja.errors import KinerjaError, NumberFormatError
from kinerja.measurement.errors import ConflictError, InvalidEntry, MeasurementError, ValueProblem
from kinerja.measurement.models import CapaianBand, CapaianScale
from kinerja.numbers import format_number, parse_decimal

BAND_FIELDS = ("label", "label_en", "meaning", "min", "min_inclusive", "max", "max_inclusive", "colour")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
LIMIT = Decimal(10) ** 8  # CapaianBand bounds: 12 digits, 4 of them decimals
TEXT_MAX = {"label": 60, "label_en": 60, "meaning": 120}
DEFAULT_SAMPLES = "45; 50,99; 51; 65,5; 66; 75,99; 76; 90,99; 91; 100; 120"


# --- the scale in force ---------------------------------------------------------------------------

def to_scale(row: CapaianScale) -> Scale:
    """The pure :class:`Scale` of a stored scale (raises ScaleError when its bands overlap)."""
    return Scale(row.name, tuple(
        Band(b.min, b.min_inclusive if b.min is not None else False, b.max,
             b.max_inclusive if b.max is not None else False, b.label, b.meaning, b.colour or None,
             b.label_en or None)
        for b in row.bands.all()))


def scales_of(pemda_id: int) -> dict[int | None, CapaianScale]:
    """The pemda's stored scales with their bands, in one query: agency pk (``None`` for the pemda
    default) → row (its ``bands`` prefetched)."""
    scales: dict[int | None, CapaianScale] = {}
    bands: dict[int, list[CapaianBand]] = {}
    for band in CapaianBand.objects.filter(scale__pemda_id=pemda_id).select_related("scale"):
        scales.setdefault(band.scale.agency_id, band.scale)
        bands.setdefault(band.scale_id, []).append(band)
    for scale in scales.values():
        scale._prefetched_objects_cache = {"bands": sorted(bands[scale.pk], key=lambda b: (b.order, b.pk))}
    return scales


def scale_for(agency: PerangkatDaerah, stored: dict[int | None, CapaianScale] | None = None) -> Scale:
    """The agency's own scale, else its pemda's default, else Permendagri 86/2017."""
    stored = scales_of(agency.pemda_id) if stored is None else stored
    row = stored.get(agency.pk) or stored.get(None)
    return to_scale(row) if row else PERMENDAGRI_86_2017


def settings_for(agency: PerangkatDaerah, stored: dict[int | None, CapaianScale] | None = None) -> Settings:
    """The agency's capaian settings for the derivation engine."""
    pemda = agency.pemda
    return Settings(scale_for(agency, stored), pemda.capaian_floor, pemda.capaian_ceiling)


def store_scale(pemda: Pemda, scale: Scale, agency: PerangkatDaerah | None = None, *,
                version: int | None = None) -> CapaianScale:
    """Save ``scale`` as the pemda default (or the agency's own), replacing the bands it had.

    ``version`` is the version the editor read (0 when there was none): a stale one is a
    :class:`ConflictError` and nothing is written. ``None`` skips the check (loading data)."""
    with transaction.atomic():
        row = CapaianScale.objects.select_for_update().filter(pemda=pemda, agency=agency).first()
        current = row.version if row else 0
        if version is not None and version != current:
            raise _scale_conflict(row, current)
        if row is None:
            try:
                with transaction.atomic():
                    row = CapaianScale.objects.create(pemda=pemda, agency=agency, name=scale.name)
            except IntegrityError:
                raise _scale_conflict(None, 1) from None
        else:
            claimed = CapaianScale.objects.filter(pk=row.pk, version=current).update(version=current + 1)
            if not claimed:
                raise _scale_conflict(row, current + 1)
            row.refresh_from_db()
            row.name = scale.name
            row.save()
        for band in row.bands.all():
            band.delete()
        for order, band in enumerate(scale.ordered()[::-1]):
            CapaianBand.objects.create(scale=row, order=order, label=band.label, label_en=band.label_en or "",
                                       meaning=band.meaning, min=band.min, min_inclusive=band.min_inclusive,
                                       max=band.max, max_inclusive=band.max_inclusive, colour=band.colour or "")
    return row


def _scale_conflict(row: CapaianScale | None, current: int) -> ConflictError:
    shown = f" (sekarang: '{row.name}')" if row else ""
    shown_en = f" (now: '{row.name}')" if row else ""
    return ConflictError(f"Skala ini baru saja diubah oleh orang lain{shown}; isian Anda tetap di formulir. "
                         f"Periksa skala yang berlaku, lalu simpan lagi. Tidak ada yang ditimpa.",
                         f"Someone else has just changed this scale{shown_en}; your input is kept in the form. "
                         f"Check the scale in force, then save again. Nothing was overwritten.",
                         current_version=current)


# --- reading the editors --------------------------------------------------------------------------

def _bound(raw: str, field_name: str, label: str) -> Decimal | None:
    if not raw.strip():
        return None
    try:
        value = parse_decimal(raw)
    except NumberFormatError as exc:
        raise ValueProblem(f"Pita '{label}': {exc.message_id}", f"Band '{label}': {exc.message_en}",
                           field=field_name) from None
    if abs(value) >= LIMIT or value != value.quantize(Decimal("0.0001")):
        raise ValueProblem(f"Pita '{label}': batas {format_number(value)} di luar jangkauan (maks. 4 desimal, "
                           f"kurang dari 100.000.000)",
                           f"Band '{label}': bound {format_number(value, language='en')} is out of range "
                           f"(at most 4 decimals, below 100,000,000)", field=field_name)
    return value


def band_rows(data: Mapping[str, str]) -> list[dict[str, str]]:
    """The band rows of a form (``band-<n>-<field>``) in their order, blank rows left out."""
    indices = sorted({int(m.group(1)) for key in data if (m := re.match(r"^band-(\d+)-", key))})
    rows = []
    for i in indices:
        row = {"index": str(i), **{f: str(data.get(f"band-{i}-{f}", "") or "").strip() for f in BAND_FIELDS}}
        if any(row[f] for f in ("label", "label_en", "meaning", "min", "max")):
            rows.append(row)
    return rows


def read_scale(name: str, rows: Sequence[Mapping[str, str]]) -> Scale:
    """The :class:`Scale` the rows describe. Raises :class:`InvalidEntry` naming each bad field; an
    overlap is refused by :class:`Scale` itself, with its bilingual message."""
    problems: list[ValueProblem] = []
    bands: list[Band] = []
    name = " ".join(str(name or "").split())
    if not name or len(name) > 120:
        problems.append(ValueProblem("Nama skala wajib diisi (paling banyak 120 karakter).",
                                     "The scale needs a name (at most 120 characters).", field="name"))
    for row in rows:
        prefix = f"band-{row.get('index', len(bands))}-"
        label = row.get("label", "")
        found: list[ValueProblem] = []
        if not label:
            found.append(ValueProblem("Setiap pita harus berlabel.", "Every band needs a label.",
                                      field=prefix + "label"))
        for key, most in TEXT_MAX.items():
            if len(row.get(key, "")) > most:
                found.append(ValueProblem(f"Pita '{label}': {key} paling banyak {most} karakter.",
                                          f"Band '{label}': {key} is at most {most} characters.",
                                          field=prefix + key))
        colour = row.get("colour", "")
        if colour and not COLOUR.match(colour):
            found.append(ValueProblem(f"Pita '{label}': warna ditulis #rrggbb.", f"Band '{label}': write the colour as "
                                      f"#rrggbb.", field=prefix + "colour"))
        bounds = {}
        for side in ("min", "max"):
            try:
                bounds[side] = _bound(row.get(side, ""), prefix + side, label)
            except ValueProblem as problem:
                found.append(problem)
        if not found:
            try:
                bands.append(Band(bounds["min"], is_checked(row.get("min_inclusive")), bounds["max"],
                                  is_checked(row.get("max_inclusive")), label, row.get("meaning", ""), colour or None,
                                  row.get("label_en") or None))
            except KinerjaError as exc:
                found.append(ValueProblem(exc.message_id, exc.message_en, field=prefix + "min"))
        problems += found
    if not rows:
        problems.append(ValueProblem("Skala memerlukan sedikitnya satu pita.", "A scale needs at least one band.",
                                     field="bands"))
    if problems:
        raise InvalidEntry(problems)
    try:
        return Scale(name, tuple(bands))
    except KinerjaError as exc:
        raise InvalidEntry([ValueProblem(exc.message_id, exc.message_en, field="bands")]) from None


def is_checked(value: str | None) -> bool:
    return str(value or "").lower() in ("1", "on", "true", "yes")


def gap_warnings(scale: Scale) -> list[tuple[str, str]]:
    """(Indonesian, English) for every range of values no band holds: allowed, but said out loud."""
    return [(f"Nilai {gap.describe()} tidak masuk pita mana pun.", f"Values {gap.describe('en')} fall in no band.")
            for gap in scale.gaps()]


@dataclass(frozen=True)
class Sample:
    raw: str
    value: Decimal | None
    band: Band | None
    problem: KinerjaError | None = None


def classify_samples(scale: Scale, text: str) -> list[Sample]:
    """Each value of ``text`` (separated by ";" or spaces, Indonesian notation) with its band."""
    samples = []
    for raw in [t for t in re.split(r"[;\s]+", str(text or "")) if t][:30]:
        try:
            value = parse_decimal(raw)
        except NumberFormatError as exc:
            samples.append(Sample(raw, None, None, exc))
            continue
        samples.append(Sample(raw, value, scale.classify(value)))
    return samples


# --- what a change reaches ------------------------------------------------------------------------

def default_users(pemda: Pemda) -> list[PerangkatDaerah]:
    """The agencies of ``pemda`` that use its default scale (no scale of their own)."""
    own = set(CapaianScale.objects.filter(pemda=pemda, agency__isnull=False).values_list("agency_id", flat=True))
    return [a for a in PerangkatDaerah.objects.filter(pemda=pemda).select_related("pemda").order_by("pk")
            if a.pk not in own]


def delete_agency_scale(agency: PerangkatDaerah, *, version: int | None = None) -> None:
    """Remove the agency's own scale (and its bands): the pemda default applies again."""
    with transaction.atomic():
        for row in CapaianScale.objects.select_for_update().filter(agency=agency):
            if version is not None and row.version != version:
                raise _scale_conflict(row, row.version)
            for band in row.bands.all():
                band.delete()
            row.delete()


def read_pemda_settings(convention: str, floor_raw: str,
                        ceiling_raw: str) -> tuple[str, Decimal | None, Decimal | None]:
    """The lower-is-better convention and the capaian floor/ceiling as typed; raises
    :class:`InvalidEntry` naming the bad field."""
    problems: list[ValueProblem] = []
    if convention not in Pemda.LowerIsBetter.values:
        problems.append(ValueProblem("Konvensi tidak dikenal.", "Unknown convention.", field="convention"))
    bounds: dict[str, Decimal | None] = {}
    for name, raw, id_name in (("floor", floor_raw, "Batas bawah"), ("ceiling", ceiling_raw, "Batas atas")):
        raw = str(raw or "").strip().rstrip("%").strip()
        try:
            value = parse_decimal(raw) if raw else None
            if value is not None and (abs(value) >= Decimal(10) ** 6 or value != value.quantize(Decimal("0.01"))):
                raise MeasurementError("di luar jangkauan (maks. 2 desimal)", "out of range (at most 2 decimals)")
            bounds[name] = value
        except KinerjaError as exc:
            problems.append(ValueProblem(f"{id_name}: {exc.message_id}", f"{name.capitalize()}: {exc.message_en}",
                                         field=name))
    if not problems and None not in (bounds["floor"], bounds["ceiling"]) and bounds["floor"] > bounds["ceiling"]:
        problems.append(ValueProblem("Batas bawah lebih besar dari batas atas.", "The floor is above the ceiling.",
                                     field="floor"))
    if problems:
        raise InvalidEntry(problems)
    return convention, bounds["floor"], bounds["ceiling"]


def settings_fingerprint(pemda: Pemda) -> str:
    """The pemda's settings as an editor saw them: a save from an older page is refused."""
    return f"{pemda.lower_is_better_convention}|{pemda.capaian_floor}|{pemda.capaian_ceiling}"


def store_pemda_settings(pemda: Pemda, convention: str, floor: Decimal | None, ceiling: Decimal | None, *,
                         seen: str | None = None) -> None:
    """Save the pemda's settings; ``seen`` (:func:`settings_fingerprint` as read) guards against a lost edit."""
    with transaction.atomic():
        current = Pemda.objects.select_for_update().get(pk=pemda.pk)
        if seen is not None and settings_fingerprint(current) != seen:
            raise ConflictError("Pengaturan capaian baru saja diubah oleh orang lain; isian Anda tetap di "
                                "formulir. Tidak ada yang ditimpa.",
                                "Someone else has just changed the capaian settings; your input is kept in the "
                                "form. Nothing was overwritten.", current_version=0)
        current.lower_is_better_convention, current.capaian_floor, current.capaian_ceiling = convention, floor, ceiling
        current.save()
    pemda.lower_is_better_convention, pemda.capaian_floor, pemda.capaian_ceiling = convention, floor, ceiling
