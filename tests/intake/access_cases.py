"""Access cases for the intake URLs (see tests/web/access_registry.py and docs/web.md).

Only the agency's planner or a pemda admin may import. Another agency's planner does not learn that
an import exists (404); readers of this agency (operator, evaluator, head) are refused (403).
The changes page of a committed Perubahan is catalog reading, open to whoever reads the whole agency.
"""
from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from intake.helpers import make_session, small_catalog
from kinerja.catalog.models import Decree
from kinerja.intake.models import ImportSession
from web.access_registry import AccessCase

GET, POST = "GET", "POST"
READERS_OF_X = (("operator_a", 403), ("evaluator", 403), ("head", 403), ("planner_y", 404), ("nobody", 404))


def x(w):
    return {"slug": w.agency.slug}


def _session_x(w):
    if not hasattr(w, "_intake_session"):
        w._intake_session = make_session(w.agency)
    return w._intake_session


def _session_y(w):
    if not hasattr(w, "_intake_session_y"):
        w._intake_session_y = make_session(w.other, small_catalog("5 Tahun 2025"))
    return w._intake_session_y


def session_x(w):
    return {"slug": w.agency.slug, "pk": _session_x(w).pk}


def session_y(w):
    return {"slug": w.other.slug, "pk": _session_y(w).pk}


def _amending_decree(w):
    if not hasattr(w, "_intake_amending"):
        w._intake_amending = Decree.objects.create(agency=w.agency, nomor="17A Tahun 2024", tahun=2024,
                                                   amends=w.decree)
    return {"slug": w.agency.slug, "pk": w._intake_amending.pk}


def _upload(w):
    return {"file": SimpleUploadedFile("keputusan.txt", b"KEPUTUSAN KEPALA DINAS\nbukan tabel", "text/plain")}


def _sessions(w):
    return list(ImportSession.objects.all()) + [w.decree]


def _edit(w):
    return {"row": "0", "indikator": "Diubah oleh orang luar"}


CASES: list[AccessCase] = [
    AccessCase("intake:session_list", x, READERS_OF_X, allowed="planner"),
    AccessCase("intake:session_list", x, (("planner_y", 404),), allowed="admin", note="pemda admin"),
    AccessCase("intake:upload", x, READERS_OF_X, (GET, POST), "planner", post_data=_upload,
               watched=_sessions),
    AccessCase("intake:preview", session_x, READERS_OF_X, allowed="planner"),
    AccessCase("intake:preview", session_y, (("planner", 404), ("operator_a", 404), ("evaluator", 403)),
               allowed="planner_y", note="agency Y"),
    AccessCase("intake:edit_row", session_x, READERS_OF_X, (POST,), "planner", (302,), post_data=_edit,
               watched=lambda w: [_session_x(w)]),
    AccessCase("intake:drop_row", session_x, READERS_OF_X, (POST,), "planner", (302,),
               post_data=lambda w: {"row": "0", "dropped": "1"}, watched=lambda w: [_session_x(w)]),
    AccessCase("intake:columns", session_x, READERS_OF_X, (GET, POST), "planner", (200, 302),
               post_data=lambda w: {"t0-col0": "indikator"}, watched=lambda w: [_session_x(w)]),
    AccessCase("intake:structure", session_x, READERS_OF_X, (POST,), "planner", (302,),
               post_data=lambda w: {"u0-key": "x", "u0-name": "Diubah oleh orang luar"},
               watched=lambda w: [_session_x(w)]),
    AccessCase("intake:commit", session_x, READERS_OF_X, (POST,), "planner", (302,),
               watched=lambda w: [_session_x(w), w.decree, w.indicator_iku]),
    AccessCase("intake:commit", session_y, (("planner", 404), ("head", 404)), (POST,), "admin", (302,),
               watched=lambda w: [_session_y(w), w.decree_y], note="agency Y, pemda admin"),
    AccessCase("intake:discard", session_x, READERS_OF_X, (POST,), "planner", (302,),
               watched=lambda w: [_session_x(w)]),
    AccessCase("intake:decree_changes", _amending_decree, (("operator_a", 403), ("planner_y", 404), ("nobody", 404)),
               allowed="evaluator"),
]
