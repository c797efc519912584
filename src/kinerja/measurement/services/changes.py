"""Wide changes and what they reach: a predicate scale or a pemda setting saved, and every figure it
changes recomputed — an agency's at once, in the same transaction; a pemda's in the background, with a
progress bar (:mod:`kinerja.measurement.services.jobs`)."""
from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from kinerja.capaian.bands import Scale
from kinerja.catalog.models import Pemda, PerangkatDaerah
from kinerja.measurement.models import RecomputeJob
from kinerja.measurement.services import scales
from kinerja.measurement.services.derive import recompute_agency
from kinerja.measurement.services.jobs import start_recompute


def save_agency_scale(agency: PerangkatDaerah, scale: Scale, *, version: int | None = None) -> int:
    """The agency's own scale replaces the one it had; returns how many figures changed."""
    with transaction.atomic():
        scales.store_scale(agency.pemda, scale, agency=agency, version=version)
        return recompute_agency(agency)


def remove_agency_scale(agency: PerangkatDaerah, *, version: int | None = None) -> int:
    """Back to the pemda default; returns how many figures changed."""
    with transaction.atomic():
        scales.delete_agency_scale(agency, version=version)
        return recompute_agency(agency)


def save_pemda_default(pemda: Pemda, scale: Scale, *, version: int | None = None, user=None) -> RecomputeJob:
    """The pemda default scale; every agency without its own scale is recomputed in the background."""
    with transaction.atomic():
        scales.store_scale(pemda, scale, version=version)
        return start_recompute(pemda, scales.default_users(pemda), "skala bawaan pemda / pemda default scale", user)


def save_pemda_settings(pemda: Pemda, convention: str, floor: Decimal | None, ceiling: Decimal | None, *,
                        seen: str | None = None, user=None) -> RecomputeJob:
    """The pemda's convention and floor/ceiling; every agency of it is recomputed in the background."""
    with transaction.atomic():
        scales.store_pemda_settings(pemda, convention, floor, ceiling, seen=seen)
        agencies = list(PerangkatDaerah.objects.filter(pemda=pemda).select_related("pemda").order_by("pk"))
        return start_recompute(pemda, agencies, "pengaturan capaian pemda / pemda capaian settings", user)
