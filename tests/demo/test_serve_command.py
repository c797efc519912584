"""``kinerja serve`` as `make run` uses it: a real process on a free loopback port."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from kinerja.demo.tanah_merah import DEMO

KINERJA = [sys.executable, "-m", "kinerja.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def data_env(tmp_path_factory):
    env = {**os.environ, "KINERJA_DATA_DIR": str(tmp_path_factory.mktemp("serve"))}
    env.pop("DATABASE_URL", None)
    for command in (["migrate", "--noinput", "-v", "0"], ["demo"]):
        subprocess.run([*KINERJA, *command], env=env, check=True, capture_output=True, timeout=120)
    return env


class Output:
    """Collects a process's stdout on a thread, so the test can wait for a line without blocking."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.lines: list[str] = []
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line)

    @property
    def text(self) -> str:
        return "".join(self.lines)

    def wait_for(self, marker: str, timeout: float = 180) -> str:
        deadline = time.monotonic() + timeout
        while marker not in self.text:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"no {marker!r} from serve (exit {self.process.poll()}); got:\n{self.text}")
            time.sleep(0.05)
        return self.text


def test_serve_lists_demo_logins_and_serves_the_login_page(data_env):
    port = free_port()
    process = subprocess.Popen([*KINERJA, "serve", "--port", str(port)], env=data_env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        output = Output(process)
        started = time.monotonic()
        out = output.wait_for("Ctrl+C")
        print(f"serve started in {time.monotonic() - started:.1f} s")
        assert f"http://127.0.0.1:{port}/" in out
        assert DEMO.password in out
        for user in DEMO.users:
            assert f"  {user.username} " in out
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/akun/masuk/", timeout=10) as response:
            assert response.status == 200
            assert 'name="username"' in response.read().decode()
        # A second server on the same port fails with a message, not a traceback.
        clash = subprocess.run([*KINERJA, "serve", "--port", str(port)], env=data_env, capture_output=True,
                               text=True, timeout=60)
        assert clash.returncode != 0
        assert "Cannot listen on" in clash.stderr and "Tidak dapat membuka" in clash.stderr
        assert "Traceback" not in clash.stderr
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    output.thread.join(timeout=5)
    assert "Stopped" in output.text


def test_demo_refuses_an_unmigrated_database(tmp_path):
    env = {**os.environ, "KINERJA_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    result = subprocess.run([*KINERJA, "demo"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "kinerja migrate" in result.stderr and "not migrated" in result.stderr
    assert "Traceback" not in result.stderr
