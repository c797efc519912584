"""The measurement cycle: targets, realisasi (entered as base variables), evidence, capaian and scales.

Periods are stored as :attr:`kinerja.periods.Period.key` strings ("2024", "2024-Q1"), with the
year beside them so that "everything of 2024" is one indexed filter. Arithmetic lives in the pure
packages; these rows only keep what people entered and what the engine last computed from it.
"""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.catalog.models import AgencyOwned, Indicator, Pemda, PerangkatDaerah, Variable

VALUE_DIGITS = {"max_digits": 28, "decimal_places": 8}


class Renstra(AgencyOwned):
    """An agency's 5-year strategic plan span; Renstra targets hang off the indicator per year."""

    first_year = models.PositiveIntegerField(_("tahun awal"))
    length = models.PositiveSmallIntegerField(_("lama (tahun)"), default=5)
    name = models.CharField(_("nama"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("Renstra")
        verbose_name_plural = _("Renstra")
        ordering = ["-first_year"]
        constraints = [models.UniqueConstraint(fields=["agency", "first_year"], name="renstra_unique_year")]

    def __str__(self) -> str:
        return self.name or f"Renstra {self.first_year}–{self.first_year + self.length - 1}"

    @property
    def last_year(self) -> int:
        return self.first_year + self.length - 1


class Target(AgencyOwned):
    """One target of an indicator for one period, as written (``raw``) and as read (``parsed``)."""

    class Kind(models.TextChoices):
        RENSTRA = "renstra", _("Target Renstra (tahunan)")
        RENSTRA_END = "renstra_end", _("Target akhir Renstra")
        PK = "pk", _("Target PK")
        PK_PERUBAHAN = "pk_perubahan", _("Target PK Perubahan")
        RENCANA_AKSI = "rencana_aksi", _("Target Rencana Aksi (triwulan)")

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets",
                                  verbose_name=_("indikator"))
    kind = models.CharField(_("jenis target"), max_length=16, choices=Kind.choices)
    year = models.PositiveIntegerField(_("tahun"))
    period = models.CharField(_("periode"), max_length=10)
    raw = models.CharField(_("target (sebagaimana tertulis)"), max_length=200)
    parsed = models.JSONField(_("target terbaca"), default=dict)
    # The parsed target as typed columns, so the engine loads an agency's targets without decoding JSON.
    shape = models.CharField(_("bentuk target"), max_length=10, blank=True)
    low = models.FloatField(_("nilai (batas bawah)"), null=True, blank=True)
    high = models.FloatField(_("batas atas"), null=True, blank=True)
    # Optimistic concurrency per cell: a save must carry the version the cell was read at.
    version = models.PositiveIntegerField(_("versi"), default=1)
    # Rencana Aksi: a cumulative quarterly target is "by the end of TW n", otherwise "within TW n".
    cumulative = models.BooleanField(_("kumulatif"), default=False)
    renstra = models.ForeignKey(Renstra, on_delete=models.SET_NULL, null=True, blank=True, related_name="targets")
    revises = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="revisions", verbose_name=_("merevisi target"))
    reason = models.TextField(_("alasan perubahan"), blank=True)
    decree_number = models.CharField(_("nomor keputusan perubahan"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("target")
        ordering = ["indicator_id", "year", "period", "kind", "pk"]
        indexes = [models.Index(fields=["indicator", "year"]), models.Index(fields=["agency", "year"])]
        constraints = [models.UniqueConstraint(fields=["indicator", "kind", "period"], name="target_unique_period")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.period}: {self.raw}"


class ReportingPeriod(AgencyOwned):
    """An agency's entry window for one period: its deadline, and whether the planner has closed it."""

    period = models.CharField(_("periode"), max_length=10)
    year = models.PositiveIntegerField(_("tahun"))
    deadline = models.DateTimeField(_("batas waktu pengisian"), null=True, blank=True)
    locked = models.BooleanField(_("dikunci"), default=False)
    locked_at = models.DateTimeField(_("dikunci pada"), null=True, blank=True)
    locked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="+")

    class Meta:
        verbose_name = _("periode pelaporan")
        verbose_name_plural = _("periode pelaporan")
        ordering = ["agency_id", "period"]
        constraints = [models.UniqueConstraint(fields=["agency", "period"], name="reporting_period_unique")]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.period}"


class Realisasi(AgencyOwned):
    """What a unit reports for one indicator and period: its base variables, or a direct value."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Konsep")
        SUBMITTED = "submitted", _("Diajukan")
        RETURNED = "returned", _("Dikembalikan")
        VERIFIED = "verified", _("Terverifikasi")
        LOCKED = "locked", _("Dikunci")

    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="realisasi",
                                  verbose_name=_("indikator"))
    period = models.CharField(_("periode"), max_length=10)
    year = models.PositiveIntegerField(_("tahun"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    # Optimistic concurrency: every save must carry the version it started from.
    version = models.PositiveIntegerField(_("versi"), default=0)
    direct_value = models.DecimalField(_("nilai langsung"), null=True, blank=True, **VALUE_DIGITS)
    direct_raw = models.CharField(_("nilai langsung (sebagaimana diisi)"), max_length=60, blank=True)
    # A predicate realisasi ("WTP") against a predicate target; compared by its score on the target's scale.
    value_label = models.CharField(_("realisasi predikat"), max_length=60, blank=True)
    # Every input of the row is filled (each variable, or the direct value): what submitting needs.
    # The value computed from it is a Figure, since it also depends on other periods (x[n-1], cumsum).
    complete = models.BooleanField(_("isian lengkap"), default=False)
    note = models.TextField(_("catatan"), blank=True)
    return_reason = models.TextField(_("alasan pengembalian"), blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+")
    submitted_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    verified_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("realisasi")
        verbose_name_plural = _("realisasi")
        ordering = ["indicator_id", "period"]
        indexes = [models.Index(fields=["agency", "year"]), models.Index(fields=["agency", "period", "status"])]
        constraints = [models.UniqueConstraint(fields=["indicator", "period"], name="realisasi_unique_period")]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.period}"


class VariableValue(AgencyOwned):
    """One base variable as an operator entered it for a realisasi; ``raw`` is what was typed."""

    realisasi = models.ForeignKey(Realisasi, on_delete=models.CASCADE, related_name="values")
    variable = models.ForeignKey(Variable, on_delete=models.PROTECT, related_name="values")
    value = models.DecimalField(_("nilai"), null=True, blank=True, **VALUE_DIGITS)
    raw = models.CharField(_("nilai (sebagaimana diisi)"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("nilai variabel")
        verbose_name_plural = _("nilai variabel")
        constraints = [models.UniqueConstraint(fields=["realisasi", "variable"], name="variable_value_unique")]

    def __str__(self) -> str:
        return f"{self.variable_id}={self.raw}"


class Evidence(AgencyOwned):
    """A bukti dukung file, stored under ``settings.PRIVATE_FILES_DIR`` and streamed after an access check."""

    realisasi = models.ForeignKey(Realisasi, on_delete=models.CASCADE, related_name="evidence")
    stored_name = models.CharField(max_length=200, unique=True, editable=False)
    original_name = models.CharField(_("nama berkas"), max_length=255)
    content_type = models.CharField(max_length=120)
    size = models.PositiveIntegerField(_("ukuran (bita)"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("bukti dukung")
        verbose_name_plural = _("bukti dukung")
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.original_name


class CapaianScale(models.Model):
    """A predicate scale stored as data: a pemda default (``agency`` empty) or an agency's own."""

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="capaian_scales")
    agency = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, null=True, blank=True,
                               related_name="capaian_scales")
    name = models.CharField(_("nama skala"), max_length=120)
    version = models.PositiveIntegerField(_("versi"), default=1)

    class Meta:
        verbose_name = _("skala predikat capaian")
        verbose_name_plural = _("skala predikat capaian")
        constraints = [
            models.UniqueConstraint(fields=["pemda"], condition=models.Q(agency__isnull=True),
                                    name="capaian_scale_one_pemda_default"),
            models.UniqueConstraint(fields=["agency"], condition=models.Q(agency__isnull=False),
                                    name="capaian_scale_one_per_agency"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def agency_id_for_audit(self) -> int | None:
        return self.agency_id


class CapaianBand(models.Model):
    scale = models.ForeignKey(CapaianScale, on_delete=models.CASCADE, related_name="bands")
    label = models.CharField(_("predikat"), max_length=60)
    label_en = models.CharField(_("predikat (Inggris)"), max_length=60, blank=True)
    meaning = models.CharField(_("makna"), max_length=120, blank=True)
    min = models.DecimalField(_("batas bawah"), null=True, blank=True, max_digits=12, decimal_places=4)
    min_inclusive = models.BooleanField(_("batas bawah termasuk"), default=True)
    max = models.DecimalField(_("batas atas"), null=True, blank=True, max_digits=12, decimal_places=4)
    max_inclusive = models.BooleanField(_("batas atas termasuk"), default=False)
    colour = models.CharField(_("warna"), max_length=9, blank=True)
    order = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("pita predikat")
        verbose_name_plural = _("pita predikat")
        ordering = ["scale_id", "order", "pk"]

    def __str__(self) -> str:
        return self.label

    @property
    def agency_id_for_audit(self) -> int | None:
        return self.scale.agency_id


class FormulaProgram(models.Model):
    """An indicator's structured formula compiled once, when the indicator is saved, so that no
    recompute parses it again. ``program`` is ``None`` when the indicator is entered directly; then
    ``note_id``/``note_en`` say why (no formula, an unreadable or invalid one, a variable missing)."""

    indicator = models.OneToOneField(Indicator, on_delete=models.CASCADE, primary_key=True,
                                     related_name="compiled")
    source = models.JSONField(default=dict)          # the formula it was compiled from
    program = models.JSONField(null=True, blank=True)
    variable_ids = models.JSONField(default=list)    # Variable pks in the program's variable order
    note_id = models.CharField(max_length=400, blank=True)
    note_en = models.CharField(max_length=400, blank=True)

    def __str__(self) -> str:
        return f"{self.indicator_id}"


class Figure(models.Model):
    """One figure of an indicator for one period, as the derivation engine computed it.

    Derived (recomputed whenever an input changes: :mod:`kinerja.measurement.services.derive`), so not
    audited; what it was computed from is. The columns are those of
    :class:`kinerja.derivation.FigureTable`; pages and documents read them through
    :mod:`kinerja.measurement.figures`.
    """

    # No index of their own: the (agency, year) index and the unique (indicator, period) lead with them,
    # and every index costs a write per figure.
    agency = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", db_index=False)
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="figures", db_index=False)
    period = models.CharField(max_length=10)
    year = models.PositiveIntegerField()
    value = models.FloatField(null=True)
    value_text = models.CharField(max_length=60, blank=True)
    value_status = models.SmallIntegerField()
    value_reason = models.SmallIntegerField()
    realisasi = models.FloatField(null=True)
    realisasi_status = models.SmallIntegerField()
    realisasi_reason = models.SmallIntegerField()
    basis = models.SmallIntegerField()
    cumulative = models.BooleanField()
    missing = models.IntegerField()
    undefined = models.IntegerField()
    target_kind = models.CharField(max_length=16, blank=True)
    target_raw = models.CharField(max_length=200, blank=True)
    capaian = models.FloatField(null=True)
    capaian_status = models.SmallIntegerField()
    predicate = models.CharField(max_length=60, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["indicator", "period"], name="figure_unique_period")]
        indexes = [models.Index(fields=["agency", "year"])]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.period}: {self.capaian}"


class RecomputeJob(models.Model):
    """A wide recompute (a pemda-wide scale or convention change) running in the background, with its
    progress for the page that started it."""

    class State(models.TextChoices):
        WAITING = "waiting", _("Menunggu")
        RUNNING = "running", _("Berjalan")
        DONE = "done", _("Selesai")
        FAILED = "failed", _("Gagal")

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="+")
    agencies = models.JSONField(default=list)         # agency pks, in the order they are recomputed
    done = models.PositiveIntegerField(default=0)     # agencies finished
    changed = models.PositiveIntegerField(default=0)  # figures that changed
    state = models.CharField(max_length=8, choices=State.choices, default=State.WAITING)
    reason = models.CharField(max_length=200, blank=True)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    @property
    def total(self) -> int:
        return len(self.agencies)

    @property
    def percent(self) -> int:
        return 100 if not self.agencies else round(100 * self.done / len(self.agencies))
