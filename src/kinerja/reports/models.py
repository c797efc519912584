"""What only the documents need: who signs, the PK's programmes, the LKjIP narratives.

Catalog and measurement rows stay where they are; these add the paper-work around them. Every row
carries ``agency`` (or ``pemda``) so audit entries and access checks need no joins.
"""
from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.catalog.models import AgencyOwned, Objective, Pemda


class Acting(models.TextChoices):
    DEFINITIVE = "", _("Definitif")
    PLT = "Plt", _("Plt (Pelaksana Tugas)")
    PLH = "Plh", _("Plh (Pelaksana Harian)")


class PemdaHead(models.Model):
    """The head of the pemda (Bupati / Walikota / Gubernur): pihak kedua of every agency's PK."""

    pemda = models.OneToOneField(Pemda, on_delete=models.CASCADE, related_name="head")
    jabatan = models.CharField(_("jabatan"), max_length=200, help_text=_("mis. Bupati Tanah Merah"))
    name = models.CharField(_("nama"), max_length=200)
    acting = models.CharField(_("pelaksana"), max_length=4, choices=Acting.choices, default=Acting.DEFINITIVE,
                              blank=True)

    class Meta:
        verbose_name = _("kepala daerah")
        verbose_name_plural = _("kepala daerah")

    def __str__(self) -> str:
        return f"{self.jabatan}: {self.name}"

    @property
    def agency_id_for_audit(self) -> None:
        return None


class Signing(AgencyOwned):
    """Who signs an agency's documents of one year, where and when.

    Blank name fields fall back to the agency head's position (the one that reports to nobody), so a
    definitive head needs no row at all; a Plt/Plh is entered here with their own name and NIP.
    """

    tahun = models.PositiveIntegerField(_("tahun"))
    name = models.CharField(_("nama penandatangan"), max_length=200, blank=True)
    jabatan = models.CharField(_("jabatan penandatangan"), max_length=300, blank=True)
    pangkat = models.CharField(_("pangkat/golongan"), max_length=120, blank=True)
    nip = models.CharField(_("NIP"), max_length=40, blank=True)
    acting = models.CharField(_("pelaksana"), max_length=4, choices=Acting.choices, default=Acting.DEFINITIVE,
                              blank=True)
    superior_acting = models.CharField(_("pelaksana (pihak kedua)"), max_length=4, choices=Acting.choices,
                                       default=Acting.DEFINITIVE, blank=True)
    superior_name = models.CharField(_("nama pihak kedua (bila berbeda)"), max_length=200, blank=True)
    place = models.CharField(_("tempat penandatanganan"), max_length=120, blank=True)
    tanggal = models.DateField(_("tanggal penandatanganan PK"), null=True, blank=True)

    class Meta:
        verbose_name = _("penandatanganan dokumen")
        verbose_name_plural = _("penandatanganan dokumen")
        constraints = [models.UniqueConstraint(fields=["agency", "tahun"], name="signing_unique_year")]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.tahun}"


class PkProgram(AgencyOwned):
    """A programme and its budget, listed in the Lampiran of the Perjanjian Kinerja."""

    tahun = models.PositiveIntegerField(_("tahun"))
    program = models.CharField(_("program"), max_length=400)
    anggaran = models.DecimalField(_("anggaran (Rp)"), max_digits=20, decimal_places=2, null=True, blank=True)
    order = models.PositiveIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("program perjanjian kinerja")
        verbose_name_plural = _("program perjanjian kinerja")
        ordering = ["tahun", "order", "pk"]
        indexes = [models.Index(fields=["agency", "tahun"])]

    def __str__(self) -> str:
        return self.program


class LkjipNarrative(AgencyOwned):
    """The planner's analysis of one sasaran for one year's LKjIP Bab III."""

    tahun = models.PositiveIntegerField(_("tahun"))
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="+", verbose_name=_("sasaran"))
    analisis = models.TextField(_("analisis capaian"), blank=True)
    faktor_pendukung = models.TextField(_("faktor pendukung"), blank=True)
    faktor_penghambat = models.TextField(_("faktor penghambat"), blank=True)
    upaya = models.TextField(_("upaya yang dilakukan"), blank=True)

    class Meta:
        verbose_name = _("narasi LKjIP")
        verbose_name_plural = _("narasi LKjIP")
        constraints = [models.UniqueConstraint(fields=["agency", "tahun", "objective"], name="lkjip_narrative_unique")]

    def __str__(self) -> str:
        return f"{self.tahun}: {self.objective_id}"
