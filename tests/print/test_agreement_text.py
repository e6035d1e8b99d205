"""The agreement's text: nothing dropped in a single column, the parties and dates in both
languages in one style, the preamble above the clauses."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from chamberdesk.core.demo import load_demo
from chamberdesk.core.model import Agreement
from chamberdesk.print.documents import AGREEMENT, Target
from chamberdesk.store import open_store

from .conftest import TODAY, pdffonts, pdftotext, render, squash


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo database of our own: one test writes a preamble into it."""
    store = open_store(tmp_path_factory.mktemp("agreement") / "demo.sqlite")
    load_demo(store, today=TODAY)
    yield store
    store.dispose()


def _agreement(store, title_part: str) -> int:
    with store.read() as session:
        return session.scalar(select(Agreement.id).where(Agreement.title.contains(title_part)))


@pytest.mark.parametrize("langs", ["ja", "th", "en", "id"])
def test_a_single_column_falls_back_to_english_where_the_local_text_is_missing(demo, tmp_path, langs):
    record = _agreement(demo, "Further Synergy")  # Thai headings, no Thai bodies
    path, result = render(demo, "agreement", Target(AGREEMENT, record), langs, tmp_path)
    text = squash(pdftotext(path))
    assert squash("Both sides encourage business") in text
    assert squash("Exchange of know-how") in text
    assert all(f["emb"] == "yes" and f["sub"] == "yes" for f in pdffonts(path))


def test_side_by_side_the_missing_local_body_leaves_its_column_empty(demo, tmp_path):
    record = _agreement(demo, "Further Synergy")
    path, _result = render(demo, "agreement", Target(AGREEMENT, record), "en,th", tmp_path)
    text = pdftotext(path)
    assert text.count("Both sides encourage business") == 1
    assert "การจับคู่ธุรกิจ" in text  # the Thai heading is there


def test_the_parties_are_named_in_the_second_language_too(demo, tmp_path):
    record = _agreement(demo, "Further Synergy")
    path, _result = render(demo, "agreement", Target(AGREEMENT, record), "en,th", tmp_path)
    text = squash(pdftotext(path))
    assert squash("Organization for Small and Medium Enterprises and Regional Innovation, Japan – "
                  "Department of Industrial Promotion") in text
    assert squash("กรมส่งเสริมอุตสาหกรรม") in text.split(squash("Article 1"))[0]


def test_validity_is_written_in_one_range_style_open_ended_or_not(demo, tmp_path):
    open_ended = _agreement(demo, "COOPERATION FOR SMEs IN ASIA")
    path, _result = render(demo, "agreement", Target(AGREEMENT, open_ended), "ja,en", tmp_path)
    text = pdftotext(path)
    assert re.search(r"\n\d{4}年\d{1,2}月\d{1,2}日～期限なし\n[A-Z][a-z]{2} \d{1,2}, \d{4}\s–\sopen-ended\n", text)
    bounded = _agreement(demo, "Further Synergy")
    path, _result = render(demo, "agreement", Target(AGREEMENT, bounded), "ja", tmp_path)
    assert re.search(r"有効期間\s\d{4}年\d{1,2}月\d{1,2}日～\d{4}年\d{1,2}月\d{1,2}日\n", pdftotext(path))


def test_the_preamble_prints_above_the_clauses(demo, tmp_path):
    record = _agreement(demo, "Further Synergy")
    with demo.session() as session, session.begin():
        agreement = session.get(Agreement, record)
        agreement.preamble = "Recognising the importance of SMEs to both economies,"
        agreement.preamble_local = None
    for langs in ("en,th", "ja"):
        path, _result = render(demo, "agreement", Target(AGREEMENT, record), langs, tmp_path)
        text = squash(pdftotext(path))
        assert squash("Recognising the importance of SMEs to both economies,") in text
        assert text.index(squash("Recognising")) < text.index(squash("Business-to-business matching"))
