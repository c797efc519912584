"""One error path for the app's POST views: a refusal becomes 403, a stale version 409, any other
refusal 422 — as JSON for the sheet's script, or as a message on the page the form came from."""
from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.translation import get_language

from kinerja.evaluasi.errors import ConflictError, EvaluasiError, NotAllowed


def language() -> str:
    return "en" if (get_language() or "id").startswith("en") else "id"


def wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def back(request: HttpRequest, fallback: str) -> HttpResponse:
    """Back to the page the form came from (a local path only), else ``fallback``."""
    target = request.POST.get("next", "")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect(fallback)


def act(request: HttpRequest, action: Callable[[], object], *, done: str, fallback: str,
        payload: Callable[[object], dict] | None = None) -> HttpResponse:
    """Run ``action``; answer with ``done`` (a message) or the refusal, in the form the caller wants."""
    lang = language()
    try:
        result = action()
    except NotAllowed:
        raise PermissionDenied from None
    except ConflictError as exc:
        if wants_json(request):
            return JsonResponse({"ok": False, "conflict": True, "message": exc.message(lang),
                                 "version": exc.current_version}, status=409)
        messages.error(request, exc.message(lang))
        return back(request, fallback)
    except EvaluasiError as exc:
        if wants_json(request):
            return JsonResponse({"ok": False, "message": exc.message(lang)}, status=422)
        messages.error(request, exc.message(lang))
        return back(request, fallback)
    if wants_json(request):
        return JsonResponse({"ok": True, "message": done, **(payload(result) if payload else {})})
    messages.success(request, done)
    return back(request, fallback)


def version_of(request: HttpRequest, name: str = "version") -> int:
    try:
        return int(request.POST.get(name, ""))
    except ValueError:
        return -1
