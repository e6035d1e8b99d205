"""The directory's "Phone, email, web" column, and addresses broken only where they can be."""

from __future__ import annotations

import re

from chamberdesk.print.breaking import break_opportunities
from chamberdesk.print.documents import Target
from chamberdesk.print.scripts import resolve_scripts

from .conftest import pdftotext, render


def _breaks(text: str) -> list[str]:
    return [text[:b] for b in break_opportunities(text, resolve_scripts(text))]


def test_web_and_mail_addresses_break_after_slash_dot_or_at_never_at_a_hyphen():
    assert _breaks("www.arai-ceramics.co.jp") == ["www.", "www.arai-ceramics.", "www.arai-ceramics.co."]
    assert "a.b@" in _breaks("a.b@x-y.in") and "a.b@x-" not in _breaks("a.b@x-y.in")
    assert _breaks("Coir-based") == ["Coir-"]  # an ordinary hyphenated word still breaks


def test_the_directory_prints_phone_and_email_from_the_primary_contact(demo_db, tmp_path):
    path, _result = render(demo_db, "directory", Target(country="IN"), "en,ja", tmp_path)
    text = pdftotext(path)
    assert re.search(r"^\+91 \d", text, re.M)  # international format
    assert re.search(r"@[\w-]+(\.[\w-]+)*\.(in|com)", text.replace("\n", ""))
    assert not re.search(r"www\.[\w.]*-\n", text)  # no address broken at its hyphen
