"""Capaian of a quarter (or the year) against the Rencana Aksi targets.

A Rencana Aksi gives quarterly targets in one of two ways, as the indicator says:

- ``kumulatif``: the TW II target is what should be reached by the end of TW II, so it is compared
  with the realisasi of TW I–II aggregated by the indicator's rule (sum, last, average);
- ``per_triwulan``: the TW II target is for TW II alone, compared with the TW II realisasi.

An indicator meaningful only yearly (a survey index, an audit opinion) has no quarterly capaian: the
result says so (status ``"undefined"``) rather than showing a misleading percentage.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from kinerja.capaian.achievement import Capaian, compute_capaian
from kinerja.capaian.aggregate import Aggregate, aggregate, normalise_rule
from kinerja.capaian.decimals import Number
from kinerja.capaian.errors import CapaianError
from kinerja.capaian.targets import Target
from kinerja.periods import Period, parse_period

TARGET_MODES: tuple[str, ...] = ("kumulatif", "per_triwulan")


def period_capaian(period: Period, target: Target | str | Number | None,
                   realisasi: Mapping[Period | str, Number | str | None], *, rule: str,
                   target_mode: str = "kumulatif", yearly_only: bool = False,
                   polarity: str = "positif", **settings: Any) -> tuple[Capaian, Aggregate | None]:
    """The capaian of ``period`` (a quarter or a year) against ``target``, from quarterly ``realisasi``.

    Returns the capaian and, where quarters were combined, the :class:`Aggregate` it used; its
    explanation is put in front of the capaian's. ``settings`` pass on to :func:`compute_capaian`
    (``convention``, ``floor``, ``ceiling``, ``scale``, ``predicate_scale``).
    """
    mode = str(target_mode).strip().lower()
    if mode not in TARGET_MODES:
        raise CapaianError(f"jenis target Rencana Aksi '{target_mode}' tidak dikenal (kumulatif, per_triwulan)",
                           f"unknown Rencana Aksi target kind '{target_mode}' (kumulatif, per_triwulan)")
    rule = normalise_rule(rule)
    if period.kind not in ("quarter", "year"):
        raise CapaianError(f"capaian Rencana Aksi dihitung per triwulan atau tahun, bukan {period.label()}",
                           f"Rencana Aksi capaian is per quarter or year, not {period.label('en')}")
    if yearly_only and period.kind != "year":
        base = compute_capaian(target, None, polarity=polarity, **settings)
        return replace(base, status="undefined",
                       explanation_id=f"Indikator ini hanya bermakna tahunan; capaian {period.label()} tidak dihitung.",
                       explanation_en=f"This indicator is meaningful only yearly; no capaian is computed for "
                                      f"{period.label('en')}."), None
    if period.kind == "quarter" and mode == "per_triwulan":
        keyed = {(k if isinstance(k, Period) else parse_period(k)): v for k, v in realisasi.items()}
        return compute_capaian(target, keyed.get(period), polarity=polarity, **settings), None
    if rule == "recompute":
        raise CapaianError("aturan 'recompute': hitung ulang rumus dari sum_variables, lalu pakai compute_capaian",
                           "the 'recompute' rule: evaluate the formula on sum_variables, then use compute_capaian")
    year = period if period.kind == "year" else period.parent("year")
    combined = aggregate(year, realisasi, rule, upto=period)
    result = compute_capaian(target, combined.value, polarity=polarity, **settings)
    return replace(result, explanation_id=f"{combined.explanation_id} {result.explanation_id}",
                   explanation_en=f"{combined.explanation_en} {result.explanation_en}"), combined

