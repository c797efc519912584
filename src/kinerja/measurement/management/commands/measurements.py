"""`kinerja measurements load FILE.json [--user U]`: targets and realisasi from a JSON file, all or
nothing (format: docs/measurement.md, "Loading measurements")."""
from __future__ import annotations

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from kinerja.audit.context import acting_as
from kinerja.measurement.services.load import load_measurements

MAX_BYTES = 50 * 1024 * 1024


class Command(BaseCommand):
    help = "Muat target dan realisasi dari berkas JSON / Load targets and realisasi from a JSON file."

    def add_arguments(self, parser) -> None:
        parser.add_argument("action", choices=["load"], help="load")
        parser.add_argument("file", help="berkas JSON / JSON file")
        parser.add_argument("--user", help="nama pengguna yang dicatat dan yang haknya diperiksa / the user whose "
                                           "rights are checked and who is named in the audit")

    def handle(self, *args, action: str, file: str, user: str | None = None, **options) -> None:
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Berkas '{file}' tidak ada / no file '{file}'")
        if path.stat().st_size > MAX_BYTES:
            raise CommandError(f"Berkas lebih dari {MAX_BYTES // 2 ** 20} MB / the file is over "
                               f"{MAX_BYTES // 2 ** 20} MB")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CommandError(f"Bukan JSON yang sah ({exc}) / not valid JSON") from None
        actor = None
        if user:
            actor = get_user_model().objects.filter(username=user, is_active=True).first()
            if actor is None:
                raise CommandError(f"Pengguna '{user}' tidak ada / no user '{user}'")
        with acting_as(actor, label=None if actor else "kinerja measurements load"):
            report = load_measurements(data, actor)
        if not report.ok:
            for problem in report.problems:
                self.stderr.write(f"{problem.message('id')} / {problem.message('en')}")
            raise CommandError(f"{len(report.problems)} masalah; tidak ada yang disimpan / "
                               f"{len(report.problems)} problems; nothing was saved")
        self.stdout.write(f"{report.realisasi} realisasi dan {report.targets} target dimuat; {report.figures_changed} "
                          f"angka berubah / {report.realisasi} realisasi and {report.targets} targets loaded; "
                          f"{report.figures_changed} figures changed")
