from __future__ import annotations

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from kinerja.catalog.models import Decree, PerangkatDaerah


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Berkas keputusan"),
                           help_text=_("PDF (dengan lapisan teks), Word (.docx), Excel (.xlsx) atau teks."))
    amends = forms.ModelChoiceField(label=_("Keputusan ini mengubah (Perubahan)"), queryset=Decree.objects.none(),
                                    required=False, empty_label=_("— bukan perubahan —"))

    def __init__(self, *args, agency: PerangkatDaerah, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # only the newest version of each decree can be amended
        self.fields["amends"].queryset = Decree.objects.filter(agency=agency, amended_by__isnull=True)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.KINERJA_MAX_UPLOAD_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                _("Berkas terlalu besar (%(size)s; batas %(limit)s). / The file is too large (%(size)s; the limit is %(limit)s).")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)})
        return upload
