"""Who issues an agency's documents (the kop surat) and who signs them (pihak pertama and kedua)."""
from __future__ import annotations

from django.db.models import F

from kinerja.catalog.models import Decree, PerangkatDaerah, Position
from kinerja.documents import model as dm
from kinerja.reports.models import PemdaHead, Signing


def signing_of(agency: PerangkatDaerah, tahun: int) -> Signing:
    """The year's signing row, or an unsaved blank one (every field then falls back to the catalog)."""
    return Signing.objects.filter(agency=agency, tahun=tahun).first() or Signing(agency=agency, tahun=tahun)


def head_position(agency: PerangkatDaerah) -> Position | None:
    """The agency head's jabatan: the position that reports to nobody, outside any unit first."""
    return (Position.objects.filter(agency=agency, reports_to__isnull=True)
            .order_by(F("unit_id").asc(nulls_first=True), "order", "pk").first())


def signing_place(agency: PerangkatDaerah, signing: Signing | None = None) -> str | None:
    if signing is not None and signing.place:
        return signing.place
    return (Decree.objects.filter(agency=agency).exclude(ditetapkan_di="").order_by("-tahun", "-pk")
            .values_list("ditetapkan_di", flat=True).first())


def agency_info(agency: PerangkatDaerah, signing: Signing | None = None) -> dm.AgencyInfo:
    return dm.AgencyInfo(pemda=agency.pemda.name, name=agency.name, address=agency.address or None,
                         phone=agency.phone or None, email=agency.email or None, website=agency.website or None,
                         city=signing_place(agency, signing))


def head_signatory(agency: PerangkatDaerah, signing: Signing) -> dm.Signatory:
    """Pihak pertama: the signing row's names where given, else the head position's holder."""
    head = head_position(agency)
    return dm.Signatory(
        name=signing.name or (head.holder_name if head else "") or "(…………………………)",
        jabatan=signing.jabatan or f"Kepala {agency.name} {agency.pemda.name}",
        pangkat=signing.pangkat or (head.holder_rank if head and not signing.name else "") or None,
        nip=signing.nip or (head.holder_nip if head and not signing.name else "") or None,
        acting=signing.acting or None)


def default_head_title(pemda_name: str) -> str:
    """"Kabupaten Banjar" → "Bupati Banjar"; "Kota …" → "Wali Kota …"; "Provinsi …" → "Gubernur …"."""
    for prefix, title in (("kabupaten ", "Bupati "), ("kota ", "Wali Kota "), ("provinsi ", "Gubernur ")):
        if pemda_name.lower().startswith(prefix):
            return title + pemda_name[len(prefix):]
    return f"Kepala Daerah {pemda_name}"


def superior_signatory(agency: PerangkatDaerah, signing: Signing) -> dm.Signatory:
    """Pihak kedua: the pemda head, with this year's Plt/Plh and name where the signing row says so."""
    head = PemdaHead.objects.filter(pemda_id=agency.pemda_id).first()
    return dm.Signatory(
        name=signing.superior_name or (head.name if head else "") or "(…………………………)",
        jabatan=head.jabatan if head else default_head_title(agency.pemda.name),
        acting=signing.superior_acting or (head.acting if head and not signing.superior_name else "") or None)


