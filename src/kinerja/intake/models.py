"""An import in progress: the uploaded file, what the importer read, and the planner's corrections.

A session outlives the request that created it, so a planner can leave the preview and come back;
committing turns its corrected reading into catalog rows in one transaction.
"""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kinerja.catalog.models import Decree, PerangkatDaerah, Position
from kinerja.intake.storage import PrivateStorage


class ImportSession(models.Model):
    """One uploaded decree between upload and commit."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Konsep")
        COMMITTED = "committed", _("Tersimpan")
        FAILED = "failed", _("Gagal")

    agency = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("perangkat daerah"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+", verbose_name=_("diunggah oleh"))
    uploaded_by_label = models.CharField(_("diunggah oleh (nama)"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("diunggah"), auto_now_add=True)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)
    filename = models.CharField(_("nama berkas"), max_length=255)
    file = models.FileField(_("berkas"), storage=PrivateStorage(), upload_to="imports/%Y/%m/", max_length=400)
    # {"catalog": {...}, "source_lines": [...], "row_sources": [...], "uncertain": [[row, field], ...]}
    reading = models.JSONField(_("hasil baca"), default=dict, blank=True)
    # {"document": {field: value}, "rows": {"<row index>": {field: value}}}; the reading itself stays as read
    corrections = models.JSONField(_("koreksi"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    error_id = models.TextField(_("galat"), blank=True)
    error_en = models.TextField(_("galat (English)"), blank=True)
    amends = models.ForeignKey(Decree, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                               verbose_name=_("mengubah keputusan"))
    decree = models.ForeignKey(Decree, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                               verbose_name=_("keputusan hasil impor"))

    class Meta:
        verbose_name = _("sesi impor")
        verbose_name_plural = _("sesi impor")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.filename

    def get_absolute_url(self) -> str:
        return reverse("intake:preview", args=[self.agency.slug, self.pk])

    @property
    def is_open(self) -> bool:
        """A session can still be corrected and committed (a failed commit can be retried)."""
        return self.status != self.Status.COMMITTED and bool(self.reading)


class DecreePosition(models.Model):
    """A jabatan section of a decree, with the tugas and fungsi as that decree wrote them.

    Positions outlive decrees; this row keeps each decree version's own wording, so a Perubahan that
    rewrites a position's duties loses nothing of the version it amends.
    """

    decree = models.ForeignKey(Decree, on_delete=models.CASCADE, related_name="sections",
                               verbose_name=_("keputusan"))
    position = models.ForeignKey(Position, on_delete=models.PROTECT, related_name="sections",
                                 verbose_name=_("jabatan"))
    order = models.PositiveIntegerField(_("urutan"), default=0)
    tugas = models.JSONField(_("tugas"), default=list, blank=True)
    fungsi = models.JSONField(_("fungsi"), default=list, blank=True)

    class Meta:
        verbose_name = _("jabatan dalam keputusan")
        verbose_name_plural = _("jabatan dalam keputusan")
        ordering = ["decree", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.decree} — {self.position}"

    @property
    def agency_id_for_audit(self) -> int:
        return self.position.agency_id
