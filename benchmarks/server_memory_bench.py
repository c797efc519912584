"""Server memory under document downloads: `kinerja serve` answering 300 downloads of the Perjanjian
Kinerja .docx and .pdf of the demo agency from four clients at once, signed in as its planner.

Measured: the resident memory of the serving processes at the end (from /proc: gunicorn's workers,
or waitress's one process) and the download rate, for gunicorn with two workers × two threads recycled
every 50 requests (``--max-requests 50``; the default is 1000), the same with recycling off, and the
baseline, waitress (the server before: one process, four threads), all in the same run.
"""
from __future__ import annotations

import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

DOWNLOADS = 300
CLIENTS = 4
KINERJA = [sys.executable, "-m", "kinerja.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_mb(pid: int) -> float:
    status = (Path("/proc") / str(pid) / "status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024


def _workers_rss_mb(master: int) -> float:
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) != master:
                continue
            status = (stat.parent / "status").read_text()
        except OSError:
            continue
        total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    return total / 1024


def _session(base: str) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/akun/masuk/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"username": "perencana", "password": "kinerja-demo",
                                   "csrfmiddlewaretoken": token}).encode()
    opener.open(urllib.request.Request(base + "/akun/masuk/", data=data, headers={"Referer": base + "/akun/masuk/"}))
    return opener


def _run(env: dict, flags: list[str]) -> dict:
    port = _free_port()
    process = subprocess.Popen([*KINERJA, "serve", "--port", str(port), *flags], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        for line in process.stdout:
            if "Ctrl+C" in line:
                break
        base = f"http://127.0.0.1:{port}"
        opener = _session(base)

        def download(i: int) -> int:
            fmt = "pdf" if i % 3 == 2 else "docx"
            return len(opener.open(f"{base}/pd/disperinaker/dokumen/perjanjian-kinerja/{fmt}/?tahun=2025").read())

        started = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as pool:
            assert min(pool.map(download, range(DOWNLOADS))) > 1000
        seconds = time.perf_counter() - started
        rss = _rss_mb(process.pid) if "waitress" in flags else _workers_rss_mb(process.pid)
        return {"rss_mb": round(rss, 1), "per_s": round(DOWNLOADS / seconds, 1)}
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KINERJA_DATA_DIR": tmp}
        env.pop("DATABASE_URL", None)
        for command in (["migrate", "-v", "0"], ["demo"]):
            subprocess.run([*KINERJA, *command], env=env, check=True, capture_output=True)
        waitress = _run(env, ["--server", "waitress", "--workers", "1", "--threads", "4"])
        long_lived = _run(env, ["--workers", "2", "--threads", "2", "--max-requests", "0"])
        recycled = _run(env, ["--workers", "2", "--threads", "2", "--max-requests", "50"])
    figures = {"downloads": DOWNLOADS, "clients": CLIENTS,
               "rss_mb_gunicorn_recycled": recycled["rss_mb"], "rss_mb_gunicorn_long_lived": long_lived["rss_mb"],
               "rss_mb_waitress": waitress["rss_mb"],
               "rss_recycled_vs_waitress": round(recycled["rss_mb"] / waitress["rss_mb"], 2),
               "rss_recycled_vs_long_lived": round(recycled["rss_mb"] / long_lived["rss_mb"], 2),
               "per_s_gunicorn_recycled": recycled["per_s"], "per_s_gunicorn_long_lived": long_lived["per_s"],
               "per_s_waitress": waitress["per_s"],
               "speed_recycled_vs_waitress": round(recycled["per_s"] / waitress["per_s"], 2)}
    print(f"memory after {DOWNLOADS} downloads: gunicorn recycled {recycled['rss_mb']} MB, long-lived "
          f"{long_lived['rss_mb']} MB, waitress {waitress['rss_mb']} MB")
    print("BENCH " + json.dumps(figures))


if __name__ == "__main__":
    main()
