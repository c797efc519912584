"""Access cases for the user pages (see tests/web/access_registry.py and docs/web.md).

World: the pemda admin ``admin`` manages every account of the pemda; ``planner`` sees the users who
hold roles in agency X and grants operator/unit-head roles there; ``planner_y`` the same for Y.
Everyone else has no user pages: the list answers 403, a user's pages 404.
"""
from __future__ import annotations

from web.access_registry import AccessCase

from kinerja.accounts.models import Role

GET, POST = "GET", "POST"
RW = (GET, POST)
OUTSIDERS = (("operator_a", 404), ("head", 404), ("evaluator", 404), ("nobody", 404))


def of(key):
    return lambda w: {"pk": w.user(key).pk}


def role_of(key, kind):
    def kwargs(w):
        role = Role.objects.get(user=w.user(key), kind=kind)
        return {"pk": w.user(key).pk, "role_pk": role.pk}
    return kwargs


def watched_user(key):
    return lambda w: [w.user(key)]


def edit_post(w):
    return {"username": "diubah", "full_name": "Diubah", "email": "diubah@example.org"}


CASES = [
    AccessCase("accounts:user_list", refused=(("operator_a", 403), ("head", 403), ("evaluator", 403),
                                              ("nobody", 403)),
               allowed="planner", hidden=lambda w: ["planner_y", w.unit_y.name]),
    AccessCase("accounts:user_create", refused=(("planner", 403), ("operator_a", 403), ("evaluator", 403)),
               methods=RW, allowed="admin",
               post_data=lambda w: {"username": "baru", "full_name": "Pengguna Baru", "kind": "operator",
                                    "place": f"unit-{w.unit_a.pk}"}),
    AccessCase("accounts:user_detail", of("planner_y"), (("planner", 404),) + OUTSIDERS, allowed="admin",
               note="agency Y's user"),
    AccessCase("accounts:user_detail", of("operator_b"), (("planner_y", 404), ("operator_a", 404), ("head_a", 404)),
               allowed="planner", hidden=lambda w: [w.unit_y.name], note="agency X's user"),
    AccessCase("accounts:user_edit", of("operator_a"), (("planner", 403), ("planner_y", 404)) + OUTSIDERS,
               methods=RW, allowed="admin", post_data=edit_post, watched=watched_user("operator_a")),
    AccessCase("accounts:user_deactivate", of("operator_a"), (("planner", 403), ("planner_y", 404)) + OUTSIDERS,
               methods=(POST,), allowed="admin", allowed_status=(302,), watched=watched_user("operator_a")),
    AccessCase("accounts:user_reactivate", of("operator_a"), (("planner", 403), ("planner_y", 404)) + OUTSIDERS,
               methods=(POST,), allowed="admin", allowed_status=(302,), watched=watched_user("operator_a")),
    AccessCase("accounts:user_unlock", of("operator_a"), (("planner", 403), ("planner_y", 404)) + OUTSIDERS,
               methods=(POST,), allowed="admin", allowed_status=(302,), watched=watched_user("operator_a")),
    AccessCase("accounts:user_password_reset", of("operator_a"), (("planner", 403), ("planner_y", 404)) + OUTSIDERS,
               methods=(POST,), allowed="admin", watched=watched_user("operator_a")),
    AccessCase("accounts:role_grant", of("operator_a"), (("planner_y", 404),) + OUTSIDERS,
               methods=(POST,), allowed="planner", allowed_status=(302,),
               post_data=lambda w: {"kind": "operator", "place": f"unit-{w.unit_a1.pk}"},
               watched=lambda w: list(Role.objects.filter(user=w.user("operator_a")))),
    AccessCase("accounts:role_revoke", role_of("operator_b", Role.Kind.OPERATOR),
               (("planner_y", 404),) + OUTSIDERS, methods=(POST,), allowed="planner", allowed_status=(302,),
               watched=lambda w: list(Role.objects.filter(user=w.user("operator_b")))),
    AccessCase("accounts:role_revoke", role_of("head", Role.Kind.HEAD),
               (("planner", 403), ("planner_y", 404), ("operator_a", 404)), methods=(POST,), allowed="admin",
               allowed_status=(302,), watched=lambda w: list(Role.objects.filter(user=w.user("head"))),
               note="agency head: pemda admins only"),
]
