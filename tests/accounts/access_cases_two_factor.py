"""Access cases for the two-factor pages (see tests/web/access_registry.py).

The caller's own pages (overview, enrolment, verification, recovery codes, turning off) act on the
caller's account only, so there is nobody else's data to refuse; what they refuse is shown here. The
reset of someone else's devices follows the account rules of the user pages; a pemda's policy is its
admins' alone. The flows themselves, with real TOTP codes, are in test_two_factor*.py.
"""
from __future__ import annotations

from web.access_registry import AccessCase
from web.factories import make_pemda, make_user

from kinerja.accounts.models import Role, TwoFactorPolicy

GET, POST = "GET", "POST"
OUTSIDERS = (("operator_a", 404), ("head", 404), ("evaluator", 404), ("nobody", 404))


def of(key):
    return lambda w: {"pk": w.user(key).pk}


def own_pemda(w):
    return {"pemda_pk": w.pemda.pk}


def other_pemda(w):
    pemda = make_pemda("Kota Seberang")
    w.users["admin_lain"] = make_user("admin_lain", {"kind": Role.Kind.PEMDA_ADMIN, "pemda": pemda})
    return {"pemda_pk": w.pemda.pk}


def policies(w):
    return list(TwoFactorPolicy.objects.all())


CASES = [
    AccessCase("accounts:two_factor", allowed="operator_a", note="the caller's own devices"),
    AccessCase("accounts:two_factor_enrol", allowed="operator_a", note="enrols the caller only"),
    AccessCase("accounts:two_factor_verify", allowed="operator_a", allowed_status=(302,),
               note="nothing to verify without a device: on to enrolment"),
    AccessCase("accounts:two_factor_recovery_codes", refused=(("operator_a", 403),), methods=(POST,),
               allowed="admin", allowed_status=(403,),
               note="needs a verified session with an authenticator (test_two_factor_codes.py)"),
    AccessCase("accounts:two_factor_turn_off", refused=(("operator_a", 403),), methods=(POST,),
               allowed="admin", allowed_status=(302,), note="refused to roles that require it"),
    AccessCase("accounts:two_factor_reset", of("operator_a"), (("planner", 403), ("planner_y", 404)) + OUTSIDERS,
               methods=(POST,), allowed="admin", allowed_status=(302,), post_data=lambda w: {"reason": "HP hilang"}),
    AccessCase("accounts:two_factor_policy", refused=(("planner", 403), ("evaluator", 403), ("operator_a", 403),
                                                      ("nobody", 403)), allowed="admin"),
    AccessCase("accounts:two_factor_policy_set", own_pemda,
               (("planner", 403), ("evaluator", 403), ("operator_a", 403), ("nobody", 403)), methods=(POST,),
               allowed="admin", allowed_status=(302,), post_data=lambda w: {"required_for_all": "on"},
               watched=policies),
    AccessCase("accounts:two_factor_policy_set", other_pemda, (("admin_lain", 404),), methods=(POST,),
               allowed="admin", allowed_status=(302,), post_data=lambda w: {"required_for_all": "on"},
               watched=policies, note="another pemda's admin"),
]
