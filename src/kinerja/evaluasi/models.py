"""Evaluasi AKIP rows: a pemda's LKE per year, each agency's evaluation of a year, its answers (the
proposal, the planner's usulan, the evaluator's penetapan), bukti dukung, recommendations and their
follow-up.

Scores are never stored: they are computed from the answers by :mod:`kinerja.lke` whenever shown, so a
page, the LHE and the pemda view cannot disagree. Every row is audited; rows people edit carry a
``version`` so two people never overwrite each other.
"""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kinerja.catalog.models import AgencyOwned, Pemda


class LkeInstrument(models.Model):
    """The LKE a pemda uses for one evaluated year: a copy of the shipped tree (with the pemda's rubrics)
    or a tree of its own. Once an evaluation uses it, it is never edited in place: a change is a copy
    for another year."""

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="lke_instruments",
                              verbose_name=_("pemerintah daerah"))
    year = models.PositiveIntegerField(_("tahun yang dievaluasi"))
    data = models.JSONField(_("pohon LKE"))
    based_on = models.CharField(_("berasal dari"), max_length=200)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("instrumen LKE")
        verbose_name_plural = _("instrumen LKE")
        ordering = ["pemda_id", "-year"]
        constraints = [models.UniqueConstraint(fields=["pemda", "year"], name="lke_instrument_one_per_year")]

    def __str__(self) -> str:
        return f"LKE {self.year} ({self.based_on})"

    @property
    def agency_id_for_audit(self) -> None:
        return None


class Evaluation(AgencyOwned):
    """One agency's Evaluasi AKIP of one year: open for its self-assessment, submitted to the
    evaluator, then final (locked; the LHE is issued and the follow-up begins)."""

    class Status(models.TextChoices):
        OPEN = "open", _("Penilaian mandiri")
        SUBMITTED = "submitted", _("Diajukan ke evaluator")
        FINAL = "final", _("Final")

    year = models.PositiveIntegerField(_("tahun yang dievaluasi"))
    instrument = models.ForeignKey(LkeInstrument, on_delete=models.PROTECT, related_name="evaluations",
                                   verbose_name=_("instrumen LKE"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    version = models.PositiveIntegerField(_("versi"), default=1)
    summary = models.TextField(_("simpulan evaluator"), blank=True)
    proposals_at = models.DateTimeField(_("usulan dihitung pada"), null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+")
    finalised_at = models.DateTimeField(null=True, blank=True)
    finalised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+")
    lhe_number = models.CharField(_("nomor LHE"), max_length=120, blank=True)
    signer_name = models.CharField(_("nama penanda tangan LHE"), max_length=200, blank=True)
    signer_title = models.CharField(_("jabatan penanda tangan"), max_length=200, blank=True)
    signer_nip = models.CharField(_("NIP penanda tangan"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("evaluasi AKIP")
        verbose_name_plural = _("evaluasi AKIP")
        ordering = ["agency_id", "-year"]
        constraints = [models.UniqueConstraint(fields=["agency", "year"], name="evaluation_one_per_year")]

    def __str__(self) -> str:
        return f"Evaluasi AKIP {self.year}"


class Answer(AgencyOwned):
    """One criterion of an evaluation: what Kinerja proposed (and why), what the planner answered, what
    the evaluator set."""

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="answers")
    code = models.CharField(_("kode kriteria"), max_length=32)
    proposed = models.CharField(_("usulan Kinerja"), max_length=8, blank=True)
    proposal_reason_id = models.TextField(blank=True)
    proposal_reason_en = models.TextField(blank=True)
    proposal_evidence = models.JSONField(default=list, blank=True)
    usulan = models.CharField(_("nilai usulan"), max_length=8, blank=True)
    usulan_note = models.TextField(_("penjelasan perencana"), blank=True)
    penetapan = models.CharField(_("nilai penetapan"), max_length=8, blank=True)
    penetapan_note = models.TextField(_("catatan evaluator"), blank=True)
    version = models.PositiveIntegerField(_("versi"), default=1)

    class Meta:
        verbose_name = _("jawaban LKE")
        verbose_name_plural = _("jawaban LKE")
        ordering = ["evaluation_id", "pk"]
        constraints = [models.UniqueConstraint(fields=["evaluation", "code"], name="answer_one_per_criterion")]

    def __str__(self) -> str:
        return f"{self.code}: {self.usulan or '–'} / {self.penetapan or '–'}"


class StoredFile(AgencyOwned):
    """A file under ``PRIVATE_FILES_DIR/evaluasi/<agency>/`` with a random name, streamed after an
    access check; the name the user gave is kept for people and for the evidence pack."""

    stored_name = models.CharField(max_length=200, unique=True, editable=False)
    original_name = models.CharField(_("nama berkas"), max_length=255)
    content_type = models.CharField(max_length=120)
    size = models.PositiveIntegerField(_("ukuran (bita)"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True


class BuktiDukung(StoredFile):
    """Evidence for one criterion: an uploaded file, or a Kinerja document rendered and kept as it was
    when linked (so the evidence pack shows what was reported, not today's recomputation)."""

    class Kind(models.TextChoices):
        UPLOAD = "upload", _("Berkas unggahan")
        DOCUMENT = "document", _("Dokumen Kinerja")

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="bukti")
    code = models.CharField(_("kode kriteria"), max_length=32)
    kind = models.CharField(_("jenis"), max_length=10, choices=Kind.choices, default=Kind.UPLOAD)
    document_kind = models.CharField(_("jenis dokumen"), max_length=40, blank=True)
    document_year = models.PositiveIntegerField(_("tahun dokumen"), null=True, blank=True)

    class Meta:
        verbose_name = _("bukti dukung evaluasi")
        verbose_name_plural = _("bukti dukung evaluasi")
        ordering = ["evaluation_id", "code", "uploaded_at", "pk"]
        indexes = [models.Index(fields=["evaluation", "code"])]

    def __str__(self) -> str:
        return f"{self.code}: {self.original_name}"


class Recommendation(AgencyOwned):
    """A recommendation of the LHE, with who follows it up and by when."""

    class Status(models.TextChoices):
        OPEN = "open", _("Belum ditindaklanjuti")
        REPORTED = "reported", _("Tindak lanjut dilaporkan")
        VERIFIED = "verified", _("Tindak lanjut diterima")
        RETURNED = "returned", _("Tindak lanjut dikembalikan")

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="recommendations")
    number = models.PositiveIntegerField(_("nomor"))
    code = models.CharField(_("kriteria terkait"), max_length=32, blank=True)
    text = models.TextField(_("rekomendasi"))
    owner = models.CharField(_("penanggung jawab"), max_length=200, blank=True)
    due = models.DateField(_("batas waktu"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    version = models.PositiveIntegerField(_("versi"), default=1)

    class Meta:
        verbose_name = _("rekomendasi evaluasi")
        verbose_name_plural = _("rekomendasi evaluasi")
        ordering = ["evaluation_id", "number"]
        constraints = [models.UniqueConstraint(fields=["evaluation", "number"], name="recommendation_number")]

    def __str__(self) -> str:
        return f"{self.number}. {self.text[:80]}"


class FollowUp(AgencyOwned):
    """The agency's report of what it did about a recommendation (with optional evidence), and the
    evaluator's decision on it."""

    class Decision(models.TextChoices):
        PENDING = "", _("Menunggu verifikasi")
        ACCEPTED = "accepted", _("Diterima")
        RETURNED = "returned", _("Dikembalikan")

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="follow_ups")
    text = models.TextField(_("tindak lanjut"))
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    reported_at = models.DateTimeField(default=timezone.now)
    # Evidence is optional; these stay empty when the report has none.
    stored_name = models.CharField(max_length=200, blank=True, editable=False)
    original_name = models.CharField(_("nama berkas"), max_length=255, blank=True)
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveIntegerField(_("ukuran (bita)"), default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    decision = models.CharField(_("keputusan evaluator"), max_length=10, choices=Decision.choices, blank=True,
                                default=Decision.PENDING)
    decision_note = models.TextField(_("catatan evaluator"), blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("tindak lanjut rekomendasi")
        verbose_name_plural = _("tindak lanjut rekomendasi")
        ordering = ["recommendation_id", "reported_at", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def has_file(self) -> bool:
        return bool(self.stored_name)
