"""Web access cases for the token pages in the account area (api_tokens:)."""
from __future__ import annotations

from kinerja.accounts.models import Role
from kinerja.api.models import ApiToken, ServiceAccount
from kinerja.api.tokens import issue_token
from kinerja.audit.context import acting_as

from api.api_access_cases import far
from web.access_registry import AccessCase
from web.factories import make_user


def _token(w, key: str) -> ApiToken:
    attr = f"_token_{key}"
    if not hasattr(w, attr):
        with acting_as(label="fixture"):
            setattr(w, attr, issue_token(w.user(key), name=f"skrip {key}")[0])
    return getattr(w, attr)


def _service(w, *, remote: bool = False) -> ServiceAccount:
    attr = "_service_far" if remote else "_service"
    if not hasattr(w, attr):
        pemda = far(w).pemda if remote else w.pemda
        with acting_as(label="fixture"):
            user = make_user(f"portal-{pemda.slug}", {"kind": Role.Kind.EVALUATOR, "pemda": pemda})
            setattr(w, attr, ServiceAccount.objects.create(user=user, pemda=pemda, description="Satu Data"))
    return getattr(w, attr)


def _service_token(w, *, remote: bool = False) -> ApiToken:
    attr = "_service_token_far" if remote else "_service_token"
    if not hasattr(w, attr):
        with acting_as(label="fixture"):
            setattr(w, attr, issue_token(_service(w, remote=remote).user, name="portal")[0])
    return getattr(w, attr)


CASES = [
    AccessCase("api_tokens:list", kwargs=lambda w: (_token(w, "planner_y"), {})[1], allowed="planner",
               hidden=lambda w: [_token(w, "planner_y").prefix]),
    AccessCase("api_tokens:revoke", kwargs=lambda w: {"pk": _token(w, "planner").pk}, methods=("POST",),
               refused=(("operator_a", 404), ("admin", 404), ("planner_y", 404)), allowed="planner",
               allowed_status=(302,), watched=lambda w: [_token(w, "planner")]),
    AccessCase("api_tokens:revoke", kwargs=lambda w: {"pk": _service_token(w).pk}, methods=("POST",),
               refused=(("planner", 404), ("evaluator", 404), ("operator_a", 404)), allowed="admin",
               allowed_status=(302,), watched=lambda w: [_service_token(w)], note="service-account"),
    AccessCase("api_tokens:revoke", kwargs=lambda w: {"pk": _service_token(w, remote=True).pk}, methods=("POST",),
               refused=(("admin", 404),), allowed="admin_z", allowed_status=(302,),
               watched=lambda w: [_service_token(w, remote=True)], note="other-pemda"),
    AccessCase("api_tokens:service_list", kwargs=lambda w: (_service(w, remote=True), {})[1],
               methods=("GET", "POST"), refused=(("planner", 403), ("evaluator", 403), ("operator_a", 403)),
               post_data=lambda w: {"username": "skrip-curang", "full_name": "Skrip", "kind": "evaluator",
                                    "place": f"pemda-{w.pemda.pk}"},
               allowed="admin", hidden=lambda w: [_service(w, remote=True).user.username]),
    AccessCase("api_tokens:service_detail", kwargs=lambda w: {"pk": _service(w).pk}, methods=("GET", "POST"),
               refused=(("planner", 404), ("evaluator", 404), ("operator_a", 404)),
               post_data=lambda w: {"name": "curang", "days": 30}, allowed="admin",
               watched=lambda w: [_service(w).user]),
    AccessCase("api_tokens:service_detail", kwargs=lambda w: {"pk": _service(w, remote=True).pk},
               methods=("GET", "POST"), refused=(("admin", 404),), post_data=lambda w: {"name": "curang", "days": 30},
               allowed="admin_z", note="other-pemda"),
]
