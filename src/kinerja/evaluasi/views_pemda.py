"""Pemda-wide pages: every agency's evaluation compared, and the pemda's LKE per year (rubrics, its own
tree, a copy from another year). For the pemda's admins and evaluators; everyone else gets 404."""
from __future__ import annotations

import json
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kinerja.documents.charts import predicate_distribution
from kinerja.evaluasi.errors import EvaluasiError, NotAllowed
from kinerja.evaluasi.models import LkeInstrument
from kinerja.evaluasi.responses import act, language, version_of
from kinerja.evaluasi.services import instruments
from kinerja.evaluasi.services.pemda import overview as build_overview
from kinerja.reports.access import pemda_or_404

YEARS = range(2000, 2101)
MAX_TREE_BYTES = 2 * 1024 * 1024
# Grade colours for the distribution chart, best (green) to worst (red).
GRADE_COLOURS = {"AA": "#1b7a3a", "A": "#3f9b4f", "BB": "#7cb342", "B": "#c0a020", "CC": "#e08a1e", "C": "#d4572a",
                 "D": "#a4262c"}


def _year(request) -> int:
    try:
        year = int(request.GET.get("tahun", ""))
    except ValueError:
        year = timezone.localdate().year - 1
    return year if year in YEARS else timezone.localdate().year - 1


@login_required
@require_GET
def overview(request, slug):
    pemda, agencies, scope = pemda_or_404(request.user, slug)
    year = _year(request)
    view = build_overview(pemda, year, agencies)
    lang = language()
    chart = predicate_distribution(view.distribution, title=_("Sebaran predikat %(tahun)s") % {"tahun": year},
                                   colours=GRADE_COLOURS, language=lang) if any(view.distribution.values()) else ""
    return render(request, "evaluasi/pemda_overview.html", {
        "pemda": pemda, "view": view, "year": year, "years": range(year - 3, year + 2), "lang": lang,
        "chart": mark_safe(chart), "can_manage": scope.can_manage_lke(pemda)})


def _manage(request, slug):
    pemda, _agencies, scope = pemda_or_404(request.user, slug)
    return pemda, scope


def _managing(scope, pemda) -> None:
    if not scope.can_manage_lke(pemda):
        raise NotAllowed("Hanya evaluator atau admin pemda yang mengatur instrumen LKE.",
                         "Only the evaluator or the pemda admin manages the LKE.")


def _instrument_url(pemda, tahun: int) -> str:
    return reverse("evaluasi:instrument", args=[pemda.slug, tahun])


@login_required
@require_GET
def instrument(request, slug, tahun):
    pemda, scope = _manage(request, slug)
    if tahun not in YEARS:
        raise Http404
    row = LkeInstrument.objects.filter(pemda=pemda, year=tahun).first()
    tree = instruments.tree_of(row) if row else None
    if tree is None:
        try:
            tree = instruments.shipped_for(tahun)
        except EvaluasiError as exc:
            tree, error = None, exc.message(language())
        else:
            error = ""
    else:
        error = ""
    used = instruments.in_use(row) if row else False
    en = language() == "en"
    return render(request, "evaluasi/instrument.html", {
        "pemda": pemda, "tahun": tahun, "row": row, "tree": tree, "error": error, "used": used, "en": en,
        "can_manage": scope.can_manage_lke(pemda), "other_years": LkeInstrument.objects.filter(pemda=pemda)
        .exclude(year=tahun).values_list("year", flat=True)})


@login_required
@require_POST
def rubric_save(request, slug, tahun, code):
    pemda, scope = _manage(request, slug)

    def save():
        _managing(scope, pemda)
        row = instruments.instrument_for(pemda, tahun)
        criterion = instruments.tree_of(row).criterion(code)
        if criterion is None:
            raise EvaluasiError(f"Kriteria {code[:32]} tidak ada.", f"Criterion {code[:32]} does not exist.")
        rubric = {a: request.POST.get(f"id_{a}", "") for a in criterion.scale.answers}
        rubric_en = {a: request.POST.get(f"en_{a}", "") for a in criterion.scale.answers}
        version = version_of(request) if request.POST.get("version") else row.version
        return instruments.set_rubric(request.user, row, code, rubric, rubric_en, version=version)

    return act(request, save, done=_("Rubrik %(code)s disimpan.") % {"code": code[:32]},
               fallback=_instrument_url(pemda, tahun) + f"#k-{code[:32]}")


@login_required
@require_POST
def instrument_upload(request, slug, tahun):
    pemda, scope = _manage(request, slug)

    def adopt():
        _managing(scope, pemda)
        upload = request.FILES.get("file")
        if upload is None or upload.size > MAX_TREE_BYTES:
            raise EvaluasiError("Pilih berkas JSON pohon LKE (paling besar 2 MB).",
                                "Choose an LKE tree JSON file (2 MB at most).")
        try:
            data = json.loads(upload.read().decode("utf-8"), parse_float=Decimal)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise EvaluasiError("Berkas bukan JSON UTF-8 yang sah.", "The file is not valid UTF-8 JSON.") from None
        if tahun not in YEARS:
            raise EvaluasiError("Tahun tidak sah.", "Invalid year.")
        return instruments.adopt_tree(request.user, pemda, tahun, data, source=upload.name or "pohon pemda")

    return act(request, adopt, done=_("Pohon LKE pemda dipakai untuk tahun %(tahun)s.") % {"tahun": tahun},
               fallback=_instrument_url(pemda, tahun))


@login_required
@require_POST
def instrument_copy(request, slug, tahun):
    pemda, scope = _manage(request, slug)
    try:
        source = int(request.POST.get("from_year", ""))
    except ValueError:
        source = 0
    return act(request, lambda: instruments.copy_tree(request.user, pemda, source, tahun),
               done=_("LKE tahun %(from)s disalin ke tahun %(to)s.") % {"from": source, "to": tahun},
               fallback=_instrument_url(pemda, tahun))


@login_required
@require_GET
def instrument_json(request, slug, tahun):
    pemda, scope = _manage(request, slug)
    row = LkeInstrument.objects.filter(pemda=pemda, year=tahun).first()
    if row is None:
        raise Http404
    response = JsonResponse(instruments.tree_of(row).to_dict(), json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="lke-{pemda.slug}-{tahun}.json"'
    return response
