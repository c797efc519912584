"""Where an install keeps its state (SQLite file, uploads, the secret key), and when it is written.

Importing the settings writes nothing: ``kinerja help`` run in any folder must not leave a ``var/``
or a key behind. The folder is made by the commands that use it, and the secret key only by the
commands that serve requests (``serve``, ``runserver``, and the WSGI module a server imports), since
only they sign sessions and CSRF tokens that must outlive the process. No Django import here: the
CLI calls this before Django is set up.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

KEY_FILE = "secret_key"


def data_dir() -> Path:
    return Path(os.environ.get("KINERJA_DATA_DIR", Path.cwd() / "var")).resolve()


def ensure_data_dir() -> Path:
    path = data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


def ensure_secret_key() -> None:
    """Write a new key into the data directory unless one is configured or already there."""
    if os.environ.get("KINERJA_SECRET_KEY"):
        return
    path = ensure_data_dir() / KEY_FILE
    if path.exists():
        return
    # O_EXCL: two workers starting at once must not write two different keys.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "w") as out:
        out.write(secrets.token_urlsafe(50))


def secret_key() -> str:
    """The configured or stored key; a throw-away one for commands that sign nothing lasting."""
    if os.environ.get("KINERJA_SECRET_KEY"):
        return os.environ["KINERJA_SECRET_KEY"]
    path = data_dir() / KEY_FILE
    if path.exists():
        return path.read_text().strip()
    return secrets.token_urlsafe(50)
