"""Upload, preview, correct, commit or discard a decree import. Only the agency's planner or a pemda
admin gets here (``Scope.can_edit_catalog``); another agency's staff get 404, this agency's readers 403."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kinerja.accounts.access import agency_or_404
from kinerja.catalog.models import Decree, Unit
from kinerja.errors import KinerjaError
from kinerja.intake.diff import diff_catalogs
from kinerja.intake.errors import ImportRejected
from kinerja.intake.export import catalog_from_db
from kinerja.intake.forms import UploadForm
from kinerja.intake.models import ImportSession
from kinerja.intake.preview import build_preview
from kinerja.intake.sessions import (HEADER_FIELDS, ROW_FIELDS, commit_session, correct_cell, correct_structure,
                                     corrected_catalog, discard_session, remap_session, set_row_dropped,
                                     start_session)
from kinerja.intake.structure import KINDS


def _text(error: KinerjaError) -> str:
    """Both languages, the reader's own first: a refusal must be understood by whoever reads it."""
    if (get_language() or "id").startswith("en"):
        return f"{error.message('en')} / {error.message('id')}"
    return error.bilingual()


def _session(request, slug: str, pk: int):
    agency, _scope = agency_or_404(request.user, slug, edit=True)
    return agency, get_object_or_404(ImportSession.objects.select_related("agency__pemda", "amends", "decree"),
                                     agency=agency, pk=pk)


@login_required
@require_GET
def session_list(request, slug):
    agency, _scope = agency_or_404(request.user, slug, edit=True)
    sessions = ImportSession.objects.filter(agency=agency).select_related("uploaded_by", "decree", "amends")
    return render(request, "intake/session_list.html", {"agency": agency, "sessions": sessions})


@login_required
@require_http_methods(["GET", "POST"])
def upload(request, slug):
    agency, _scope = agency_or_404(request.user, slug, edit=True)
    form = UploadForm(request.POST or None, request.FILES or None, agency=agency)
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        try:
            session = start_session(agency, upload_file.read(), upload_file.name, user=request.user,
                                    amends=form.cleaned_data["amends"])
        except KinerjaError as exc:
            form.add_error("file", _text(exc))
        else:
            return redirect(session)
    return render(request, "intake/upload.html", {"agency": agency, "form": form},
                  status=400 if form.errors else 200)


@login_required
@require_GET
def preview(request, slug, pk):
    agency, session = _session(request, slug, pk)
    changes = None
    if session.decree_id and session.decree.amends_id:
        changes = diff_catalogs(session.decree.amends, catalog_from_db(session.decree))
    elif session.amends_id and session.is_open:
        changes = diff_catalogs(session.amends, corrected_catalog(session))
    editing = request.GET.get("edit")
    return render(request, "intake/preview.html", {
        "agency": agency, "session": session, "preview": build_preview(session), "changes": changes,
        "editing": editing if session.is_open else None, "kinds": Unit.Kind.choices,
    })


@login_required
@require_POST
def edit_row(request, slug, pk):
    """Save the corrected cells of one row (or of the header, ``row=header``): only changed cells count."""
    agency, session = _session(request, slug, pk)
    row_param = request.POST.get("row", "")
    try:
        row = None if row_param == "header" else int(row_param)
    except ValueError:
        raise Http404 from None
    view = build_preview(session)
    if row is None:
        current = {c.field: c.value for c in view.header}
        fields = HEADER_FIELDS
    elif 0 <= row < len(view.rows):
        current = {c.field: c.value for c in view.rows[row].cells}
        fields = ROW_FIELDS
    else:
        raise Http404
    try:
        for field in fields:
            if field not in request.POST:
                continue
            new = " ".join(request.POST[field].split())
            if new != " ".join(str(current.get(field) or "").split()):
                problem = correct_cell(session, row, field, request.POST[field])
                if problem is not None:
                    messages.warning(request, _text(problem))
    except KinerjaError as exc:
        messages.error(request, _text(exc))
    anchor = "#header" if row is None else f"#row-{row + 1}"
    return redirect(session.get_absolute_url() + anchor)


@login_required
@require_POST
def drop_row(request, slug, pk):
    agency, session = _session(request, slug, pk)
    try:
        row = int(request.POST.get("row", ""))
    except ValueError:
        raise Http404 from None
    if not 0 <= row < len(build_preview(session).rows):
        raise Http404
    try:
        set_row_dropped(session, row, request.POST.get("dropped") == "1")
    except KinerjaError as exc:
        messages.error(request, _text(exc))
    return redirect(session.get_absolute_url() + f"#row-{row + 1}")


@login_required
@require_POST
def commit(request, slug, pk):
    agency, session = _session(request, slug, pk)
    try:
        decree = commit_session(session, user=request.user)
    except ImportRejected:
        # the reasons, in both languages, are on the session and shown at the top of the preview
        messages.error(request, _("Keputusan tidak disimpan; katalog tidak berubah. / "
                                  "The decree was not saved; the catalog is unchanged."))
        return redirect(session)
    except KinerjaError as exc:
        messages.error(request, _text(exc))
        return redirect(session)
    messages.success(request, _("Keputusan %(decree)s tersimpan di katalog dengan %(n)d indikator.")
                     % {"decree": decree, "n": decree.indicators.count()})
    if decree.amends_id:
        return redirect("intake:decree_changes", slug=agency.slug, pk=decree.pk)
    return redirect(session)


@login_required
@require_POST
def discard(request, slug, pk):
    agency, session = _session(request, slug, pk)
    try:
        discard_session(session)
    except KinerjaError as exc:
        messages.error(request, _text(exc))
        return redirect(session)
    messages.info(request, _("Impor dibuang; katalog tidak berubah."))
    return redirect("intake:session_list", slug=agency.slug)


@login_required
@require_GET
def decree_changes(request, slug, pk):
    """What a committed Perubahan changed against the decree it amends. Readable by whoever reads the
    whole agency's catalog (evaluators included); operators of one unit do not see whole decrees."""
    agency, scope = agency_or_404(request.user, slug)
    if not scope.reads_agency_whole(agency):
        raise PermissionDenied
    decree = get_object_or_404(Decree.objects.select_related("amends"), agency=agency, pk=pk)
    if decree.amends is None:
        raise Http404
    changes = diff_catalogs(decree.amends, catalog_from_db(decree))
    return render(request, "intake/decree_changes.html", {"agency": agency, "decree": decree, "changes": changes})


COLUMN_CHOICES = ("", "number", "sasaran", "indikator", "definisi", "formula_text", "satuan", "penanggung_jawab",
                  "sumber_data", "jabatan")


def _mapping_from(post, tables: list[dict]) -> dict:
    """``{"<table>": {"columns": {field: column}, "header_row": n, "joins": [rows]}}`` from the form."""
    mapping = {}
    for table in tables:
        n = table["index"]
        width = max((len(r) for r in table["rows"]), default=0)
        columns = {}
        for c in range(width):
            field = post.get(f"t{n}-col{c}", "")
            if field in COLUMN_CHOICES and field and field not in columns:
                columns[field] = c
        if not columns:
            continue
        header = post.get(f"t{n}-header", "")
        joins = [int(j) for j in post.getlist(f"t{n}-join") if j.isdigit()]
        mapping[str(n)] = {"columns": columns, "header_row": int(header) if header.isdigit() else None,
                           "joins": sorted(set(joins))}
    return mapping


@login_required
@require_http_methods(["GET", "POST"])
def columns(request, slug, pk):
    """The column-mapping step: the planner says which column of a table holds what, which row is its
    header and which rows go on from the row above; the file is read again with that."""
    agency, session = _session(request, slug, pk)
    tables = (session.reading or {}).get("tables") or []
    layout = (session.corrections or {}).get("layout") or {}
    if request.method == "POST":
        mapping = _mapping_from(request.POST, tables)
        if not mapping:
            messages.error(request, _("Pilih sedikitnya kolom Indikator pada satu tabel."))
            return redirect("intake:columns", slug=agency.slug, pk=session.pk)
        try:
            reading = remap_session(session, mapping)
        except (KinerjaError, OSError, ValueError) as exc:
            messages.error(request, _text(exc) if isinstance(exc, KinerjaError)
                           else _("Berkas unggahan tidak dapat dibaca lagi."))
            return redirect(session)
        count = len(reading.catalog["indicators"])
        messages.success(request, _("Dibaca ulang dengan susunan kolom Anda: %(n)d indikator.") % {"n": count})
        return redirect(session)
    shown = []
    for table in tables:
        say = layout.get(str(table["index"])) or {}
        chosen = {c: f for f, c in (say.get("columns") or table.get("columns") or {}).items()}
        width = max((len(r) for r in table["rows"]), default=0)
        shown.append({"index": table["index"], "line": table.get("line"),
                      "columns": [chosen.get(c, "") for c in range(width)],
                      "header_row": say.get("header_row"), "joins": set(say.get("joins") or []),
                      "rows": list(enumerate(table["rows"][:60]))})
    return render(request, "intake/columns.html", {"agency": agency, "session": session, "tables": shown,
                                                   "choices": COLUMN_CHOICES})


@login_required
@require_POST
def structure(request, slug, pk):
    """Correct the units the import will create: name, kind and parent unit."""
    agency, session = _session(request, slug, pk)
    plans = {p.key: p for p in build_preview(session).structure}
    try:
        for i in range(len(plans)):
            key = request.POST.get(f"u{i}-key")
            plan = plans.get(key)
            if plan is None or plan.existing:
                continue
            name = " ".join(request.POST.get(f"u{i}-name", plan.name).split())
            kind = request.POST.get(f"u{i}-kind", plan.kind)
            parent = request.POST.get(f"u{i}-parent", plan.parent or "")
            if (name, kind, parent or None) != (plan.name, plan.kind, plan.parent):
                correct_structure(session, key, name=name, kind=kind if kind in KINDS else plan.kind,
                                  parent=parent if parent in plans else "")
    except KinerjaError as exc:
        messages.error(request, _text(exc))
    return redirect(session.get_absolute_url() + "#structure")
