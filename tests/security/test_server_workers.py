"""``kinerja serve`` runs several worker processes and replaces each after its share of requests, so
memory a worker took (a large document) goes back to the system; waitress remains the fallback."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from demo.test_serve_command import Output, free_port

KINERJA = [sys.executable, "-m", "kinerja.cli"]
pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads worker processes from /proc")


@pytest.fixture(scope="module")
def data_env(tmp_path_factory):
    env = {**os.environ, "KINERJA_DATA_DIR": str(tmp_path_factory.mktemp("serve-workers"))}
    env.pop("DATABASE_URL", None)
    subprocess.run([*KINERJA, "migrate", "--noinput", "-v", "0"], env=env, check=True, capture_output=True,
                   timeout=180)
    return env


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def serve(env, *flags):
    port = free_port()
    process = subprocess.Popen([*KINERJA, "serve", "--port", str(port), *flags], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = Output(process)
    output.wait_for("Ctrl+C")
    return process, output, port


def stop(process, output):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    output.thread.join(timeout=5)


def get(port: int) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/akun/masuk/", timeout=20) as response:
        return response.status


def test_gunicorn_workers_are_recycled(data_env):
    process, output, port = serve(data_env, "--workers", "2", "--threads", "2", "--max-requests", "5")
    try:
        assert "gunicorn: 2" in output.text
        deadline = time.monotonic() + 30
        while len(children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        first = children(process.pid)
        assert len(first) == 2
        assert all(get(port) == 200 for _ in range(40))
        deadline = time.monotonic() + 30
        while not (children(process.pid) - first) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert children(process.pid) - first, "no worker was replaced after 40 requests at --max-requests 5"
        assert (Path(data_env["KINERJA_DATA_DIR"]) / "secret_key").exists()
    finally:
        stop(process, output)
    assert "Stopped" in output.text and "Traceback" not in output.text


def test_waitress_is_the_fallback(data_env):
    process, output, port = serve(data_env, "--server", "waitress", "--threads", "2")
    try:
        assert "waitress" in output.text and get(port) == 200
    finally:
        stop(process, output)
    assert "Stopped" in output.text
