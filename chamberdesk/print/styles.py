"""The type sizes and colours every document uses, so the documents look like one family."""

from __future__ import annotations

from reportlab.lib.colors import HexColor

from .paragraph import text_style

INK = HexColor("#1a1a1a")
MUTED = HexColor("#5c6670")  # secondary language, captions
RULE = HexColor("#9aa5ae")
HAIRLINE = HexColor("#c9d0d6")
HEADER_FILL = HexColor("#e8edf1")
BAND_FILL = HexColor("#f5f7f9")
ACCENT = HexColor("#1f4e79")

BODY = text_style(9, color=INK, name="body")
CELL = text_style(8.5, color=INK, name="cell")
CELL_RIGHT = text_style(8.5, color=INK, align="right", name="cell-right")
COLUMN_HEAD = text_style(7.5, color=INK, name="column-head")
FRAME_TEXT = text_style(7, color=MUTED, name="frame")
FRAME_TEXT_RIGHT = text_style(7, color=MUTED, align="right", name="frame-right")
TITLE = text_style(16, color=ACCENT, leading=1.2, name="title")
SECTION = text_style(11.5, color=ACCENT, leading=1.2, name="section")

SECONDARY_SCALE = 0.88  # the second language's line, under the first
