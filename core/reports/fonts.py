"""The bundled Times New Roman–compatible fonts (Liberation Serif, SIL OFL 1.1)."""

from __future__ import annotations

from core.config import resources_dir

FAMILY = "XaSoSerif"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
_FILES = {FAMILY: "LiberationSerif-Regular.ttf", BOLD: "LiberationSerif-Bold.ttf",
          ITALIC: "LiberationSerif-Italic.ttf", BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf"}
_registered = False


def register() -> None:
    """Register the four faces once; every PC embeds the same glyphs in its PDFs."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    _registered = True
