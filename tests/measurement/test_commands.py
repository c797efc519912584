"""The command line: `kinerja measurements load` (all or nothing, audited, figures recomputed),
`kinerja results --json` (what the documents print) and `kinerja recompute` (0 changed when current)."""
from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kinerja.audit.models import AuditEntry
from kinerja.measurement.figures import figure_of
from kinerja.measurement.models import Figure, Realisasi, Target
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)


def _load(tmp_path, data, *args):
    path = tmp_path / "measurements.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    call_command("measurements", "load", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _ratio(world):
    return world.indicator("a / b * 100", {"a": ("Kasus selesai", "kasus"), "b": ("Kasus masuk", "kasus")})


def test_load_saves_targets_and_values_audited_with_figures(world, tmp_path):
    ind = _ratio(world)
    out, _ = _load(tmp_path, {"agency": world.agency.slug, "items": [
        {"indicator": ind.pk, "period": "2025", "targets": {"pk": "80-90", "renstra": "80"}},
        {"indicator": ind.pk, "period": "2025-Q1", "targets": {"ra": "40"}},
        {"indicator": ind.pk, "unit": world.unit.pk, "period": "2025-Q1", "variables": {"a": "3", "b": "10"}},
    ]})
    assert "1 realisasi dan 3 target dimuat" in out
    assert figure_of(ind, TW1).capaian == 75 and figure_of(ind, TW1).target_raw == "40"
    r = Realisasi.objects.get(indicator=ind, period=TW1.key)
    assert AuditEntry.objects.filter(object_id=str(r.pk), actor_label="kinerja measurements load").exists()


def test_load_is_all_or_nothing_and_names_each_refused_item(world, tmp_path):
    ind = _ratio(world)
    with pytest.raises(CommandError):
        _load(tmp_path, {"agency": world.agency.slug, "items": [
            {"indicator": ind.pk, "period": "2025-Q1", "variables": {"a": "3", "b": "10"}},
            {"indicator": ind.pk, "period": "2025-Q2", "variables": {"a": "tiga", "b": "10"}},
            {"indicator": 999999, "period": "2025-Q1", "value": "1"},
            {"indicator": ind.pk, "period": "TW V 2025", "value": "1"},
        ]})
    assert not Realisasi.objects.filter(indicator=ind).exists() and not Figure.objects.filter(indicator=ind).exists()


def test_load_problems_are_bilingual_per_item(world, tmp_path):
    ind = _ratio(world)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"agency": world.agency.slug,
                                "items": [{"indicator": ind.pk, "period": "2025-Q2", "variables": {"a": "x"}}]}))
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("measurements", "load", str(path), stderr=err)
    assert "item 1:" in err.getvalue() and " / item 1:" in err.getvalue()


def test_load_with_a_user_checks_their_rights(world, tmp_path):
    ind = _ratio(world)
    with pytest.raises(CommandError):   # an operator may not set targets
        _load(tmp_path, {"agency": world.agency.slug, "items": [
            {"indicator": ind.pk, "period": "2025", "targets": {"pk": "80"}}]}, "--user", "operator")
    assert not Target.objects.filter(indicator=ind, kind="pk").exists()
    _load(tmp_path, {"agency": world.agency.slug, "items": [
        {"indicator": ind.pk, "period": "2025-Q1", "variables": {"a": "1", "b": "2"}}]}, "--user", "operator")
    r = Realisasi.objects.get(indicator=ind, period=TW1.key)
    assert AuditEntry.objects.filter(object_id=str(r.pk), actor_id=world.operator.pk).exists()


def test_results_json_is_what_the_documents_print(world):
    ind = world.indicator(satuan="indeks", targets={"2025-Q1": "100"})
    save_entry(world.operator, ind, TW1, {"nilai": "90,995"}, version=0)
    out = io.StringIO()
    call_command("results", "--agency", world.agency.slug, "--year", "2025", "--json", stdout=out)
    rows = {(r["indicator"], r["period"]): r for r in json.loads(out.getvalue())["figures"]}
    quarter = rows[(ind.pk, TW1.key)]
    assert quarter["value"] == 90.995 and quarter["target"] == "100" and quarter["capaian_text"] == "90,995%"
    assert quarter["predikat"] == "Tinggi" and quarter["status"] == "draft" and not quarter["verified"]
    assert {"name", "formula_kind", "variables", "yearly_rule", "polarity", "explanation"} <= set(quarter)


def test_recompute_says_0_when_current_and_repairs_a_stale_figure(world):
    ind = world.indicator(satuan="orang", targets={"2025-Q1": "10"})
    save_entry(world.operator, ind, TW1, {"nilai": "5"}, version=0)
    out = io.StringIO()
    call_command("recompute", "--agency", world.agency.slug, stdout=out)
    assert out.getvalue().startswith("0 angka berubah")
    Figure.objects.filter(indicator=ind, period=TW1.key).update(capaian=12.0)   # as a bug would leave it
    out = io.StringIO()
    call_command("recompute", "--pemda", world.pemda.slug, "--workers", "1", stdout=out)
    assert out.getvalue().startswith("1 angka berubah") and figure_of(ind, TW1).capaian == 50
    with pytest.raises(CommandError):
        call_command("recompute", "--agency", "tidak-ada")
