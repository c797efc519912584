"""The agency's tab bar, shared by every app's pages so navigation and its access rules live in one place."""
from __future__ import annotations

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kinerja.accounts.access import Scope

register = template.Library()

# (key, label, url name, who sees it) — "all": anyone who may see the agency; "whole": agency-wide
# readers; "edit": those who edit the catalog. (User management sits in the top bar: it spans agencies.)
TABS = [
    ("structure", _("Struktur"), "catalog:agency_detail", "all"),
    ("search", _("Indikator"), "catalog:search", "all"),
    ("objectives", _("Sasaran"), "catalog:objective_list", "all"),
    ("variables", _("Variabel"), "catalog:variable_list", "all"),
    ("measurement", _("Pengukuran"), "measurement:entry_home", "all"),
    ("dashboard", _("Dasbor"), "reports:agency_dashboard", "all"),
    ("pohon", _("Pohon kinerja"), "reports:pohon", "whole"),
    ("documents", _("Dokumen"), "reports:documents", "whole"),
    ("quality", _("Kualitas"), "quality:agency_review", "all"),
    ("skp", _("SKP"), "pegawai:start", "all"),
    ("evaluasi", _("Evaluasi AKIP"), "evaluasi:agency_home", "whole"),
    ("imports", _("Impor"), "intake:session_list", "edit"),
    ("history", _("Riwayat"), "catalog:agency_history", "whole"),
]

# Pages that belong under a tab other than their app's first page.
_ACTIVE_BY_VIEW = {
    "catalog:decree_detail": "structure", "catalog:unit_detail": "structure",
    "catalog:position_detail": "structure", "catalog:indicator_detail": "search",
    "reports:pohon": "pohon", "reports:agency_dashboard": "dashboard",
}
_ACTIVE_BY_NAMESPACE = {"measurement": "measurement", "reports": "documents", "quality": "quality",
                        "intake": "imports", "pegawai": "skp", "evaluasi": "evaluasi"}


def _active_tab(context) -> str | None:
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is None:
        return None
    return _ACTIVE_BY_VIEW.get(match.view_name) or _ACTIVE_BY_NAMESPACE.get(match.namespace)


@register.inclusion_tag("catalog/_agency_tabs.html", takes_context=True)
def agency_tabs(context, agency) -> dict:
    request = context["request"]
    scope = Scope.of(request.user)
    allowed = {
        "all": True,
        "whole": scope.reads_agency_whole(agency),
        "edit": scope.can_edit_catalog(agency),
    }
    active = _active_tab(context)
    legacy = context.get("active")  # catalog views name their tab explicitly
    if legacy in {key for key, *_ in TABS}:
        active = legacy
    tabs = []
    for key, label, name, who in TABS:
        if not allowed[who]:
            continue
        try:
            url = reverse(name, args=[agency.slug])
        except NoReverseMatch:
            continue  # an app that is not installed offers no tab
        tabs.append({"key": key, "label": label, "url": url, "active": key == active})
    return {"tabs": tabs, "year": timezone.localdate().year}
