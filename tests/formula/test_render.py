"""Printing expressions for pages and documents."""
from kinerja.formula import parse_expression, read_formula, render_expression


def test_growth_in_indonesian_and_english():
    variables = {"omzet": "Jumlah omzet tahun ini"}
    expression = "(omzet - omzet[n-1]) / omzet[n-1] * 100"
    assert render_expression(expression, variables) == \
        "(Jumlah omzet tahun ini − Jumlah omzet tahun n−1) ÷ Jumlah omzet tahun n−1 × 100%"
    assert render_expression(expression, variables, "en") == \
        "(Jumlah omzet tahun ini − Jumlah omzet (year n−1)) ÷ Jumlah omzet (year n−1) × 100%"


def test_numbers_follow_the_language():
    variables = {"a": "Unsur A", "b": "Unsur B"}
    assert render_expression("a * 0.4 + b * 0.6", variables) == "Unsur A × 0,4 + Unsur B × 0,6"
    assert render_expression("a * 0.4 + b * 0.6", variables, "en") == "Unsur A × 0.4 + Unsur B × 0.6"
    assert render_expression("a / b / 1920", variables) == "Unsur A ÷ Unsur B ÷ 1.920"


def test_parentheses_only_where_needed():
    assert render_expression("a - (b - c)", {}) == "a − (b − c)"
    assert render_expression("(a + b) * c", {}) == "(a + b) × c"
    assert render_expression("a + b * c", {}) == "a + b × c"


def test_cumulative_and_mean():
    variables = {"ikm": "Jumlah IKM dibina tahun berjalan", "t": "Jumlah IKM terdata", "h": "IHK bulanan"}
    assert render_expression("ikm / (t - cumsum(ikm, n-1)) * 100", variables) == \
        "Jumlah IKM dibina tahun berjalan ÷ (Jumlah IKM terdata − total Jumlah IKM dibina s.d. tahun n−1) × 100%"
    assert render_expression(parse_expression("mean(h)"), variables, "en") == "mean of IHK bulanan"


def test_rendering_a_reading():
    reading = read_formula("Jumlah A yang lulus dibagi Jumlah A yang ikut x 100%")
    assert render_expression(reading.expression, reading.variables) == \
        "Jumlah A yang lulus ÷ Jumlah A yang ikut × 100%"
