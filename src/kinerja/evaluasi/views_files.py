"""Bukti dukung pages: upload, link a Kinerja document, download, remove; the evidence pack (.zip)."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kinerja.accounts.access import object_or_404
from kinerja.catalog.models import Decree
from kinerja.evaluasi.access import bukti_or_404, evaluation_or_404, follow_up_or_404
from kinerja.evaluasi.responses import act
from kinerja.evaluasi.services import bukti as service
from kinerja.evaluasi.services import files
from kinerja.evaluasi.services.pack import evidence_pack, pack_name


def _back(agency, tahun: int, code: str = "") -> str:
    anchor = f"#k-{code}" if code else ""
    return reverse("evaluasi:sheet", args=[agency.slug, tahun]) + anchor


@login_required
@require_POST
def bukti_upload(request, slug, tahun, code):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    return act(request, lambda: service.attach(request.user, evaluation, code, request.FILES.get("file")),
               done=_("Bukti dukung %(code)s diunggah.") % {"code": code[:32]}, fallback=_back(agency, tahun, code))


def _number(value: str | None, default: int) -> int:
    try:
        return int(value or default)
    except ValueError:
        return -1


@login_required
@require_POST
def bukti_link(request, slug, tahun, code):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    kind = request.POST.get("kind", "")
    decree = None
    if kind == "keputusan":
        decree = object_or_404(scope, agency, Decree, _number(request.POST.get("keputusan"), 0))
    return act(request, lambda: service.link_document(
        request.user, evaluation, code, kind, _number(request.POST.get("year"), tahun),
        quarter=_number(request.POST.get("tw"), 1), decree=decree),
        done=_("Dokumen Kinerja ditautkan sebagai bukti dukung %(code)s.") % {"code": code[:32]},
        fallback=_back(agency, tahun, code))


def _stream(stored_name: str, original_name: str, content_type: str):
    path = files.path_of(stored_name)
    if not path.exists():
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True, filename=original_name, content_type=content_type)


@login_required
@require_GET
def bukti_download(request, slug, tahun, pk):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    b = bukti_or_404(evaluation, pk)
    return _stream(b.stored_name, b.original_name, b.content_type)


@login_required
@require_POST
def bukti_remove(request, slug, tahun, pk):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    b = bukti_or_404(evaluation, pk)
    return act(request, lambda: service.remove(request.user, b), done=_("Bukti dukung dihapus."),
               fallback=_back(agency, tahun, b.code))


@login_required
@require_GET
def pack(request, slug, tahun):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    return FileResponse(evidence_pack(evaluation), as_attachment=True, filename=pack_name(evaluation),
                        content_type="application/zip")


@login_required
@require_GET
def follow_up_download(request, slug, tahun, pk):
    agency, scope, evaluation = evaluation_or_404(request.user, slug, tahun)
    f = follow_up_or_404(evaluation, pk)
    return _stream(f.stored_name, f.original_name, f.content_type)
