"""`kinerja recompute [--pemda SLUG | --agency SLUG] [--year YYYY] [--workers N]`: recompute every figure
from stored inputs and say how many changed (0 on a current database)."""
from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from kinerja.catalog.models import PerangkatDaerah
from kinerja.measurement.services.derive import recompute_many


class Command(BaseCommand):
    help = "Hitung ulang semua angka kinerja dari isian tersimpan / Recompute every figure from stored inputs."

    def add_arguments(self, parser) -> None:
        where = parser.add_mutually_exclusive_group()
        where.add_argument("--pemda", help="slug pemda / pemda slug")
        where.add_argument("--agency", help="slug perangkat daerah / agency slug")
        parser.add_argument("--year", type=int, help="hanya tahun ini / only this year (every year by default)")
        parser.add_argument("--workers", type=int, help="jumlah proses / processes (default: one per core)")

    def handle(self, *args, pemda=None, agency=None, year=None, workers=None, **options) -> None:
        agencies = PerangkatDaerah.objects.select_related("pemda").order_by("pk")
        if agency:
            agencies = agencies.filter(slug=agency)
            if not agencies.exists():
                raise CommandError(f"Perangkat daerah '{agency}' tidak ada / no agency '{agency}'")
        if pemda:
            agencies = agencies.filter(pemda__slug=pemda)
            if not agencies.exists():
                raise CommandError(f"Pemda '{pemda}' tidak ada atau tanpa perangkat daerah / no pemda '{pemda}' "
                                   f"with agencies")
        if workers is not None and workers < 1:
            raise CommandError("--workers paling sedikit 1 / --workers must be at least 1")
        started = time.perf_counter()
        changed = recompute_many(list(agencies), year, workers)
        seconds = time.perf_counter() - started
        if changed:
            self.stdout.write(f"{changed} angka berubah dalam {seconds:.1f} s / {changed} figures changed")
        else:
            self.stdout.write(f"0 angka berubah: semua sudah mutakhir ({seconds:.1f} s) / 0 figures changed: "
                              f"all were current")
