"""``kinerja serve``: serve the web application with waitress, after listing the demo logins."""
from __future__ import annotations

import signal
from pathlib import Path

import waitress
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.wsgi import get_wsgi_application

from kinerja.catalog.management.commands.demo import unapplied_migrations
from kinerja.demo.loader import demo_logins
from kinerja.demo.tanah_merah import DEMO


def _exit(signum, frame) -> None:
    raise SystemExit(0)


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


class Command(BaseCommand):
    help = "Jalankan server web Kinerja. / Serve the Kinerja web application."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="alamat / address (127.0.0.1)")
        parser.add_argument("--port", type=int, default=8000, help="port (8000)")
        parser.add_argument("--threads", type=int, default=8, help="utas pelayan / worker threads (8)")

    def handle(self, *args, host: str, port: int, threads: int, **options) -> None:
        if not 0 < port < 65536:
            raise CommandError(f"Port {port} tidak sah. / Port {port} is not valid.")
        pending = unapplied_migrations()
        if pending:
            self.stderr.write(self.style.WARNING(
                f"Peringatan: {len(pending)} migrasi belum dijalankan; jalankan `kinerja migrate`. / "
                f"Warning: {len(pending)} migrations are not applied; run `kinerja migrate`."))
        # collectstatic copies only files that changed, so a restart costs next to nothing.
        call_command("collectstatic", interactive=False, verbosity=0)
        # WhiteNoise warns at start-up about a missing root even when there is nothing to collect.
        Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
        application = get_wsgi_application()
        try:
            server = waitress.create_server(application, host=host, port=port, threads=threads,
                                            ident="kinerja")
        except OSError as exc:
            raise CommandError(f"Tidak dapat membuka {host}:{port} ({exc.strerror}). / "
                               f"Cannot listen on {host}:{port} ({exc.strerror}).") from None
        self.stdout.write(f"Kinerja berjalan di / is serving at {_url(host, port)}")
        logins = [] if pending else demo_logins()
        if logins:
            self.stdout.write(f"Akun demo / Demo logins (kata sandi / password: {DEMO.password}):")
            width = max(len(u.username) for u in logins)
            for user in logins:
                self.stdout.write(f"  {user.username.ljust(width)}  {user.about}")
        if host not in ("127.0.0.1", "localhost", "::1") and "*" not in settings.ALLOWED_HOSTS:
            self.stdout.write(
                f"Untuk diakses dari komputer lain, tambahkan nama/alamatnya ke KINERJA_ALLOWED_HOSTS (kini: "
                f"{','.join(settings.ALLOWED_HOSTS)}). / To be reached from other machines, add its name or "
                f"address to KINERJA_ALLOWED_HOSTS.")
        if settings.DEBUG:
            self.stdout.write("KINERJA_DEBUG=1: mode debug aktif. / debug mode is on.")
        self.stdout.write("Tekan Ctrl+C untuk berhenti. / Press Ctrl+C to stop.")
        self.stdout.flush()
        # waitress stops on KeyboardInterrupt/SystemExit; make Ctrl+C work even when started with SIGINT
        # ignored (a background job), and stop the same way on a service manager's SIGTERM.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _exit)
        try:
            server.run()
        finally:
            server.close()
        self.stdout.write("Berhenti. / Stopped.")
