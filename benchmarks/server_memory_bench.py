"""Server memory under document downloads: `kinerja serve` as it runs in production (gunicorn, two
workers × two threads) answering 300 downloads of the Perjanjian Kinerja .docx and .pdf of the demo
agency, signed in as its planner.

Measured: the resident memory of the workers at the end (sum over the worker processes, from
/proc) and the download rate. Baseline in the same run: the same server with recycling off
(``--max-requests 0``), i.e. long-lived workers, as waitress's single process was. The ratio says how
much memory recycling gives back; the rate says what it costs.
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
from pathlib import Path

DOWNLOADS = 300
KINERJA = [sys.executable, "-m", "kinerja.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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


def _run(env: dict, max_requests: int) -> dict:
    port = _free_port()
    process = subprocess.Popen([*KINERJA, "serve", "--port", str(port), "--workers", "2", "--threads", "2",
                                "--max-requests", str(max_requests)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        for line in process.stdout:
            if "Ctrl+C" in line:
                break
        base = f"http://127.0.0.1:{port}"
        opener = _session(base)
        started = time.perf_counter()
        for i in range(DOWNLOADS):
            fmt = "pdf" if i % 3 == 2 else "docx"
            body = opener.open(f"{base}/pd/disperinaker/dokumen/perjanjian-kinerja/{fmt}/?tahun=2025").read()
            assert len(body) > 1000
        seconds = time.perf_counter() - started
        return {"rss_mb": round(_workers_rss_mb(process.pid), 1), "per_s": round(DOWNLOADS / seconds, 1)}
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KINERJA_DATA_DIR": tmp}
        env.pop("DATABASE_URL", None)
        for command in (["migrate", "-v", "0"], ["demo"]):
            subprocess.run([*KINERJA, *command], env=env, check=True, capture_output=True)
        long_lived = _run(env, 0)
        recycled = _run(env, 50)
    figures = {"downloads": DOWNLOADS, "rss_mb_recycled": recycled["rss_mb"], "rss_mb_long_lived": long_lived["rss_mb"],
               "rss_ratio": round(recycled["rss_mb"] / long_lived["rss_mb"], 2),
               "downloads_per_s_recycled": recycled["per_s"], "downloads_per_s_long_lived": long_lived["per_s"]}
    print(f"workers' memory after {DOWNLOADS} downloads: {recycled['rss_mb']} MB recycled every 50 requests, "
          f"{long_lived['rss_mb']} MB long-lived")
    print("BENCH " + json.dumps(figures))


if __name__ == "__main__":
    main()
