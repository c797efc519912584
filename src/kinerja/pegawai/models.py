"""The one thing an SKP draft stores: the aspek a person chose for an indicator's row in one year.

Everything else in a draft is read from the catalog and the measurements each time, so a draft never
goes stale; the aspek is a human choice (the proposal is only a start), so it is kept, versioned
(two people editing never overwrite each other) and audited.
"""
from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.catalog.models import AgencyOwned, Indicator


class SkpAspek(AgencyOwned):
    class Aspek(models.TextChoices):
        KUANTITAS = "kuantitas", _("Kuantitas")
        KUALITAS = "kualitas", _("Kualitas")
        WAKTU = "waktu", _("Waktu")
        BIAYA = "biaya", _("Biaya")

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="+",
                                  verbose_name=_("indikator"))
    year = models.PositiveIntegerField(_("tahun"))
    aspek = models.CharField(_("aspek"), max_length=10, choices=Aspek.choices)
    version = models.PositiveIntegerField(_("versi"), default=0)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)

    class Meta:
        verbose_name = _("aspek SKP")
        verbose_name_plural = _("aspek SKP")
        ordering = ["indicator_id", "year"]
        constraints = [models.UniqueConstraint(fields=["indicator", "year"], name="skp_aspek_unique_year")]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.year}: {self.aspek}"
