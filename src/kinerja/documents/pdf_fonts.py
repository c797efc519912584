"""TrueType fonts for the PDF renderer, found on the system and registered with ReportLab once per process.

Body text uses Liberation Sans (Arial's metrics, so the PDF breaks lines like the Arial .docx); the pohon
kinerja uses DejaVu Sans, the font its layout was measured with (:mod:`kinerja.documents.fonts`). Either
falls back to DejaVu Sans, then to the Bitstream Vera fonts ReportLab ships, so a PDF can always be made.
Base-14 Helvetica is not an option: its encoding lacks "≥", "≤", "⚠" and other characters decrees use.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

BODY = "KinerjaBody"
PICTURE = "KinerjaPicture"
# (regular, bold, italic, bold italic) file names, best first.
_CANDIDATES = {
    BODY: [("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
            "LiberationSans-BoldItalic.ttf"),
           ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
           ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")],
    PICTURE: [("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
              ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")],
}
_STYLES = ("", "-Bold", "-Italic", "-BoldItalic")


def face(family: str, bold: bool = False, italic: bool = False) -> str:
    """The registered ReportLab font name of one face of ``family`` (BODY or PICTURE)."""
    register()
    return family + _STYLES[bold + 2 * italic]


@lru_cache(maxsize=1)
def register() -> None:
    files = _font_files()
    for family, choices in _CANDIDATES.items():
        names = next(c for c in choices if all(n in files for n in c))
        for style, name in zip(_STYLES, names):
            pdfmetrics.registerFont(TTFont(family + style, files[name]))
        for (bold, italic), style in zip(((0, 0), (1, 0), (0, 1), (1, 1)), _STYLES):
            addMapping(family, bold, italic, family + style)


def _font_files() -> dict[str, str]:
    wanted = {n for choices in _CANDIDATES.values() for c in choices for n in c}
    found: dict[str, str] = {}
    dirs = ["/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".local/share/fonts"),
            str(Path.home() / ".fonts")]
    for top in dirs:
        for root, _, names in os.walk(top):
            for name in wanted.intersection(names):
                found.setdefault(name, os.path.join(root, name))
    # ReportLab's own Vera fonts: always there, the last resort.
    for top in rl_config.T1SearchPath + rl_config.TTFSearchPath:
        for name in ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf"):
            path = os.path.join(top, name)
            if name not in found and os.path.exists(path):
                found[name] = path
    return found
