"""A realisasi the formula cannot define (0 / 0) gives an undefined capaian with the reason, never
"not reported" and never 0%."""
from kinerja.measurement.figures import figure_of
from kinerja.measurement.models import Figure
from kinerja.measurement.services.entry import save_entry
from kinerja.periods import Period

TW1 = Period.quarter(2025, 1)
COUNT = "orang"


def _ratio(world, **kw):
    return world.indicator("a / b * 100", {"a": ("Kasus selesai", COUNT), "b": ("Kasus masuk", COUNT)}, **kw)


def test_it_says_undefined_with_the_reason(world):
    ind = _ratio(world, targets={"2025-Q1": "80"})
    save_entry(world.operator, ind, TW1, {"a": "0", "b": "0"}, version=0)
    judged = figure_of(ind, TW1)
    assert judged.capaian_status == "undefined"
    assert judged.undefined
    assert "tidak terdefinisi" in judged.explanation_id and "pembagian dengan nol" in judged.explanation_id
    assert "division by zero" in judged.explanation_en
    assert "belum dilaporkan" not in judged.explanation_id
    stored = Figure.objects.get(indicator=ind, period=TW1.key)
    assert stored.capaian_status == 2 and stored.capaian is None


def test_a_blank_variable_stays_unknown(world):
    ind = _ratio(world, targets={"2025-Q1": "80"})
    save_entry(world.operator, ind, TW1, {"a": "3", "b": ""}, version=0)
    judged = figure_of(ind, TW1)
    assert judged.capaian_status == "unknown"
    assert not judged.undefined


def test_a_year_recomputed_from_zero_sums_is_undefined(world):
    ind = _ratio(world, aggregation="recompute", targets={"2025": "80"})
    for q in range(1, 5):
        save_entry(world.operator, ind, Period.quarter(2025, q), {"a": "0", "b": "0"}, version=0)
    judged = figure_of(ind, Period.of_year(2025))
    assert judged.capaian_status == "undefined"
    assert "pembagian dengan nol" in judged.explanation_id


def test_a_summed_year_with_an_undefined_quarter_names_it(world):
    ind = _ratio(world, aggregation="sum", targets={"2025": "80"})
    for q, (a, b) in zip(range(1, 5), (("1", "2"), ("0", "0"), ("1", "2"), ("1", "2"))):
        save_entry(world.operator, ind, Period.quarter(2025, q), {"a": a, "b": b}, version=0)
    judged = figure_of(ind, Period.of_year(2025))
    assert judged.capaian_status == "undefined"
    assert "TW II 2025" in judged.explanation_id


def test_the_capaian_table_shows_undefined(world, client):
    ind = _ratio(world, targets={"2025-Q1": "80"})
    save_entry(world.operator, ind, TW1, {"a": "0", "b": "0"}, version=0)
    client.force_login(world.planner)
    text = client.get(f"/capaian/{world.agency.slug}/{TW1.key}/").content.decode()
    assert "tidak terdefinisi" in text and "belum ada" not in text
