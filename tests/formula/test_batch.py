"""Batch evaluation agrees with the scalar evaluator cell by cell, with masks for unknown/undefined."""
import numpy as np
import pytest

from kinerja.formula import BatchData, FormulaError, PeriodData, compile_batch, evaluate
from kinerja.formula.batch import STATUS_OK, STATUS_UNDEFINED, STATUS_UNKNOWN

FORMULAS = {
    "ratio": "a / b * 100",
    "growth": "(a - a[n-1]) / a[n-1] * 100",
    "cumulative": "a / (b - cumsum(a, n-1)) * 100",
    "weighted": "a * 0.4 + b * 0.3 + c * 0.3",
    "difference": "a - b",
    "mean": "mean(m) - c",
    "neg": "-a / 2",
}


def _data(units=6, periods=5, seed=3):
    rng = np.random.default_rng(seed)
    values = {name: rng.integers(0, 4, size=(units, periods)).astype(float) for name in "abc"}
    values["a"][0, 2] = np.nan
    values["b"][1, :] = 0
    parts = rng.integers(1, 9, size=(units, periods, 4)).astype(float)
    parts[2, 3, 1] = np.nan
    return BatchData(values=values, before={"a": rng.integers(1, 5, size=(units, 1)).astype(float)},
                     cumulative_before={"a": np.full(units, 2.0)}, parts={"m": parts})


def _scalar_source(data, unit):
    years = list(range(2020, 2020 + data.values["a"].shape[1]))
    rows = [(name, year, float(data.values[name][unit, j])) for name in data.values for j, year in enumerate(years)]
    rows.append(("a", 2019, float(data.before["a"][unit, 0])))
    for j, year in enumerate(years):
        for q in range(4):
            rows.append(("m", f"{year}-Q{q + 1}", float(data.parts["m"][unit, j, q])))
    source = PeriodData.from_rows([(n, p, None if np.isnan(v) else v) for n, p, v in rows])
    source.set_cumulative("a", 2019, float(data.cumulative_before["a"][unit]))
    return source, years


def test_batch_matches_the_scalar_evaluator_in_every_cell():
    data = _data()
    results = compile_batch(FORMULAS).run(data)
    codes = {"ok": STATUS_OK, "unknown": STATUS_UNKNOWN, "undefined": STATUS_UNDEFINED}
    for unit in range(data.values["a"].shape[0]):
        source, years = _scalar_source(data, unit)
        for name, expression in FORMULAS.items():
            for j, year in enumerate(years):
                outcome = evaluate(expression, source, year)
                cell = results[name]
                assert cell.status[unit, j] == codes[outcome.status], (name, unit, year, outcome)
                if outcome.ok:
                    assert cell.values[unit, j] == pytest.approx(outcome.value)
                else:
                    assert np.isnan(cell.values[unit, j])


def test_division_by_zero_is_masked_never_infinite():
    result = compile_batch(["a / b"]).run({"a": np.array([[1.0, 0.0, np.nan]]), "b": np.array([[0.0, 0.0, 0.0]])})
    assert result["0"].status.tolist() == [[STATUS_UNDEFINED] * 3]
    assert np.isnan(result["0"].values).all()


def test_reason_of_one_cell():
    data = BatchData(values={"a": np.array([[1.0, np.nan]]), "b": np.array([[0.0, 2.0]])})
    result = compile_batch({"r": "a / b"}).run(data)["r"]
    assert result.outcome(0, 0, data).status == "undefined"
    unknown = result.outcome(0, 1, data)
    assert unknown.status == "unknown" and "'a'" in unknown.reason_en


def test_compiled_once_and_reports_its_terms():
    batch = compile_batch(FORMULAS)
    assert {"a", "a[n-1]", "cumsum(a, n-1)", "mean(m)"} <= batch.terms()


def test_mismatched_shapes_and_bad_formulas_are_formula_errors():
    with pytest.raises(FormulaError):
        compile_batch(["a / b"]).run({"a": np.zeros((2, 3)), "b": np.zeros((3, 2))})
    with pytest.raises(FormulaError):
        compile_batch(["a /"])


def test_mean_of_values_recorded_at_the_period_itself_matches_the_scalar_evaluator():
    monthly = np.array([[104.5, np.nan, 106.0]])            # one unit, three months; February missing
    results = compile_batch({"ihk": "mean(ihk)"}).run(BatchData(values={"ihk": monthly}))
    batch = results["ihk"]
    data = PeriodData.from_rows([("ihk", "2025-M01", 104.5), ("ihk", "2025-M03", 106.0)])
    for month, period in enumerate(["2025-M01", "2025-M02", "2025-M03"]):
        scalar = evaluate("mean(ihk)", data, period)
        if scalar.value is None:
            assert batch.status[0, month] == STATUS_UNKNOWN
        else:
            assert batch.status[0, month] == STATUS_OK and batch.values[0, month] == pytest.approx(scalar.value)
