"""Checks on a realisasi as an operator types it, before it is saved.

Two kinds of problem: an *error* (the value cannot be right: a negative or fractional count of
people, documents, companies …) and a *confirmation* (the value may be right but is unusual: a
percentage above 100). Blank text, or a lone dash, is a missing value, never zero.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kinerja.capaian.decimals import format_exact, is_blank
from kinerja.capaian.targets import DEFAULT_PREDICATE_SCALES, PredicateScale
from kinerja.errors import NumberFormatError
from kinerja.numbers import parse_decimal

KINDS: tuple[str, ...] = ("count", "percent", "number", "predicate")

# Units that count whole things: a realisasi in them cannot be negative or fractional.
COUNT_UNITS = frozenset({
    "orang", "jiwa", "kk", "unit", "dokumen", "perusahaan", "paket", "kali", "kegiatan", "buah",
    "lembaga", "laporan", "desa", "kelurahan", "kelompok", "kasus", "sekolah", "rumah", "titik",
    "lokasi", "jenis", "naskah", "berkas", "izin", "sertifikat", "koperasi", "ikm", "umkm", "peserta",
    "pelaku usaha", "tenaga kerja", "kecamatan", "opd", "perangkat daerah", "aplikasi", "sistem",
    "inovasi", "produk", "event", "perkara", "sengketa", "pengaduan", "rekomendasi", "temuan",
})
PERCENT_UNITS = frozenset({"%", "persen", "percent", "prosentase", "persentase"})


@dataclass(frozen=True)
class Problem:
    code: str
    message_id: str
    message_en: str

    def message(self, language: str = "id") -> str:
        return self.message_en if language.startswith("en") else self.message_id


@dataclass(frozen=True)
class RealisasiCheck:
    """The parsed value (``None`` when missing or unreadable) and what is wrong with it."""

    value: Decimal | str | None
    kind: str
    errors: tuple[Problem, ...] = ()
    confirmations: tuple[Problem, ...] = ()
    missing: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.confirmations)


# What a realisasi column holds (28 digits, 8 of them decimals): larger is a typing slip, not a figure.
MAX_MAGNITUDE = Decimal(10) ** 20


def kind_for_satuan(satuan: str | None) -> str:
    """``count`` for units of whole things, ``percent`` for %, otherwise ``number``."""
    unit = " ".join(str(satuan or "").lower().split())
    if unit in PERCENT_UNITS:
        return "percent"
    return "count" if unit in COUNT_UNITS else "number"


def check_realisasi(value_text: str | int | float | Decimal | None, satuan: str | None = None,
                    kind: str | None = None, *, prefer_decimal_point: bool = False,
                    scales: Iterable[PredicateScale] = DEFAULT_PREDICATE_SCALES) -> RealisasiCheck:
    """Parse and check one realisasi. ``kind`` (count, percent, number, predicate) defaults to what
    ``satuan`` implies; ``prefer_decimal_point`` reads "1.234" as 1.234 (an international field)."""
    kind = kind_for_satuan(satuan) if kind is None else str(kind).strip().lower()
    if kind not in KINDS:
        return RealisasiCheck(None, kind, errors=(Problem(
            "unknown_kind", f"jenis nilai '{kind}' tidak dikenal ({', '.join(KINDS)})",
            f"unknown value kind '{kind}' ({', '.join(KINDS)})"),))
    if value_text is None or (isinstance(value_text, str) and is_blank(value_text)):
        return RealisasiCheck(None, kind, missing=True)
    if kind == "predicate":
        for scale in scales:
            label = scale.label_of(str(value_text))
            if label is not None:
                return RealisasiCheck(label, kind)
        known = ", ".join(label for scale in scales for label in scale.scores)
        return RealisasiCheck(None, kind, errors=(Problem(
            "unknown_predicate", f"'{value_text}' bukan predikat yang dikenal ({known})",
            f"'{value_text}' is not a known predicate ({known})"),))
    try:
        value = parse_decimal(value_text, prefer_decimal_point=prefer_decimal_point)
    except NumberFormatError as exc:
        return RealisasiCheck(None, kind, errors=(Problem("not_a_number", exc.message_id, exc.message_en),))
    if not value.is_finite():
        return RealisasiCheck(None, kind, errors=(Problem(
            "not_a_number", f"'{value_text}' bukan angka terhingga", f"'{value_text}' is not a finite number"),))
    if abs(value) >= MAX_MAGNITUDE:
        return RealisasiCheck(None, kind, errors=(Problem(
            "too_large", "angka terlalu besar: paling banyak 20 digit sebelum koma",
            "the number is too large: at most 20 digits before the decimal mark"),))
    errors: list[Problem] = []
    confirmations: list[Problem] = []
    unit = satuan or ("satuan hitung" if kind == "count" else "")
    unit_en = satuan or ("a counting unit" if kind == "count" else "")
    if kind == "count":
        if value < 0:
            errors.append(Problem("negative_count",
                                  f"jumlah ({unit}) tidak boleh negatif: {format_exact(value)}",
                                  f"a count ({unit_en}) cannot be negative: {format_exact(value, 'en')}"))
        if value != value.to_integral_value():
            errors.append(Problem("fractional_count",
                                  f"jumlah ({unit}) harus bilangan bulat: {format_exact(value)}",
                                  f"a count ({unit_en}) must be a whole number: {format_exact(value, 'en')}"))
    if kind == "percent" and value > 100:
        confirmations.append(Problem("percent_above_100",
                                     f"persentase {format_exact(value)}% melebihi 100%; pastikan nilai ini benar",
                                     f"the percentage {format_exact(value, 'en')}% is above 100%; confirm it is right"))
    return RealisasiCheck(value, kind, tuple(errors), tuple(confirmations))
