"""Plain data the document builders take. The Django layer fills these; nothing here knows a database.

Numbers are ``float | int | Decimal | None``; ``None`` means "not reported" and prints as "–", never 0.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

Number = float | int | Decimal

ACTING_TITLES = (None, "Plt", "Plh")


@dataclass
class AgencyInfo:
    """Who issues the document: printed as the kop surat (letterhead)."""

    pemda: str                      # "Kabupaten Banjar"
    name: str                       # "Dinas Tenaga Kerja dan Transmigrasi"
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    city: str | None = None         # where documents are signed, e.g. "Martapura"


@dataclass
class Signatory:
    name: str
    jabatan: str                    # "Kepala Dinas Tenaga Kerja dan Transmigrasi Kabupaten Banjar"
    pangkat: str | None = None      # rank, e.g. "Pembina Utama Muda"
    nip: str | None = None          # elected officials (Bupati) have none
    acting: str | None = None       # None | "Plt" (Pelaksana Tugas) | "Plh" (Pelaksana Harian)


@dataclass
class PerjanjianRow:
    sasaran: str
    indikator: str
    satuan: str | None
    target: Number | str | None     # a number, or a text target such as "1 Dokumen"


@dataclass
class ProgramRow:
    program: str
    anggaran: Number | None         # rupiah


@dataclass
class PerjanjianKinerja:
    tahun: int
    agency: AgencyInfo
    pihak_pertama: Signatory        # the agency head, who promises
    pihak_kedua: Signatory          # the superior (Bupati / Walikota), who supervises
    rows: list[PerjanjianRow]
    programs: list[ProgramRow] = field(default_factory=list)
    place: str | None = None
    tanggal: date | str | None = None


@dataclass
class RencanaAksiRow:
    sasaran: str
    indikator: str
    satuan: str | None
    target: Number | str | None
    tw: tuple[Number | str | None, Number | str | None, Number | str | None, Number | str | None]
    cumulative: bool = False        # TW targets are running totals (TW IV equals the yearly target)


@dataclass
class RencanaAksi:
    tahun: int
    agency: AgencyInfo
    rows: list[RencanaAksiRow]
    signatory: Signatory | None = None
    place: str | None = None
    tanggal: date | str | None = None


@dataclass
class PengukuranRow:
    sasaran: str
    indikator: str
    satuan: str | None
    target: Number | str | None
    realisasi: Number | str | None
    capaian: Number | None          # percent, e.g. 95.5 (a Decimal prints with its own decimals past two)
    predikat: str | None
    keterangan: str | None = None   # why the figure is not final ("Belum diverifikasi"); None when verified


@dataclass
class Pengukuran:
    tahun: int
    triwulan: int                   # 1..4
    agency: AgencyInfo
    rows: list[PengukuranRow]
    signatory: Signatory | None = None
    place: str | None = None
    tanggal: date | str | None = None
    verified_only: bool = False     # unverified figures were left out ("–")


@dataclass
class PastYear:
    realisasi: Number | str | None
    capaian: Number | None


@dataclass
class LkjipRow:
    sasaran: str
    indikator: str
    satuan: str | None
    target: Number | str | None
    realisasi: Number | str | None
    capaian: Number | None
    predikat: str | None = None
    past: dict[int, PastYear] = field(default_factory=dict)   # year -> figures, for the comparison table
    renstra_target: Number | str | None = None                # target for the Renstra's last year
    realisasi_to_date: Number | str | None = None             # realisasi up to this year
    capaian_renstra: Number | None = None                     # realisasi_to_date against renstra_target, %
    keterangan: str | None = None                             # why this year's figure is not final


@dataclass
class LkjipNarrative:
    """What the planner writes per sasaran; blank fields are left out of the print."""

    sasaran: str
    analisis: str | None = None
    faktor_pendukung: str | None = None
    faktor_penghambat: str | None = None
    upaya: str | None = None


@dataclass
class Lkjip:
    tahun: int
    agency: AgencyInfo
    rows: list[LkjipRow]
    past_years: list[int] = field(default_factory=list)       # e.g. [2021, 2022, 2023]
    renstra_period: str | None = None                          # "2021–2026"
    narratives: list[LkjipNarrative] = field(default_factory=list)


@dataclass
class PohonNode:
    """One box of the pohon kinerja: a kinerja statement with its indicators, held by a jabatan."""

    id: str
    label: str                       # the sasaran / kinerja statement
    indikator: list[str] = field(default_factory=list)
    jabatan: str | None = None
    holder: str | None = None        # the person holding the jabatan
    children: list[PohonNode] = field(default_factory=list)
    missing_parent: bool = False     # an indicator that supports nothing above it

    @property
    def missing_responsible(self) -> bool:
        return not (self.jabatan or "").strip()


@dataclass
class PohonKinerja:
    tahun: int | None
    agency: AgencyInfo
    roots: list[PohonNode]           # the IKU nodes first, then nodes flagged missing_parent


@dataclass
class DecreeTexts:
    """The editable prose of a decree; :func:`kinerja.documents.decree.decree_defaults` fills it."""

    tentang: str
    menimbang: list[str]
    mengingat: list[str]
    memutuskan: list[str]            # diktum texts in order: KESATU, KEDUA, …
