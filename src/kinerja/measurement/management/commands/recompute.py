"""`kinerja recompute [--agency SLUG] [--year YYYY]`: recompute and store every capaian from stored rows."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from kinerja.periods import Period
from kinerja.catalog.models import PerangkatDaerah
from kinerja.measurement.models import Realisasi
from kinerja.measurement.services.compute import refresh_results


class Command(BaseCommand):
    help = "Hitung ulang semua capaian dari realisasi dan target tersimpan / Recompute every stored capaian."

    def add_arguments(self, parser):
        parser.add_argument("--agency", help="slug perangkat daerah / agency slug")
        parser.add_argument("--year", type=int, help="tahun / year (default: every year with realisasi)")

    def handle(self, *args, agency=None, year=None, **options):
        agencies = PerangkatDaerah.objects.select_related("pemda")
        if agency:
            agencies = agencies.filter(slug=agency)
            if not agencies.exists():
                raise CommandError(f"Perangkat daerah '{agency}' tidak ada / no agency '{agency}'")
        started, count = timezone.now(), 0
        for a in agencies:
            pairs = Realisasi.objects.filter(agency=a).select_related("indicator", "indicator__agency__pemda")
            if year:
                pairs = pairs.filter(year=year)
            seen: set[tuple[int, int]] = set()
            for r in pairs:
                if (r.indicator_id, r.year) in seen:
                    continue
                seen.add((r.indicator_id, r.year))
                count += len(refresh_results(r.indicator, Period.of_year(r.year)))
        seconds = (timezone.now() - started).total_seconds()
        self.stdout.write(f"{count} capaian dihitung ulang dalam {seconds:.1f} s / {count} capaian recomputed")
