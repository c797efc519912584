"""Forms for what only the documents need: decree texts, signatories, PK programmes, LKjIP narratives."""
from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from kinerja.audit.conflicts import EditBaseMixin
from kinerja.catalog.models import Decree
from kinerja.errors import NumberFormatError
from kinerja.numbers import format_number, parse_decimal
from kinerja.reports.models import LkjipNarrative, PemdaHead, PkProgram, Signing

LINES_HELP = _("Satu butir per baris; penomoran (a., 1., KESATU) ditambahkan saat dicetak. / "
               "One item per line; numbering (a., 1., KESATU) is added when printed.")


class DecreeTextsForm(EditBaseMixin, forms.ModelForm):
    class Meta:
        model = Decree
        fields = ["tentang", "menimbang", "mengingat", "memutuskan"]
        widgets = {name: forms.Textarea(attrs={"rows": 6}) for name in ("menimbang", "mengingat", "memutuskan")}
        help_texts = {name: LINES_HELP for name in ("menimbang", "mengingat", "memutuskan")}


class SigningForm(EditBaseMixin, forms.ModelForm):
    class Meta:
        model = Signing
        fields = ["acting", "name", "jabatan", "pangkat", "nip", "superior_acting", "superior_name", "place", "tanggal"]
        widgets = {"tanggal": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        help_texts = {
            "name": _("Kosongkan untuk memakai pejabat kepala perangkat daerah di katalog. / "
                      "Leave blank to use the agency head in the catalog."),
            "jabatan": _("Kosongkan untuk 'Kepala <perangkat daerah> <pemda>'. / Leave blank for the default."),
        }


class PemdaHeadForm(EditBaseMixin, forms.ModelForm):
    class Meta:
        model = PemdaHead
        fields = ["jabatan", "name", "acting"]


class PkProgramForm(EditBaseMixin, forms.ModelForm):
    # Budgets are typed the Indonesian way ("11.736.080.000"), which a DecimalField would refuse.
    anggaran = forms.CharField(label=_("anggaran (Rp)"), required=False, widget=forms.TextInput(attrs={"inputmode": "decimal"}))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.anggaran is not None and not self.is_bound:
            self.initial["anggaran"] = format_number(self.instance.anggaran, 0)

    def clean_anggaran(self) -> Decimal | None:
        text = (self.cleaned_data.get("anggaran") or "").strip()
        if not text:
            return None
        try:
            return parse_decimal(text)
        except NumberFormatError as exc:
            raise forms.ValidationError(exc.bilingual()) from None

    class Meta:
        model = PkProgram
        fields = ["program", "anggaran", "order"]
        widgets = {"program": forms.TextInput(attrs={"size": 60})}


PkProgramFormSet = forms.modelformset_factory(PkProgram, form=PkProgramForm, extra=3, can_delete=True)


class NarrativeForm(EditBaseMixin, forms.ModelForm):
    class Meta:
        model = LkjipNarrative
        fields = ["analisis", "faktor_pendukung", "faktor_penghambat", "upaya"]
        widgets = {name: forms.Textarea(attrs={"rows": 3})
                   for name in ("analisis", "faktor_pendukung", "faktor_penghambat", "upaya")}

    def is_blank(self) -> bool:
        return not any((self.cleaned_data.get(f) or "").strip() for f in self.Meta.fields)
