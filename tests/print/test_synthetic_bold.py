"""Japanese in a bold style is drawn bold (IPAex has no bold weight): its outlines are filled and
stroked for that run only, and the PDF still extracts exactly and embeds only subset fonts."""

from __future__ import annotations

import re
import zlib

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from chamberdesk.core.model import Delegation
from chamberdesk.print.documents import DELEGATION, Target
from chamberdesk.print.fonts import register_fonts
from chamberdesk.print.paragraph import ScriptParagraph, Span, text_style

from .conftest import pdffonts, pdftotext, render, squash


def _page_stream(path) -> str:
    data = path.read_bytes()
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S)
    return "\n".join(zlib.decompress(s).decode("latin-1") if s[:1] == b"x" else s.decode("latin-1")
                     for s in streams if b"BT" in s or s[:1] == b"x")


def test_bold_japanese_is_filled_and_stroked_only_for_its_run(tmp_path):
    path = tmp_path / "bold.pdf"
    register_fonts()
    canvas = Canvas(str(path), pagesize=A4, pageCompression=0, initialFontName="NotoSans")
    paragraph = ScriptParagraph([Span("訪日研修 Tour", bold=True), Span(" 𠮷田 通常", bold=False)], text_style(20))
    paragraph.wrap(400, 100)
    paragraph.drawOn(canvas, 50, 700)
    canvas.save()
    stream = _page_stream(path)
    assert stream.count(" 2 Tr") == 1 and stream.count(" 0 Tr") == 1
    bold = stream[stream.index(" 2 Tr"):stream.index(" 0 Tr")]
    assert "0.500 w" in stream[:stream.index(" 2 Tr")]  # 2.5% of 20 pt
    assert bold.count("Tj") == 1  # 訪日研修 alone; "Tour" (Noto Sans Bold) and the regular run are outside
    assert pdftotext(path).split() == ["訪日研修", "Tour", "𠮷田", "通常"]
    assert all(f["emb"] == "yes" and f["sub"] == "yes" for f in pdffonts(path))
    assert {f["name"].split("+")[1] for f in pdffonts(path)} == {"IPAexGothic", "NotoSans-Bold", "NotoSans-Regular",
                                                                  "ChamberDeskJPSupplement-Regular"}


def test_a_japanese_first_roster_has_a_bold_japanese_title_that_extracts_exactly(demo_db, tmp_path):
    with demo_db.read() as session:
        record = session.scalar(select(Delegation.id).where(Delegation.title.contains("Kerala SME Study Tour")))
    path, result = render(demo_db, "roster", Target(DELEGATION, record), "ja,en", tmp_path)
    assert result.missing == []
    assert "ケララ州中小企業 訪日研修ツアー 2027" in pdftotext(path)
    assert squash("ケララ州中小企業訪日研修ツアー2027") in squash(pdftotext(path))
    assert all(f["emb"] == "yes" and f["sub"] == "yes" and f["uni"] == "yes" for f in pdffonts(path))
