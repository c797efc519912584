"""The planner's target grid: raw targets read per cell, saved per row, PK Perubahan, Renstra span."""
from django.urls import reverse

from kinerja.audit.models import AuditEntry
from kinerja.measurement.figures import figure_of
from kinerja.measurement.models import Renstra, Target
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

JSON = {"HTTP_ACCEPT": "application/json"}
TW1 = Period.quarter(2025, 1)


def grid_url(world, year=2025):
    return reverse("measurement:targets", args=[world.agency.slug, year])


def save_url(world, ind, year=2025, name="target_save"):
    return reverse(f"measurement:{name}", args=[world.agency.slug, year, ind.pk])


def test_it_works(world, client):
    ind = world.indicator(satuan="%", targets={"2025": "80"})
    other = world.indicator(satuan="kasus", unit=world.other_unit)
    client.force_login(world.planner)
    page = client.get(grid_url(world))
    text = page.content.decode()
    assert page.status_code == 200
    assert ind.name in text and other.name in text and world.sasaran.text in text
    assert 'name="t_pk" value="80"' in text and 'name="t_tw4"' in text


def test_it_saves_raw_targets_of_every_kind(world, client):
    Renstra.objects.create(agency=world.agency, first_year=2025, length=5)
    ind = world.indicator(satuan="%")
    client.force_login(world.planner)
    response = client.post(save_url(world, ind), {
        "t_renstra": "80-90", "t_renstra_end": "95%", "t_pk": "1.234,5", "t_tw1": "100%", "t_tw2": "WTP",
        "t_tw3": "", "t_tw4": "90", "cumulative": "1"}, **JSON)
    assert response.status_code == 200 and response.json()["ok"]
    rows = {(t.kind, t.period): t for t in Target.objects.filter(indicator=ind)}
    assert rows[("renstra", "2025")].parsed["kind"] == "range"
    assert rows[("renstra_end", "2029")].raw == "95%"
    assert rows[("pk", "2025")].parsed["value"] == 1234.5
    assert rows[("rencana_aksi", "2025-Q1")].cumulative is True
    assert rows[("rencana_aksi", "2025-Q2")].parsed["kind"] == "predicate"
    assert ("rencana_aksi", "2025-Q3") not in rows
    assert rows[("renstra", "2025")].renstra is not None


def test_an_invalid_cell_saves_nothing_of_its_row(world, client):
    ind = world.indicator(satuan="%", targets={"2025": "80"})
    client.force_login(world.planner)
    response = client.post(save_url(world, ind), {"t_pk": "90", "t_tw1": "sekitar delapan puluh", "t_tw2": "75"},
                           **JSON)
    assert response.status_code == 422
    body = response.json()
    assert [p["field"] for p in body["problems"]] == ["tw1"]
    assert "tidak dapat dibaca" in body["problems"][0]["message"]
    assert Target.objects.get(indicator=ind, kind="pk").raw == "80"
    assert not Target.objects.filter(indicator=ind, kind="rencana_aksi").exists()


def test_errors_come_in_english_too(world, client):
    ind = world.indicator(satuan="%")
    client.force_login(world.planner)
    client.cookies["django_language"] = "en"
    body = client.post(save_url(world, ind), {"t_pk": "abc"}, HTTP_ACCEPT_LANGUAGE="en", **JSON).json()
    assert "cannot be read" in body["problems"][0]["message"]


def test_renstra_end_needs_a_span(world, client):
    ind = world.indicator(satuan="%")
    client.force_login(world.planner)
    body = client.post(save_url(world, ind), {"t_renstra_end": "95"}, **JSON).json()
    assert body["problems"][0]["field"] == "renstra_end"
    assert not Target.objects.filter(indicator=ind).exists()


def test_a_blank_cell_removes_the_target_and_capaian_follows(world, client):
    ind = world.indicator(satuan="indeks", targets={"2025-Q1": "100"})
    save_entry(world.operator, ind, TW1, {"nilai": "95"}, version=0)
    client.force_login(world.planner)
    client.post(save_url(world, ind), {"t_tw1": "50"}, **JSON)
    assert figure_of(ind, TW1).capaian == 190
    client.post(save_url(world, ind), {"t_tw1": ""}, **JSON)
    assert not Target.objects.filter(indicator=ind, kind="rencana_aksi").exists()
    assert figure_of(ind, TW1).capaian_status == "unknown"


def test_an_unchanged_row_writes_no_audit_entry(world, client):
    ind = world.indicator(satuan="%", targets={"2025": "80"})
    client.force_login(world.planner)
    before = AuditEntry.objects.count()
    client.post(save_url(world, ind), {"t_pk": "80"}, **JSON)
    assert AuditEntry.objects.count() == before


def test_pk_perubahan_keeps_the_original_struck_through(world, client):
    ind = world.indicator(satuan="%", targets={"2025": "80"})
    client.force_login(world.planner)
    response = client.post(save_url(world, ind, name="target_revise"),
                           {"raw": "85", "reason": "Refocusing anggaran", "decree_number": "800/12/2025"})
    assert response.status_code == 302
    revised = Target.objects.get(indicator=ind, kind="pk_perubahan")
    assert revised.revises.raw == "80" and revised.decree_number == "800/12/2025"
    text = client.get(grid_url(world)).content.decode()
    assert "<del>80</del>" in text and "Refocusing anggaran" in text
    # the original PK cannot be blanked while a revision stands
    body = client.post(save_url(world, ind), {"t_pk": ""}, **JSON).json()
    assert body["problems"][0]["field"] == "pk"
    assert Target.objects.filter(indicator=ind, kind="pk").exists()
    client.post(save_url(world, ind, name="target_withdraw"))
    assert not Target.objects.filter(indicator=ind, kind="pk_perubahan").exists()


def test_pk_perubahan_needs_reason_and_decree(world, client):
    ind = world.indicator(satuan="%", targets={"2025": "80"})
    client.force_login(world.planner)
    body = client.post(save_url(world, ind, name="target_revise"), {"raw": "85"}, **JSON).json()
    assert {p["field"] for p in body["problems"]} == {"reason", "decree_number"}
    assert not Target.objects.filter(indicator=ind, kind="pk_perubahan").exists()


def test_it_rejects_get(world, client):
    ind = world.indicator(satuan="%")
    client.force_login(world.planner)
    for name in ("target_save", "target_revise", "target_withdraw"):
        assert client.get(save_url(world, ind, name=name)).status_code == 405
    assert client.get(reverse("measurement:renstra_save", args=[world.agency.slug])).status_code == 405


def test_it_checks_access(world, client):
    ind = world.indicator(satuan="%", targets={"2025": "80"})
    other = world.indicator(satuan="%", unit=world.other_unit, targets={"2025": "70"})
    # the operator reads only their unit's targets, and cannot change them
    client.force_login(world.operator)
    text = client.get(grid_url(world)).content.decode()
    assert ind.name in text and other.name not in text and 'name="t_pk"' not in text
    before = AuditEntry.objects.count()
    assert client.post(save_url(world, other), {"t_pk": "1"}).status_code == 404
    assert client.post(save_url(world, ind), {"t_pk": "1"}).status_code == 403
    # a planner of another agency sees nothing of this one
    client.force_login(world.other_planner)
    assert client.get(grid_url(world)).status_code == 404
    assert client.post(save_url(world, ind), {"t_pk": "1"}).status_code == 404
    assert client.post(save_url(world, ind, name="target_revise"),
                       {"raw": "1", "reason": "x", "decree_number": "1"}).status_code == 404
    # the agency head reads but does not edit
    client.force_login(world.head)
    assert client.get(grid_url(world)).status_code == 200
    assert client.post(save_url(world, ind), {"t_pk": "1"}).status_code == 403
    assert [t.raw for t in Target.objects.filter(indicator__in=[ind, other]).order_by("pk")] == ["80", "70"]
    assert AuditEntry.objects.count() == before


def test_the_pemda_admin_edits_targets(world, client):
    ind = world.indicator(satuan="%")
    client.force_login(world.admin)
    assert client.post(save_url(world, ind), {"t_pk": "75"}, **JSON).status_code == 200
    assert Target.objects.get(indicator=ind, kind="pk").raw == "75"


def test_renstra_span(world, client):
    client.force_login(world.planner)
    url = reverse("measurement:renstra_save", args=[world.agency.slug])
    client.post(url, {"first_year": "2025", "length": "5", "year": "2025"})
    span = Renstra.objects.get(agency=world.agency)
    assert (span.first_year, span.last_year) == (2025, 2029)
    # an end target follows its span when the span moves
    ind = world.indicator(satuan="%")
    client.post(save_url(world, ind), {"t_renstra_end": "95"}, **JSON)
    client.post(url, {"first_year": "2024", "length": "5", "span": str(span.pk), "year": "2025"})
    assert Target.objects.get(indicator=ind, kind="renstra_end").period == "2028"
    # overlapping spans are refused
    response = client.post(url, {"first_year": "2026", "length": "5", "year": "2025"}, follow=True)
    assert "bertumpang tindih" in response.content.decode()
    assert Renstra.objects.filter(agency=world.agency).count() == 1
    client.force_login(world.operator)
    assert client.post(url, {"first_year": "2030", "length": "5"}).status_code == 403
