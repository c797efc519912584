"""The zoo's .docx, .pdf and .xlsx layouts, each written by another engine than Kinerja's own writer
(python-docx, WeasyPrint, openpyxl)."""
from __future__ import annotations

import html
import io

from .documents import SUBJECT, Column, cell, sections, title_block


def _runs(rows: list[dict], field: str) -> list[int]:
    """For each row, how many rows its value spans when equal neighbours are merged (0: covered)."""
    spans = [1] * len(rows)
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or not rows[i].get(field) or rows[i].get(field) != rows[start].get(field):
            spans[start] = i - start
            for k in range(start + 1, i):
                spans[k] = 0
            start = i
    return spans


# --- .docx -------------------------------------------------------------------------------------

def docx_merged(catalog: dict, columns: list[Column], merge: tuple[str, ...] = ("sasaran", "penanggung_jawab")) -> bytes:
    """Word tables whose repeated sasaran and penanggung jawab are merged cells, with a two-row header
    whose INDIKATOR KINERJA spans its name and formula columns."""
    import docx

    document = docx.Document()
    for line in title_block(catalog):
        document.add_paragraph(line)
    for position, rows in sections(catalog):
        if position is None:
            document.add_paragraph(SUBJECT["IKU"])
        else:
            document.add_paragraph("INDIKATOR KINERJA INDIVIDU")
            document.add_paragraph(f"1. JABATAN : {position['jabatan'].upper()}")
            document.add_paragraph("2. TUGAS :" if position.get("tugas") else "2. TUGAS : -")
            for t in position.get("tugas") or []:
                document.add_paragraph(t, style="List Bullet")
            document.add_paragraph("3. FUNGSI :" if position.get("fungsi") else "3. FUNGSI : -")
            for t in position.get("fungsi") or []:
                document.add_paragraph(t, style="List Bullet")
        table = document.add_table(rows=2, cols=len(columns))
        table.style = "Table Grid"
        fields = [c.field for c in columns]
        ind = fields.index("indikator")
        spans_two = ind + 1 < len(fields) and fields[ind + 1] == "formula_text"
        for i, c in enumerate(columns):
            top, bottom = table.rows[0].cells[i], table.rows[1].cells[i]
            if spans_two and i == ind:
                top.text, bottom.text = "INDIKATOR KINERJA", "NAMA"
            elif spans_two and i == ind + 1:
                top.text, bottom.text = "", c.title
            else:
                top.text = c.title
        for i in range(len(columns)):
            if spans_two and i in (ind, ind + 1):
                continue
            table.cell(0, i).merge(table.cell(1, i))
        if spans_two:
            table.cell(0, ind).merge(table.cell(0, ind + 1))
            table.cell(0, ind).text = "INDIKATOR KINERJA"
        spans = {f: _runs(rows, f) for f in merge}
        for number, row in enumerate(rows, start=1):
            cells = table.add_row().cells
            for c, target in zip(columns, cells):
                if c.field in spans and spans[c.field][number - 1] == 0:
                    continue
                target.text = cell(row, c, number)
        first = 2
        for f, run in spans.items():
            if f not in fields:
                continue
            col = fields.index(f)
            for i, n in enumerate(run):
                if n > 1:
                    table.cell(first + i, col).merge(table.cell(first + i + n - 1, col))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- .pdf --------------------------------------------------------------------------------------

def _html_table(rows: list[dict], columns: list[Column], merge: tuple[str, ...]) -> str:
    spans = {f: _runs(rows, f) for f in merge}
    out = ["<table><thead><tr>" + "".join(f"<th>{html.escape(c.title)}</th>" for c in columns) + "</tr></thead><tbody>"]
    for number, row in enumerate(rows, start=1):
        tds = []
        for c in columns:
            span = spans.get(c.field, [1] * len(rows))[number - 1]
            if span == 0:
                continue
            attr = f' rowspan="{span}"' if span > 1 else ""
            tds.append(f"<td{attr}>{html.escape(cell(row, c, number))}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def pdf(catalog: dict, columns: list[Column], *, ruled: bool, landscape: bool,
        merge: tuple[str, ...] = ("sasaran", "penanggung_jawab")) -> bytes:
    import weasyprint

    border = "border: 0.6pt solid black;" if ruled else "border: none;"
    style = (f"@page {{ size: A4 {'landscape' if landscape else 'portrait'}; margin: 1.6cm }}"
             "body { font-family: 'Liberation Sans', sans-serif; font-size: 8pt }"
             f"table {{ border-collapse: collapse; width: 100%; margin: 6pt 0 }} td, th {{ {border} padding: 2pt 6pt;"
             " vertical-align: top; text-align: left }} p { margin: 0 0 2pt 0 }")
    body = [f"<p>{html.escape(line) or '&nbsp;'}</p>" for line in title_block(catalog)]
    for position, rows in sections(catalog):
        if position is None:
            body.append(f"<p>{SUBJECT['IKU']}</p>")
        else:
            body += ["<p>INDIKATOR KINERJA INDIVIDU</p>", f"<p>1. JABATAN : {html.escape(position['jabatan'].upper())}</p>",
                     f"<p>2. TUGAS :{'' if position.get('tugas') else ' -'}</p>"]
            body += [f"<p>- {html.escape(t)}</p>" for t in position.get("tugas") or []]
            body.append(f"<p>3. FUNGSI :{'' if position.get('fungsi') else ' -'}</p>")
            body += [f"<p>- {html.escape(t)}</p>" for t in position.get("fungsi") or []]
        body.append(_html_table(rows, columns, merge if ruled else ()))
    page = f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{''.join(body)}</body></html>"
    return weasyprint.HTML(string=page).write_pdf()


# --- .xlsx -------------------------------------------------------------------------------------

def xlsx_merged_header(catalog: dict, columns: list[Column]) -> bytes:
    """A sheet per section: title rows, a two-row header (merged cells), merged sasaran cells."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    first = True
    for number, (position, rows) in enumerate(sections(catalog), start=1):
        sheet = workbook.create_sheet(f"Lampiran {number}")
        if first:
            for line in title_block(catalog):
                sheet.append([line] if line else [])
            first = False
        if position is None:
            sheet.append([SUBJECT["IKU"]])
        else:
            sheet.append(["INDIKATOR KINERJA INDIVIDU"])
            sheet.append([f"JABATAN : {position['jabatan'].upper()}"])
            sheet.append(["TUGAS :" if position.get("tugas") else "TUGAS : -"])
            for t in position.get("tugas") or []:
                sheet.append([f"- {t}"])
            sheet.append(["FUNGSI :" if position.get("fungsi") else "FUNGSI : -"])
            for t in position.get("fungsi") or []:
                sheet.append([f"- {t}"])
        top = sheet.max_row + 1
        fields = [c.field for c in columns]
        ind = fields.index("indikator")
        sheet.append(["URAIAN INDIKATOR" if i in (ind, ind + 1) else c.title for i, c in enumerate(columns)])
        sheet.append(["NAMA" if i == ind else (c.title if i == ind + 1 else None) for i, c in enumerate(columns)])
        for i, _ in enumerate(columns, start=1):
            if i - 1 not in (ind, ind + 1):
                sheet.merge_cells(start_row=top, start_column=i, end_row=top + 1, end_column=i)
        sheet.merge_cells(start_row=top, start_column=ind + 1, end_row=top, end_column=ind + 2)
        spans = _runs(rows, "sasaran")
        col = fields.index("sasaran") + 1 if "sasaran" in fields else None
        for n, row in enumerate(rows, start=1):
            sheet.append([None if c.field == "sasaran" and spans[n - 1] == 0 else cell(row, c, n) for c in columns])
            if col and spans[n - 1] > 1:
                r = sheet.max_row
                sheet.merge_cells(start_row=r, start_column=col, end_row=r + spans[n - 1] - 1, end_column=col)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
