"""Forms for the catalog. Each is built for one agency: its choices offer only that agency's rows,
and ``model.clean()`` (run by ModelForm) refuses a foreign row even if one is posted by hand."""
from __future__ import annotations

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kinerja.audit.conflicts import EditBaseMixin

from kinerja.catalog.models import (Decree, Indicator, Objective, Pemda, PerangkatDaerah, Position, Unit,
                                    Variable)
from kinerja.formula import FormulaError, check_formula


class LinesField(forms.CharField):
    """A list of strings edited as one item per line (tugas, fungsi)."""

    widget = forms.Textarea(attrs={"rows": 5})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value) -> list[str]:
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


# /pd/baru/ is the "new agency" page, so no agency may be called "baru".
RESERVED_SLUGS = {"baru"}


class AgencyForm(EditBaseMixin, forms.ModelForm):
    class Meta:
        model = PerangkatDaerah
        fields = ["pemda", "name", "short_name", "slug", "address", "phone", "email", "website"]
        help_texts = {"slug": _("Dipakai di alamat halaman, mis. disnaker-banjar.")}

    def __init__(self, *args, pemdas=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pemda"].queryset = pemdas if pemdas is not None else Pemda.objects.none()
        if self.instance.pk:
            # Moving an agency to another pemda would move its whole catalog out of its admins' reach.
            del self.fields["pemda"]

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(_("Alamat ini dipakai oleh aplikasi; pilih yang lain."))
        return slug


class AgencyOwnedForm(EditBaseMixin, forms.ModelForm):
    """Binds the instance to ``agency`` before validation so model.clean() checks every link."""

    def __init__(self, *args, agency: PerangkatDaerah, **kwargs):
        super().__init__(*args, **kwargs)
        self.agency = agency
        self.instance.agency = agency
        for name, field in self.fields.items():
            if isinstance(field, (forms.ModelChoiceField, forms.ModelMultipleChoiceField)):
                field.queryset = field.queryset.model._default_manager.filter(agency=agency)
                if self.instance.pk and field.queryset.model is type(self.instance):
                    field.queryset = field.queryset.exclude(pk=self.instance.pk)


class UnitForm(AgencyOwnedForm):
    class Meta:
        model = Unit
        fields = ["name", "kind", "parent", "order"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.path:
            self.fields["parent"].queryset = self.fields["parent"].queryset.exclude(
                path__startswith=self.instance.path)


class PositionForm(AgencyOwnedForm):
    tugas = LinesField(label=_("Tugas"), required=False, help_text=_("Satu butir per baris."))
    fungsi = LinesField(label=_("Fungsi"), required=False, help_text=_("Satu butir per baris."))

    class Meta:
        model = Position
        fields = ["name", "unit", "reports_to", "tugas", "fungsi", "holder_name", "holder_nip", "holder_rank",
                  "order"]

    def clean(self):
        data = super().clean()
        for field in ("unit", "reports_to"):
            related = data.get(field)
            if related is not None and related.agency_id != self.agency.pk:
                self.add_error(field, _("Harus dari perangkat daerah yang sama."))
        return data


class DecreeForm(AgencyOwnedForm):
    class Meta:
        model = Decree
        fields = ["nomor", "tahun", "jenis", "tentang", "status", "amends", "tanggal", "tanggal_text",
                  "ditetapkan_di", "penandatangan", "pangkat", "nip", "menimbang", "mengingat", "memutuskan"]
        widgets = {
            "tanggal": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "menimbang": forms.Textarea(attrs={"rows": 3}),
            "mengingat": forms.Textarea(attrs={"rows": 3}),
            "memutuskan": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_tahun(self):
        tahun = self.cleaned_data["tahun"]
        if not 1945 <= tahun <= 2100:
            raise forms.ValidationError(_("Tahun harus antara 1945 dan 2100."))
        return tahun


class ObjectiveForm(AgencyOwnedForm):
    class Meta:
        model = Objective
        fields = ["level", "text", "parent", "order"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}


class VariableForm(AgencyOwnedForm):
    class Meta:
        model = Variable
        fields = ["key", "phrase", "satuan"]
        help_texts = {"key": _("Huruf kecil, angka dan garis bawah, mis. jumlah_pencari_kerja.")}

    def clean_key(self):
        key = self.cleaned_data["key"]
        clash = Variable.objects.filter(agency=self.agency, key=key).exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(_("Kunci ini sudah dipakai variabel lain di perangkat daerah ini."))
        return key


class IndicatorForm(AgencyOwnedForm):
    class Meta:
        model = Indicator
        fields = ["decree", "jenis", "objective", "position", "unit", "name", "definisi", "formula_text",
                  "formula", "satuan", "polarity", "period_type", "aggregation", "capaian_convention",
                  "penanggung_jawab", "responsible_position", "sumber_data", "supports", "variables", "order",
                  "is_active", "replaced_by"]
        widgets = {
            "name": forms.Textarea(attrs={"rows": 2}),
            "definisi": forms.Textarea(attrs={"rows": 3}),
            "formula_text": forms.Textarea(attrs={"rows": 3}),
            "formula": forms.Textarea(attrs={"rows": 4, "class": "mono"}),
            "variables": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "formula": _('JSON: {"kind": "ratio_percent", "expression": "a / b * 100", "variables": {…}}'),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["formula"].required = False

    def clean_formula(self):
        formula = self.cleaned_data.get("formula") or {}
        try:
            check_formula(formula)  # the one schema check of a structured formula (kinerja.formula)
        except FormulaError as exc:
            raise forms.ValidationError(exc.message(get_language() or "id")) from None
        return formula

    def clean(self):
        data = super().clean()
        if data.get("replaced_by") is not None and self.instance.pk and data["replaced_by"].pk == self.instance.pk:
            self.add_error("replaced_by", _("Indikator tidak dapat menggantikan dirinya sendiri."))
        return data
