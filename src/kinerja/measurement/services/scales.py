"""Predicate scales and capaian settings as people edit them: bands read from a form and checked by
:class:`kinerja.capaian.Scale`, a live preview on sample values, and saving that recomputes the
stored capaian of every agency the change reaches.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from kinerja.capaian.bands import Band, Scale
from kinerja.capaian.periods import Period
from kinerja.catalog.models import Indicator, Pemda, PerangkatDaerah
from kinerja.errors import KinerjaError, NumberFormatError
from kinerja.measurement.errors import InvalidEntry, MeasurementError, ValueProblem
from kinerja.measurement.models import CapaianResult, CapaianScale
from kinerja.measurement.services.compute import refresh_results, store_scale
from kinerja.numbers import format_number, parse_decimal

BAND_FIELDS = ("label", "label_en", "meaning", "min", "min_inclusive", "max", "max_inclusive", "colour")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
LIMIT = Decimal(10) ** 8  # CapaianBand bounds: 12 digits, 4 of them decimals
TEXT_MAX = {"label": 60, "label_en": 60, "meaning": 120}
DEFAULT_SAMPLES = "45; 50,99; 51; 65,5; 66; 75,99; 76; 90,99; 91; 100; 120"


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


# --- saving, and what it recomputes ---------------------------------------------------------------

def refresh_agency(agency: PerangkatDaerah) -> int:
    """Recompute every stored capaian of ``agency`` (a scale or setting changed); returns how many."""
    years: dict[int, set[int]] = {}
    for indicator_id, year in CapaianResult.objects.filter(agency=agency).values_list("indicator_id", "year"):
        years.setdefault(indicator_id, set()).add(year)
    count = 0
    for indicator in Indicator.objects.filter(pk__in=list(years)).select_related("agency__pemda", "unit"):
        for year in sorted(years[indicator.pk]):
            count += len(refresh_results(indicator, Period.of_year(year)))
    return count


def save_agency_scale(agency: PerangkatDaerah, scale: Scale) -> int:
    """The agency's own scale replaces the one it had; returns how many capaian were recomputed."""
    store_scale(agency.pemda, scale, agency=agency)
    return refresh_agency(agency)


def remove_agency_scale(agency: PerangkatDaerah) -> int:
    """Back to the pemda default: the agency's own scale (and its bands) are deleted."""
    with transaction.atomic():
        for row in CapaianScale.objects.filter(agency=agency):
            for band in row.bands.all():
                band.delete()
            row.delete()
    return refresh_agency(agency)


def _default_users(pemda: Pemda) -> list[PerangkatDaerah]:
    own = set(CapaianScale.objects.filter(pemda=pemda, agency__isnull=False).values_list("agency_id", flat=True))
    return [a for a in PerangkatDaerah.objects.filter(pemda=pemda).select_related("pemda") if a.pk not in own]


def save_pemda_default(pemda: Pemda, scale: Scale) -> int:
    """The pemda default scale; every agency without its own scale is recomputed."""
    store_scale(pemda, scale)
    return sum(refresh_agency(a) for a in _default_users(pemda))


def save_pemda_settings(pemda: Pemda, convention: str, floor_raw: str, ceiling_raw: str) -> int:
    """The lower-is-better convention and the capaian floor/ceiling of the pemda; every agency of it is
    recomputed. Raises :class:`InvalidEntry` naming the bad field."""
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
    pemda.lower_is_better_convention = convention
    pemda.capaian_floor, pemda.capaian_ceiling = bounds["floor"], bounds["ceiling"]
    pemda.save()
    return sum(refresh_agency(a) for a in PerangkatDaerah.objects.filter(pemda=pemda).select_related("pemda"))
