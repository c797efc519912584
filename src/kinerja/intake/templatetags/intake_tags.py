from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

register = template.Library()

LABELS = {
    "jabatan": _("Jabatan"), "sasaran": _("Sasaran"), "indikator": _("Indikator"), "definisi": _("Definisi"),
    "formula_text": _("Formulasi perhitungan"), "satuan": _("Satuan"), "penanggung_jawab": _("Penanggung jawab"),
    "sumber_data": _("Sumber data"), "formula": _("Rumus terstruktur"),
    "nomor": _("Nomor"), "tahun": _("Tahun"), "jenis": _("Jenis"), "ditetapkan_di": _("Ditetapkan di"),
    "tanggal": _("Tanggal"), "penandatangan": _("Penandatangan"), "nip": _("NIP"), "tentang": _("Tentang"),
    "pangkat": _("Pangkat"), "number": _("Nomor urut"), "": _("— abaikan —"),
}
MULTILINE = {"sasaran", "indikator", "definisi", "formula_text"}


@register.filter
def field_label(name: str) -> str:
    return LABELS.get(name, name)


@register.filter
def is_multiline(name: str) -> bool:
    return name in MULTILINE


@register.filter
def said(thing) -> str:
    """A bilingual message (a KinerjaError or a review Finding) in the reader's language only."""
    return thing.message((get_language() or "id")[:2])


@register.filter
def why(finding) -> str:
    return finding.why((get_language() or "id")[:2])
