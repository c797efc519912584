"""`kinerja token create|list|revoke`."""
from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from kinerja.api.models import ApiToken
from kinerja.audit.recorder import history_for
from kinerja.cli import main

from .helpers import API, bearer


def _run(*args) -> str:
    out = StringIO()
    call_command("token", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_create_prints_the_token_once_and_it_works(client, world):
    raw = _run("create", "--user", "operator_a", "--write", "--days", "7").strip()
    token = ApiToken.objects.get(user=world.user("operator_a"))
    assert raw.startswith(token.prefix) and token.can_write
    assert round((token.expires_at - token.created_at).total_seconds() / 86400) == 7
    assert client.get(f"{API}/units/", **bearer(raw)).status_code == 200
    listing = _run("list")
    assert token.prefix in listing and raw not in listing and "write" in listing
    assert history_for(token).first().actor_label == "cli"


def test_read_only_by_default(world):
    _run("create", "--user", "planner")
    assert not ApiToken.objects.get(user=world.user("planner")).can_write


def test_revoke(client, world):
    raw = _run("create", "--user", "planner").strip()
    prefix = raw[:12]
    assert "dicabut" in _run("revoke", prefix)
    assert "sudah" in _run("revoke", raw)  # the whole token pasted works too
    assert client.get(f"{API}/units/", **bearer(raw)).status_code == 401


@pytest.mark.parametrize("args", [("create", "--user", "tidak-ada"), ("create", "--user", "planner", "--days", "0"),
                                  ("revoke", "knj_ffffffff")])
def test_refusals_are_bilingual(world, args):
    with pytest.raises(CommandError) as caught:
        _run(*args)
    assert " / " in str(caught.value)


def test_the_kinerja_command_reaches_it(world, capsys):
    assert main(["token", "list", "--user", "planner"]) == 0
