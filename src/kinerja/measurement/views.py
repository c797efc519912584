"""Measurement pages: the operator's entry grid, the planner's queue, the capaian table, evidence, Excel.

Every view asks :class:`~kinerja.accounts.access.Scope`: a row outside the user's reading scope is a
404, a readable row the user may not change is a 403 (or, for a refused transition, a message).
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET, require_POST

from kinerja.accounts.access import agency_or_404
from kinerja.audit.recorder import history_for
from kinerja.catalog.models import Indicator, Objective, Unit
from kinerja.catalog.templatetags.kinerja_format import angka
from kinerja.catalog.views import agency_context
from kinerja.errors import KinerjaError
from kinerja.measurement.errors import ConflictError, InvalidEntry
from kinerja.measurement.figures import figure_of, figures
from kinerja.measurement.models import Evidence, Realisasi, ReportingPeriod
from kinerja.measurement.services import entry, evidence, jobs, template_xlsx, workflow
from kinerja.measurement.services.inputs import inputs_for
from kinerja.measurement.services.scales import scale_for
from kinerja.periods import Period


def _lang() -> str:
    return get_language() or "id"


def _period(text: str) -> Period:
    try:
        return entry.period_of(text)
    except KinerjaError:
        raise Http404 from None


def _unit(agency, scope, unit_id: int) -> Unit:
    unit = Unit.objects.filter(agency=agency, pk=unit_id).first()
    if unit is None or not scope.can_view_unit(unit):
        raise Http404
    return unit


def _realisasi(agency, scope, pk: int) -> Realisasi:
    r = Realisasi.objects.filter(agency=agency, pk=pk).select_related("indicator", "indicator__unit").first()
    if r is None or not scope.can_view_indicator(r.indicator):
        raise Http404
    return r


def _current_quarter() -> Period:
    today = timezone.localdate()
    return Period.quarter(today.year, (today.month - 1) // 3 + 1)


@login_required
@require_GET
def entry_home(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    quarter = _current_quarter()
    year = int(request.GET.get("tahun") or quarter.year) if str(request.GET.get("tahun", "")).isdigit() else quarter.year
    periods = list(Period.of_year(year).children("quarter")) + [Period.of_year(year)]
    windows = {rp.period: rp for rp in ReportingPeriod.objects.filter(agency=agency, year=year)}
    units = [u for u in scope.units(agency) if scope.can_enter_realisasi(u) or scope.reads_agency_whole(agency)]
    return render(request, "measurement/entry_home.html", agency_context(
        agency, scope, "measurement", units=units, year=year,
        periods=[(p, windows.get(p.key)) for p in periods], can_verify=scope.can_verify(agency)))


@login_required
@require_GET
def entry_grid(request, slug, unit_id, period):
    agency, scope = agency_or_404(request.user, slug)
    unit = _unit(agency, scope, unit_id)
    p = _period(period)
    window = ReportingPeriod.objects.filter(agency=agency, period=p.key).first()
    rows = entry.entry_rows(unit, p)
    return render(request, "measurement/entry_grid.html", agency_context(
        agency, scope, "measurement", unit=unit, period=p, rows=rows, window=window,
        locked=bool(window and window.locked), can_enter=scope.can_enter_realisasi(unit),
        deadline_iso=window.deadline.isoformat() if window and window.deadline else ""))


def _back(request, slug):
    """Back to the grid the form came from; only a local path is followed."""
    target = request.POST.get("next", "")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect("measurement:entry_home", slug)


def _problems_json(exc: InvalidEntry, lang: str) -> list[dict]:
    return [{"field": p.field, "message": p.message(lang), "needs_confirmation": p.needs_confirmation}
            for p in exc.problems]


@login_required
@require_POST
def entry_save(request, slug, indicator_id, period):
    """Save one row. Answers JSON to the grid's script, or redirects back for a plain form post."""
    agency, scope = agency_or_404(request.user, slug)
    indicator = Indicator.objects.filter(agency=agency, pk=indicator_id).select_related("unit", "agency__pemda").first()
    if indicator is None or not scope.can_view_indicator(indicator):
        raise Http404
    if not (scope.can_enter_realisasi(indicator.unit) or scope.can_verify(agency)):
        raise PermissionDenied
    p = _period(period)
    wants_json = "application/json" in request.headers.get("Accept", "")
    lang = _lang()
    try:
        version = int(request.POST.get("version", "0"))
    except ValueError:
        version = -1
    values = {k[2:]: v for k, v in request.POST.items() if k.startswith("v_")}
    try:
        result = entry.save_entry(request.user, indicator, p, values, version=version,
                                  confirmed=request.POST.get("confirm") == "1",
                                  note=request.POST.get("note"),
                                  correction_reason=request.POST.get("correction_reason", ""))
    except ConflictError as exc:
        if wants_json:
            return JsonResponse({"ok": False, "conflict": True, "message": exc.message(lang),
                                 "version": exc.current_version}, status=409)
        messages.error(request, exc.message(lang))
        return _back(request, slug)
    except InvalidEntry as exc:
        if wants_json:
            return JsonResponse({"ok": False, "problems": _problems_json(exc, lang),
                                 "message": exc.message(lang)}, status=422)
        messages.error(request, exc.message(lang))
        return _back(request, slug)
    except KinerjaError as exc:
        if wants_json:
            return JsonResponse({"ok": False, "message": exc.message(lang)}, status=403)
        messages.error(request, exc.message(lang))
        return _back(request, slug)
    r, figure = result.realisasi, result.figure
    if wants_json:
        value = figure.value if figure else None
        return JsonResponse({
            "ok": True, "version": r.version, "realisasi_id": r.pk, "status": r.get_status_display(),
            "value": None if value is None else str(value), "value_status": figure.value_status if figure else "",
            # The grid shows these as the page does ("1.234,5", "87,5%"); the raw fields stay machine-readable.
            "value_text": value if isinstance(value, str) else angka(value),
            "capaian_text": figure.capaian_text(lang) if figure and figure.capaian is not None else "",
            "capaian": None if figure is None or figure.capaian is None else str(figure.capaian_shown()),
            "predicate": figure.predicate_name(lang) or "" if figure else "",
            "explanation": figure.explanation_text(lang) if figure else "",
            "detail_url": request.build_absolute_uri(f"/realisasi/{agency.slug}/r/{r.pk}/"),
        })
    messages.success(request, _saved())
    return _back(request, slug)


@login_required
@require_GET
def realisasi_detail(request, slug, pk):
    agency, scope = agency_or_404(request.user, slug)
    return _detail(request, agency, scope, _realisasi(agency, scope, pk))


def _detail(request, agency, scope, r: Realisasi, status: int = 200):
    period = entry.period_of(r.period)
    return render(request, "measurement/realisasi_detail.html", agency_context(
        agency, scope, "measurement", r=r, period=period, figure=figure_of(r.indicator, period),
        inputs=inputs_for(r.indicator), lang=_lang(),
        values=r.values.select_related("variable"), evidence=r.evidence.all(),
        can_enter=scope.can_enter_realisasi(r.indicator.unit), can_verify=scope.can_verify(agency),
        history=history_for(r), max_mb=evidence.max_bytes() // (1024 * 1024)), status=status)


def _transition(request, slug, pk, action, *, planner: bool):
    """Move a realisasi on; the form carries the version it showed, so a move on a row someone changed
    since is refused (409) rather than applied to what the person did not see."""
    agency, scope = agency_or_404(request.user, slug)
    r = _realisasi(agency, scope, pk)
    if not (scope.can_verify(agency) if planner else scope.can_enter_realisasi(r.indicator.unit)):
        raise PermissionDenied
    version = request.POST.get("version", "")
    try:
        action(request.user, r, int(version) if version.isdigit() else None)
    except ConflictError as exc:
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse({"ok": False, "conflict": True, "message": exc.message(_lang()),
                                 "version": exc.current_version}, status=409)
        messages.error(request, exc.message(_lang()))
        return _detail(request, agency, scope, Realisasi.objects.select_related("indicator", "indicator__unit")
                       .get(pk=r.pk), status=409)
    except KinerjaError as exc:
        messages.error(request, exc.message(_lang()))
    else:
        messages.success(request, _saved())
    return redirect("measurement:realisasi_detail", slug, r.pk)


def _saved() -> str:
    return gettext("Tersimpan.")


@login_required
@require_POST
def realisasi_submit(request, slug, pk):
    return _transition(request, slug, pk, workflow.submit, planner=False)


@login_required
@require_POST
def realisasi_verify(request, slug, pk):
    return _transition(request, slug, pk, workflow.verify, planner=True)


@login_required
@require_POST
def realisasi_return(request, slug, pk):
    reason = request.POST.get("reason", "")
    return _transition(request, slug, pk, lambda user, r, version: workflow.return_to_operator(user, r, reason,
                                                                                                version),
                       planner=True)


@login_required
@require_POST
def evidence_upload(request, slug, pk):
    agency, scope = agency_or_404(request.user, slug)
    r = _realisasi(agency, scope, pk)
    if not (scope.can_enter_realisasi(r.indicator.unit) or scope.can_verify(agency)):
        raise PermissionDenied
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, "Pilih berkas. / Choose a file.")
    else:
        try:
            evidence.attach(request.user, r, upload)
        except KinerjaError as exc:
            messages.error(request, exc.message(_lang()))
        else:
            messages.success(request, "Bukti dukung tersimpan. / Evidence saved.")
    return redirect("measurement:realisasi_detail", slug, r.pk)


@login_required
@require_GET
def evidence_download(request, slug, pk):
    agency, scope = agency_or_404(request.user, slug)
    item = Evidence.objects.filter(agency=agency, pk=pk).select_related("realisasi__indicator__unit").first()
    if item is None or not scope.can_view_indicator(item.realisasi.indicator):
        raise Http404
    path = evidence.path_of(item)
    if not path.is_file():
        raise Http404
    response = FileResponse(path.open("rb"), as_attachment=True, filename=evidence.download_name(item),
                            content_type=item.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
def verification_queue(request, slug):
    agency, scope = agency_or_404(request.user, slug)
    if not scope.can_verify(agency):
        raise PermissionDenied
    quarter = _current_quarter()
    periods = list(Period.of_year(quarter.year).children("quarter")) + [Period.of_year(quarter.year)]
    windows = {rp.period: rp for rp in ReportingPeriod.objects.filter(agency=agency, year=quarter.year)}
    queue = list(workflow.pending_queue(agency))
    shown = figures(agency, list({r.indicator_id: r.indicator for r in queue}.values()),
                    list({entry.period_of(r.period) for r in queue})) if queue else {}
    for r in queue:
        r.figure = shown.get((r.indicator_id, r.period))
    return render(request, "measurement/queue.html", agency_context(
        agency, scope, "measurement", queue=queue,
        periods=[(p, windows.get(p.key)) for p in periods]))


@login_required
@require_POST
def period_lock(request, slug, period):
    agency, _scope = agency_or_404(request.user, slug, edit=True)
    p = _period(period)
    try:
        count = workflow.lock_period(request.user, agency, p)
    except KinerjaError as exc:
        messages.error(request, exc.message(_lang()))
    else:
        messages.success(request, f"{p.label()} dikunci ({count} realisasi). / {p.label('en')} locked.")
    return redirect("measurement:queue", slug)


@login_required
@require_POST
def period_deadline(request, slug, period):
    agency, _scope = agency_or_404(request.user, slug, edit=True)
    p = _period(period)
    text = request.POST.get("deadline", "").strip()
    deadline = parse_datetime(text) if text else None
    if text and deadline is None:
        messages.error(request, "Tanggal tidak sah. / Invalid date.")
        return redirect("measurement:queue", slug)
    if deadline is not None and timezone.is_naive(deadline):
        deadline = timezone.make_aware(deadline)
    try:
        workflow.set_deadline(request.user, agency, p, deadline)
    except KinerjaError as exc:
        messages.error(request, exc.message(_lang()))
    return redirect("measurement:queue", slug)


@login_required
@require_GET
def capaian_table(request, slug, period):
    """The agency's capaian per sasaran, read from the stored figures (always current: every input
    change recomputes them), with their explanations."""
    agency, scope = agency_or_404(request.user, slug)
    p = _period(period)
    indicators = list(scope.indicators(agency).filter(is_active=True).select_related("objective", "unit")
                      .order_by("objective__order", "objective_id", "order", "pk"))
    shown = figures(agency, indicators, [p], explain_them=True)
    groups: dict[Objective | None, list] = {}
    for ind in indicators:
        groups.setdefault(ind.objective, []).append((ind, shown[(ind.pk, p.key)]))
    return render(request, "measurement/capaian_table.html", agency_context(
        agency, scope, "measurement", period=p, groups=list(groups.items()), scale=scale_for(agency),
        convention=agency.pemda.get_lower_is_better_convention_display(), lang=_lang(),
        pending=jobs.pending_for(agency),
        quarters=list(Period.of_year(p.year).children("quarter")) + [Period.of_year(p.year)]))


@login_required
@require_GET
def template_download(request, slug, unit_id, period):
    agency, scope = agency_or_404(request.user, slug)
    unit = _unit(agency, scope, unit_id)
    if not scope.can_enter_realisasi(unit):
        raise PermissionDenied
    p = _period(period)
    data = template_xlsx.build(unit, p)
    response = HttpResponse(data, content_type=evidence.KINDS["xlsx"])
    response["Content-Disposition"] = f'attachment; filename="realisasi-{unit.pk}-{p.key}.xlsx"'
    return response


@login_required
def template_upload(request, slug, unit_id, period):
    agency, scope = agency_or_404(request.user, slug)
    unit = _unit(agency, scope, unit_id)
    if not scope.can_enter_realisasi(unit):
        raise PermissionDenied
    p = _period(period)
    report, error = None, None
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None or upload.size > evidence.max_bytes():
            error = "Pilih berkas templat (xlsx). / Choose the template file (xlsx)."
        else:
            try:
                report = template_xlsx.upload(request.user, unit, p, upload.read(),
                                              confirmed=request.POST.get("confirm") == "1")
            except KinerjaError as exc:
                error = exc.message(_lang())
    return render(request, "measurement/template_upload.html", agency_context(
        agency, scope, "measurement", unit=unit, period=p, report=report, error=error, lang=_lang()),
        status=422 if (report and not report.ok) or error else 200)
