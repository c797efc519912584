"""Document pages: the list of every document with its formats, the downloads, and the forms for
what only the documents need (decree texts, signatories, PK programmes, LKjIP narratives).

Access is decided by :mod:`kinerja.reports.access` (which asks Scope); a view never checks roles.
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from kinerja.accounts.access import object_or_404
from kinerja.audit.conflicts import save_unless_changed
from kinerja.catalog.models import Decree, Objective
from kinerja.catalog.views import agency_context
from kinerja.documents import MEDIA_TYPES, decree_defaults, formats_for, render as render_document
from kinerja.errors import KinerjaError
from kinerja.intake.export import catalog_from_db
from kinerja.reports.access import pemda_or_404, whole_agency_or_403
from kinerja.reports.forms import DecreeTextsForm, NarrativeForm, PemdaHeadForm, PkProgramFormSet, SigningForm
from kinerja.reports.models import LkjipNarrative, PemdaHead, PkProgram, Signing
from kinerja.reports.services import documents as docs
from kinerja.reports.services import issuer
from kinerja.reports.services.dashboard import default_quarter, default_year

YEARS = range(2000, 2101)


def _lang() -> str:
    return get_language() or "id"


def year_and_quarter(request, agencies) -> tuple[int, int]:
    """``?tahun=`` and ``?tw=`` when valid, else the latest year and quarter with data."""
    try:
        tahun = int(request.GET.get("tahun", ""))
    except ValueError:
        tahun = default_year(agencies)
    if tahun not in YEARS:
        tahun = default_year(agencies)
    try:
        tw = int(request.GET.get("tw", ""))
    except ValueError:
        tw = default_quarter(agencies, tahun)
    return tahun, tw if tw in (1, 2, 3, 4) else default_quarter(agencies, tahun)


@login_required
@require_GET
def document_list(request, slug):
    agency, scope = whole_agency_or_403(request.user, slug)
    tahun, tw = year_and_quarter(request, [agency])
    decrees = list(Decree.objects.filter(agency=agency).order_by("-tahun", "-pk"))
    kinds = []
    for kind in docs.KINDS.values():
        formats = ["docx", "pdf"] if kind.slug == "pohon-kinerja" else ["docx", "pdf", "xlsx"]
        kinds.append({"kind": kind, "formats": formats})
    return render(request, "reports/document_list.html", agency_context(
        agency, scope, "documents", tahun=tahun, tw=tw, kinds=kinds, decrees=decrees, quarters=(1, 2, 3, 4),
        years=range(tahun - 4, tahun + 2), indicators=docs.document_indicators(agency, tahun)))


@login_required
@require_GET
def download(request, slug, kind, fmt):
    agency, scope = whole_agency_or_403(request.user, slug)
    if kind not in docs.KINDS or fmt not in MEDIA_TYPES:
        raise Http404
    tahun, tw = year_and_quarter(request, [agency])
    decree = None
    if docs.KINDS[kind].per_decree:
        decree = object_or_404(scope, agency, Decree, request.GET.get("keputusan") or 0)
    verified_only = request.GET.get("terverifikasi") == "1"
    try:
        document = docs.document(agency, kind, tahun, tw, decree, verified_only)
    except KinerjaError as exc:
        return render(request, "reports/document_error.html", agency_context(
            agency, scope, "documents", error=exc.message(_lang()), tahun=tahun), status=422)
    if fmt not in formats_for(document):
        raise Http404
    response = HttpResponse(render_document(document, fmt), content_type=MEDIA_TYPES[fmt])
    name = docs.filename(agency, kind, fmt, tahun, tw if docs.KINDS[kind].per_quarter else None, decree)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def decree_texts(request, slug, pk):
    agency, scope = whole_agency_or_403(request.user, slug, edit=True)
    decree = object_or_404(scope, agency, Decree, pk, edit=True)
    catalog = catalog_from_db(decree)
    defaults = decree_defaults(catalog)
    initial = {
        "tentang": decree.tentang or defaults.tentang,
        "menimbang": decree.menimbang or "\n".join(defaults.menimbang),
        "mengingat": decree.mengingat or "\n".join(defaults.mengingat),
        "memutuskan": decree.memutuskan or "\n".join(defaults.memutuskan),
    }
    form = DecreeTextsForm(request.POST or None, instance=decree, initial=initial)
    if request.method == "POST" and form.is_valid() and save_unless_changed(form):
        messages.success(request, _("Teks keputusan disimpan. / The decree texts were saved."))
        return redirect("reports:documents", slug=agency.slug)
    return render(request, "reports/form.html", agency_context(
        agency, scope, "documents", form=form, heading=_("Teks keputusan %(nomor)s") % {"nomor": decree.nomor},
        intro=_("Menimbang, mengingat dan memutuskan yang dicetak pada keputusan; isian awal adalah usulan "
                "yang dapat diubah.")), status=409 if form.conflict else 200)


def _year(tahun: int) -> int:
    if tahun not in YEARS:
        raise Http404
    return tahun


@login_required
def signing(request, slug, tahun):
    agency, scope = whole_agency_or_403(request.user, slug, edit=True)
    tahun = _year(tahun)
    instance = issuer.signing_of(agency, tahun)
    form = SigningForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid() and save_unless_changed(
            form, existing=lambda: Signing.objects.filter(agency=agency, tahun=tahun).first()):
        messages.success(request, _("Penandatangan disimpan. / The signatories were saved."))
        return redirect(f"{_documents_url(agency)}?tahun={tahun}")
    head = issuer.head_signatory(agency, Signing(agency=agency, tahun=tahun))
    return render(request, "reports/form.html", agency_context(
        agency, scope, "documents", form=form, heading=_("Penandatangan dokumen tahun %(tahun)s") % {"tahun": tahun},
        intro=_("Bawaan: %(name)s, %(jabatan)s. Isi bila ditandatangani Plt/Plh atau pejabat lain.")
        % {"name": head.name, "jabatan": head.jabatan}), status=409 if form.conflict else 200)


def _documents_url(agency) -> str:
    return reverse("reports:documents", kwargs={"slug": agency.slug})


@login_required
def programs(request, slug, tahun):
    agency, scope = whole_agency_or_403(request.user, slug, edit=True)
    tahun = _year(tahun)
    queryset = PkProgram.objects.filter(agency=agency, tahun=tahun)
    formset = PkProgramFormSet(request.POST or None, queryset=queryset)
    if request.method == "POST" and formset.is_valid() and _save_programs(formset, agency, tahun):
        messages.success(request, _("Program disimpan. / The programmes were saved."))
        return redirect(f"{_documents_url(agency)}?tahun={tahun}")
    conflict = any(getattr(form, "conflict", None) for form in formset.forms)
    return render(request, "reports/programs.html", agency_context(
        agency, scope, "documents", formset=formset, tahun=tahun), status=409 if conflict else 200)


def _save_programs(formset, agency, tahun: int) -> bool:
    """All rows or none: a row someone else changed meanwhile stops the whole save (409)."""
    with transaction.atomic():
        for form in formset.forms:
            if not form.has_changed() or not form.cleaned_data:
                continue
            if form.cleaned_data.get("DELETE"):
                if form.instance.pk and not save_unless_changed(form, save=form.instance.delete):
                    transaction.set_rollback(True)
                    return False
                continue
            form.instance.agency, form.instance.tahun = agency, tahun
            if not save_unless_changed(form):
                transaction.set_rollback(True)
                return False
    return True


@login_required
def narratives(request, slug, tahun):
    agency, scope = whole_agency_or_403(request.user, slug, edit=True)
    tahun = _year(tahun)
    shown = {i.objective_id for i in docs.document_indicators(agency, tahun) if i.objective_id}
    objectives = Objective.objects.filter(agency=agency, pk__in=shown).order_by("order", "pk")
    existing = {n.objective_id: n for n in LkjipNarrative.objects.filter(agency=agency, tahun=tahun)}
    forms = [(o, NarrativeForm(request.POST or None, prefix=f"s{o.pk}",
                               instance=existing.get(o.pk) or LkjipNarrative(agency=agency, tahun=tahun, objective=o)))
             for o in objectives]
    if request.method == "POST" and all(f.is_valid() for _o, f in forms) and _save_narratives(forms, agency, tahun):
        messages.success(request, _("Narasi LKjIP disimpan. / The LKjIP narratives were saved."))
        return redirect(f"{_documents_url(agency)}?tahun={tahun}")
    conflict = any(form.conflict for _o, form in forms)
    return render(request, "reports/narratives.html", agency_context(
        agency, scope, "documents", forms=forms, tahun=tahun), status=409 if conflict else 200)


def _save_narratives(forms, agency, tahun: int) -> bool:
    """All narratives or none: one someone else wrote meanwhile stops the save (409), each form
    keeping what was typed."""
    saved = True
    with transaction.atomic():
        for objective, form in forms:
            if form.has_changed() and not (form.instance.pk is None and form.is_blank()):
                saved = save_unless_changed(form, existing=lambda o=objective: LkjipNarrative.objects.filter(
                    agency=agency, tahun=tahun, objective=o).first()) and saved
        if not saved:
            transaction.set_rollback(True)
    return saved


@login_required
def pemda_head(request, slug):
    pemda, _agencies, scope = pemda_or_404(request.user, slug)
    if not scope.administered_pemdas().filter(pk=pemda.pk).exists():
        raise PermissionDenied
    instance = PemdaHead.objects.filter(pemda=pemda).first() or PemdaHead(
        pemda=pemda, jabatan=issuer.default_head_title(pemda.name))
    form = PemdaHeadForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid() and save_unless_changed(
            form, existing=lambda: PemdaHead.objects.filter(pemda=pemda).first()):
        messages.success(request, _("Kepala daerah disimpan. / The regional head was saved."))
        return redirect("reports:pemda_dashboard", slug=pemda.slug)
    return render(request, "reports/pemda_form.html", {"pemda": pemda, "form": form,
                                                       "heading": _("Kepala daerah (pihak kedua PK)")},
                  status=409 if form.conflict else 200)
