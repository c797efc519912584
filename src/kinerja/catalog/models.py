"""The catalog: who (pemda, agency, units, positions) commits to what (decrees, objectives, indicators).

Every catalog row below the pemda carries its ``agency`` so that access checks and audit entries need
no joins to know whose data a row is.
"""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Pemda(models.Model):
    """A regional government (province, kabupaten or kota)."""

    class LowerIsBetter(models.TextChoices):
        TWO_T_MINUS_R = "2t-r", _("(2 × target − realisasi) / target")
        T_OVER_R = "t/r", _("target / realisasi")

    name = models.CharField(_("nama"), max_length=200, unique=True)
    slug = models.SlugField(unique=True)
    lower_is_better_convention = models.CharField(
        _("konvensi capaian 'semakin kecil semakin baik'"), max_length=8,
        choices=LowerIsBetter.choices, default=LowerIsBetter.TWO_T_MINUS_R)
    capaian_floor = models.DecimalField(_("batas bawah capaian (%)"), max_digits=8, decimal_places=2,
                                        null=True, blank=True)
    capaian_ceiling = models.DecimalField(_("batas atas capaian (%)"), max_digits=8, decimal_places=2,
                                          null=True, blank=True)

    class Meta:
        verbose_name = _("pemerintah daerah")
        verbose_name_plural = _("pemerintah daerah")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def agency_id_for_audit(self) -> None:
        return None


class PerangkatDaerah(models.Model):
    """An agency (Dinas, Badan, Kantor): the owner of a catalog."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="agencies",
                              verbose_name=_("pemerintah daerah"))
    name = models.CharField(_("nama"), max_length=200)
    short_name = models.CharField(_("singkatan"), max_length=40, blank=True)
    slug = models.SlugField(unique=True)
    address = models.CharField(_("alamat"), max_length=300, blank=True)
    phone = models.CharField(_("telepon"), max_length=80, blank=True)
    email = models.EmailField(_("surel"), blank=True)
    website = models.CharField(_("situs web"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("perangkat daerah")
        verbose_name_plural = _("perangkat daerah")
        ordering = ["pemda__name", "name"]
        constraints = [models.UniqueConstraint(fields=["pemda", "name"], name="agency_unique_name")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("catalog:agency_detail", args=[self.slug])

    @property
    def agency_id_for_audit(self) -> int:
        return self.pk


class AgencyOwned(models.Model):
    agency = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("perangkat daerah"))

    class Meta:
        abstract = True

    @property
    def agency_id_for_audit(self) -> int:
        return self.agency_id


class Unit(AgencyOwned):
    """An organisational unit of an agency; units form a tree (Sekretariat → Sub Bagian, Bidang → Seksi)."""

    class Kind(models.TextChoices):
        PIMPINAN = "pimpinan", _("Pimpinan")
        SEKRETARIAT = "sekretariat", _("Sekretariat")
        SUB_BAGIAN = "sub_bagian", _("Sub Bagian")
        BIDANG = "bidang", _("Bidang")
        SEKSI = "seksi", _("Seksi")
        UPT = "upt", _("UPT")
        LAINNYA = "lainnya", _("Lainnya")

    parent = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="children", verbose_name=_("unit induk"))
    name = models.CharField(_("nama"), max_length=200)
    kind = models.CharField(_("jenis"), max_length=20, choices=Kind.choices, default=Kind.BIDANG)
    order = models.PositiveIntegerField(_("urutan"), default=0)
    # Materialised path ("12/34/") so "this unit and everything under it" is one indexed prefix query.
    path = models.CharField(max_length=400, editable=False, db_index=True, default="")

    class Meta:
        verbose_name = _("unit kerja")
        verbose_name_plural = _("unit kerja")
        ordering = ["path", "order"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.parent_id:
            if self.parent.agency_id != self.agency_id:
                raise ValidationError({"parent": _("Unit induk harus dari perangkat daerah yang sama. / "
                                                   "The parent unit must belong to the same agency.")})
            if self.pk and (self.parent_id == self.pk or f"/{self.pk}/" in f"/{self.parent.path}"):
                raise ValidationError({"parent": _("Unit tidak boleh menjadi induk bagi dirinya sendiri. / "
                                                   "A unit cannot be its own ancestor.")})

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        new_path = f"{self.parent.path if self.parent_id else ''}{self.pk}/"
        if new_path != self.path:
            old_path = self.path
            Unit.objects.filter(pk=self.pk).update(path=new_path)
            self.path = new_path
            if old_path:
                for child in Unit.objects.filter(path__startswith=old_path).exclude(pk=self.pk):
                    child.path = new_path + child.path[len(old_path):]
                    Unit.objects.filter(pk=child.pk).update(path=child.path)

    @property
    def depth(self) -> int:
        return self.path.count("/") - 1

    def subtree(self) -> models.QuerySet[Unit]:
        return Unit.objects.filter(path__startswith=self.path)


class Position(AgencyOwned):
    """A jabatan: what an IKI decree lists with its tugas and fungsi."""

    unit = models.ForeignKey(Unit, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="positions", verbose_name=_("unit kerja"))
    name = models.CharField(_("nama jabatan"), max_length=200)
    reports_to = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="subordinates", verbose_name=_("atasan langsung"))
    tugas = models.JSONField(_("tugas"), default=list, blank=True)
    fungsi = models.JSONField(_("fungsi"), default=list, blank=True)
    holder_name = models.CharField(_("nama pejabat"), max_length=200, blank=True)
    holder_nip = models.CharField(_("NIP pejabat"), max_length=40, blank=True)
    holder_rank = models.CharField(_("pangkat/golongan"), max_length=100, blank=True)
    order = models.PositiveIntegerField(_("urutan"), default=0)

    def clean(self) -> None:
        errors = {}
        for name in ("unit", "reports_to"):
            related = getattr(self, name)
            if related is not None and related.agency_id != self.agency_id:
                errors[name] = _("Harus dari perangkat daerah yang sama. / Must belong to the same agency.")
        if self.reports_to_id and self.pk and self.reports_to_id == self.pk:
            errors["reports_to"] = _("Jabatan tidak dapat menjadi atasannya sendiri. / "
                                     "A position cannot report to itself.")
        if errors:
            raise ValidationError(errors)

    class Meta:
        verbose_name = _("jabatan")
        verbose_name_plural = _("jabatan")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class Decree(AgencyOwned):
    """A Keputusan that fixes IKU and/or IKI; a Perubahan is a new row that ``amends`` the old one."""

    class Jenis(models.TextChoices):
        IKU = "IKU", "IKU"
        IKI = "IKI", "IKI"
        IKU_IKI = "IKU+IKI", "IKU + IKI"

    class Status(models.TextChoices):
        DRAFT = "draft", _("Konsep")
        DITETAPKAN = "ditetapkan", _("Ditetapkan")

    nomor = models.CharField(_("nomor"), max_length=120)
    tahun = models.PositiveIntegerField(_("tahun"))
    jenis = models.CharField(_("jenis"), max_length=8, choices=Jenis.choices, default=Jenis.IKU)
    tentang = models.CharField(_("tentang"), max_length=400, blank=True)
    tanggal = models.DateField(_("tanggal penetapan"), null=True, blank=True)
    tanggal_text = models.CharField(_("tanggal (sebagaimana tertulis)"), max_length=80, blank=True)
    ditetapkan_di = models.CharField(_("ditetapkan di"), max_length=120, blank=True)
    penandatangan = models.CharField(_("penandatangan"), max_length=200, blank=True)
    pangkat = models.CharField(_("pangkat"), max_length=120, blank=True)
    nip = models.CharField(_("NIP"), max_length=40, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    amends = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="amended_by", verbose_name=_("mengubah keputusan"))
    menimbang = models.TextField(_("menimbang"), blank=True)
    mengingat = models.TextField(_("mengingat"), blank=True)
    memutuskan = models.TextField(_("memutuskan"), blank=True)

    class Meta:
        verbose_name = _("keputusan")
        verbose_name_plural = _("keputusan")
        ordering = ["-tahun", "-pk"]

    def __str__(self) -> str:
        return f"{self.jenis} {self.nomor}"

    def get_absolute_url(self) -> str:
        return reverse("catalog:decree_detail", args=[self.agency.slug, self.pk])

    def clean(self) -> None:
        if self.amends_id and self.amends.agency_id != self.agency_id:
            raise ValidationError({"amends": _("Keputusan yang diubah harus dari perangkat daerah yang sama. / "
                                               "The amended decree must belong to the same agency.")})


class Objective(AgencyOwned):
    """A tujuan, sasaran, program, kegiatan or sub kegiatan; ``parent`` cascades them."""

    class Level(models.TextChoices):
        TUJUAN = "tujuan", _("Tujuan")
        SASARAN = "sasaran", _("Sasaran")
        PROGRAM = "program", _("Program")
        KEGIATAN = "kegiatan", _("Kegiatan")
        SUB_KEGIATAN = "sub_kegiatan", _("Sub Kegiatan")

    level = models.CharField(_("tingkat"), max_length=16, choices=Level.choices, default=Level.SASARAN)
    text = models.TextField(_("uraian"))
    parent = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="children", verbose_name=_("induk"))
    order = models.PositiveIntegerField(_("urutan"), default=0)

    def clean(self) -> None:
        if self.parent_id and self.parent.agency_id != self.agency_id:
            raise ValidationError({"parent": _("Harus dari perangkat daerah yang sama. / "
                                               "Must belong to the same agency.")})

    class Meta:
        verbose_name = _("sasaran/tujuan")
        verbose_name_plural = _("sasaran/tujuan")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.text


class Variable(AgencyOwned):
    """A base data element that operators enter and formulas combine (e.g. "Jumlah pencari kerja")."""

    key = models.SlugField(_("kunci"), max_length=80)
    phrase = models.CharField(_("uraian"), max_length=400)
    satuan = models.CharField(_("satuan"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("variabel")
        verbose_name_plural = _("variabel")
        ordering = ["key"]
        constraints = [models.UniqueConstraint(fields=["agency", "key"], name="variable_unique_key")]

    def __str__(self) -> str:
        return self.phrase


class Indicator(AgencyOwned):
    """An IKU or IKI row of a decree, with everything needed to compute and judge it."""

    class Jenis(models.TextChoices):
        IKU = "IKU", "IKU"
        IKI = "IKI", "IKI"

    class Polarity(models.TextChoices):
        POSITIF = "positif", _("Semakin tinggi semakin baik")
        NEGATIF = "negatif", _("Semakin rendah semakin baik")

    class PeriodType(models.TextChoices):
        TAHUNAN = "tahunan", _("Tahunan")
        SEMESTERAN = "semesteran", _("Semesteran")
        TRIWULANAN = "triwulanan", _("Triwulanan")
        BULANAN = "bulanan", _("Bulanan")

    class Aggregation(models.TextChoices):
        SUM = "sum", _("Jumlah triwulan")
        LAST = "last", _("Nilai triwulan terakhir")
        AVERAGE = "average", _("Rata-rata triwulan")
        RECOMPUTE = "recompute", _("Dihitung ulang dari jumlah variabel (rasio dari jumlah)")

    class Convention(models.TextChoices):
        INHERIT = "", _("Ikuti pengaturan pemda")
        TWO_T_MINUS_R = "2t-r", _("(2 × target − realisasi) / target")
        T_OVER_R = "t/r", _("target / realisasi")

    decree = models.ForeignKey(Decree, on_delete=models.PROTECT, null=True, blank=True,
                               related_name="indicators", verbose_name=_("keputusan"))
    jenis = models.CharField(_("jenis"), max_length=4, choices=Jenis.choices, default=Jenis.IKU)
    objective = models.ForeignKey(Objective, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="indicators", verbose_name=_("sasaran"))
    position = models.ForeignKey(Position, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="indicators", verbose_name=_("jabatan (bagian keputusan)"))
    unit = models.ForeignKey(Unit, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="indicators", verbose_name=_("unit pelapor"))
    name = models.CharField(_("indikator"), max_length=500)
    definisi = models.TextField(_("definisi operasional"), blank=True)
    formula_text = models.TextField(_("formulasi perhitungan"), blank=True)
    formula = models.JSONField(_("formula terstruktur"), default=dict, blank=True)
    satuan = models.CharField(_("satuan"), max_length=60, blank=True)
    polarity = models.CharField(_("polaritas"), max_length=8, choices=Polarity.choices,
                                default=Polarity.POSITIF)
    period_type = models.CharField(_("periode"), max_length=12, choices=PeriodType.choices,
                                   default=PeriodType.TRIWULANAN)
    aggregation = models.CharField(_("rekap tahunan"), max_length=12, choices=Aggregation.choices,
                                   default=Aggregation.RECOMPUTE)
    capaian_convention = models.CharField(_("konvensi capaian"), max_length=8, choices=Convention.choices,
                                          default=Convention.INHERIT, blank=True)
    penanggung_jawab = models.CharField(_("penanggung jawab (tertulis)"), max_length=300, blank=True)
    responsible_position = models.ForeignKey(Position, on_delete=models.SET_NULL, null=True, blank=True,
                                             related_name="responsible_for",
                                             verbose_name=_("jabatan penanggung jawab"))
    sumber_data = models.CharField(_("sumber data"), max_length=400, blank=True)
    supports = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="supported_by", verbose_name=_("mendukung indikator"))
    variables = models.ManyToManyField(Variable, blank=True, related_name="indicators",
                                       verbose_name=_("variabel"))
    order = models.PositiveIntegerField(_("urutan"), default=0)
    # A Perubahan retires indicators instead of deleting them: past realisasi keep pointing at them.
    is_active = models.BooleanField(_("berlaku"), default=True)
    replaced_by = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="replaces", verbose_name=_("diganti oleh"))

    class Meta:
        verbose_name = _("indikator")
        verbose_name_plural = _("indikator")
        ordering = ["order", "pk"]
        indexes = [models.Index(fields=["agency", "is_active"]), models.Index(fields=["unit"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("catalog:indicator_detail", args=[self.agency.slug, self.pk])

    def clean(self) -> None:
        errors = {}
        for field in ("decree", "objective", "position", "unit", "responsible_position", "supports"):
            related = getattr(self, field)
            if related is not None and related.agency_id != self.agency_id:
                errors[field] = _("Harus dari perangkat daerah yang sama. / Must belong to the same agency.")
        if self.supports_id and self.pk and self.supports_id == self.pk:
            errors["supports"] = _("Indikator tidak dapat mendukung dirinya sendiri. / "
                                   "An indicator cannot support itself.")
        if errors:
            raise ValidationError(errors)

    @property
    def effective_convention(self) -> str:
        return self.capaian_convention or self.agency.pemda.lower_is_better_convention
