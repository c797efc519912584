"""Stored rows → the dataclasses of :mod:`kinerja.documents` → a rendered document.

Which indicators an agency document lists: those the planner set a PK target for in that year (the
PK is what the agency promised), else the agency's active IKU. Every figure comes from the measurement
read model (:mod:`kinerja.measurement.figures`), the same stored figures the capaian page shows, so a
document agrees with it. A figure whose realisasi is not verified is marked in the KETERANGAN column;
``verified_only`` leaves such figures out ("–") instead.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_noop

from kinerja.catalog.models import Decree, Indicator, PerangkatDaerah
from kinerja.documents import (
    Document,
    build_decree,
    build_lkjip,
    build_pengukuran,
    build_perjanjian,
    build_pohon,
    build_rencana_aksi,
    decree_defaults,
    render,
)
from kinerja.documents import model as dm
from kinerja.intake.export import catalog_from_db
from kinerja.measurement.figures import FigureView, Targets, figures, judged_against, target_value
from kinerja.measurement.models import Renstra
from kinerja.measurement.models import Target as TargetRow
from kinerja.periods import Period
from kinerja.reports.errors import ReportError
from kinerja.reports.models import LkjipNarrative, PkProgram
from kinerja.reports.services.issuer import agency_info, head_signatory, signing_of, signing_place, superior_signatory
from kinerja.reports.services.pohon import pohon_kinerja

T = TargetRow.Kind
NO_SASARAN = "(sasaran belum ditetapkan)"
PAST_YEARS = 3


# --- which indicators, in which order ------------------------------------------------------------

def document_indicators(agency: PerangkatDaerah, tahun: int) -> list[Indicator]:
    base = (Indicator.objects.filter(agency=agency)
            .select_related("objective", "position", "responsible_position")
            .order_by("objective__order", "objective_id", "order", "pk"))
    promised = base.filter(pk__in=TargetRow.objects.filter(agency=agency, year=tahun, kind__in=[T.PK, T.PK_PERUBAHAN])
                           .values("indicator_id"))
    chosen = list(promised)
    return chosen or list(base.filter(is_active=True, jenis=Indicator.Jenis.IKU))


def _sasaran(indicator: Indicator) -> str:
    return indicator.objective.text if indicator.objective_id else NO_SASARAN


def _need(indicators: list[Indicator], agency: PerangkatDaerah, tahun: int) -> None:
    if not indicators:
        raise ReportError(f"{agency.name} belum punya indikator IKU atau target PK untuk tahun {tahun}.",
                          f"{agency.name} has no IKU indicator or PK target for {tahun} yet.")


def _yearly_target(targets: Targets, indicator: Indicator, tahun: int):
    row = targets.of_kind(indicator, (T.PK_PERUBAHAN, T.PK, T.RENSTRA), Period.of_year(tahun))
    return target_value(row.raw) if row else None


# --- the data of each document -------------------------------------------------------------------

def perjanjian(agency: PerangkatDaerah, tahun: int) -> dm.PerjanjianKinerja:
    indicators = document_indicators(agency, tahun)
    _need(indicators, agency, tahun)
    targets = Targets(indicators, [tahun])
    signing = signing_of(agency, tahun)
    return dm.PerjanjianKinerja(
        tahun=tahun, agency=agency_info(agency, signing), pihak_pertama=head_signatory(agency, signing),
        pihak_kedua=superior_signatory(agency, signing),
        rows=[dm.PerjanjianRow(_sasaran(i), i.name, i.satuan or None, _yearly_target(targets, i, tahun))
              for i in indicators],
        programs=[dm.ProgramRow(p.program, p.anggaran) for p in PkProgram.objects.filter(agency=agency, tahun=tahun)],
        place=signing_place(agency, signing), tanggal=signing.tanggal)


def rencana_aksi(agency: PerangkatDaerah, tahun: int) -> dm.RencanaAksi:
    indicators = document_indicators(agency, tahun)
    _need(indicators, agency, tahun)
    targets = Targets(indicators, [tahun])
    signing = signing_of(agency, tahun)
    quarters = list(Period.of_year(tahun).children("quarter"))
    rows = []
    for i in indicators:
        tw = [targets.of_kind(i, (T.RENCANA_AKSI,), q) for q in quarters]
        rows.append(dm.RencanaAksiRow(
            _sasaran(i), i.name, i.satuan or None, _yearly_target(targets, i, tahun),
            tuple(target_value(r.raw) if r else None for r in tw), cumulative=any(r.cumulative for r in tw if r)))
    return dm.RencanaAksi(tahun=tahun, agency=agency_info(agency, signing), rows=rows,
                          signatory=head_signatory(agency, signing), place=signing_place(agency, signing),
                          tanggal=signing.tanggal)


NOTES = {"": "Belum dilaporkan", "draft": "Belum diajukan", "returned": "Dikembalikan",
         "submitted": "Belum diverifikasi"}


def keterangan(figure: FigureView, verified_only: bool) -> str | None:
    """The KETERANGAN of a printed figure: nothing when verified, else its workflow state."""
    if figure.verified or not figure.stored or figure.realisasi is None and not figure.workflow:
        return None
    note = NOTES.get(figure.workflow, "Belum diverifikasi")
    return f"{note} (tidak dicetak)" if verified_only else note


def printed(figure: FigureView, verified_only: bool) -> tuple:
    """(realisasi, capaian, predikat) as printed: capaian rounded the band-preserving way; left out
    ("–") when only verified figures are asked for and this one is not."""
    if verified_only and not figure.verified:
        return None, None, None
    return figure.realisasi, figure.capaian_shown(), figure.predicate.label if figure.predicate else None


def pengukuran(agency: PerangkatDaerah, tahun: int, tw: int, verified_only: bool = False) -> dm.Pengukuran:
    indicators = document_indicators(agency, tahun)
    _need(indicators, agency, tahun)
    period = Period.quarter(tahun, tw)
    found = figures(agency, indicators, [period])
    signing = signing_of(agency, tahun)
    rows = []
    for i in indicators:
        f = found[(i.pk, period.key)]
        rows.append(dm.PengukuranRow(_sasaran(i), i.name, i.satuan or None, f.target, *printed(f, verified_only),
                                     keterangan=keterangan(f, verified_only)))
    return dm.Pengukuran(tahun=tahun, triwulan=tw, agency=agency_info(agency, signing), rows=rows,
                         signatory=head_signatory(agency, signing), place=signing_place(agency, signing),
                         verified_only=verified_only)


def renstra_period(agency: PerangkatDaerah, tahun: int) -> str | None:
    for r in Renstra.objects.filter(agency=agency, first_year__lte=tahun):
        if r.last_year >= tahun:
            return f"{r.first_year}–{r.last_year}"
    return None


def lkjip(agency: PerangkatDaerah, tahun: int, verified_only: bool = False) -> dm.Lkjip:
    indicators = document_indicators(agency, tahun)
    _need(indicators, agency, tahun)
    past = list(range(tahun - PAST_YEARS, tahun))
    periods = [Period.of_year(y) for y in past + [tahun]]
    targets = Targets(indicators, range(tahun - PAST_YEARS, tahun + 6))
    found = figures(agency, indicators, periods)
    rows = []
    for i in indicators:
        now = found[(i.pk, str(tahun))]
        realisasi, capaian, predikat = printed(now, verified_only)
        end = targets.renstra_end(i)
        earlier = {y: found[(i.pk, str(y))] for y in past}
        rows.append(dm.LkjipRow(
            _sasaran(i), i.name, i.satuan or None, now.target, realisasi, capaian, predikat,
            past={y: dm.PastYear(*printed(f, verified_only)[:2]) for y, f in earlier.items()},
            renstra_target=target_value(end.raw) if end else None, realisasi_to_date=realisasi,
            capaian_renstra=judged_against(agency, i, realisasi, end.raw if end else None),
            keterangan=keterangan(now, verified_only)))
    narratives = [dm.LkjipNarrative(n.objective.text, n.analisis, n.faktor_pendukung, n.faktor_penghambat, n.upaya)
                  for n in LkjipNarrative.objects.filter(agency=agency, tahun=tahun).select_related("objective")]
    return dm.Lkjip(tahun=tahun, agency=agency_info(agency), rows=rows, past_years=past,
                    renstra_period=renstra_period(agency, tahun), narratives=narratives)


# --- the decree ----------------------------------------------------------------------------------

_MARKER = re.compile(r"^\s*(?:[a-z]\.|\d+\.|KE[A-Z]+\s*:?|\(\w\))\s*", re.IGNORECASE)


def text_items(text: str) -> list[str]:
    """One item per non-empty line, without the "a." / "1." / "KESATU:" the builder adds itself."""
    return [_MARKER.sub("", line).strip() for line in text.splitlines() if _MARKER.sub("", line).strip()]


def decree_texts(decree: Decree, catalog: dict) -> dm.DecreeTexts:
    """The decree's own texts where filled, the sensible defaults where blank."""
    defaults = decree_defaults(catalog)
    return dm.DecreeTexts(
        tentang=decree.tentang.strip() or defaults.tentang,
        menimbang=text_items(decree.menimbang) or defaults.menimbang,
        mengingat=text_items(decree.mengingat) or defaults.mengingat,
        memutuskan=text_items(decree.memutuskan) or defaults.memutuskan)


def decree_document(decree: Decree) -> Document:
    catalog = catalog_from_db(decree)
    agency = decree.agency
    signer = dm.Signatory(name=decree.penandatangan or "(…………………………)",
                          jabatan=f"Kepala {agency.name} {agency.pemda.name}",
                          pangkat=decree.pangkat or None, nip=decree.nip or None)
    return build_decree(catalog, agency=agency_info(agency), signatory=signer, texts=decree_texts(decree, catalog))


# --- one entry point for the views ---------------------------------------------------------------

@dataclass(frozen=True)
class Kind:
    slug: str
    title: str   # Indonesian, as printed; the document list shows it translated
    per_quarter: bool = False
    per_decree: bool = False


KINDS: dict[str, Kind] = {k.slug: k for k in (
    Kind("keputusan", gettext_noop("Keputusan IKU/IKI dan Lampiran"), per_decree=True),
    Kind("perjanjian-kinerja", gettext_noop("Perjanjian Kinerja")),
    Kind("rencana-aksi", gettext_noop("Rencana Aksi")),
    Kind("pengukuran-kinerja", gettext_noop("Pengukuran Kinerja"), per_quarter=True),
    Kind("lkjip", gettext_noop("LKjIP Bab III")),
    Kind("pohon-kinerja", gettext_noop("Pohon Kinerja")),
)}

BUILDERS: dict[str, Callable[..., Document]] = {
    "perjanjian-kinerja": lambda agency, tahun, tw, verified: build_perjanjian(perjanjian(agency, tahun)),
    "rencana-aksi": lambda agency, tahun, tw, verified: build_rencana_aksi(rencana_aksi(agency, tahun)),
    "pengukuran-kinerja": lambda agency, tahun, tw, verified: build_pengukuran(pengukuran(agency, tahun, tw,
                                                                                          verified)),
    "lkjip": lambda agency, tahun, tw, verified: build_lkjip(lkjip(agency, tahun, verified)),
    "pohon-kinerja": lambda agency, tahun, tw, verified: build_pohon(pohon_kinerja(agency, tahun)),
}


def document(agency: PerangkatDaerah, kind: str, tahun: int, tw: int = 1, decree: Decree | None = None,
             verified_only: bool = False) -> Document:
    """The document ``kind`` of ``agency``; ``decree`` for the Keputusan, ``tw`` for the Pengukuran;
    ``verified_only`` prints only verified figures."""
    if kind not in KINDS:
        raise ReportError(f"Jenis dokumen '{kind}' tidak dikenal.", f"Unknown document kind '{kind}'.")
    if kind == "keputusan":
        if decree is None or decree.agency_id != agency.pk:
            raise ReportError("Pilih keputusan yang akan dicetak.", "Choose the decree to print.")
        return decree_document(decree)
    return BUILDERS[kind](agency, tahun, tw, verified_only)


def filename(agency: PerangkatDaerah, kind: str, fmt: str, tahun: int, tw: int | None = None,
             decree: Decree | None = None) -> str:
    parts = [kind, agency.slug, str(decree.tahun if decree else tahun)]
    if decree is not None:
        parts.append(re.sub(r"[^A-Za-z0-9]+", "-", decree.nomor).strip("-"))
    if tw:
        parts.append(f"tw{tw}")
    return "-".join(p for p in parts if p) + f".{fmt}"


def rendered(agency: PerangkatDaerah, kind: str, fmt: str, tahun: int, tw: int = 1,
             decree: Decree | None = None, verified_only: bool = False) -> bytes:
    return render(document(agency, kind, tahun, tw, decree, verified_only), fmt)
