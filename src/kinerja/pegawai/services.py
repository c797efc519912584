"""The one write of SKP drafts: a person sets the aspek of a row, from the version they saw.

Like a realisasi save: the version is claimed with one conditional UPDATE (so two people saving the same
row cannot both win, on SQLite and PostgreSQL alike), then the row is written through ``save()`` so the
audit trail records who changed what.
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F

from kinerja.accounts.access import Scope
from kinerja.catalog.models import Indicator
from kinerja.pegawai.models import SkpAspek
from kinerja.skp.errors import SkpError
from kinerja.skp.model import ASPEK


class AspekConflict(SkpError):
    """Someone else saved this row's aspek since it was opened (HTTP 409, with the current version)."""

    def __init__(self, current_version: int) -> None:
        super().__init__("Aspek baris ini baru saja diubah orang lain; muat ulang sebelum menyimpan lagi. "
                         "Tidak ada yang ditimpa.",
                         "Someone else has just changed this row's aspek; reload before saving again. "
                         "Nothing was overwritten.")
        self.current_version = current_version


def save_aspek(scope: Scope, indicator: Indicator, year: int, aspek: str, *, version: int) -> SkpAspek:
    """Set the aspek of ``indicator``'s SKP row for ``year``; ``version`` is the one the person saw (0: none)."""
    if indicator.position is None or not scope.can_draft_skp(indicator.position):
        raise PermissionDenied
    if aspek not in ASPEK:
        raise SkpError(f"Aspek harus salah satu dari: {', '.join(ASPEK)}.",
                       f"The aspek must be one of: {', '.join(ASPEK)}.")
    with transaction.atomic():
        row = SkpAspek.objects.filter(indicator=indicator, year=year).first()
        if row is None:
            if version != 0:
                raise AspekConflict(0)
            try:
                with transaction.atomic():
                    return SkpAspek.objects.create(indicator=indicator, agency_id=indicator.agency_id, year=year,
                                                   aspek=aspek, version=1)
            except IntegrityError:
                raise AspekConflict(SkpAspek.objects.get(indicator=indicator, year=year).version) from None
        if not SkpAspek.objects.filter(pk=row.pk, version=version).update(version=F("version") + 1):
            raise AspekConflict(row.version)
        row.refresh_from_db()
        row.aspek = aspek
        row.save(update_fields=["aspek", "updated_at"])
        return row
