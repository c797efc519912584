"""Access cases for the reports URLs (see tests/web/access_registry.py and docs/web.md).

Agency documents and the pohon are whole-agency reads: a unit operator or unit head of X may see X
but gets 403; users of agency Y get 404. The forms are the planner's (or pemda admin's): an evaluator
reads but gets 403. The pemda dashboard is for pemda admins and evaluators; everyone else gets 404.
"""
from __future__ import annotations

from web.access_registry import AccessCase

GET, POST = "GET", "POST"
RW = (GET, POST)
TAHUN = 2025


def x(w):
    return {"slug": w.agency.slug}


def y(w):
    return {"slug": w.other.slug}


def x_year(w):
    return {"slug": w.agency.slug, "tahun": TAHUN}


def decree_x(w):
    return {"slug": w.agency.slug, "pk": w.decree.pk}


def pemda(w):
    return {"slug": w.pemda.slug}


UNIT_USERS = (("operator_a", 403), ("head_a", 403))
OTHER_AGENCY = (("planner_y", 404), ("nobody", 404))

CASES = [
    AccessCase("reports:documents", x, UNIT_USERS + OTHER_AGENCY, (GET,), "planner"),
    AccessCase("reports:documents", x, (), (GET,), "evaluator", note="evaluator reads documents"),
    AccessCase("reports:download", lambda w: {**x(w), "kind": "perjanjian-kinerja", "fmt": "docx"},
               UNIT_USERS + OTHER_AGENCY, (GET,), "head"),
    AccessCase("reports:download", lambda w: {**y(w), "kind": "rencana-aksi", "fmt": "xlsx"},
               (("planner", 404), ("operator_a", 404)), (GET,), "admin", note="agency Y"),
    AccessCase("reports:decree_texts", decree_x,
               UNIT_USERS + (("evaluator", 403), ("head", 403), ("planner_y", 404)), RW, "planner",
               post_data=lambda w: {"tentang": "DIUBAH", "menimbang": "bahwa diubah", "mengingat": "x",
                                    "memutuskan": "y"},
               watched=lambda w: [w.decree]),
    AccessCase("reports:signing", x_year, UNIT_USERS + (("evaluator", 403), ("planner_y", 404)), RW, "planner",
               post_data=lambda w: {"acting": "Plt", "name": "Orang Lain"}),
    AccessCase("reports:programs", x_year, UNIT_USERS + (("evaluator", 403), ("planner_y", 404)), RW, "planner",
               post_data=lambda w: {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0",
                                    "form-0-program": "Program Siluman", "form-0-anggaran": "1.000", "form-0-order": "1"}),
    AccessCase("reports:narratives", x_year, UNIT_USERS + (("evaluator", 403), ("planner_y", 404)), RW, "admin",
               post_data=lambda w: {f"s{w.objective.pk}-analisis": "Disusupkan"}),
    AccessCase("reports:agency_dashboard", y, (("operator_a", 404), ("planner", 404), ("nobody", 404)), (GET,),
               "planner_y"),
    AccessCase("reports:agency_dashboard", x, (("planner_y", 404),), (GET,), "operator_a",
               hidden=lambda w: [w.indicator_b.name, w.unit_b.name], note="limited to unit A"),
    AccessCase("reports:pohon", x, UNIT_USERS + OTHER_AGENCY, (GET,), "head"),
    AccessCase("reports:pemda_dashboard", pemda,
               (("planner", 404), ("head", 404), ("operator_a", 404), ("nobody", 404)), (GET,), "evaluator"),
    AccessCase("reports:pemda_head", pemda, (("evaluator", 403), ("planner", 404), ("operator_a", 404)), RW, "admin",
               post_data=lambda w: {"jabatan": "Bupati Palsu", "name": "Siapa Saja", "acting": ""}),
]
