"""The Excel route: download a unit's entry sheet for a period, fill it, upload it.

Upload reads and checks every cell first and returns a per-cell report; nothing is saved unless every
cell is valid, and then all rows are saved in one transaction (one refused row undoes them all).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from io import BytesIO

from django.db import transaction
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.exceptions import InvalidFileException

from kinerja.catalog.models import Indicator, Unit
from kinerja.documents.xlsx_text import cell_text, neutralise
from kinerja.errors import KinerjaError
from kinerja.measurement.errors import InvalidEntry, MeasurementError
from kinerja.measurement.services import entry
from kinerja.measurement.services.inputs import inputs_for
from kinerja.periods import Period

SHEET = "Realisasi"
HEADERS = ("ID indikator", "Indikator", "Kunci", "Isian", "Satuan", "Nilai", "Versi", "Realisasi tahun lalu")
VALUE_COLUMN = "F"
FIRST_ROW = 3


def build(unit: Unit, period: Period) -> bytes:
    """The entry workbook of ``unit`` for ``period``: one row per value to enter."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = cell_text(f"Realisasi {unit.name} — {period.label()} (kunci: {period.key}, unit: {unit.pk})")
    ws["A1"].font = Font(bold=True)
    for col, title in enumerate(HEADERS, start=1):
        cell = ws.cell(row=2, column=col, value=title)
        cell.font = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF8DC")
    row = FIRST_ROW
    for r in entry.entry_rows(unit, period):
        for key, label, satuan, current in r.fields:
            last = r.last_year.value if r.last_year is not None else None
            ws.append([r.indicator.pk, cell_text(r.indicator.name), key, cell_text(label), cell_text(satuan),
                       current or None, r.version, float(last) if isinstance(last, Decimal) else last])
            ws[f"{VALUE_COLUMN}{row}"].fill = fill
            ws[f"{VALUE_COLUMN}{row}"].number_format = "@"
            row += 1
    for col, width in zip("ABCDEFGH", (10, 50, 18, 50, 10, 16, 8, 14)):
        ws.column_dimensions[col].width = width
        ws.column_dimensions[col].alignment = Alignment(wrap_text=True)
    ws.column_dimensions["C"].hidden = True
    ws.freeze_panes = "F3"
    out = BytesIO()
    neutralise(wb).save(out)
    return out.getvalue()


@dataclass
class CellProblem:
    cell: str
    message_id: str
    message_en: str
    needs_confirmation: bool = False


@dataclass
class UploadReport:
    problems: list[CellProblem] = field(default_factory=list)
    saved: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Row:
    indicator: Indicator
    version: int
    raw: dict[str, str] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_rows(data: bytes, unit: Unit, period: Period, report: UploadReport) -> list[_Row]:
    try:
        ws = load_workbook(BytesIO(data), read_only=True, data_only=True)[SHEET]
    except (InvalidFileException, KeyError, OSError, ValueError, Exception) as exc:  # openpyxl raises many kinds
        raise MeasurementError(f"Berkas bukan templat realisasi yang sah ({type(exc).__name__}).",
                               f"The file is not a valid realisasi template ({type(exc).__name__}).") from None
    allowed = {i.pk: i for i in entry.entry_indicators(unit, period)}
    rows: dict[int, _Row] = {}
    for n, values in enumerate(ws.iter_rows(min_row=FIRST_ROW, max_col=7, values_only=True), start=FIRST_ROW):
        ind_id, _name, key, _label, _satuan, value, version = (list(values) + [None] * 7)[:7]
        if ind_id is None and key is None:
            continue
        try:
            indicator = allowed[int(ind_id)]
        except (KeyError, TypeError, ValueError):
            report.problems.append(CellProblem(f"A{n}", "Indikator ini bukan milik unit ini untuk periode ini.",
                                               "This indicator does not belong to this unit for this period."))
            continue
        row = rows.setdefault(indicator.pk, _Row(indicator, int(version or 0)))
        row.raw[str(key)] = _cell_text(value)
        row.cells[str(key)] = f"{VALUE_COLUMN}{n}"
    return list(rows.values())


def upload(user, unit: Unit, period: Period, data: bytes, *, confirmed: bool = False) -> UploadReport:
    """Check every cell; save every row only when all are valid. Returns the per-cell report."""
    report = UploadReport()
    rows = _read_rows(data, unit, period, report)
    for row in rows:
        inputs = inputs_for(row.indicator)
        try:
            entry.read_entry(inputs, row.indicator.satuan, row.raw, confirmed)
        except InvalidEntry as exc:
            for p in exc.problems:
                report.problems.append(CellProblem(row.cells.get(p.field, "?"), p.message_id, p.message_en,
                                                   p.needs_confirmation))
    if report.problems:
        return report
    try:
        with transaction.atomic():
            for row in rows:
                entry.save_entry(user, row.indicator, period, row.raw, version=row.version, confirmed=confirmed)
                report.saved += 1
    except InvalidEntry as exc:
        report.saved = 0
        report.problems.extend(CellProblem(row.cells.get(p.field, f"{VALUE_COLUMN}?"), p.message_id, p.message_en,
                                           p.needs_confirmation) for p in exc.problems)
    except KinerjaError as exc:
        report.saved = 0
        report.problems.append(CellProblem(next(iter(row.cells.values()), "?"), f"{row.indicator.name}: "
                                           f"{exc.message_id}", f"{row.indicator.name}: {exc.message_en}"))
    return report
