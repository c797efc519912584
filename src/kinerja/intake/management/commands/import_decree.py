"""``kinerja decree import FILE --agency SLUG``: read a decree and commit it, with the web page's checks."""
from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from kinerja.accounts.access import Scope
from kinerja.catalog.models import Decree, PerangkatDaerah
from kinerja.errors import KinerjaError
from kinerja.intake.commit import commit_catalog
from kinerja.intake.diff import diff_catalogs
from kinerja.intake.sessions import read_upload
from kinerja.intake.validation import validate_catalog


class Command(BaseCommand):
    help = ("Baca keputusan IKU/IKI dan simpan ke katalog perangkat daerah. / "
            "Read an IKU/IKI decree and save it into an agency's catalog.")

    def add_arguments(self, parser):
        parser.add_argument("file", help="PDF, .docx, .xlsx, .md or .txt")
        parser.add_argument("--agency", required=True, help="slug perangkat daerah / agency slug")
        parser.add_argument("--amends", type=int, metavar="DECREE_ID",
                            help="id keputusan yang diubah (Perubahan) / id of the decree this one amends")
        parser.add_argument("--user", metavar="USERNAME",
                            help="pengguna yang tercatat; harus perencana atau admin pemda / "
                                 "user to attribute; must be the planner or a pemda admin")
        parser.add_argument("--dry-run", action="store_true",
                            help="periksa dan tampilkan tanpa menyimpan / check and show without saving")

    def handle(self, *args, **options):
        agency = PerangkatDaerah.objects.filter(slug=options["agency"]).select_related("pemda").first()
        if agency is None:
            raise CommandError(f"Perangkat daerah '{options['agency']}' tidak ada / "
                               f"There is no agency '{options['agency']}'")
        user = self._user(options["user"], agency)
        amends = None
        if options["amends"] is not None:
            amends = Decree.objects.filter(pk=options["amends"], agency=agency).first()
            if amends is None:
                raise CommandError(f"Keputusan {options['amends']} tidak ada di {agency} / "
                                   f"Decree {options['amends']} is not in {agency}")
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Berkas tidak dapat dibuka: {path} / Cannot open the file: {path} "
                               f"({type(exc).__name__})") from None
        try:
            reading = read_upload(data, path.name)
            if reading.problem is not None:
                raise reading.problem
            catalog = reading.catalog
            if options["dry_run"]:
                self._dry_run(agency, catalog, amends)
                return
            decree = commit_catalog(agency, catalog, amends=amends, actor=user, label=None if user else "cli")
        except KinerjaError as exc:
            raise CommandError(exc.bilingual()) from None
        self.stdout.write(f"{decree} (id {decree.pk}): {decree.indicators.count()} indikator / indicators "
                          f"-> {agency}")
        if amends is not None:
            self.stdout.write(f"mengubah / amends {amends} (id {amends.pk})")

    def _user(self, username: str | None, agency: PerangkatDaerah):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"Pengguna '{username}' tidak ada / There is no user '{username}'")
        if not Scope.of(user).can_edit_catalog(agency):
            raise CommandError(f"{username} bukan perencana {agency} atau admin pemda / "
                               f"{username} is not the planner of {agency} nor a pemda admin")
        return user

    def _dry_run(self, agency: PerangkatDaerah, catalog: dict, amends: Decree | None) -> None:
        validate_catalog(agency, catalog, amends=amends)
        doc = catalog["document"]
        self.stdout.write(f"{doc['jenis']} {doc['nomor']} ({doc['tahun']}): {len(catalog['indicators'])} "
                          f"indikator / indicators, {len(catalog.get('positions') or [])} jabatan / positions")
        if amends is not None:
            changes = diff_catalogs(amends, catalog)
            self.stdout.write(f"terhadap / against {amends}: +{len(changes.added)} -{len(changes.removed)} "
                              f"~{len(changes.changed)} ={len(changes.unchanged)}")
        self.stdout.write("tidak disimpan (--dry-run) / not saved (--dry-run)")
