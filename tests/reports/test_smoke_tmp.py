import pytest, time
from reports.measured import measure
from kinerja.reports.services import documents as d
from kinerja.documents import render

def test_smoke(measured):
    a = measured.agency()
    for kind in d.KINDS:
        if kind == "keputusan":
            for dec in a.__class__.objects.get(pk=a.pk).pemda.agencies.first().__class__.objects.none(): pass
            from kinerja.catalog.models import Decree
            for dec in Decree.objects.filter(agency=a):
                t=time.time(); doc = d.document(a, kind, 2025, decree=dec)
                for fmt in ("docx","pdf","xlsx"): render(doc, fmt)
                print(kind, dec.nomor, time.time()-t)
            continue
        t=time.time()
        doc = d.document(a, kind, 2025, 4)
        for fmt in ("docx","pdf","xlsx"):
            if fmt=="xlsx" and not doc.tables(): continue
            render(doc, fmt)
        print(kind, time.time()-t)
    print(d.lkjip(a, 2025).rows[:2])
    print(d.pengukuran(a, 2025, 4).rows[:3])
