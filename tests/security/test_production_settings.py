"""Production settings: ``KINERJA_HTTPS=1`` and ``kinerja check --deploy`` reports nothing; the secret
key is written only by the commands that serve requests, and ``kinerja help`` leaves nothing behind."""
from __future__ import annotations

import os
import secrets
import subprocess
import sys

KINERJA = [sys.executable, "-m", "kinerja.cli"]


def run(args, cwd, **env):
    base = {k: v for k, v in os.environ.items() if not k.startswith("KINERJA_") and k != "DATABASE_URL"}
    return subprocess.run([*KINERJA, *args], cwd=cwd, env={**base, **env}, capture_output=True, text=True,
                          timeout=180)


def test_check_deploy_is_clean_with_https_on(tmp_path):
    done = run(["check", "--deploy"], tmp_path, KINERJA_HTTPS="1", KINERJA_DATA_DIR=str(tmp_path / "data"),
               KINERJA_SECRET_KEY=secrets.token_urlsafe(50), KINERJA_ALLOWED_HOSTS="kinerja.tanahmerahkab.go.id")
    assert done.returncode == 0, done.stderr
    assert "no issues" in done.stdout and "WARNING" not in done.stdout + done.stderr


def test_without_https_check_deploy_names_what_is_missing(tmp_path):
    done = run(["check", "--deploy"], tmp_path, KINERJA_DATA_DIR=str(tmp_path / "data"),
               KINERJA_SECRET_KEY=secrets.token_urlsafe(50))
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in done.stdout + done.stderr


def test_https_settings(monkeypatch):
    import importlib

    import kinerja.web.settings as module

    monkeypatch.setenv("KINERJA_HTTPS", "1")
    monkeypatch.setenv("KINERJA_PROXY_COUNT", "1")
    try:
        fresh = importlib.reload(module)
        assert fresh.SECURE_SSL_REDIRECT and fresh.SESSION_COOKIE_SECURE and fresh.CSRF_COOKIE_SECURE
        assert fresh.SECURE_HSTS_SECONDS >= 365 * 24 * 3600 and fresh.SECURE_HSTS_INCLUDE_SUBDOMAINS
        assert fresh.SECURE_PROXY_SSL_HEADER == ("HTTP_X_FORWARDED_PROTO", "https")
        assert fresh.AXES_IPWARE_PROXY_COUNT == 1
    finally:
        monkeypatch.delenv("KINERJA_HTTPS")
        monkeypatch.delenv("KINERJA_PROXY_COUNT")
        importlib.reload(module)


def test_help_writes_nothing_in_the_current_folder(tmp_path):
    done = run(["help"], tmp_path)
    assert done.returncode == 0 and "migrate" in done.stdout
    assert list(tmp_path.iterdir()) == []


def test_only_a_server_command_writes_the_secret_key(tmp_path):
    data = tmp_path / "data"
    assert run(["migrate", "-v", "0"], tmp_path, KINERJA_DATA_DIR=str(data)).returncode == 0
    assert (data / "kinerja.sqlite3").exists() and not (data / "secret_key").exists()
    assert run(["check"], tmp_path, KINERJA_DATA_DIR=str(data)).returncode == 0
    assert not (data / "secret_key").exists()
    from kinerja.web.data_dir import ensure_secret_key  # what `serve`, `runserver` and the WSGI module call

    os.environ["KINERJA_DATA_DIR"], previous = str(data), os.environ.get("KINERJA_DATA_DIR")
    try:
        ensure_secret_key()
        key = (data / "secret_key").read_text()
        ensure_secret_key()  # a second server start keeps the key: sessions survive restarts
        assert (data / "secret_key").read_text() == key and len(key) >= 50
        assert oct((data / "secret_key").stat().st_mode & 0o777) == "0o600"
    finally:
        if previous is None:
            os.environ.pop("KINERJA_DATA_DIR")
        else:
            os.environ["KINERJA_DATA_DIR"] = previous
