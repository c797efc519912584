"""Put the demo data in the database, once.

Idempotent by natural keys: the pemda by name, an agency by slug, a user by username. An agency that
already exists is left alone entirely (its catalog may have been edited since), so a second run creates
nothing and says so. Everything happens in one transaction and is attributed to "demo" in the audit.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Q

from kinerja.accounts.models import Role
from kinerja.audit.context import acting_as
from kinerja.demo.evaluasi import evaluate
from kinerja.demo.history import measure
from kinerja.catalog.models import (
    Decree, Indicator, Objective, Pemda, PerangkatDaerah, Position, Unit, Variable,
)
from kinerja.demo.specs import AgencySpec, DemoSpec, UserSpec
from kinerja.demo.tanah_merah import DEMO

AUDIT_LABEL = "demo"

_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember")


@dataclass
class LoadReport:
    """How many rows of each kind the load created."""

    created: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.created.values())

    @property
    def already_loaded(self) -> bool:
        return self.total == 0


def load_demo(spec: DemoSpec = DEMO) -> LoadReport:
    report = LoadReport()
    with transaction.atomic(), acting_as(None, label=AUDIT_LABEL):
        # `createadmin --new-pemda` may have made the pemda already, spelt in another case.
        pemda = Pemda.objects.filter(Q(name__iexact=spec.pemda_name) | Q(slug=spec.pemda_slug)).first()
        if pemda is None:
            pemda = Pemda.objects.create(name=spec.pemda_name, slug=spec.pemda_slug)
            report.created["pemda"] += 1
        agencies = {}
        for agency_spec in spec.agencies:
            agencies[agency_spec.slug] = _load_agency(pemda, agency_spec, report)
        password_hash = make_password(spec.password)  # one hash for all demo users: argon2 is slow on purpose
        for user_spec in spec.users:
            _load_user(spec, user_spec, pemda, password_hash, report)
        # Targets and realisasi for the first agency, through the measurement services themselves;
        # idempotent per indicator, like the rest of the loader.
        measure(agencies[spec.agencies[0].slug])
        # Its Evaluasi AKIP, through the evaluation services: one year completed, the next open.
        report.created["evaluation"] += evaluate(agencies[spec.agencies[0].slug])
    return report


def demo_logins(spec: DemoSpec = DEMO) -> list[UserSpec]:
    """The demo users that exist and still have the demo password, in the spec's order."""
    users = {u.username: u for u in get_user_model().objects.filter(username__in=[s.username for s in spec.users])}
    result = []
    checked_hashes: dict[str, bool] = {}
    for user_spec in spec.users:
        user = users.get(user_spec.username)
        if user is None or not user.is_active:
            continue
        # Demo users share one hash; checking it once keeps `kinerja serve` quick to start.
        if user.password not in checked_hashes:
            checked_hashes[user.password] = user.check_password(spec.password)
        if checked_hashes[user.password]:
            result.append(user_spec)
    return result


def _tanggal_text(d) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _load_agency(pemda: Pemda, spec: AgencySpec, report: LoadReport) -> PerangkatDaerah:
    agency = PerangkatDaerah.objects.filter(slug=spec.slug).first()
    if agency is not None:
        return agency
    agency = PerangkatDaerah.objects.create(
        pemda=pemda, name=spec.name, short_name=spec.short_name, slug=spec.slug, address=spec.address,
        phone=spec.phone, email=spec.email, website=spec.website)
    report.created["agency"] += 1

    units: dict[str, Unit] = {}
    for order, u in enumerate(spec.units):
        units[u.key] = Unit.objects.create(agency=agency, name=u.name, kind=u.kind, order=order,
                                           parent=units[u.parent] if u.parent else None)
    report.created["unit"] += len(units)

    positions: dict[str, Position] = {}
    for order, p in enumerate(spec.positions):
        positions[p.key] = Position.objects.create(
            agency=agency, name=p.name, unit=units[p.unit] if p.unit else None,
            reports_to=positions[p.reports_to] if p.reports_to else None, tugas=list(p.tugas),
            fungsi=list(p.fungsi), holder_name=p.holder_name, holder_nip=p.holder_nip,
            holder_rank=p.holder_rank, order=order)
    report.created["position"] += len(positions)

    objectives: dict[str, Objective] = {}
    for order, o in enumerate(spec.objectives):
        objectives[o.key] = Objective.objects.create(
            agency=agency, level=o.level, text=o.text, order=order,
            parent=objectives[o.parent] if o.parent else None)
    report.created["objective"] += len(objectives)

    decrees: dict[str, Decree] = {}
    for d in spec.decrees:
        decrees[d.key] = Decree.objects.create(
            agency=agency, nomor=d.nomor, tahun=d.tahun, jenis=d.jenis, tentang=d.tentang, tanggal=d.tanggal,
            tanggal_text=_tanggal_text(d.tanggal), ditetapkan_di=d.ditetapkan_di,
            penandatangan=d.penandatangan, pangkat=d.pangkat, nip=d.nip, status=Decree.Status.DITETAPKAN,
            amends=decrees[d.amends] if d.amends else None, menimbang=d.menimbang, mengingat=d.mengingat,
            memutuskan=d.memutuskan)
    report.created["decree"] += len(decrees)

    variables = {key: Variable.objects.create(agency=agency, key=key, phrase=phrase, satuan=satuan)
                 for key, (phrase, satuan) in spec.variables.items()}
    report.created["variable"] += len(variables)

    # The head of the reporting unit answers for the row; an IKU is held by the Kepala Dinas but
    # reported by a bidang.
    unit_heads = {p.unit: positions[p.key] for p in reversed(spec.positions) if p.unit}
    indicators: dict[str, Indicator] = {}
    for order, i in enumerate(spec.indicators):
        position = positions[i.position]
        indicator = Indicator.objects.create(
            agency=agency, decree=decrees[i.decree], jenis=i.jenis, objective=objectives[i.objective],
            position=position, unit=units[i.unit], name=i.name, definisi=i.definisi,
            formula_text=i.formula_text, formula=i.formula, satuan=i.satuan, polarity=i.polarity,
            period_type=i.period_type, aggregation=i.aggregation,
            responsible_position=unit_heads.get(i.unit, position), sumber_data=i.sumber_data,
            supports=indicators[i.supports] if i.supports else None, order=order)
        indicator.variables.set([variables[key] for key in i.formula["variables"]])
        if i.replaces:
            retired = indicators[i.replaces]
            retired.is_active = False
            retired.replaced_by = indicator
            retired.save(update_fields=["is_active", "replaced_by"])
        indicators[i.key] = indicator
    report.created["indicator"] += len(indicators)
    return agency


def _load_user(demo: DemoSpec, spec: UserSpec, pemda: Pemda, password_hash: str, report: LoadReport) -> None:
    User = get_user_model()
    if User.objects.filter(username=spec.username).exists():
        return
    user = User.objects.create(username=spec.username, first_name=spec.first_name, last_name=spec.last_name,
                               password=password_hash)
    report.created["user"] += 1
    agency = PerangkatDaerah.objects.get(slug=spec.agency) if spec.agency else None
    unit = Unit.objects.get(agency=agency, name=_unit_name(demo, spec)) if spec.unit else None
    Role.objects.create(user=user, kind=spec.role, pemda=pemda if agency is None else agency.pemda,
                        agency=agency, unit=unit)
    report.created["role"] += 1


def _unit_name(demo: DemoSpec, spec: UserSpec) -> str:
    agency = next(a for a in demo.agencies if a.slug == spec.agency)
    return next(u.name for u in agency.units if u.key == spec.unit)
