"""``kinerja demo`` and ``kinerja createadmin`` (called as Django commands, as the CLI does)."""
from __future__ import annotations

import io
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from kinerja.accounts.models import Role
from kinerja.audit.models import AuditEntry
from kinerja.catalog.models import Indicator, Pemda


def run(*args, **options) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, **options)
    return out.getvalue()


def test_demo_twice_loads_once(db):
    first = run("demo")
    assert "Demo data loaded" in first and "indicator" in first
    count = Indicator.objects.count()
    second = run("demo")
    assert "already loaded" in second and "sudah dimuat" in second
    assert Indicator.objects.count() == count


def test_createadmin_with_flags(db):
    run("demo")
    out = run("createadmin", username="budi", password="rahasia-tanah-merah", pemda="kabupaten-tanah-merah",
              interactive=False)
    assert "budi" in out
    user = get_user_model().objects.get(username="budi")
    assert user.check_password("rahasia-tanah-merah")
    role = Role.objects.get(user=user)
    assert role.kind == Role.Kind.PEMDA_ADMIN and role.pemda.name == "Kabupaten Tanah Merah"
    assert AuditEntry.objects.filter(object_id=str(role.pk), actor_label="createadmin").exists()


def test_createadmin_finds_pemda_by_name_case_insensitively(db):
    Pemda.objects.create(name="Kota Sungai Biru", slug="kota-sungai-biru")
    run("createadmin", "--username", "sari", "--password", "rahasia-sungai-biru", "--pemda", "kota sungai biru",
        "--noinput")
    assert Role.objects.get(user__username="sari").pemda.slug == "kota-sungai-biru"


def test_createadmin_new_pemda_only_when_asked(db):
    with pytest.raises(CommandError, match="not found") as error:
        run("createadmin", username="sari", password="rahasia-sungai-biru", pemda="Kota Sungai Biru",
            interactive=False)
    assert "tidak ditemukan" in str(error.value)
    assert not get_user_model().objects.filter(username="sari").exists()
    run("createadmin", username="sari", password="rahasia-sungai-biru", pemda="Kota Sungai Biru",
        new_pemda=True, interactive=False)
    assert Pemda.objects.get(slug="kota-sungai-biru").name == "Kota Sungai Biru"


@pytest.mark.parametrize(("options", "message"), [
    ({"password": "rahasia-sungai-biru", "pemda": "x"}, "Required when not interactive: --username"),
    ({"username": "sari", "pemda": "x"}, "Required when not interactive: --password"),
    ({"username": "sari"}, "Required when not interactive: --password, --pemda"),
    ({"username": "sari", "password": "pendek", "pemda": "x", "new_pemda": True}, "Password rejected"),
    ({"username": "sa ri!", "password": "rahasia-sungai-biru", "pemda": "x"}, "Invalid username"),
])
def test_createadmin_errors_are_bilingual(db, options, message):
    with pytest.raises(CommandError) as error:
        run("createadmin", interactive=False, **options)
    text = str(error.value)
    assert message in text and " / " in text
    assert not get_user_model().objects.exists()


def test_createadmin_refuses_an_existing_username(db):
    run("demo")
    with pytest.raises(CommandError, match="already exists"):
        run("createadmin", username="admin", password="rahasia-tanah-merah", pemda="kabupaten-tanah-merah",
            interactive=False)


def test_createadmin_asks_what_is_missing(db, monkeypatch):
    Pemda.objects.create(name="Kota Sungai Biru", slug="kota-sungai-biru")
    monkeypatch.setattr(sys, "stdin", type("Tty", (io.StringIO,), {"isatty": lambda self: True})())
    answers = iter(["rina", "kota-sungai-biru"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    passwords = iter(["rahasia-sungai-biru", "rahasia-sungai-biru"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(passwords))
    run("createadmin")
    assert get_user_model().objects.get(username="rina").check_password("rahasia-sungai-biru")


def test_createadmin_interactive_passwords_must_match(db, monkeypatch):
    Pemda.objects.create(name="Kota Sungai Biru", slug="kota-sungai-biru")
    monkeypatch.setattr(sys, "stdin", type("Tty", (io.StringIO,), {"isatty": lambda self: True})())
    passwords = iter(["rahasia-sungai-biru", "rahasia-sungai-merah"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(passwords))
    with pytest.raises(CommandError, match="do not match"):
        run("createadmin", username="rina", pemda="kota-sungai-biru")


def test_createadmin_never_prompts_without_a_terminal(db, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr("builtins.input", lambda prompt="": pytest.fail("prompted without a terminal"))
    with pytest.raises(CommandError, match="Required when not interactive"):
        run("createadmin", username="rina")


def test_demo_after_createadmin_made_the_pemda(db):
    run("createadmin", username="budi", password="rahasia-tanah-merah", pemda="kabupaten tanah merah",
        new_pemda=True, interactive=False)
    assert "Demo data loaded" in run("demo")
    assert Pemda.objects.count() == 1
    assert Role.objects.get(user__username="admin").pemda == Role.objects.get(user__username="budi").pemda
