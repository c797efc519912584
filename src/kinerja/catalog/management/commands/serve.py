"""``kinerja serve``: serve the web application, after listing the demo logins.

Where the platform allows (anything with ``fork``: Linux, macOS) it runs gunicorn: one worker
process per core, each with a few threads, and every worker replaced after ``--max-requests``
requests (with jitter, so they do not all restart at once) — a worker that grew while building
large documents hands its memory back to the system when it is replaced. Elsewhere (Windows) it runs
waitress, one process with threads. ``--server`` picks one explicitly. Workers, threads and the
recycling are flags, and environment variables (``KINERJA_WORKERS``, ``KINERJA_THREADS``,
``KINERJA_MAX_REQUESTS``) for service files.
"""
from __future__ import annotations

import os
import signal
import socket
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from kinerja.catalog.management.commands.demo import unapplied_migrations
from kinerja.demo.loader import demo_logins
from kinerja.demo.tanah_merah import DEMO


def _exit(signum, frame) -> None:
    raise SystemExit(0)


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def gunicorn_available() -> bool:
    try:
        import fcntl  # noqa: F401  (gunicorn needs fork and fcntl: not on Windows)

        import gunicorn  # noqa: F401
    except ImportError:
        return False
    return True


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


class Command(BaseCommand):
    help = "Jalankan server web Kinerja. / Serve the Kinerja web application."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="alamat / address (127.0.0.1)")
        parser.add_argument("--port", type=int, default=8000, help="port (8000)")
        parser.add_argument("--workers", type=int, default=_env_int("KINERJA_WORKERS", os.cpu_count() or 1),
                            help="proses pelayan / worker processes (KINERJA_WORKERS, default: cores)")
        parser.add_argument("--threads", type=int, default=_env_int("KINERJA_THREADS", 4),
                            help="utas per proses / threads per worker (KINERJA_THREADS, 4)")
        parser.add_argument("--max-requests", type=int, default=_env_int("KINERJA_MAX_REQUESTS", 1000),
                            help="permintaan sebelum proses diganti / requests before a worker is replaced "
                                 "(KINERJA_MAX_REQUESTS, 1000; 0 = never)")
        parser.add_argument("--server", choices=("auto", "gunicorn", "waitress"),
                            default=os.environ.get("KINERJA_SERVER", "auto"))

    def handle(self, *args, host: str, port: int, workers: int, threads: int, max_requests: int, server: str,
               **options) -> None:
        if not 0 < port < 65536:
            raise CommandError(f"Port {port} tidak sah. / Port {port} is not valid.")
        if workers < 1 or threads < 1 or max_requests < 0:
            raise CommandError("--workers dan --threads minimal 1. / --workers and --threads must be at least 1.")
        if server == "auto":
            server = "gunicorn" if gunicorn_available() else "waitress"
        elif server == "gunicorn" and not gunicorn_available():
            raise CommandError("gunicorn tidak tersedia di sistem ini; pakai --server waitress. / "
                               "gunicorn is not available on this system; use --server waitress.")
        pending = unapplied_migrations()
        if pending:
            self.stderr.write(self.style.WARNING(
                f"Peringatan: {len(pending)} migrasi belum dijalankan; jalankan `kinerja migrate`. / "
                f"Warning: {len(pending)} migrations are not applied; run `kinerja migrate`."))
        # collectstatic copies only files that changed, so a restart costs next to nothing.
        call_command("collectstatic", interactive=False, verbosity=0)
        # WhiteNoise warns at start-up about a missing root even when there is nothing to collect.
        Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
        self._check_port(host, port)
        banner = self._banner(host, port, server, workers, threads, [] if pending else demo_logins())
        # Worker processes open their own connections; none may inherit this process's.
        for connection in connections.all():
            connection.close()
            if hasattr(connection, "close_pool"):
                connection.close_pool()
        master = os.getpid()
        try:
            if server == "gunicorn":
                self._gunicorn(host, port, workers, threads, max_requests, banner)
            else:
                self._waitress(host, port, threads * workers, banner)
        finally:
            # gunicorn's workers are forks of this process and leave through here too.
            if os.getpid() == master:
                self.stdout.write("Berhenti. / Stopped.")
                self.stdout.flush()

    def _check_port(self, host: str, port: int) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, port))
            except OSError as exc:
                raise CommandError(f"Tidak dapat membuka {host}:{port} ({exc.strerror}). / "
                                   f"Cannot listen on {host}:{port} ({exc.strerror}).") from None

    def _banner(self, host: str, port: int, server: str, workers: int, threads: int, logins) -> list[str]:
        lines = [f"Kinerja berjalan di / is serving at {_url(host, port)}"]
        if server == "gunicorn":
            lines.append(f"gunicorn: {workers} proses × {threads} utas / workers × {threads} threads")
        else:
            lines.append(f"waitress: {threads * workers} utas / threads")
        if logins:
            lines.append(f"Akun demo / Demo logins (kata sandi / password: {DEMO.password}):")
            width = max(len(u.username) for u in logins)
            lines += [f"  {user.username.ljust(width)}  {user.about}" for user in logins]
        if host not in ("127.0.0.1", "localhost", "::1") and "*" not in settings.ALLOWED_HOSTS:
            lines.append(
                f"Untuk diakses dari komputer lain, tambahkan nama/alamatnya ke KINERJA_ALLOWED_HOSTS (kini: "
                f"{','.join(settings.ALLOWED_HOSTS)}). / To be reached from other machines, add its name or "
                f"address to KINERJA_ALLOWED_HOSTS.")
        if settings.DEBUG:
            lines.append("KINERJA_DEBUG=1: mode debug aktif. / debug mode is on.")
        lines.append("Tekan Ctrl+C untuk berhenti. / Press Ctrl+C to stop.")
        return lines

    def _say(self, lines: list[str]) -> None:
        for line in lines:
            self.stdout.write(line)
        self.stdout.flush()

    def _gunicorn(self, host: str, port: int, workers: int, threads: int, max_requests: int,
                  banner: list[str]) -> None:
        from gunicorn.app.base import BaseApplication

        command = self

        class KinerjaServer(BaseApplication):
            def load_config(self) -> None:
                bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
                for key, value in {
                    "bind": [bind], "workers": workers, "threads": threads, "worker_class": "gthread",
                    "max_requests": max_requests, "max_requests_jitter": max_requests // 10 if max_requests else 0,
                    # A PDF of a large Lampiran takes seconds; a hung request is still cut off.
                    "timeout": 120, "graceful_timeout": 30, "keepalive": 5,
                    "accesslog": None, "errorlog": "-", "loglevel": "warning", "proc_name": "kinerja",
                    "when_ready": lambda server: command._say(banner),
                }.items():
                    self.cfg.set(key, value)

            def load(self):
                from kinerja.web.wsgi import application

                return application

        KinerjaServer().run()

    def _waitress(self, host: str, port: int, threads: int, banner: list[str]) -> None:
        import waitress

        from kinerja.web.wsgi import application

        try:
            server = waitress.create_server(application, host=host, port=port, threads=threads, ident="kinerja")
        except OSError as exc:
            raise CommandError(f"Tidak dapat membuka {host}:{port} ({exc.strerror}). / "
                               f"Cannot listen on {host}:{port} ({exc.strerror}).") from None
        self._say(banner)
        # waitress stops on KeyboardInterrupt/SystemExit; make Ctrl+C work even when started with SIGINT
        # ignored (a background job), and stop the same way on a service manager's SIGTERM.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _exit)
        try:
            server.run()
        finally:
            server.close()
