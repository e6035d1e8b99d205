"""Marked content with /ActualText, so a PDF's text extracts as it was written.

Measured (PLATFORM-NOTES): shaped Devanagari, Malayalam and Thai extract as private-use code
points in visual order, and reportlab's ToUnicode map writes four hex digits, which garbles
characters outside the BMP (𠮷). Wrapping the text operators of such a piece in
``/Span <</ActualText <FEFF…>>> BDC … EMC`` makes poppler and Acrobat extract the original string.

The hook is the text object reportlab's Paragraph writes its lines through: every piece a line
draws passes ``_formatText`` on its way into the page.
"""

from __future__ import annotations

import re

from reportlab.pdfgen.textobject import PDFTextObject

_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")


def _needs_actual_text(text: str) -> str | None:
    actual = getattr(text, "actual", None)
    if actual is not None:
        return actual
    if _BEYOND_BMP.search(text):
        return str(text)
    return None


def marked(code: str, actual: str) -> str:
    utf16 = ("\ufeff" + actual).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{utf16}>>> BDC {code} EMC"


class ActualTextObject(PDFTextObject):
    def _formatText(self, text: str) -> str:
        code = super()._formatText(text)
        actual = _needs_actual_text(text) if text else None
        return code if actual is None else marked(code, actual)
