"""The predicate scale page: the scale in force for an agency, the planner's own scale for it, the
pemda default and the pemda's capaian settings (pemda admin), and a live preview on sample values.

Anyone who reads the agency sees the page; the planner (or pemda admin) edits the agency's scale;
only the pemda admin edits the pemda default and settings. Every form carries the version it showed: a
save over someone else's newer change is refused (409) and the page keeps what was typed. An agency
scale recomputes that agency's figures at once; a pemda-wide change starts a background job whose
progress the page shows.
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST

from kinerja.accounts.access import agency_or_404
from kinerja.capaian.bands import PERMENDAGRI_86_2017, Scale
from kinerja.capaian.decimals import format_exact
from kinerja.catalog.models import Pemda
from kinerja.catalog.templatetags.kinerja_format import angka
from kinerja.catalog.views import agency_context
from kinerja.measurement.errors import ConflictError, InvalidEntry
from kinerja.measurement.models import CapaianScale, RecomputeJob
from kinerja.measurement.services import changes
from kinerja.measurement.services import scales as svc
from kinerja.measurement.services.scales import scale_for, to_scale
from kinerja.measurement.views import _lang, _problems_json

BLANK_ROWS = 2


def _rows_of(scale: Scale) -> list[dict]:
    """Editor rows for ``scale``, highest band first (as the Permendagri table is written)."""
    rows = []
    for i, band in enumerate(scale.ordered()[::-1]):
        rows.append({"index": str(i), "label": band.label, "label_en": band.label_en or "", "meaning": band.meaning,
                     "min": "" if band.min is None else format_exact(band.min), "min_inclusive": band.min_inclusive,
                     "max": "" if band.max is None else format_exact(band.max), "max_inclusive": band.max_inclusive,
                     "colour": band.colour or ""})
    return rows


def _with_blanks(rows: list[dict]) -> list[dict]:
    start = max((int(r["index"]) for r in rows), default=-1) + 1
    blanks = [{"index": str(start + i), "min_inclusive": True, "max_inclusive": False} for i in range(BLANK_ROWS)]
    return [dict(r, bad=set()) for r in rows] + [dict(b, bad=set()) for b in blanks]


def _editor(scale: Scale | None, version: int, *, post=None, problems: InvalidEntry | None = None,
            preview: Scale | None = None, conflict: ConflictError | None = None) -> dict:
    """What the band editor shows: the bands (as posted, or of ``scale``), problems, gaps, samples."""
    if post is not None:
        rows = [dict(r, min_inclusive=svc.is_checked(r["min_inclusive"]),
                     max_inclusive=svc.is_checked(r["max_inclusive"])) for r in svc.band_rows(post)]
        name, samples_text = post.get("name", ""), post.get("samples", svc.DEFAULT_SAMPLES)
    else:
        rows, name, samples_text = _rows_of(scale), scale.name, svc.DEFAULT_SAMPLES
    rows = _with_blanks(rows)
    bad = {p.field for p in problems.problems} if problems else set()
    for row in rows:
        row["bad"] = {f for f in svc.BAND_FIELDS if f"band-{row['index']}-{f}" in bad}
    shown = preview or (scale if post is None else None)
    if post is not None and str(post.get("version", "")).isdigit():
        version = int(post["version"])
    return {"name": name, "rows": rows, "problems": problems.problems if problems else [], "name_bad": "name" in bad,
            "version": version, "conflict": conflict,
            "warnings": svc.gap_warnings(shown) if shown else [], "samples_text": samples_text,
            "samples": svc.classify_samples(shown, samples_text) if shown else [], "previewed": preview is not None}


def _settings_form(pemda: Pemda, post=None) -> dict:
    if post is not None:
        return {k: post.get(k, "") for k in ("convention", "floor", "ceiling")}
    return {"convention": pemda.lower_is_better_convention,
            "floor": "" if pemda.capaian_floor is None else angka(pemda.capaian_floor),
            "ceiling": "" if pemda.capaian_ceiling is None else angka(pemda.capaian_ceiling)}


def _page(request, agency, scope, *, agency_editor: dict | None = None, pemda_editor: dict | None = None,
          settings_problems: InvalidEntry | None = None, settings_conflict: ConflictError | None = None,
          settings_post=None, status: int = 200):
    own = CapaianScale.objects.filter(agency=agency).first()
    default_row = CapaianScale.objects.filter(pemda_id=agency.pemda_id, agency__isnull=True).first()
    default = to_scale(default_row) if default_row else PERMENDAGRI_86_2017
    in_force = scale_for(agency)
    can_edit = scope.can_edit_catalog(agency)
    can_admin = scope.can_admin_agency(agency)
    return render(request, "measurement/scales.html", agency_context(agency, scope, "measurement", **{
        "in_force": in_force, "own": own, "default": default, "default_stored": default_row is not None,
        "in_force_warnings": svc.gap_warnings(in_force), "lang": _lang(),
        "in_force_rows": [(b, b.name(_lang()), b.describe(_lang())) for b in in_force.ordered()[::-1]],
        "in_force_samples": svc.classify_samples(in_force, svc.DEFAULT_SAMPLES),
        "agency_editor": agency_editor or (_editor(in_force, own.version if own else 0) if can_edit else None),
        "pemda_editor": pemda_editor or (_editor(default, default_row.version if default_row else 0)
                                         if can_admin else None),
        "pemda": agency.pemda, "conventions": Pemda.LowerIsBetter.choices,
        "settings_problems": settings_problems.problems if settings_problems else [],
        "settings_conflict": settings_conflict, "settings_seen": svc.settings_fingerprint(agency.pemda)
        if settings_post is None else settings_post.get("seen", ""),
        "settings_form": _settings_form(agency.pemda, settings_post),
        "can_admin_pemda": can_admin,
        "job": RecomputeJob.objects.filter(pemda_id=agency.pemda_id).first(),
    }), status=status)


@login_required
@require_GET
def scales(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    return _page(request, agency, scope)


def _save(request, agency, scope, *, pemda_level: bool):
    """Preview or save one band editor; a refused save re-renders the page with what was typed."""
    key = "pemda_editor" if pemda_level else "agency_editor"
    try:
        scale = svc.read_scale(request.POST.get("name", ""), svc.band_rows(request.POST))
    except InvalidEntry as exc:
        return _page(request, agency, scope, status=422, **{key: _editor(None, 0, post=request.POST, problems=exc)})
    if request.POST.get("action") == "preview":
        return _page(request, agency, scope, **{key: _editor(None, 0, post=request.POST, preview=scale)})
    version = int(request.POST["version"]) if str(request.POST.get("version", "")).isdigit() else None
    lang = _lang()
    try:
        if pemda_level:
            changes.save_pemda_default(agency.pemda, scale, version=version, user=request.user)
            messages.success(request, gettext("Skala '%(name)s' tersimpan; capaian setiap perangkat daerah sedang "
                                              "dihitung ulang.") % {"name": scale.name})
        else:
            count = changes.save_agency_scale(agency, scale, version=version)
            messages.success(request, gettext("Skala '%(name)s' tersimpan; %(count)s angka capaian berubah.")
                             % {"name": scale.name, "count": count})
    except ConflictError as exc:
        return _page(request, agency, scope, status=409,
                     **{key: _editor(None, 0, post=request.POST, preview=scale, conflict=exc)})
    for warning_id, warning_en in svc.gap_warnings(scale):
        messages.warning(request, warning_en if lang.startswith("en") else warning_id)
    return redirect("measurement:scales", agency.slug)


@login_required
@require_POST
def scale_save(request, slug):
    agency, scope = agency_or_404(request.user, slug, edit=True)
    return _save(request, agency, scope, pemda_level=False)


@login_required
@require_POST
def scale_reset(request, slug):
    """Drop the agency's own scale: the pemda default applies again."""
    agency, scope = agency_or_404(request.user, slug, edit=True)
    version = int(request.POST["version"]) if str(request.POST.get("version", "")).isdigit() else None
    try:
        count = changes.remove_agency_scale(agency, version=version)
    except ConflictError as exc:
        messages.error(request, exc.message(_lang()))
        return _page(request, agency, scope, status=409)
    messages.success(request, gettext("Skala sendiri dihapus; skala bawaan pemda berlaku (%(count)s angka capaian "
                                      "berubah).") % {"count": count})
    return redirect("measurement:scales", slug)


@login_required
@require_POST
def scale_preview(request, slug):
    """JSON for the editor's live preview: problems, gaps, and the band of each sample value."""
    agency_or_404(request.user, slug, edit=True)
    lang = _lang()
    try:
        scale = svc.read_scale(request.POST.get("name", ""), svc.band_rows(request.POST))
    except InvalidEntry as exc:
        return JsonResponse({"ok": False, "message": exc.message(lang), "problems": _problems_json(exc, lang)},
                            status=422)
    samples = []
    for s in svc.classify_samples(scale, request.POST.get("samples", svc.DEFAULT_SAMPLES)):
        samples.append({"raw": s.raw, "label": s.band.name(lang) if s.band else None,
                        "colour": (s.band.colour or "") if s.band else "",
                        "problem": s.problem.message(lang) if s.problem else None})
    en = lang.startswith("en")
    return JsonResponse({"ok": True, "warnings": [w[1] if en else w[0] for w in svc.gap_warnings(scale)],
                         "samples": samples})


def _admin(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    if not scope.can_admin_agency(agency):
        raise PermissionDenied
    return agency, scope


@login_required
@require_POST
def pemda_scale_save(request, slug):
    agency, scope = _admin(request, slug)
    return _save(request, agency, scope, pemda_level=True)


@login_required
@require_POST
def pemda_settings_save(request, slug):
    """The pemda's lower-is-better convention and capaian floor/ceiling."""
    agency, scope = _admin(request, slug)
    try:
        convention, floor, ceiling = svc.read_pemda_settings(request.POST.get("convention", ""),
                                                             request.POST.get("floor", ""),
                                                             request.POST.get("ceiling", ""))
        changes.save_pemda_settings(agency.pemda, convention, floor, ceiling, seen=request.POST.get("seen"),
                                    user=request.user)
    except InvalidEntry as exc:
        return _page(request, agency, scope, settings_problems=exc, settings_post=request.POST, status=422)
    except ConflictError as exc:
        return _page(request, agency, scope, settings_conflict=exc, settings_post=request.POST, status=409)
    messages.success(request, gettext("Pengaturan capaian tersimpan; capaian setiap perangkat daerah sedang "
                                      "dihitung ulang."))
    return redirect("measurement:scales", slug)


@login_required
@require_GET
def recompute_progress(request, slug, job_id):
    """The progress of a background recompute of the agency's pemda, for the page's progress bar."""
    agency, _scope = agency_or_404(request.user, slug)
    job = RecomputeJob.objects.filter(pk=job_id, pemda_id=agency.pemda_id).first()
    if job is None:
        raise Http404
    return JsonResponse({"state": job.state, "state_label": job.get_state_display(), "done": job.done,
                         "total": job.total, "percent": job.percent, "changed": job.changed})
