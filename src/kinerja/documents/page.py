"""Page geometry shared by the .docx and .pdf renderers, so both lay content out in the same box."""
from __future__ import annotations

A4_SHORT_CM = 21.0
A4_LONG_CM = 29.7
MARGIN_TOP_CM = 2.0
MARGIN_BOTTOM_CM = 2.0
MARGIN_LEFT_CM = 2.5
MARGIN_RIGHT_CM = 2.0
# Room a figure leaves for its caption and the paragraph spacing around it.
FIGURE_RESERVE_CM = 2.0


def page_size_cm(orientation: str) -> tuple[float, float]:
    return (A4_LONG_CM, A4_SHORT_CM) if orientation == "landscape" else (A4_SHORT_CM, A4_LONG_CM)


def usable_cm(orientation: str) -> tuple[float, float]:
    width, height = page_size_cm(orientation)
    return (width - MARGIN_LEFT_CM - MARGIN_RIGHT_CM, height - MARGIN_TOP_CM - MARGIN_BOTTOM_CM)


def fit_figure_cm(width_px: float, height_px: float, orientation: str) -> tuple[float, float]:
    """The largest size, keeping the aspect ratio, that fits the page's text box (never upscaled past 1px=0.03cm)."""
    box_w, box_h = usable_cm(orientation)
    box_h -= FIGURE_RESERVE_CM
    natural = 0.03  # cm per px: a 96-dpi-ish natural size, so small trees are not blown up
    scale = min(box_w / width_px, box_h / height_px, natural)
    return width_px * scale, height_px * scale
