"""A password check Django does not have: the words Indonesian offices pick.

Django's own validators (settings.AUTH_PASSWORD_VALIDATORS) refuse a short password, an English
common one, a digit string and one too close to the user's username, name or e-mail. This one adds
``data/common_passwords_id.txt`` and the names of the pemdas in this install ("tanahmerah" for
*Kabupaten Tanah Merah*). People dress a weak word up — "Bismillah123!", "s4yang", "TanahMerah2024" —
so a password is reduced to its core before comparing: lower case, l33t letters read back, spaces,
digits and symbols at both ends dropped.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

WORDS_FILE = Path(__file__).resolve().parent / "data" / "common_passwords_id.txt"
_LEET = str.maketrans({"@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e", "5": "s", "$": "s", "7": "t"})
_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_SPACES = re.compile(r"[\s._-]+")
# Words in a pemda's name that say what kind of government it is, not which.
_PEMDA_PREFIXES = {"kabupaten", "kab", "kota", "provinsi", "prov", "pemerintah", "daerah", "administrasi"}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(_SPACES.sub("", line.strip().lower()) for line in lines
                     if line.strip() and not line.startswith("#"))


def core(password: str) -> set[str]:
    """The forms of ``password`` worth comparing: as typed, and with l33t read back, both without
    case, inner spaces and the digits/symbols padding its ends."""
    lowered = _SPACES.sub("", password.lower())
    forms = {_EDGES.sub("", lowered), _EDGES.sub("", lowered.translate(_LEET))}
    return {f for f in forms if f}


def pemda_words() -> set[str]:
    """The distinctive part of every pemda name in this install, spaces removed ("tanahmerah")."""
    from kinerja.catalog.models import Pemda

    words = set()
    for name in Pemda.objects.values_list("name", flat=True):
        parts = [p for p in re.split(r"\W+", name.lower()) if p and p not in _PEMDA_PREFIXES]
        if parts:
            words.add("".join(parts))
    return {w for w in words if len(w) >= 4}


class LocalCommonPasswordValidator:
    """Refuse a password whose core is a listed Indonesian word or a pemda's name."""

    def validate(self, password: str, user=None) -> None:
        forms = core(password)
        if forms & common_words():
            raise ValidationError(_("Kata sandi ini terlalu umum (kata yang sering dipakai)."),
                                  code="password_too_common_local")
        local = pemda_words()
        if any(form == word or (word in form and len(form) - len(word) < 4) for form in forms for word in local):
            raise ValidationError(_("Kata sandi ini memuat nama daerah; pilih yang tidak mudah ditebak."),
                                  code="password_local_name")

    def get_help_text(self) -> str:
        return _("Kata sandi tidak boleh kata umum (mis. bismillah, sayang, indonesia) atau nama daerah.")
