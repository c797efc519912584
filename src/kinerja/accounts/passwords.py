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
    return frozenset(form for line in lines if line.strip() and not line.startswith("#") for form in core(line))


def core(password: str) -> set[str]:
    """The forms of ``password`` worth comparing: as typed, and with l33t read back, both without
    case, inner spaces and the digits/symbols padding its ends."""
    lowered = _EDGES.sub("", _SPACES.sub("", password.lower()))
    return {f for f in (lowered, lowered.translate(_LEET)) if f}


def pemda_words() -> set[str]:
    """The distinctive part of every pemda name in this install, spaces removed ("tanahmerah")."""
    from kinerja.catalog.models import Pemda

    words = set()
    for name in Pemda.objects.values_list("name", flat=True):
        parts = [p for p in re.split(r"\W+", name.lower()) if p and p not in _PEMDA_PREFIXES]
        if parts:
            words.add("".join(parts))
    return {w for w in words if len(w) >= 4}


def _near(forms: set[str], words: set[str]) -> bool:
    """Whether a form is one of ``words`` give or take fewer than four characters ("alice2024")."""
    return any(form == word or (word in form and len(form) - len(word) < 4) for form in forms for word in words)


def user_words(user) -> set[str]:
    if user is None:
        return set()
    texts = [getattr(user, "username", "") or "", getattr(user, "first_name", "") or "",
             getattr(user, "last_name", "") or "", (getattr(user, "email", "") or "").split("@")[0]]
    words = {w for text in texts for w in re.split(r"[\W_]+", text.lower()) if len(w) >= 4}
    words |= {_SPACES.sub("", t.lower()) for t in texts if len(t) >= 4}
    return words


class LocalCommonPasswordValidator:
    """Refuse a password whose core is a listed Indonesian word, a pemda's name, or the user's own
    username or name with a few characters added (Django's similarity check lets "alice2024" pass)."""

    def validate(self, password: str, user=None) -> None:
        forms = core(password)
        if _near(forms, user_words(user)):
            raise ValidationError(_("Kata sandi ini memuat nama pengguna atau nama Anda."),
                                  code="password_has_username")
        if forms & common_words():
            raise ValidationError(_("Kata sandi ini terlalu umum (kata yang sering dipakai)."),
                                  code="password_too_common_local")
        if _near(forms, pemda_words()):
            raise ValidationError(_("Kata sandi ini memuat nama daerah; pilih yang tidak mudah ditebak."),
                                  code="password_local_name")

    def get_help_text(self) -> str:
        return _("Kata sandi tidak boleh kata umum (mis. bismillah, sayang, indonesia) atau nama daerah.")
