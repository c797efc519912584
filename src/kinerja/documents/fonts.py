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


@lru_cache(maxsize=65536)
def _word_width(word: str, size: float, bold: bool, italic: bool) -> float:
    return font(size, bold, italic).getlength(word)


def wrap(text: str, width: float, size: float, bold: bool = False, italic: bool = False) -> list[str]:
    """Greedy word wrap to ``width`` pixels; a word longer than the line is cut.

    A line's width is the sum of its words and spaces (kerning across a space is nil in these fonts),
    so each word is measured once instead of measuring every candidate line again: a 300-indicator
    pohon wraps ~3,000 texts.
    """
    space = _word_width(" ", size, bold, italic)
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        line, used = "", 0.0
        for word in paragraph.split():
            w = _word_width(word, size, bold, italic)
            if line and used + space + w <= width:
                line, used = f"{line} {word}", used + space + w
                continue
            if not line and w <= width:
                line, used = word, w
                continue
            if line:
                lines.append(line)
            while w > width and len(word) > 1:
                cut = max(1, int(len(word) * width / w) - 1)
                lines.append(word[:cut])
                word = word[cut:]
                w = _word_width(word, size, bold, italic)
            line, used = word, w
        if line:
            lines.append(line)
    return lines or [""]
