"""``load_demo`` puts the whole demo in the database, once, attributed to "demo" in the audit."""
from __future__ import annotations

from django.contrib.auth import get_user_model

from kinerja.accounts.access import Scope
from kinerja.accounts.models import Role
from kinerja.audit.models import AuditEntry
from kinerja.catalog.models import Decree, Indicator, Pemda, PerangkatDaerah, Position, Unit, Variable
from kinerja.demo.loader import demo_logins, load_demo
from kinerja.demo.tanah_merah import DEMO, DPTK

MODELS = (Pemda, PerangkatDaerah, Unit, Position, Decree, Indicator, Variable, Role)


def counts() -> dict[str, int]:
    return {m.__name__: m.objects.count() for m in (*MODELS, get_user_model(), AuditEntry)}


def test_loads_everything_written(demo_data):
    agency = demo_data.agency()
    assert Unit.objects.filter(agency=agency).count() == len(DPTK.units)
    assert Position.objects.filter(agency=agency).exclude(tugas=[]).count() == len(DPTK.positions)
    assert Indicator.objects.filter(agency=agency).count() == len(DPTK.indicators)
    assert demo_data.report.created["indicator"] == sum(len(a.indicators) for a in DEMO.agencies)
    seksi = Unit.objects.get(agency=agency, name="Seksi Penempatan dan Perluasan Kesempatan Kerja")
    assert seksi.parent.name == "Bidang Pelatihan dan Penempatan Tenaga Kerja"
    assert seksi.path == f"{seksi.parent.pk}/{seksi.pk}/"


def test_second_load_creates_nothing(demo_data):
    before = counts()
    report = load_demo()
    assert report.already_loaded and report.total == 0
    assert counts() == before


def test_second_load_keeps_edits(demo_data):
    indicator = demo_data.indicator("Jumlah tenaga kerja yang ditempatkan")
    indicator.name = "Jumlah tenaga kerja yang ditempatkan (diubah)"
    indicator.save()
    load_demo()
    assert not Indicator.objects.filter(name="Jumlah tenaga kerja yang ditempatkan").exists()


def test_changes_are_attributed_to_demo(demo_data):
    entries = AuditEntry.objects.filter(object_repr="Tingkat Kesempatan Kerja")
    assert entries.exists()
    assert set(AuditEntry.objects.values_list("actor_label", flat=True)) == {"demo"}


def test_formula_variables_are_linked(demo_data):
    indicator = demo_data.indicator("Persentase IKM yang dibina")
    assert indicator.formula["expression"] == "ikm_dibina / (ikm_terdata - cumsum(ikm_dibina, n-1)) * 100"
    assert set(indicator.variables.values_list("key", flat=True)) == {"ikm_dibina", "ikm_terdata"}
    # One Variable row for a base data element shared by several indicators.
    shared = Variable.objects.get(agency=indicator.agency, key="ikm_dibina")
    assert shared.indicators.count() == 2


def test_perubahan_retires_the_replaced_indicator(demo_data):
    iku = demo_data.decree("800/112/DPTK/2024")
    perubahan = demo_data.decree("800/245/DPTK/2024")
    assert perubahan.amends == iku
    retired = demo_data.indicator("Tingkat Pengangguran Terbuka")
    assert not retired.is_active
    assert retired.replaced_by == demo_data.indicator("Persentase pencari kerja terdaftar yang ditempatkan")
    assert retired.replaced_by.decree == perubahan


def test_pohon_kinerja_links(demo_data):
    kasi = demo_data.indicator("Jumlah tenaga kerja yang ditempatkan")
    assert kasi.responsible_position.name.startswith("Kepala Seksi")
    kabid = kasi.supports
    assert kabid.position.name.startswith("Kepala Bidang") and kabid.jenis == "IKI"
    assert kabid.supports.jenis == "IKU" and kabid.supports.position.name == "Kepala Dinas"
    # The IKU is the Kepala Dinas's, reported by (and the responsibility of) the bidang's head.
    assert kabid.supports.responsible_position.name == "Kepala Bidang Pelatihan dan Penempatan Tenaga Kerja"


def test_roles_give_the_intended_access(demo_data):
    disperinaker, dinkopum = demo_data.agency("disperinaker"), demo_data.agency("dinkopum")
    operator = Scope.of(demo_data.user("operator1"))
    names = set(operator.indicators(disperinaker).values_list("name", flat=True))
    assert "Jumlah tenaga kerja yang ditempatkan" in names
    assert "Jumlah IKM yang dibina" not in names
    assert not operator.can_edit_catalog(disperinaker)
    planner2 = Scope.of(demo_data.user("perencana2"))
    assert planner2.can_edit_catalog(dinkopum) and not planner2.can_view_agency(disperinaker)
    admin = Scope.of(demo_data.user("admin"))
    assert admin.can_edit_catalog(disperinaker) and admin.can_edit_catalog(dinkopum)
    kabid = Scope.of(demo_data.user("kabid"))
    assert kabid.can_view_indicator(demo_data.indicator("Jumlah tenaga kerja yang ditempatkan"))
    assert not kabid.can_view_indicator(demo_data.indicator("Jumlah IKM yang dibina"))


def test_demo_logins_lists_users_with_the_demo_password(demo_data):
    assert [u.username for u in demo_logins()] == [u.username for u in DEMO.users]
    assert demo_data.user("kadis").check_password(DEMO.password)
    changed = demo_data.user("kadis")
    changed.set_password("bukan-lagi-demo-123")
    changed.save()
    demo_data.user("operator2").delete()
    listed = [u.username for u in demo_logins()]
    assert "kadis" not in listed and "operator2" not in listed and "admin" in listed
