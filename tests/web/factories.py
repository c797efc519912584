"""Small catalog worlds for view tests, reusable by every app's tests.

``build_world()`` makes one pemda with two agencies. Agency X ("dinas-x") has units A and B (each
with a seksi below it), a position, an indicator and a few agency-level rows in each; agency Y
("dinas-y") has one of everything. There is a user for every role; ``world.user(key)`` returns one.
Passwords are unusable (tests sign in with ``client.force_login``), which keeps hashing out of the
hot path.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

from django.contrib.auth import get_user_model

from kinerja.accounts.models import Role
from kinerja.audit.context import acting_as
from kinerja.catalog.models import (Decree, Indicator, Objective, Pemda, PerangkatDaerah, Position, Unit,
                                    Variable)

_seq = count(1)


def make_pemda(name: str = "Kabupaten Contoh", slug: str | None = None, **kw) -> Pemda:
    return Pemda.objects.create(name=name, slug=slug or f"pemda-{next(_seq)}", **kw)


def make_agency(pemda: Pemda, name: str, slug: str, **kw) -> PerangkatDaerah:
    return PerangkatDaerah.objects.create(pemda=pemda, name=name, slug=slug, **kw)


def make_unit(agency, name: str, parent: Unit | None = None, kind: str = Unit.Kind.BIDANG, **kw) -> Unit:
    return Unit.objects.create(agency=agency, name=name, parent=parent, kind=kind, **kw)


def make_position(agency, name: str, unit: Unit | None = None, **kw) -> Position:
    kw.setdefault("tugas", [f"Tugas {name}"])
    kw.setdefault("fungsi", [f"Fungsi pertama {name}", f"Fungsi kedua {name}"])
    return Position.objects.create(agency=agency, name=name, unit=unit, **kw)


def make_decree(agency, nomor: str = "1 Tahun 2024", jenis: str = Decree.Jenis.IKU_IKI, **kw) -> Decree:
    kw.setdefault("tahun", 2024)
    return Decree.objects.create(agency=agency, nomor=nomor, jenis=jenis, **kw)


def make_objective(agency, text: str, **kw) -> Objective:
    return Objective.objects.create(agency=agency, text=text, **kw)


def make_variable(agency, key: str, phrase: str, **kw) -> Variable:
    return Variable.objects.create(agency=agency, key=key, phrase=phrase, **kw)


def make_indicator(agency, name: str, **kw) -> Indicator:
    kw.setdefault("satuan", "%")
    return Indicator.objects.create(agency=agency, name=name, **kw)


def make_user(username: str, *roles: dict, **kw):
    """A user with the given roles, e.g. ``make_user("op", {"kind": "operator", "unit": unit})``."""
    user = get_user_model()(username=username, **kw)
    user.set_unusable_password()
    user.save()
    for role in roles:
        Role.objects.create(user=user, **role)
    return user


@dataclass
class World:
    pemda: Pemda
    agency: PerangkatDaerah          # X: where units A and B live
    other: PerangkatDaerah           # Y: another agency of the same pemda
    unit_a: Unit
    unit_a1: Unit
    unit_b: Unit
    unit_b1: Unit
    unit_y: Unit
    position_a: Position
    position_b: Position
    position_y: Position
    decree: Decree
    decree_y: Decree
    objective: Objective
    objective_y: Objective
    variable: Variable
    variable_y: Variable
    indicator_a: Indicator
    indicator_b: Indicator
    indicator_iku: Indicator
    indicator_y: Indicator
    users: dict = field(default_factory=dict)

    def user(self, key: str):
        return self.users[key]


USER_KEYS = ("admin", "evaluator", "planner", "planner_y", "operator_a", "operator_b", "head", "head_a",
             "nobody")


def build_world() -> World:
    # Fixture rows are attributed to a label, as the demo command's are, not to any test user.
    with acting_as(label="fixture"):
        pemda = make_pemda("Kabupaten Contoh")
        x = make_agency(pemda, "Dinas Tenaga Kerja", "dinas-x", short_name="Disnaker")
        y = make_agency(pemda, "Dinas Perdagangan", "dinas-y", short_name="Disdag")
        unit_a = make_unit(x, "Bidang Penempatan Kerja", order=1)
        unit_a1 = make_unit(x, "Seksi Informasi Pasar Kerja", parent=unit_a, kind=Unit.Kind.SEKSI)
        unit_b = make_unit(x, "Bidang Hubungan Industrial", order=2)
        unit_b1 = make_unit(x, "Seksi Pengupahan", parent=unit_b, kind=Unit.Kind.SEKSI)
        unit_y = make_unit(y, "Bidang Perdagangan Dalam Negeri")
        position_a = make_position(x, "Kepala Bidang Penempatan Kerja", unit_a, order=1)
        position_b = make_position(x, "Kepala Bidang Hubungan Industrial", unit_b, order=2)
        position_y = make_position(y, "Kepala Bidang Perdagangan", unit_y)
        decree = make_decree(x, "17 Tahun 2024", tentang="Indikator Kinerja Utama dan Individu")
        decree_y = make_decree(y, "5 Tahun 2024")
        objective = make_objective(x, "Meningkatnya penempatan tenaga kerja")
        objective_y = make_objective(y, "Meningkatnya perdagangan")
        variable = make_variable(x, "pencari_kerja", "Jumlah pencari kerja", satuan="orang")
        variable_y = make_variable(y, "pasar", "Jumlah pasar", satuan="unit")
        indicator_iku = make_indicator(x, "Tingkat Kesempatan Kerja", decree=decree, objective=objective,
                                       jenis="IKU", formula_text="a / b x 100%")
        indicator_a = make_indicator(x, "Persentase pencari kerja yang ditempatkan", decree=decree,
                                     objective=objective, jenis="IKI", unit=unit_a, position=position_a,
                                     supports=indicator_iku, definisi="Penempatan melalui bursa kerja",
                                     formula_text="Jumlah ditempatkan / Jumlah pencari kerja x 100%",
                                     sumber_data="Bidang Penempatan")
        indicator_b = make_indicator(x, "Jumlah perselisihan hubungan industrial", decree=decree, jenis="IKI",
                                     unit=unit_b, position=position_b, satuan="kasus", polarity="negatif")
        indicator_y = make_indicator(y, "Jumlah pasar rakyat yang direvitalisasi", decree=decree_y,
                                     unit=unit_y, satuan="unit")
        users = {
            "admin": make_user("admin", {"kind": Role.Kind.PEMDA_ADMIN, "pemda": pemda}),
            "evaluator": make_user("evaluator", {"kind": Role.Kind.EVALUATOR, "pemda": pemda}),
            "planner": make_user("planner", {"kind": Role.Kind.PLANNER, "agency": x}),
            "planner_y": make_user("planner_y", {"kind": Role.Kind.PLANNER, "agency": y}),
            "operator_a": make_user("operator_a", {"kind": Role.Kind.OPERATOR, "unit": unit_a}),
            "operator_b": make_user("operator_b", {"kind": Role.Kind.OPERATOR, "unit": unit_b}),
            "head": make_user("head", {"kind": Role.Kind.HEAD, "agency": x}),
            "head_a": make_user("head_a", {"kind": Role.Kind.HEAD, "unit": unit_a}),
            "nobody": make_user("nobody"),
        }
    return World(pemda, x, y, unit_a, unit_a1, unit_b, unit_b1, unit_y, position_a, position_b, position_y,
                 decree, decree_y, objective, objective_y, variable, variable_y, indicator_a, indicator_b,
                 indicator_iku, indicator_y, users)
