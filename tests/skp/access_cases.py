"""Web access cases for the SKP draft pages (pegawai:)."""
from __future__ import annotations

from api.api_access_cases import aspek_b, far
from web.access_registry import AccessCase

Y = 2024


def _draft(w) -> dict:
    return {"slug": w.agency.slug, "year": Y, "pk": w.position_b.pk}


UNIT_B_READERS = (("operator_a", 404), ("head_a", 404), ("planner_y", 404), ("nobody", 404))

CASES = [
    AccessCase("pegawai:start", kwargs=lambda w: {"slug": w.agency.slug}, refused=(("planner_y", 404),),
               allowed="operator_a", allowed_status=(302,)),
    AccessCase("pegawai:home", kwargs=lambda w: {"slug": w.agency.slug, "year": Y},
               refused=(("planner_y", 404), ("nobody", 404)), allowed="operator_a",
               hidden=lambda w: [w.position_b.name, w.unit_b.name]),
    AccessCase("pegawai:draft", kwargs=_draft, refused=UNIT_B_READERS, allowed="operator_b"),
    AccessCase("pegawai:draft", kwargs=lambda w: {"slug": far(w).agency.slug, "year": Y, "pk": far(w).position.pk},
               refused=(("admin", 404), ("evaluator", 404)), allowed="admin_z", note="other-pemda"),
    AccessCase("pegawai:draft_xlsx", kwargs=_draft, refused=UNIT_B_READERS, allowed="operator_b"),
    AccessCase("pegawai:draft_json", kwargs=_draft, refused=UNIT_B_READERS, allowed="operator_b"),
    AccessCase("pegawai:aspek_save", kwargs=lambda w: {**_draft(w), "indicator_id": aspek_b(w).indicator_id},
               methods=("POST",), refused=(*UNIT_B_READERS, ("evaluator", 403)), allowed="operator_b",
               allowed_status=(302,), post_data=lambda w: {"aspek": "waktu", "version": 1},
               watched=lambda w: [aspek_b(w)]),
    AccessCase("pegawai:unit_predikat", kwargs=lambda w: {"slug": w.agency.slug, "year": Y, "pk": w.unit_b.pk},
               refused=UNIT_B_READERS, allowed="operator_b"),
    AccessCase("pegawai:agency_predikat", kwargs=lambda w: {"slug": w.agency.slug, "year": Y},
               refused=(("operator_a", 403), ("head_a", 403), ("planner_y", 404)), allowed="head"),
]
