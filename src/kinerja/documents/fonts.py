"""Fonts for measuring and drawing text in pictures (pohon kinerja PNG, chart text widths).

DejaVu Sans is what the SVGs name first, so measuring with it makes the PNG and the SVG wrap text at
the same words. Where it is missing, Pillow's bundled scalable font keeps everything working.
"""
from __future__ import annotations

from functools import lru_cache

from PIL import ImageFont

FAMILY = "DejaVu Sans, Arial, Liberation Sans, sans-serif"
_FILES = {(False, False): "DejaVuSans.ttf", (True, False): "DejaVuSans-Bold.ttf",
          (False, True): "DejaVuSans-Oblique.ttf", (True, True): "DejaVuSans-BoldOblique.ttf"}


@lru_cache(maxsize=64)
def font(size: float, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(_FILES[(bold, italic)], size)
    except OSError:
        return ImageFont.load_default(size)


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    return font(size, bold, italic).getlength(text)


def wrap(text: str, width: float, size: float, bold: bool = False, italic: bool = False) -> list[str]:
    """Greedy word wrap to ``width`` pixels; a word longer than the line is cut."""
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold, italic) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while text_width(word, size, bold, italic) > width and len(word) > 1:
                cut = max(1, int(len(word) * width / text_width(word, size, bold, italic)) - 1)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        if line:
            lines.append(line)
    return lines or [""]
