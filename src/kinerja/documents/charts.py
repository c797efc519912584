"""Server-side SVG charts for the dashboards: no JavaScript library, no CDN, readable on a phone.

Every chart is a standalone ``<svg>`` with a ``viewBox`` (it scales to its container) and intrinsic
``width``/``height`` (so the page can draw it on a canvas and offer a PNG download). Each mark has a
``<title>`` tooltip. Labels sit above their bars, full width, because a label column would eat a
phone's width. Predicate colours come from a mapping the caller may replace, since agencies use
their own predicate scales. The few words a chart writes itself (and its numbers) follow ``language``
("id" or "en"); a predicate keeps its stored (Indonesian) label as the colour key and may carry a
name to show.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from kinerja.documents import fonts
from kinerja.documents.errors import DocumentError
from kinerja.numbers import format_number, format_percent

WIDTH = 480.0
FONT = 13.0
SMALL = 11.0
PAD = 12.0
# Permendagri 86/2017 bands, green to red; unknown predicates are grey.
PREDICATE_COLOURS: dict[str, str] = {
    "sangat tinggi": "#1a7f37", "tinggi": "#5cb85c", "sedang": "#e0b000", "rendah": "#f08c00",
    "sangat rendah": "#d32f2f",
}
NO_PREDICATE = "#8a96a3"
SERIES_COLOURS = ("#1f4e79", "#d35400", "#1a7f37", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d")


@dataclass(frozen=True)
class ChartWords:
    """The fixed words of the charts in one language."""

    missing: str
    indicator: str
    indicators: str
    capaian_title: str
    distribution_title: str
    agencies_title: str
    trend_title: str


WORDS: dict[str, ChartWords] = {
    "id": ChartWords("belum dilaporkan", "indikator", "indikator", "Capaian per sasaran", "Sebaran predikat",
                     "Perbandingan perangkat daerah", "Tren capaian"),
    "en": ChartWords("not reported", "indicator", "indicators", "Achievement per objective",
                     "Predicate distribution", "Agencies compared", "Achievement trend"),
}


def _lang(language: str | None) -> str:
    """English for any "en…" language code (Django's "en-us" too), Indonesian otherwise."""
    return "en" if (language or "").lower().startswith("en") else "id"


def words_for(language: str | None) -> ChartWords:
    return WORDS[_lang(language)]

Value = float | int | Decimal | None


@dataclass
class Bar:
    label: str
    value: Value                     # capaian in percent (or a count, for the distribution)
    predikat: str | None = None      # the stored label: the colour key
    predikat_name: str | None = None  # what to show for it (an English label); the stored label if None


@dataclass
class Series:
    name: str
    points: Sequence[tuple[str, Value]]  # (period label, value); None leaves a gap in the line


def predicate_colour(predikat: str | None, colours: Mapping[str, str] | None = None) -> str:
    table = {k.lower(): v for k, v in (colours or PREDICATE_COLOURS).items()}
    return table.get((predikat or "").strip().lower(), NO_PREDICATE)


def _svg(height: float, title: str, body: list[str], kind: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="kinerja-chart chart-{kind}" '
            f'viewBox="0 0 {WIDTH:.0f} {height:.0f}" width="{WIDTH:.0f}" height="{height:.0f}" role="img" '
            f'aria-label="{escape(title)}" font-family="{fonts.FAMILY}" font-size="{FONT}">'
            f'<title>{escape(title)}</title><rect width="100%" height="100%" fill="#ffffff"/>'
            f'<text x="{PAD}" y="{PAD + FONT}" font-weight="bold" font-size="{FONT + 2}">{escape(title)}</text>'
            + "".join(body) + "</svg>")


def _number(value: Value) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise DocumentError(f"Nilai grafik '{value}' bukan angka", f"Chart value '{value}' is not a number")
    number = float(value)
    return number if math.isfinite(number) else None


def _horizontal_bars(bars: Sequence[Bar], title: str, kind: str, *, scale_max: float, reference: float | None,
                     text_of, colour_of, tooltip_of, language: str) -> str:
    if not bars:
        raise DocumentError("Grafik tanpa data", "A chart needs data")
    inner = WIDTH - 2 * PAD
    value_room = 70.0
    y = PAD + FONT + 16
    body: list[str] = []
    bar_h = 16.0
    chart_top = y
    for i, bar in enumerate(bars):
        value = _number(bar.value)
        lines = fonts.wrap(bar.label, inner, FONT)[:3]
        group = [f'<g class="chart-bar" data-index="{i}" data-label="{escape(bar.label)}" '
                 f'data-value="{"" if value is None else f"{value:g}"}">',
                 f"<title>{escape(tooltip_of(bar, value))}</title>"]
        for line in lines:
            y += FONT * 1.2
            group.append(f'<text x="{PAD}" y="{y:.1f}">{escape(line)}</text>')
        y += 5
        track = inner - value_room
        if value is None:
            group.append(f'<text x="{PAD}" y="{y + bar_h - 4:.1f}" font-size="{SMALL}" font-style="italic" '
                         f'fill="#555">{escape(words_for(language).missing)}</text>')
        else:
            length = max(0.0, min(value, scale_max)) / scale_max * track if scale_max > 0 else 0.0
            group.append(f'<rect x="{PAD}" y="{y:.1f}" width="{length:.1f}" height="{bar_h}" rx="2" '
                         f'fill="{colour_of(bar)}"/>')
            group.append(f'<text x="{PAD + length + 4:.1f}" y="{y + bar_h - 4:.1f}" font-size="{SMALL}" '
                         f'font-weight="bold">{escape(text_of(value))}</text>')
        y += bar_h + 10
        group.append("</g>")
        body.extend(group)
    if reference is not None and scale_max > 0:
        x = PAD + min(reference, scale_max) / scale_max * (inner - value_room)
        body.append(f'<line class="chart-reference" x1="{x:.1f}" y1="{chart_top:.1f}" x2="{x:.1f}" y2="{y - 6:.1f}" '
                    f'stroke="#333" stroke-dasharray="4 3" stroke-width="1"><title>'
                    f"{format_percent(reference, language=language)}</title></line>")
    return _svg(y + PAD - 6, title, body, kind)


def capaian_chart(bars: Sequence[Bar], title: str | None = None,
                  colours: Mapping[str, str] | None = None, language: str = "id") -> str:
    """Capaian (%) per sasaran, coloured by predicate, with a dashed line at 100%."""
    lang, words = _lang(language), words_for(language)
    values = [v for v in (_number(b.value) for b in bars) if v is not None]
    scale_max = max([100.0, *values]) * 1.05 if values else 100.0

    def text_of(v: float) -> str:
        return format_percent(v, language=lang)

    def tooltip_of(b: Bar, v: float | None) -> str:
        shown = b.predikat_name or b.predikat
        return f"{b.label}: {text_of(v) if v is not None else words.missing}" + (f" ({shown})" if shown else "")

    return _horizontal_bars(
        bars, title or words.capaian_title, "capaian", scale_max=scale_max, reference=100.0,
        text_of=text_of, colour_of=lambda b: predicate_colour(b.predikat, colours), tooltip_of=tooltip_of,
        language=lang)


def predicate_distribution(counts: Mapping[str, int], title: str | None = None,
                           colours: Mapping[str, str] | None = None, language: str = "id",
                           names: Mapping[str, str] | None = None) -> str:
    """How many indicators fall in each predicate, in the order given (best first).

    ``counts`` is keyed by the stored predicate label (the colour key); ``names`` maps such a label to
    the name shown (an English label), where it differs.
    """
    lang, words = _lang(language), words_for(language)
    total = sum(counts.values())
    if total < 0 or any(c < 0 for c in counts.values()):
        raise DocumentError("Jumlah predikat tidak boleh negatif", "Predicate counts cannot be negative")
    shown = names or {}
    bars = [Bar(shown.get(label) or label, count, label) for label, count in counts.items()]

    def text_of(v: float) -> str:
        share = v / total * 100 if total else 0.0
        return f"{format_number(v, language=lang)} ({format_percent(share, language=lang)})"

    def tooltip_of(b: Bar, v: float | None) -> str:
        return f"{b.label}: {text_of(v or 0)} {words.indicator if v == 1 else words.indicators}"

    return _horizontal_bars(
        bars, title or words.distribution_title, "predikat", scale_max=max(counts.values(), default=0) * 1.05 or 1.0,
        reference=None, text_of=text_of, colour_of=lambda b: predicate_colour(b.predikat, colours),
        tooltip_of=tooltip_of, language=lang)


def agencies_chart(bars: Sequence[Bar], title: str | None = None,
                   colours: Mapping[str, str] | None = None, language: str = "id") -> str:
    """Agencies side by side by average capaian, best first; unreported agencies last."""
    ordered = sorted(bars, key=lambda b: (-(_number(b.value) if _number(b.value) is not None else -math.inf)))
    return capaian_chart(ordered, title or words_for(language).agencies_title, colours,
                         language).replace("chart-capaian", "chart-agencies", 1)


def trend_chart(series: Sequence[Series], title: str | None = None, unit: str = "%", language: str = "id") -> str:
    """Lines over quarters or years; a missing value breaks the line instead of dropping to 0."""
    lang = _lang(language)
    title = title or words_for(language).trend_title
    if not series or not any(s.points for s in series):
        raise DocumentError("Grafik tanpa data", "A chart needs data")
    periods: list[str] = []
    for s in series:
        for label, _ in s.points:
            if label not in periods:
                periods.append(label)
    values = [v for s in series for _, raw in s.points if (v := _number(raw)) is not None]
    top = _nice_ceiling(max(values + [0.0]))
    bottom = min(0.0, min(values, default=0.0))
    legend_y = PAD + FONT + 18
    body: list[str] = []
    x = PAD
    for i, s in enumerate(series):
        w = fonts.text_width(s.name, SMALL) + 22
        if x + w > WIDTH - PAD and x > PAD:
            x, legend_y = PAD, legend_y + SMALL * 1.5
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        body.append(f'<g class="chart-legend"><rect x="{x:.1f}" y="{legend_y - 9:.1f}" width="12" height="10" '
                    f'fill="{colour}"/><text x="{x + 16:.1f}" y="{legend_y:.1f}" font-size="{SMALL}">'
                    f"{escape(s.name)}</text></g>")
        x += w
    left, right = PAD + 44, WIDTH - PAD - 8
    plot_top, plot_bottom = legend_y + 16, legend_y + 16 + 200

    def px(index: int) -> float:
        return left + (right - left) * (index + 0.5) / len(periods)

    def py(value: float) -> float:
        return plot_bottom - (value - bottom) / (top - bottom or 1) * (plot_bottom - plot_top)

    for k in range(5):
        tick = bottom + (top - bottom) * k / 4
        y = py(tick)
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#ddd"/>'
                    f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="{SMALL}" text-anchor="end">'
                    f"{escape(format_number(tick, 0, language=lang))}</text>")
    for i, label in enumerate(periods):
        body.append(f'<text x="{px(i):.1f}" y="{plot_bottom + 16:.1f}" font-size="{SMALL}" '
                    f'text-anchor="middle">{escape(label)}</text>')
    for n, s in enumerate(series):
        colour = SERIES_COLOURS[n % len(SERIES_COLOURS)]
        body.append(f'<g class="chart-series" data-series="{escape(s.name)}">')
        run: list[str] = []
        points = [(periods.index(label), _number(raw)) for label, raw in s.points]
        for i, value in points + [(None, None)]:
            if value is None:
                if len(run) > 1:
                    body.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{colour}" '
                                f'stroke-width="2.5"/>')
                run = []
                continue
            run.append(f"{px(i):.1f},{py(value):.1f}")
        for i, value in points:
            if value is None:
                continue
            number = format_number(value, language=lang)
            shown = f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip()
            body.append(f'<circle class="chart-point" cx="{px(i):.1f}" cy="{py(value):.1f}" r="4.5" fill="{colour}" '
                        f'data-period="{escape(periods[i])}" data-value="{value:g}"><title>{escape(s.name)}, '
                        f"{escape(periods[i])}: {escape(shown)}</title></circle>")
        body.append("</g>")
    return _svg(plot_bottom + 16 + PAD, title, body, "trend")


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 100.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value * 1.05:
            return step * magnitude
    return 10 * magnitude
