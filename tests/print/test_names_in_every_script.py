"""Every document in every language pair, from records in every script: each name printed
extracts with pdftotext in the right order, fonts are embedded and subset, nothing is boxed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from chamberdesk.core.model import Member, Person
from chamberdesk.print.bilingual import LanguagePair, names_in, values_in
from chamberdesk.print.documents import DELEGATION, MEETING, Target

from .conftest import PAIRS, pdffonts, pdftotext, render, squash
from .world import UNCOVERED

# document → the target it is printed for, and whether it prints people's company names
DOCUMENTS = {
    "roster": DELEGATION, "itinerary": DELEGATION, "agenda": MEETING, "sign-in": MEETING,
    "badges": DELEGATION, "tents": MEETING, "directory": None,
}


def _target(world, kind):
    return Target(kind, world.delegation if kind == DELEGATION else world.meeting) if kind else Target()


def _expected_names(store, world, document: str, pair: LanguagePair) -> list[str]:
    """The names the document prints, as our name rules write them in the pair's languages."""
    with store.read() as session:
        if document == "directory":
            members = session.scalars(select(Member)).all()
            return [span.text for m in members for span in values_in(pair, m, "name")]
        people = session.scalars(select(Person).where(Person.id.in_(world.people.values()))).all()
        if document == "agenda":
            people = [p for p in people if p.id in {world.people[k] for k in ("yoshida", "sreelakshmi", "patcharaporn")}]
        if document == "itinerary":
            people = [p for p in people if p.id == world.people["yoshida"]]
        return [span.text.replace(UNCOVERED, "") for p in people
                for span in names_in(pair, p, honorific=document == "tents")]


@pytest.mark.parametrize("langs", PAIRS)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_name_extracts_in_order_and_every_font_is_embedded(world_db, tmp_path, document, langs):
    store, world = world_db
    path, result = render(store, document, _target(world, DOCUMENTS[document]), langs, tmp_path)
    text = squash(pdftotext(path))
    pair = LanguagePair.parse(langs)
    expected = _expected_names(store, world, document, pair)
    assert expected
    missing = [name for name in expected if squash(name) not in text]
    assert missing == []
    fonts = pdffonts(path)
    assert fonts and all(font["emb"] == "yes" and font["sub"] == "yes" for font in fonts), fonts
    assert all(not font["name"].startswith(("Helvetica", "Times", "Courier")) for font in fonts)
    assert "\ue000" not in text and "\ufffd" not in text  # no private-use glyph codes, no replacement marks


@pytest.mark.parametrize(("langs", "literal"), [
    ("en,ja", "𠮷田 太郎"), ("en,ja", "株式会社𠮷田製作所"), ("ja,en", "𠮷田 太郎"),
    ("en,ml", "ശ്രീലക്ഷ്മി കൃഷ്ണൻ"), ("en,ml", "കേരളം ടെക്സ്റ്റൈൽസ്"),
    ("en,hi", "क्षत्रिय श्रीवास्तव"), ("en,hi", "श्री कृष्ण उद्योग प्राइवेट लिमिटेड"),
    ("en,th", "พัชราภรณ์ ศรีสวัสดิ์"), ("en,th", "บริษัท ไทยสมุนไพร (2024) จำกัด"),
    ("en,id", "Ni Luh Ayu Kusumawardhani"), ("en,id", "Direktur Utama"), ("en,ja", "Zoë Ångström-Müller"),
])
def test_names_we_wrote_by_hand_come_back_exactly(world_db, tmp_path, langs, literal):
    store, world = world_db
    path, _result = render(store, "roster", Target(DELEGATION, world.delegation), langs, tmp_path)
    assert squash(literal) in squash(pdftotext(path))


def test_malayalam_vowel_signs_extract_in_logical_order(world_db, tmp_path):
    store, world = world_db
    path, _result = render(store, "roster", Target(DELEGATION, world.delegation), "en,ml", tmp_path)
    text = pdftotext(path)
    assert "കേരളം" in text and "േകരളം" not in text


@pytest.mark.parametrize("document", ["roster", "sign-in", "badges", "tents"])  # those that print her name
def test_a_character_no_font_has_is_reported_with_its_record_and_not_printed(world_db, tmp_path, document):
    store, world = world_db
    path, result = render(store, document, _target(world, DOCUMENTS[document]), "en,ja", tmp_path)
    reported = [m for m in result.missing if m.char == UNCOVERED]
    assert [str(m.origin.record_id) for m in reported] == [str(world.people["uncovered"])]
    assert reported[0].code == "U+28CDD" and "given_name_local" in str(reported[0])
    assert UNCOVERED not in pdftotext(path)
    assert "子" in pdftotext(path)  # the rest of the name prints
