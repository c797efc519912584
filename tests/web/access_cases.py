"""Access cases for the catalog and accounts URLs (see access_registry.py and docs/web.md).

World: agency X ("dinas-x") holds units A and B; agency Y ("dinas-y") is another agency of the same
pemda. operator_a reads unit A only; planner edits X; planner_y edits Y.
"""
from __future__ import annotations

from web.access_registry import AccessCase

GET, POST = "GET", "POST"
RW = (GET, POST)


def x(w):
    return {"slug": w.agency.slug}


def y(w):
    return {"slug": w.other.slug}


def obj(attr, agency="agency"):
    return lambda w: {"slug": getattr(w, agency).slug, "pk": getattr(w, attr).pk}


# A valid POST for each kind: had a refused POST got through, it would have changed the row.
POSTS = {
    "unit": lambda w: {"name": "Diubah", "kind": "bidang", "order": 9},
    "position": lambda w: {"name": "Diubah", "order": 9, "tugas": "a", "fungsi": "b"},
    "decree": lambda w: {"nomor": "99", "tahun": 2025, "jenis": "IKU", "status": "draft"},
    "objective": lambda w: {"level": "sasaran", "text": "Diubah", "order": 9},
    "variable": lambda w: {"key": "diubah", "phrase": "Diubah"},
    "indicator": lambda w: {"jenis": "IKU", "name": "Diubah", "polarity": "positif", "period_type": "tahunan",
                            "aggregation": "sum", "order": 9, "is_active": "on"},
}


def unit_scoped(name: str, attr: str) -> list[AccessCase]:
    """Units, positions and indicators: unit B's row is invisible to operator_a, read-only to operator_b."""
    key = attr.removesuffix("_b")
    watched = lambda w: [getattr(w, attr)]  # noqa: E731
    return [
        AccessCase(f"catalog:{name}_edit", obj(attr), (("operator_a", 404), ("operator_b", 403), ("planner_y", 404)),
                   RW, "planner", post_data=POSTS[key], watched=watched),
        AccessCase(f"catalog:{name}_delete", obj(attr), (("operator_a", 404), ("operator_b", 403), ("head", 403)),
                   RW, "planner", watched=watched),
    ]


def agency_level(name: str, attr: str) -> list[AccessCase]:
    """Decrees, objectives, variables: agency Y's row is invisible to X's users; X's is read-only to operators."""
    watched_y = lambda w: [getattr(w, attr + "_y")]  # noqa: E731
    watched_x = lambda w: [getattr(w, attr)]  # noqa: E731
    return [
        AccessCase(f"catalog:{name}_edit", obj(attr + "_y", "other"), (("operator_a", 404), ("planner", 404)),
                   RW, "planner_y", post_data=POSTS[name], watched=watched_y),
        AccessCase(f"catalog:{name}_edit", obj(attr), (("operator_a", 403), ("evaluator", 403)),
                   RW, "planner", post_data=POSTS[name], watched=watched_x, note="own agency"),
        AccessCase(f"catalog:{name}_delete", obj(attr + "_y", "other"), (("operator_a", 404), ("planner", 404)),
                   RW, "planner_y", watched=watched_y),
        AccessCase(f"catalog:{name}_delete", obj(attr), (("operator_a", 403), ("head", 403)),
                   RW, "planner", watched=watched_x, note="own agency"),
    ]


def creation(name: str) -> list[AccessCase]:
    return [
        AccessCase(f"catalog:{name}_create", y, (("operator_a", 404), ("planner", 404)), RW, "planner_y",
                   post_data=POSTS[name]),
        AccessCase(f"catalog:{name}_create", x, (("operator_a", 403), ("evaluator", 403), ("head", 403)), RW,
                   "planner", post_data=POSTS[name], note="own agency"),
    ]


CASES: list[AccessCase] = [
    AccessCase("catalog:home", allowed="operator_a", allowed_status=(302,), note="no object: redirects"),
    AccessCase("catalog:agency_list", allowed="operator_a", hidden=lambda w: [w.other.name]),
    AccessCase("catalog:agency_create", refused=(("planner", 403), ("operator_a", 403), ("evaluator", 403)),
               methods=RW, allowed="admin",
               post_data=lambda w: {"pemda": w.pemda.pk, "name": "Dinas Baru", "slug": "dinas-baru"}),
    AccessCase("catalog:agency_detail", y, (("operator_a", 404), ("planner", 404), ("nobody", 404)),
               allowed="planner_y"),
    AccessCase("catalog:agency_detail", x, allowed="operator_a", note="tree limited to unit A",
               hidden=lambda w: [w.unit_b.name, w.position_b.name]),
    AccessCase("catalog:agency_edit", y, (("operator_a", 404), ("planner", 404)), RW, "admin",
               post_data=lambda w: {"name": "Diubah", "slug": "diubah"}, watched=lambda w: [w.other]),
    AccessCase("catalog:agency_edit", x, (("planner", 403), ("evaluator", 403)), RW, "admin",
               post_data=lambda w: {"name": "Diubah", "slug": "diubah"}, watched=lambda w: [w.agency],
               note="own agency"),
    AccessCase("catalog:search", y, (("operator_a", 404),), allowed="planner_y"),
    AccessCase("catalog:search", x, allowed="operator_a", note="results limited to unit A",
               hidden=lambda w: [w.indicator_b.name, w.indicator_iku.name]),
    AccessCase("catalog:agency_history", y, (("operator_a", 404), ("planner", 404)), allowed="planner_y"),
    AccessCase("catalog:agency_history", x, (("operator_a", 403), ("head_a", 403)), allowed="head",
               note="own agency"),
    AccessCase("catalog:object_history", lambda w: {"slug": w.agency.slug, "kind": "indikator", "pk": w.indicator_b.pk},
               (("operator_a", 404), ("planner_y", 404)), allowed="operator_b"),
    AccessCase("catalog:object_history", lambda w: {"slug": w.agency.slug, "kind": "unit", "pk": w.unit_b1.pk},
               (("operator_a", 404), ("head_a", 404)), allowed="operator_b", note="sub-unit of B"),
    AccessCase("catalog:unit_detail", obj("unit_b"), (("operator_a", 404), ("head_a", 404), ("planner_y", 404)),
               allowed="operator_b"),
    AccessCase("catalog:position_detail", obj("position_b"), (("operator_a", 404), ("planner_y", 404)),
               allowed="operator_b"),
    AccessCase("catalog:indicator_detail", obj("indicator_b"), (("operator_a", 404), ("head_a", 404),
                                                                 ("planner_y", 404)), allowed="operator_b"),
    AccessCase("catalog:decree_detail", obj("decree_y", "other"), (("operator_a", 404), ("planner", 404)),
               allowed="planner_y"),
    AccessCase("catalog:decree_detail", obj("decree"), allowed="operator_a", note="rows limited to unit A",
               hidden=lambda w: [w.indicator_b.name, w.position_b.name]),
    AccessCase("catalog:objective_list", y, (("operator_a", 404), ("planner", 404)), allowed="planner_y"),
    AccessCase("catalog:variable_list", y, (("operator_a", 404), ("planner", 404)), allowed="planner_y"),
    *creation("unit"), *creation("position"), *creation("decree"), *creation("objective"),
    *creation("variable"), *creation("indicator"),
    *unit_scoped("unit", "unit_b"), *unit_scoped("position", "position_b"), *unit_scoped("indicator", "indicator_b"),
    *agency_level("decree", "decree"), *agency_level("objective", "objective"),
    *agency_level("variable", "variable"),
    AccessCase("accounts:profile", allowed="operator_a", hidden=lambda w: [w.unit_b.name],
               note="only the caller's own roles"),
    AccessCase("accounts:password_change", allowed="operator_a", note="only the caller's own password"),
]
