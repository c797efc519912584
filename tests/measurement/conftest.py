"""A small agency for measurement tests: two bidang with an operator each, a planner, and helpers to
make indicators with a formula and targets. Private files go to a temporary folder."""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from kinerja.accounts.models import Role
from kinerja.catalog.models import Indicator, Objective, Pemda, PerangkatDaerah, Unit, Variable
from kinerja.measurement.services.derive import recompute_indicators
from kinerja.measurement.services.targets import set_target
from kinerja.periods import Period, parse_period

TW1 = Period.quarter(2025, 1)
YEAR = Period.of_year(2025)


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.PRIVATE_FILES_DIR = tmp_path / "files"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Background recomputes run at once, inside the test's transaction.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return settings.PRIVATE_FILES_DIR


class World:
    def __init__(self) -> None:
        User = get_user_model()
        self.pemda = Pemda.objects.create(name="Kabupaten Uji", slug="kab-uji")
        self.agency = PerangkatDaerah.objects.create(pemda=self.pemda, name="Dinas Uji", slug="dinas-uji")
        self.unit = Unit.objects.create(agency=self.agency, name="Bidang Penempatan")
        self.other_unit = Unit.objects.create(agency=self.agency, name="Bidang Pelatihan")
        self.sasaran = Objective.objects.create(agency=self.agency, text="Meningkatnya penempatan kerja")
        self.operator = User.objects.create_user("operator", password="rahasia-123")
        self.other_operator = User.objects.create_user("operator2", password="rahasia-123")
        self.planner = User.objects.create_user("planner", password="rahasia-123")
        Role.objects.create(user=self.operator, kind=Role.Kind.OPERATOR, unit=self.unit)
        Role.objects.create(user=self.other_operator, kind=Role.Kind.OPERATOR, unit=self.other_unit)
        Role.objects.create(user=self.planner, kind=Role.Kind.PLANNER, agency=self.agency)
        self.admin = User.objects.create_user("admin", password="rahasia-123")
        Role.objects.create(user=self.admin, kind=Role.Kind.PEMDA_ADMIN, pemda=self.pemda)
        self.head = User.objects.create_user("head", password="rahasia-123")
        Role.objects.create(user=self.head, kind=Role.Kind.HEAD, agency=self.agency)
        # Another agency of the same pemda, with its own planner.
        self.other_agency = PerangkatDaerah.objects.create(pemda=self.pemda, name="Dinas Lain", slug="dinas-lain")
        self.other_planner = User.objects.create_user("planner2", password="rahasia-123")
        Role.objects.create(user=self.other_planner, kind=Role.Kind.PLANNER, agency=self.other_agency)
        self._n = 0

    def indicator(self, expression: str | None = None, variables: dict[str, tuple[str, str]] | None = None, *,
                  satuan: str = "%", polarity: str = "positif", aggregation: str = "recompute",
                  period_type: str = "triwulanan", unit: Unit | None = None, convention: str = "",
                  targets: dict[str, str] | None = None) -> Indicator:
        """``variables``: key → (phrase, satuan); ``targets``: period key → raw (quarters: Rencana Aksi,
        years: PK)."""
        self._n += 1
        ind = Indicator.objects.create(
            agency=self.agency, unit=unit or self.unit, objective=self.sasaran, name=f"Indikator {self._n}",
            satuan=satuan, polarity=polarity, aggregation=aggregation, period_type=period_type,
            capaian_convention=convention,
            formula={"expression": expression, "variables": {k: v[0] for k, v in (variables or {}).items()}}
            if expression else {})
        for key, (phrase, var_satuan) in (variables or {}).items():
            var, _ = Variable.objects.get_or_create(agency=self.agency, key=key,
                                                    defaults={"phrase": phrase, "satuan": var_satuan})
            ind.variables.add(var)
        for key, raw in (targets or {}).items():
            period = parse_period(key)
            set_target(ind, "pk" if period.kind == "year" else "rencana_aksi", period, raw)
        recompute_indicators([ind])
        return ind


@pytest.fixture
def world(db) -> World:
    return World()


def dec(text: str) -> Decimal:
    return Decimal(text)
