"""An SKP draft as .xlsx, in the field order of the e-Kinerja form (PermenPANRB 6/2022).

Sheets: ``SKP`` (who is rated and by whom, then the Hasil Kerja table: No, RHK pimpinan yang
diintervensi, RHK, Aspek, Indikator kinerja individu, Target; then three aids for typing into
e-Kinerja: the target's minimum, maximum and unit), ``Perilaku Kerja`` (the seven BerAKHLAK values,
the leader's expectations left blank: they are human), ``Target Periodik`` (Rencana Aksi TW I–IV) and
``Realisasi`` (per quarter, with evidence links; the feedback column left blank). The sheets are in
Indonesian whatever the screen's language, as the form is.

Text from the catalog is always written as text: a sasaran that starts with "=" stays words in Excel,
never a formula; control characters, which .xlsx cannot hold, are dropped.
"""
from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from kinerja.skp.model import ASPEK_LABELS, Person, SkpDraft

HASIL_KERJA_COLUMNS = ("NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", "ASPEK",
                       "INDIKATOR KINERJA INDIVIDU", "TARGET", "TARGET MIN", "TARGET MAKS", "SATUAN")
PERIODIC_COLUMNS = ("NO", "INDIKATOR KINERJA INDIVIDU", "TARGET TAHUNAN", "TW I", "TW II", "TW III", "TW IV")
REALISASI_COLUMNS = ("NO", "INDIKATOR KINERJA INDIVIDU", "PERIODE", "TARGET", "REALISASI", "STATUS",
                     "BUKTI DUKUNG", "UMPAN BALIK BERKELANJUTAN")
BERAKHLAK = ("Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif")
QUARTERS = {"Q1": "TW I", "Q2": "TW II", "Q3": "TW III", "Q4": "TW IV"}
STATUS_LABELS = {"draft": "Konsep", "submitted": "Diajukan", "returned": "Dikembalikan", "verified": "Terverifikasi",
                 "locked": "Dikunci", "": "Belum diisi"}

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
_WRAP = Alignment(vertical="top", wrap_text=True)
_HEAD = Alignment(horizontal="center", vertical="center", wrap_text=True)
_BOLD = Font(bold=True)


def _put(ws: Worksheet, row: int, column: int, value: object, *, bold: bool = False, boxed: bool = True) -> Cell:
    cell = ws.cell(row=row, column=column)
    if isinstance(value, Decimal):
        cell.value = float(value) if value != value.to_integral_value() else int(value)
    elif isinstance(value, (int, float)) or value is None:
        cell.value = value
    else:
        # Control characters (a NUL pasted from a PDF) are not allowed in .xlsx at all.
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
        cell.data_type = "s"  # never a formula, whatever the text starts with
    cell.alignment = _WRAP
    if bold:
        cell.font = _BOLD
    if boxed:
        cell.border = _BORDER
    return cell


def _header(ws: Worksheet, row: int, columns: tuple[str, ...]) -> None:
    for col, title in enumerate(columns, 1):
        cell = _put(ws, row, col, title, bold=True)
        cell.fill, cell.alignment = _HEAD_FILL, _HEAD


def _widths(ws: Worksheet, widths: tuple[int, ...]) -> None:
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = width


def _person(ws: Worksheet, row: int, column: int, title: str, person: Person | None) -> None:
    _put(ws, row, column, title, bold=True)
    person = person or Person()
    for offset, (label, value) in enumerate((("NAMA", person.name), ("NIP", person.nip),
                                             ("PANGKAT/GOL. RUANG", person.rank), ("JABATAN", person.position),
                                             ("UNIT KERJA", person.unit)), 1):
        _put(ws, row + offset, column, label)
        _put(ws, row + offset, column + 1, value)


def render_skp_xlsx(draft: SkpDraft) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    wb.properties.title = f"SKP {draft.employee.position} {draft.year}"
    _put(ws, 1, 1, "SASARAN KINERJA PEGAWAI", bold=True, boxed=False)
    _put(ws, 2, 1, f"{draft.agency}, {draft.pemda}", boxed=False)
    _put(ws, 3, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN {draft.year}", boxed=False)
    _put(ws, 4, 1, "KONSEP dari Kinerja: disepakati pegawai dan pejabat penilai sebelum dimasukkan ke e-Kinerja.",
         boxed=False)
    _person(ws, 6, 2, "PEGAWAI YANG DINILAI", draft.employee)
    _person(ws, 6, 5, "PEJABAT PENILAI KINERJA", draft.appraiser)
    row = 13
    _put(ws, row, 1, "HASIL KERJA", bold=True, boxed=False)
    _header(ws, row + 1, HASIL_KERJA_COLUMNS)
    for col in range(1, 7):
        _put(ws, row + 2, col, f"({col})").alignment = _HEAD
    _put(ws, row + 3, 1, "A. UTAMA", bold=True, boxed=False)
    row += 4
    for r in draft.rows:
        values = (r.number, r.rhk_atasan, r.rhk, ASPEK_LABELS[r.aspek][0], r.indikator, r.target.text,
                  r.target.low, r.target.high, r.target.satuan)
        for col, value in enumerate(values, 1):
            _put(ws, row, col, value)
        row += 1
    _put(ws, row, 1, "B. TAMBAHAN", bold=True, boxed=False)
    _widths(ws, (6, 40, 40, 12, 40, 16, 11, 11, 12))
    ws.freeze_panes = "A15"

    behaviour = wb.create_sheet("Perilaku Kerja")
    _header(behaviour, 1, ("NO", "PERILAKU KERJA (BerAKHLAK)", "EKSPEKTASI KHUSUS PIMPINAN"))
    for n, value in enumerate(BERAKHLAK, 1):
        _put(behaviour, n + 1, 1, n)
        _put(behaviour, n + 1, 2, value)
        _put(behaviour, n + 1, 3, "")
    _widths(behaviour, (6, 32, 60))

    periodic = wb.create_sheet("Target Periodik")
    _header(periodic, 1, PERIODIC_COLUMNS)
    for n, r in enumerate(draft.rows, 2):
        by_quarter = {p.period.rsplit("-", 1)[-1]: p for p in r.periods}
        values = [r.number, r.indikator, r.target.text]
        values += [by_quarter[q].target_raw if q in by_quarter else "" for q in QUARTERS]
        for col, value in enumerate(values, 1):
            _put(periodic, n, col, value)
    _widths(periodic, (6, 50, 16, 14, 14, 14, 14))
    periodic.freeze_panes = "A2"

    realisasi = wb.create_sheet("Realisasi")
    _header(realisasi, 1, REALISASI_COLUMNS)
    line = 2
    for r in draft.rows:
        for p in r.periods:
            quarter = QUARTERS.get(p.period.rsplit("-", 1)[-1], p.period)
            value = p.realisasi if p.realisasi is not None else (p.realisasi_label or None)
            links = "\n".join(f"{e.name}: {e.url}" for e in p.evidence)
            for col, cell_value in enumerate((r.number, r.indikator, quarter, p.target_raw, value,
                                              STATUS_LABELS.get(p.status, p.status), links, ""), 1):
                _put(realisasi, line, col, cell_value)
            line += 1
    _widths(realisasi, (6, 50, 10, 14, 14, 14, 50, 40))
    realisasi.freeze_panes = "A2"

    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
