"""A pemda's LKE per evaluated year: copied from the shipped tree on first use, with the pemda's own
rubrics, or a tree of the pemda's own. A tree an evaluation has used is never edited in place; the
pemda copies it to another year and changes the copy.
"""
from __future__ import annotations

import copy
import json
from functools import lru_cache

from django.db import IntegrityError, transaction

from kinerja.accounts.access import Scope
from kinerja.catalog.models import Pemda
from kinerja.evaluasi.errors import ConflictError, EvaluasiError, NotAllowed
from kinerja.evaluasi.models import Evaluation, LkeInstrument
from kinerja.lke import Instrument, LkeError, instrument_from_dict, load_instrument

MAX_RUBRIC = 2000


def tree_of(row: LkeInstrument) -> Instrument:
    """The checked tree of a stored instrument. Parsed once per distinct content: the JSON text is the
    cache key, so a row changed elsewhere is never read stale."""
    return _parse(json.dumps(row.data, sort_keys=True))


@lru_cache(maxsize=64)
def _parse(frozen: str) -> Instrument:
    return instrument_from_dict(json.loads(frozen))


def shipped_for(year: int) -> Instrument:
    try:
        return load_instrument(year=year)
    except LkeError as exc:
        raise EvaluasiError(exc.message("id"), exc.message("en")) from None


def instrument_for(pemda: Pemda, year: int) -> LkeInstrument:
    """The pemda's LKE for ``year``; made from the shipped tree in force that year when there is none."""
    found = LkeInstrument.objects.filter(pemda=pemda, year=year).first()
    if found is not None:
        return found
    if not 2000 <= year <= 2100:
        raise EvaluasiError(f"Tahun {year} tidak sah.", f"{year} is not a valid year.")
    shipped = shipped_for(year)
    try:
        with transaction.atomic():
            return LkeInstrument.objects.create(pemda=pemda, year=year, data=shipped.to_dict(),
                                                based_on=f"LKE {shipped.version} (Kinerja)")
    except IntegrityError:  # someone made it at the same moment
        return LkeInstrument.objects.get(pemda=pemda, year=year)


def in_use(row: LkeInstrument) -> bool:
    return Evaluation.objects.filter(instrument=row).exists()


def _may_manage(user, pemda: Pemda) -> None:
    if not Scope.of(user).can_manage_lke(pemda):
        raise NotAllowed("Hanya evaluator atau admin pemda yang mengatur instrumen LKE.",
                         "Only the evaluator or the pemda admin manages the LKE.")


def _editable(row: LkeInstrument, version: int) -> None:
    if row.version != version:
        raise ConflictError(row.version)
    if in_use(row):
        raise EvaluasiError(f"LKE tahun {row.year} sudah dipakai evaluasi dan tidak diubah lagi; salin ke tahun lain "
                            f"untuk mengubahnya.",
                            f"The {row.year} LKE is used by an evaluation and is no longer changed; copy it to another "
                            f"year to change it.")


def set_rubric(user, row: LkeInstrument, code: str, rubric: dict[str, str], rubric_en: dict[str, str], *,
               version: int) -> LkeInstrument:
    """Attach the pemda's descriptive rubric (answer → what it means) to one criterion."""
    _may_manage(user, row.pemda)
    with transaction.atomic():
        row = LkeInstrument.objects.select_for_update().get(pk=row.pk)
        _editable(row, version)
        data = copy.deepcopy(row.data)
        criterion = next((c for comp in data["components"] for sub in comp["subcomponents"]
                          for c in sub["criteria"] if c["code"] == code), None)
        if criterion is None:
            raise EvaluasiError(f"Kriteria {code} tidak ada di LKE ini.", f"Criterion {code} is not in this LKE.")
        for key, texts in (("rubric", rubric), ("rubric_en", rubric_en)):
            if any(len(t) > MAX_RUBRIC for t in texts.values()):
                raise EvaluasiError(f"Uraian rubrik paling panjang {MAX_RUBRIC} huruf.",
                                    f"A rubric text is at most {MAX_RUBRIC} characters.")
            kept = {a: t.strip() for a, t in texts.items() if t.strip()}
            if kept:
                criterion[key] = kept
            else:
                criterion.pop(key, None)
        _check(data)
        row.data, row.version = data, row.version + 1
        row.save()
    return row


def adopt_tree(user, pemda: Pemda, year: int, data: object, *, source: str) -> LkeInstrument:
    """Use the pemda's own tree (in the LKE format) for ``year``; refused once that year's LKE is in use."""
    _may_manage(user, pemda)
    tree = _check(data)
    with transaction.atomic():
        row = LkeInstrument.objects.select_for_update().filter(pemda=pemda, year=year).first()
        if row is None:
            return LkeInstrument.objects.create(pemda=pemda, year=year, data=tree.to_dict(), based_on=source[:200])
        _editable(row, row.version)
        row.data, row.based_on, row.version = tree.to_dict(), source[:200], row.version + 1
        row.save()
        return row


def copy_tree(user, pemda: Pemda, from_year: int, to_year: int) -> LkeInstrument:
    """Start ``to_year`` from the pemda's tree of ``from_year`` (rubrics included)."""
    source = LkeInstrument.objects.filter(pemda=pemda, year=from_year).first()
    if source is None:
        raise EvaluasiError(f"Belum ada LKE tahun {from_year} untuk disalin.", f"There is no {from_year} LKE to copy.")
    return adopt_tree(user, pemda, to_year, source.data, source=f"salinan LKE {from_year} ({source.based_on})")


def _check(data: object) -> Instrument:
    try:
        return instrument_from_dict(data)
    except LkeError as exc:
        raise EvaluasiError(exc.message("id"), exc.message("en")) from None
