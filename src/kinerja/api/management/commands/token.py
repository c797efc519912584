"""``kinerja token create|list|revoke``: API tokens from the command line (attributed to ``cli`` in the audit).

``create --user U [--write] [--days N] [--name TEXT]`` prints the new token once, alone on stdout, so a
script can capture it; ``list [--user U]`` shows prefixes, never secrets; ``revoke PREFIX`` revokes.
"""
from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from kinerja.api.models import ApiToken
from kinerja.api.tokens import DEFAULT_DAYS, MAX_DAYS, TokenError, issue_token, revoke_token
from kinerja.audit.context import acting_as

AUDIT_LABEL = "cli"


class Command(BaseCommand):
    help = "Kelola token API / Manage API tokens: create, list, revoke."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="buat token / make a token (printed once)")
        create.add_argument("--user", required=True, help="nama pengguna / username")
        create.add_argument("--write", action="store_true", help="boleh mengubah data / may change data")
        create.add_argument("--days", type=int, default=DEFAULT_DAYS, help=f"masa berlaku / days valid (1–{MAX_DAYS})")
        create.add_argument("--name", default="baris perintah", help="keperluan / purpose")
        listing = sub.add_parser("list", help="daftar token / list tokens")
        listing.add_argument("--user", help="hanya pengguna ini / only this user")
        revoke = sub.add_parser("revoke", help="cabut token / revoke a token")
        revoke.add_argument("prefix", help="awalan token / the token's prefix, e.g. knj_1a2b3c4d")

    def handle(self, *args, **options) -> None:
        getattr(self, f"_{options['action']}")(options)

    def _user(self, username: str):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Pengguna '{username}' tidak ada. / No user '{username}'.")
        return user

    def _create(self, options) -> None:
        user = self._user(options["user"])
        try:
            with acting_as(label=AUDIT_LABEL):
                _token, raw = issue_token(user, name=options["name"], can_write=options["write"],
                                          days=options["days"])
        except TokenError as exc:
            raise CommandError(exc.bilingual()) from None
        self.stdout.write(raw)
        self.stderr.write("Token ini ditampilkan sekali saja. / This token is shown once only.")

    def _list(self, options) -> None:
        tokens = ApiToken.objects.select_related("user").order_by("user__username", "-created_at")
        if options["user"]:
            tokens = tokens.filter(user=self._user(options["user"]))
        now = timezone.now()
        for t in tokens:
            state = "revoked" if t.is_revoked else "expired" if t.expires_at <= now else "active"
            used = t.last_used_at.isoformat(timespec="minutes") if t.last_used_at else "-"
            self.stdout.write(f"{t.prefix}\t{t.user.username}\t{'write' if t.can_write else 'read'}\t{state}\t"
                              f"{t.expires_at.date().isoformat()}\t{used}\t{t.name}")

    def _revoke(self, options) -> None:
        # The prefix, or the whole token pasted by mistake: both start with "knj_" and 8 hex digits.
        prefix = "_".join(options["prefix"].strip().split("_")[:2])
        token = ApiToken.objects.filter(prefix=prefix).first()
        if token is None:
            raise CommandError(f"Token '{options['prefix']}' tidak ada. / No token '{options['prefix']}'.")
        with acting_as(label=AUDIT_LABEL):
            changed = revoke_token(token)
        self.stdout.write(f"{token.prefix} " + ("dicabut / revoked" if changed else
                                                "sudah dicabut sebelumnya / was already revoked"))
