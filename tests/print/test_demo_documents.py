"""Every document in every language pair from the demo data: built, fonts embedded and subset,
no character left out, the frame's page numbers and dates in both languages, metadata set."""

from __future__ import annotations

import subprocess

import pytest
from sqlalchemy import select

from chamberdesk.core.model import Agreement, Delegation, Meeting
from chamberdesk.print.documents import AGREEMENT, DELEGATION, MEETING, Target

from .conftest import PAIRS, page_count, pdffonts, pdftotext, render, squash

CASES = [("roster", DELEGATION), ("itinerary", DELEGATION), ("badges", DELEGATION), ("tents", DELEGATION),
         ("agenda", MEETING), ("sign-in", MEETING), ("badges", MEETING), ("tents", MEETING), ("directory", None),
         ("agreement", AGREEMENT)]


def _last(store, model, title_part: str) -> int:
    with store.read() as session:
        return session.scalar(select(model.id).where(model.title.contains(title_part)).order_by(model.id.desc()))


@pytest.mark.parametrize("langs", PAIRS + ("ja,en",))
@pytest.mark.parametrize(("document", "kind"), CASES)
def test_demo_documents_print_in_every_pair(demo_db, tmp_path, document, kind, langs):
    record = {DELEGATION: _last(demo_db, Delegation, "Kerala SME Study Tour"),
              MEETING: _last(demo_db, Meeting, "Regular Meeting"),
              AGREEMENT: _last(demo_db, Agreement, "COOPERATION FOR SMEs IN ASIA")}.get(kind)
    path, result = render(demo_db, document, Target(kind, record), langs, tmp_path)
    assert result.missing == [] and result.notes == []
    fonts = pdffonts(path)
    assert fonts and all(f["emb"] == "yes" and f["sub"] == "yes" and f["uni"] == "yes" for f in fonts)
    text = squash(pdftotext(path))
    pages = page_count(path)
    assert result.pages == pages
    primary, _, secondary = langs.partition(",")
    expected_page = {"en": f"Page1of{pages}", "ja": f"1/{pages}ページ", "ml": f"പേജ്1/{pages}",
                     "hi": f"पृष्ठ1/{pages}", "th": f"หน้า1จาก{pages}", "id": f"Halaman1dari{pages}"}
    for lang in (primary, secondary):
        assert expected_page[lang] in text


def test_pdf_metadata_names_title_author_subject_and_language(demo_db, tmp_path):
    record = _last(demo_db, Delegation, "Kerala SME Study Tour")
    path, _result = render(demo_db, "roster", Target(DELEGATION, record), "en,ja", tmp_path)
    info = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True, check=True).stdout.decode()
    assert "Title:           Delegation roster / 参加者名簿 — Kerala SME Study Tour to Japan 2027" in info
    assert "Author:          Indo Japan Chamber of Commerce Kerala" in info
    assert "ケララ州中小企業 訪日研修ツアー 2027" in info  # the subject, in both languages
    catalog = path.read_bytes()
    assert b"/Lang (en)" in catalog


def test_thai_dates_count_years_in_the_buddhist_era(demo_db, tmp_path):
    record = _last(demo_db, Delegation, "Kerala SME Study Tour")
    path, _result = render(demo_db, "roster", Target(DELEGATION, record), "en,th", tmp_path)
    text = pdftotext(path)
    assert "จัดทำเมื่อ 1 กุมภาพันธ์ พ.ศ. 2570" in text  # 2027 + 543


def test_an_agreement_prints_its_two_languages_side_by_side(demo_db, tmp_path):
    from .test_layout import words_on_page

    record = _last(demo_db, Agreement, "COOPERATION FOR SMEs IN ASIA")
    path, _result = render(demo_db, "agreement", Target(AGREEMENT, record), "en,ja", tmp_path)
    words = words_on_page(path)
    middle = 595.28 / 2
    english = [w for w in words if w[0] == "learning"]
    japanese = [w for w in words if "学習" in w[0]]
    assert english and japanese
    assert all(w[3] < middle for w in english) and all(w[1] > middle for w in japanese)


def test_an_agreement_without_text_in_the_second_language_prints_one_column(demo_db, tmp_path):
    record = _last(demo_db, Agreement, "COOPERATION FOR SMEs IN ASIA")  # English and Japanese only
    path, _result = render(demo_db, "agreement", Target(AGREEMENT, record), "en,th", tmp_path)
    text = pdftotext(path)
    assert text.count("To solve the problems faced by the SMEs") == 1
