"""Access cases for the measurement URLs (see tests/web/access_registry.py and docs/web.md).

The protected rows belong to unit B of agency X: operator_a (unit A) must not even see them (404),
the head of X reads them but may not enter or verify (403), planner_y of agency Y sees nothing (404).
"""
from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from web.access_registry import AccessCase

from kinerja.periods import Period

GET, POST = "GET", "POST"
TW1 = Period.quarter(2025, 1)
PDF = b"%PDF-1.4\n%%EOF\n"


def realisasi_b(w):
    from kinerja.measurement.models import Realisasi

    r, _ = Realisasi.objects.get_or_create(indicator=w.indicator_b, period=TW1.key,
                                           defaults={"agency": w.agency, "year": 2025, "direct_raw": "3",
                                                     "direct_value": 3, "complete": True})
    return r


def submitted_b(w):
    r = realisasi_b(w)
    r.status = "submitted"
    r.save()
    return r


def evidence_b(w):
    from kinerja.measurement.models import Evidence
    from kinerja.measurement.services import evidence

    existing = Evidence.objects.filter(realisasi__indicator=w.indicator_b).first()
    if existing:
        return existing
    return evidence.attach(w.user("operator_b"), realisasi_b(w), SimpleUploadedFile("bukti.pdf", PDF))


def x(w):
    return {"slug": w.agency.slug}


def y(w):
    return {"slug": w.other.slug}


def grid_b(w):
    return {"slug": w.agency.slug, "unit_id": w.unit_b.pk, "period": TW1.key}


def r_b(w):
    return {"slug": w.agency.slug, "pk": realisasi_b(w).pk}


def submitted(w):
    return {"slug": w.agency.slug, "pk": submitted_b(w).pk}


def period_x(w):
    return {"slug": w.agency.slug, "period": TW1.key}


def watched_r(w):
    return [realisasi_b(w)]


OUTSIDERS = (("operator_a", 404), ("planner_y", 404))

CASES = [
    AccessCase("measurement:entry_home", y, (("operator_a", 404), ("planner", 404)), (GET,), "planner_y"),
    AccessCase("measurement:entry_grid", grid_b, OUTSIDERS, (GET,), "operator_b"),
    AccessCase("measurement:template_download", grid_b, OUTSIDERS + (("head", 403),), (GET,), "operator_b"),
    AccessCase("measurement:template_upload", grid_b, OUTSIDERS + (("head", 403),), (GET, POST), "operator_b"),
    AccessCase("measurement:entry_save",
               lambda w: {"slug": w.agency.slug, "indicator_id": w.indicator_b.pk, "period": TW1.key},
               OUTSIDERS + (("head", 403),), (POST,), "operator_b", (302,),
               post_data=lambda w: {"version": "0", "v_nilai": "7"},
               watched=lambda w: list(w.indicator_b.realisasi.all())),
    AccessCase("measurement:realisasi_detail", r_b, OUTSIDERS, (GET,), "operator_b"),
    AccessCase("measurement:realisasi_submit", r_b, OUTSIDERS + (("head", 403), ("planner", 403)), (POST,),
               "operator_b", (302,), watched=watched_r),
    AccessCase("measurement:realisasi_verify", submitted, OUTSIDERS + (("head", 403), ("operator_b", 403)),
               (POST,), "planner", (302,), watched=watched_r),
    AccessCase("measurement:realisasi_return", submitted, OUTSIDERS + (("head", 403), ("operator_b", 403)),
               (POST,), "planner", (302,), post_data=lambda w: {"reason": "Kurang bukti"}, watched=watched_r),
    AccessCase("measurement:evidence_upload", r_b, OUTSIDERS + (("head", 403),), (POST,), "operator_b", (302,),
               post_data=lambda w: {"file": SimpleUploadedFile("bukti.pdf", PDF)}, watched=watched_r),
    AccessCase("measurement:evidence_download", lambda w: {"slug": w.agency.slug, "pk": evidence_b(w).pk},
               OUTSIDERS, (GET,), "operator_b"),
    AccessCase("measurement:queue", x, (("operator_a", 403), ("head", 403), ("planner_y", 404)), (GET,), "planner"),
    AccessCase("measurement:period_lock", period_x, (("operator_a", 403), ("head", 403), ("planner_y", 404)),
               (POST,), "planner", (302,), watched=watched_r),
    AccessCase("measurement:period_deadline", period_x, (("operator_a", 403), ("head", 403), ("planner_y", 404)),
               (POST,), "planner", (302,), post_data=lambda w: {"deadline": "2025-04-10T16:00"}),
    AccessCase("measurement:capaian_table", lambda w: {"slug": w.other.slug, "period": TW1.key},
               (("operator_a", 404), ("planner", 404)), (GET,), "planner_y"),
    AccessCase("measurement:capaian_table", lambda w: {"slug": w.agency.slug, "period": TW1.key}, (), (GET,),
               "operator_a", hidden=lambda w: [w.indicator_b.name], note="operator sees only own unit"),
]


# --- targets and predicate scales ----------------------------------------------------------------

def pk_b(w):
    """The PK target of indicator B for 2025, and its PK Perubahan."""
    from kinerja.measurement.models import Target
    from kinerja.measurement.services.targets import set_target

    if not Target.objects.filter(indicator=w.indicator_b, kind="pk_perubahan").exists():
        set_target(w.indicator_b, "pk", Period.of_year(2025), "10")
        set_target(w.indicator_b, "pk_perubahan", Period.of_year(2025), "8", reason="Refocusing",
                   decree_number="800/1/2025")
    return list(Target.objects.filter(indicator=w.indicator_b).order_by("pk"))


def renstra_x(w):
    from kinerja.measurement.models import Renstra

    return [Renstra.objects.get_or_create(agency=w.agency, first_year=2020, defaults={"length": 5})[0]]


def scale_x(w):
    from kinerja.capaian.bands import PERMENDAGRI_86_2017
    from kinerja.measurement.services.scales import store_scale

    own = store_scale(w.pemda, PERMENDAGRI_86_2017, agency=w.agency)
    default = store_scale(w.pemda, PERMENDAGRI_86_2017)
    return [own, default, *own.bands.all(), *default.bands.all(), w.pemda]


def target_b(w):
    return {"slug": w.agency.slug, "year": 2025, "indicator_id": w.indicator_b.pk}


SCALE_POST = {"name": "Skala X", "band-0-label": "Baik", "band-0-min": "80", "band-0-min_inclusive": "1",
              "band-1-label": "Kurang", "band-1-max": "80"}
EDITORS_ONLY = (("operator_a", 403), ("head", 403), ("planner_y", 404))
PEMDA_ONLY = (("planner", 403), ("operator_a", 403), ("head", 403), ("planner_y", 404))

CASES += [
    AccessCase("measurement:targets", lambda w: {"slug": w.other.slug, "year": 2025},
               (("operator_a", 404), ("planner", 404)), (GET,), "planner_y"),
    AccessCase("measurement:targets", lambda w: {"slug": w.agency.slug, "year": 2025}, (), (GET,), "operator_a",
               hidden=lambda w: [w.indicator_b.name], note="operator sees only own unit"),
    AccessCase("measurement:target_save", target_b, OUTSIDERS + (("head", 403), ("operator_b", 403)), (POST,),
               "planner", (302,), post_data=lambda w: {"t_pk": "9", "t_tw1": "2"}, watched=pk_b),
    AccessCase("measurement:target_revise", target_b, OUTSIDERS + (("head", 403), ("operator_b", 403)), (POST,),
               "planner", (302,), post_data=lambda w: {"raw": "7", "reason": "Efisiensi", "decree_number": "9/2025"},
               watched=pk_b),
    AccessCase("measurement:target_withdraw", target_b, OUTSIDERS + (("head", 403), ("operator_b", 403)), (POST,),
               "planner", (302,), watched=pk_b),
    AccessCase("measurement:renstra_save", x, EDITORS_ONLY, (POST,), "planner", (302,),
               post_data=lambda w: {"first_year": "2025", "length": "5"}, watched=renstra_x),
    AccessCase("measurement:scales", y, (("operator_a", 404), ("planner", 404)), (GET,), "planner_y"),
    AccessCase("measurement:scale_save", x, EDITORS_ONLY, (POST,), "planner", (302,),
               post_data=lambda w: dict(SCALE_POST), watched=scale_x),
    AccessCase("measurement:scale_reset", x, EDITORS_ONLY, (POST,), "planner", (302,), watched=scale_x),
    AccessCase("measurement:scale_preview", x, EDITORS_ONLY, (POST,), "planner", (200,),
               post_data=lambda w: dict(SCALE_POST)),
    AccessCase("measurement:pemda_scale_save", x, PEMDA_ONLY, (POST,), "admin", (302,),
               post_data=lambda w: dict(SCALE_POST), watched=scale_x),
    AccessCase("measurement:pemda_settings_save", x, PEMDA_ONLY, (POST,), "admin", (302,),
               post_data=lambda w: {"convention": "t/r", "floor": "0", "ceiling": "120"}, watched=scale_x),
]


def job_of(w, pemda=None):
    """A background recompute of the world's pemda (or of another pemda)."""
    from kinerja.catalog.models import Pemda
    from kinerja.measurement.models import RecomputeJob

    if pemda == "other":
        pemda = Pemda.objects.get_or_create(name="Kabupaten Lain", slug="kab-lain")[0]
    return RecomputeJob.objects.create(pemda=pemda or w.pemda, agencies=[w.agency.pk], reason="uji")


CASES += [
    AccessCase("measurement:recompute_progress", lambda w: {"slug": w.other.slug, "job_id": job_of(w).pk},
               (("operator_a", 404), ("planner", 404)), (GET,), "planner_y", note="another agency's page"),
    AccessCase("measurement:recompute_progress", lambda w: {"slug": w.agency.slug, "job_id": job_of(w, "other").pk},
               (("operator_a", 404), ("head", 404)), (GET,), "planner", (404,),
               note="another pemda's job: nobody sees it through this pemda's agency"),
    AccessCase("measurement:recompute_progress", lambda w: {"slug": w.agency.slug, "job_id": job_of(w).pk},
               (), (GET,), "operator_a"),
]
