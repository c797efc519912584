"""``kinerja createadmin``: create a pemda admin, from flags (CI, scripts) or by asking."""
from __future__ import annotations

import getpass
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.utils import translation
from django.utils.text import slugify

from kinerja.accounts.models import Role
from kinerja.audit.context import acting_as
from kinerja.catalog.management.commands.demo import NOT_MIGRATED, unapplied_migrations
from kinerja.catalog.models import Pemda

AUDIT_LABEL = "createadmin"


def _messages(error: ValidationError) -> str:
    return "; ".join(str(m) for m in error.messages)


def _password_problems(password: str, user) -> str:
    """The validators' complaints in Indonesian and English, or "" when the password is acceptable."""
    found = []
    for language in ("id", "en"):
        with translation.override(language):
            try:
                validate_password(password, user=user)
            except ValidationError as exc:
                found.append(_messages(exc))
    return " / ".join(found)


class Command(BaseCommand):
    help = ("Buat admin pemda, dengan opsi atau secara interaktif. / "
            "Create a pemda admin, from options or interactively.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", help="nama pengguna / username")
        parser.add_argument("--password", help="kata sandi / password (hindari di mesin bersama / avoid on "
                                               "shared machines)")
        parser.add_argument("--pemda", help="nama atau slug pemda / the pemda's name or slug")
        parser.add_argument("--email", default="", help="surel / e-mail")
        parser.add_argument("--new-pemda", action="store_true",
                            help="buat pemda bila belum ada / create the pemda if it does not exist")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help="jangan bertanya / never prompt")

    def handle(self, *args, **options) -> None:
        if unapplied_migrations():
            raise CommandError(NOT_MIGRATED)
        interactive = options["interactive"] and sys.stdin is not None and sys.stdin.isatty()
        User = get_user_model()
        missing = [f"--{name}" for name in ("username", "password", "pemda") if not options[name]]
        if missing and not interactive:
            raise CommandError(self._missing(", ".join(missing)))

        username = self._value(options["username"], interactive, "Nama pengguna / Username: ", "--username")
        try:
            User._meta.get_field("username").run_validators(username)
        except ValidationError as exc:
            raise CommandError(f"Nama pengguna tidak sah / Invalid username: {_messages(exc)}") from None
        if User.objects.filter(username=username).exists():
            raise CommandError(f"Pengguna '{username}' sudah ada. / User '{username}' already exists.")

        pemda_name = self._value(options["pemda"], interactive, "Pemda (nama atau slug / name or slug): ",
                                 "--pemda")
        pemda = self._pemda(pemda_name, options["new_pemda"])

        password = options["password"]
        if not password:  # only reached when interactive
            password = getpass.getpass("Kata sandi / Password: ")
            if password != getpass.getpass("Ulangi kata sandi / Password again: "):
                raise CommandError("Kedua kata sandi tidak sama. / The passwords do not match.")
        user = User(username=username, email=options["email"])
        problems = _password_problems(password, user)
        if problems:
            raise CommandError(f"Kata sandi ditolak / Password rejected: {problems}")

        with transaction.atomic(), acting_as(None, label=AUDIT_LABEL):
            if pemda.pk is None:
                pemda.save()
            user.set_password(password)
            user.save()
            Role.objects.create(user=user, kind=Role.Kind.PEMDA_ADMIN, pemda=pemda)
        self.stdout.write(self.style.SUCCESS(
            f"Admin pemda '{username}' dibuat untuk {pemda.name}. / Pemda admin '{username}' created for "
            f"{pemda.name}."))

    @staticmethod
    def _missing(flags: str) -> str:
        return f"Wajib diisi bila tidak interaktif / Required when not interactive: {flags}"

    def _value(self, given: str | None, interactive: bool, prompt: str, flag: str) -> str:
        value = (given or "").strip()
        if not value and interactive:
            value = input(prompt).strip()
        if not value:
            raise CommandError(self._missing(flag))
        return value

    @staticmethod
    def _pemda(name_or_slug: str, create: bool) -> Pemda:
        pemda = Pemda.objects.filter(Q(slug=name_or_slug) | Q(name__iexact=name_or_slug)).first()
        if pemda is not None:
            return pemda
        if create:
            slug = slugify(name_or_slug)
            if not slug or Pemda.objects.filter(slug=slug).exists():
                raise CommandError(f"Tidak dapat membuat slug unik untuk '{name_or_slug}'. / "
                                   f"Cannot make a unique slug for '{name_or_slug}'.")
            return Pemda(name=name_or_slug, slug=slug)  # saved with the user, in one transaction
        known = ", ".join(Pemda.objects.values_list("name", flat=True)) or "—"
        raise CommandError(f"Pemda '{name_or_slug}' tidak ditemukan (yang ada: {known}); tambahkan --new-pemda "
                           f"untuk membuatnya. / Pemda '{name_or_slug}' not found (existing: {known}); add "
                           f"--new-pemda to create it.")
