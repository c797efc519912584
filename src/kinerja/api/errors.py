"""Every error the API answers, in one place: JSON with a code and the message in Indonesian and English.

``{"status": 404, "code": "not_found", "message": {"id": "…", "en": "…"}, "fields": […]}`` —
``fields`` lists the inputs a 422 refused, each with its location and both messages. Views raise
(Http404, PermissionDenied, a :class:`~kinerja.errors.KinerjaError`); they never build an error
response themselves.
"""
from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from kinerja.api.tokens import TokenRefused
from kinerja.errors import KinerjaError

logger = logging.getLogger(__name__)


class Message(Schema):
    id: str
    en: str


class FieldError(Schema):
    loc: str
    message: Message


class ErrorOut(Schema):
    status: int
    code: str
    message: Message
    fields: list[FieldError] = []
    current_version: int | None = None


class ReadOnlyToken(KinerjaError):
    """A write asked with a token made for reading only."""


# KinerjaError subclasses that are not a plain "your input cannot be accepted" (422). Besides these,
# an error that carries ``current_version`` is an optimistic-version conflict (409), whichever app
# raised it: the client reloads that version and tries again.
_STATUS_BY_ERROR: tuple[tuple[type[KinerjaError], int, str], ...] = (
    (TokenRefused, 401, "unauthorized"),
    (ReadOnlyToken, 403, "read_only_token"),
)

ERROR_RESPONSES: dict[int, type[Schema]] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut,
                                              429: ErrorOut}
WRITE_ERROR_RESPONSES: dict[int, type[Schema]] = {**ERROR_RESPONSES, 409: ErrorOut}

# pydantic error types → Indonesian and English, with the error's ``ctx`` values filled in.
_FIELD_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("Wajib diisi.", "Required."),
    "int_parsing": ("Harus bilangan bulat.", "Must be a whole number."),
    "int_type": ("Harus bilangan bulat.", "Must be a whole number."),
    "int_from_float": ("Harus bilangan bulat.", "Must be a whole number."),
    "float_parsing": ("Harus angka dengan titik sebagai tanda desimal (JSON).",
                      "Must be a number with a point as the decimal mark (JSON)."),
    "float_type": ("Harus angka.", "Must be a number."),
    "bool_parsing": ("Harus true atau false.", "Must be true or false."),
    "bool_type": ("Harus true atau false.", "Must be true or false."),
    "string_type": ("Harus teks.", "Must be text."),
    "greater_than_equal": ("Paling kecil {ge}.", "At least {ge}."),
    "greater_than": ("Harus lebih besar dari {gt}.", "Must be greater than {gt}."),
    "less_than_equal": ("Paling besar {le}.", "At most {le}."),
    "less_than": ("Harus lebih kecil dari {lt}.", "Must be less than {lt}."),
    "string_too_long": ("Paling banyak {max_length} karakter.", "At most {max_length} characters."),
    "string_too_short": ("Paling sedikit {min_length} karakter.", "At least {min_length} characters."),
    "string_pattern_mismatch": ("Bentuknya tidak sah.", "Not in the expected form."),
    "literal_error": ("Harus salah satu dari: {expected}.", "Must be one of: {expected}."),
    "enum": ("Harus salah satu dari: {expected}.", "Must be one of: {expected}."),
    "json_invalid": ("Isi permintaan bukan JSON yang sah.", "The request body is not valid JSON."),
    "model_attributes_type": ("Isi permintaan harus objek JSON.", "The request body must be a JSON object."),
    "dict_type": ("Isi permintaan harus objek JSON.", "The request body must be a JSON object."),
    "extra_forbidden": ("Kolom ini tidak dikenal.", "Unknown field."),
}
_GENERAL = {
    400: ("bad_request", "Isi permintaan tidak dapat dibaca; kirim JSON yang sah.",
          "The request body cannot be read; send valid JSON."),
    401: ("unauthorized", "Perlu token API (Authorization: Bearer …) atau masuk terlebih dahulu.",
          "An API token (Authorization: Bearer …) or a signed-in session is required."),
    403: ("forbidden", "Anda tidak berwenang melakukan ini.", "You are not allowed to do this."),
    404: ("not_found", "Tidak ditemukan.", "Not found."),
    405: ("method_not_allowed", "Metode HTTP ini tidak tersedia di sini.", "This HTTP method is not offered here."),
    422: ("invalid", "Permintaan tidak dapat diterima.", "The request cannot be accepted."),
    429: ("rate_limited", "Terlalu banyak permintaan untuk token ini; coba lagi sebentar lagi.",
          "Too many requests for this token; try again shortly."),
    500: ("server_error", "Terjadi kesalahan pada server; kesalahan ini sudah dicatat.",
          "The server failed; the failure has been logged."),
}
_CSRF = ("csrf", "Permintaan dengan sesi masuk memerlukan token CSRF; skrip memakai token API.",
         "A request made with a signed-in session needs the CSRF token; scripts use an API token.")


def error_body(status: int, code: str, message_id: str, message_en: str,
               fields: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"status": status, "code": code, "message": {"id": message_id, "en": message_en},
            "fields": fields or []}


def general(status: int) -> dict[str, Any]:
    code, message_id, message_en = _GENERAL[status]
    return error_body(status, code, message_id, message_en)


def _field(error: dict[str, Any]) -> dict[str, Any]:
    loc = ".".join(str(part) for part in error.get("loc", ()))
    ctx = {k: _plain(v) for k, v in (error.get("ctx") or {}).items()}
    texts = _FIELD_MESSAGES.get(error.get("type", ""))
    if texts is None:
        return {"loc": loc, "message": {"id": "Nilai tidak sah.", "en": str(error.get("msg", "Invalid value."))}}
    try:
        return {"loc": loc, "message": {"id": texts[0].format(**ctx), "en": texts[1].format(**ctx)}}
    except (KeyError, IndexError):
        return {"loc": loc, "message": {"id": texts[0], "en": texts[1]}}


def _plain(value: Any) -> Any:
    return value if isinstance(value, (int, float, str)) else str(value)


def install(api: NinjaAPI) -> None:
    """Register the handlers on ``api``: the only place an exception becomes an HTTP answer."""

    def respond(request: HttpRequest, body: dict[str, Any]) -> HttpResponse:
        return api.create_response(request, body, status=body["status"])

    def on_kinerja_error(request: HttpRequest, exc: KinerjaError) -> HttpResponse:
        status, code = 422, "invalid"
        for kind, kind_status, kind_code in _STATUS_BY_ERROR:
            if isinstance(exc, kind):
                status, code = kind_status, kind_code
                break
        current_version = getattr(exc, "current_version", None)
        if current_version is not None:
            status, code = 409, "conflict"
        body = error_body(status, code, exc.message("id"), exc.message("en"))
        if current_version is not None:
            body["current_version"] = current_version
        response = respond(request, body)
        if status == 401:
            response["WWW-Authenticate"] = "Bearer"
        return response

    def on_validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        body = general(422)
        body["fields"] = [_field(e) for e in exc.errors]
        return respond(request, body)

    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        if isinstance(exc, AuthenticationError):
            response = respond(request, general(401))
            response["WWW-Authenticate"] = "Bearer"
            return response
        if isinstance(exc, Throttled):
            return respond(request, general(429))
        if exc.status_code == 403 and "csrf" in str(exc).lower():
            return respond(request, error_body(403, *_CSRF))
        return respond(request, general(exc.status_code) if exc.status_code in _GENERAL
                       else error_body(exc.status_code, "error", str(exc), str(exc)))

    def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        logger.exception("API %s %s failed", request.method, request.path, exc_info=exc)
        return respond(request, general(500))

    api.add_exception_handler(Exception, on_unexpected)
    api.add_exception_handler(Http404, lambda request, exc: respond(request, general(404)))
    api.add_exception_handler(PermissionDenied, lambda request, exc: respond(request, general(403)))
    api.add_exception_handler(KinerjaError, on_kinerja_error)
    api.add_exception_handler(ValidationError, on_validation)
    api.add_exception_handler(HttpError, on_http_error)
