"""The text layer without a PDF: scripts, fonts per character, line-break opportunities, names."""

from __future__ import annotations

import pytest

from chamberdesk.core.enums import NameOrder

from chamberdesk.i18n.names import format_name
from chamberdesk.print.breaking import break_opportunities
from chamberdesk.print.coverage import GlyphReport, Origin
from chamberdesk.print.fonts import Script
from chamberdesk.print.paragraph import ScriptParagraph, text_style
from chamberdesk.print.scripts import choose_fonts, resolve_scripts


def fonts_of(text: str, bold: bool = False) -> list[str | None]:
    return [f.name if f else None for f in choose_fonts(text, resolve_scripts(text), bold)]


def test_thai_digits_and_brackets_take_noto_sans_which_has_them():
    text = "บริษัท (2024) จำกัด"
    fonts = dict(zip(text, fonts_of(text)))
    assert fonts["บ"] == "NotoSansThai" and fonts[" "] == "NotoSansThai"
    assert {fonts[c] for c in "(2024)"} == {"NotoSans"}


def test_bold_thai_digits_stay_bold():
    assert set(fonts_of("ปี 2567", bold=True)[-4:]) == {"NotoSans-Bold"}


def test_indic_digits_and_punctuation_stay_in_the_script_font_that_has_them():
    assert set(fonts_of("कंपनी 2024, लिमिटेड")) == {"NotoSansDevanagari"}
    assert set(fonts_of("കേരളം 2024")) == {"NotoSansMalayalam"}


def test_japanese_outside_ipaex_goes_to_the_supplement_and_variation_selectors_stay_invisible():
    text = "𠮷田 葛\U000e0100城 ⦅株⦆"
    fonts = dict(zip(text, fonts_of(text)))
    assert fonts["𠮷"] == fonts["\U000e0100"] == fonts["⦅"] == "ChamberDeskJPSupplement"
    assert fonts["田"] == fonts["葛"] == "IPAexGothic"


def test_an_opening_bracket_joins_the_run_after_it():
    text = "Spices （ケララ）"
    scripts = resolve_scripts(text)
    assert scripts[text.index("（")] is Script.JAPANESE and scripts[text.index(" ")] is Script.LATIN


def test_characters_no_font_has_are_reported_with_their_origin_and_left_out():
    report = GlyphReport()
    origin = Origin("person", 7, "Kim Minji", "given_name_local")
    paragraph = ScriptParagraph("김민지 😀 ok", text_style(9), report=report, origin=origin)
    assert [m.code for m in report.missing] == ["U+AE40", "U+BBFC", "U+C9C0", "U+1F600"]
    assert all(m.origin == origin for m in report.missing)
    assert "U+AE40 HANGUL SYLLABLE GIM in person 7 (Kim Minji), field given_name_local" in str(report.missing[0])
    assert paragraph.getPlainText() == "  ok"


def test_japanese_breaks_between_characters_but_not_before_closing_punctuation():
    text = "会議（東京）。次"
    breaks = break_opportunities(text, resolve_scripts(text))
    assert text.index("）") not in breaks and text.index("。") not in breaks and text.index("東") not in breaks
    assert text.index("議") in breaks and text.index("次") in breaks


def test_thai_breaks_between_dictionary_words_not_inside_them():
    text = "ผู้อำนวยการกองความร่วมมือระหว่างประเทศ"
    starts = break_opportunities(text, resolve_scripts(text))
    words = [text[a:b] for a, b in zip([0, *starts], [*starts, len(text)])]
    assert words == ["ผู้อำนวยการ", "กอง", "ความร่วมมือ", "ระหว่างประเทศ"]


def test_indic_words_break_only_at_spaces():
    text = "क्षत्रिय श्रीवास्तव"
    assert break_opportunities(text, resolve_scripts(text)) == [text.index("श")]


def test_a_word_wider_than_its_column_is_cut_between_clusters_never_inside_one():
    paragraph = ScriptParagraph("ശ്രീലക്ഷ്മിക്കുട്ടിയമ്മ", text_style(12))
    starts = [line.start for line in paragraph.lines_for([40])]
    text = paragraph.getPlainText()
    assert len(starts) > 1
    assert all(text[s - 1] != "\u0d4d" and not ("\u0d3e" <= text[s] <= "\u0d4d") for s in starts[1:])


class Person:
    def __init__(self, **values):
        defaults = dict(family_name="", given_name=None, family_name_local=None, given_name_local=None,
                        local_lang=None, honorific=None)
        self.__dict__.update({**defaults, **values})


KUROSE = Person(family_name="Kurose", given_name="Naohiro", family_name_local="黒瀬", given_name_local="直宏",
                local_lang="ja", honorific="Mr.")
MENON = Person(family_name="Menon", given_name="Anita", family_name_local="മേനോൻ", given_name_local="അനിത",
               local_lang="ml", honorific="Ms.")


@pytest.mark.parametrize(("person", "lang", "expected"), [
    (KUROSE, "ja", "黒瀬 直宏 様"), (KUROSE, "en", "Mr. Naohiro Kurose"), (MENON, "ja", "Anita Menon 様"),
    (MENON, "ml", "ശ്രീമതി അനിത മേനോൻ"), (MENON, "en", "Ms. Anita Menon"), (MENON, "id", "Ibu Anita Menon"),
    (Person(family_name="Sharma", given_name="Pankaj", family_name_local="शर्मा", given_name_local="पंकज",
            local_lang="hi", honorific="Shri"), "hi", "श्री पंकज शर्मा"),
    (Person(family_name="Suwannarat", given_name="Somchai", family_name_local="สุวรรณรัตน์", given_name_local="สมชาย",
            local_lang="th", honorific="Mr."), "th", "คุณสมชาย สุวรรณรัตน์"),
    (Person(family_name="Setiawan", given_name="Gilang", local_lang="id", honorific="Bapak"), "en", "Mr. Gilang Setiawan"),
    (Person(family_name="Abe", given_name="Ken", honorific="Hon."), "en", "Hon. Ken Abe"),
])
def test_names_follow_each_languages_order_and_honorific(person, lang, expected):
    assert format_name(person, lang, honorific=True) == expected


def test_a_name_recorded_family_first_keeps_that_order_in_latin_script():
    kurose = Person(**{**KUROSE.__dict__, "name_order": NameOrder.FAMILY_FIRST, "honorific": "Dr."})
    assert format_name(kurose, "en", honorific=True) == "Dr. Kurose Naohiro"  # as the 2024 MoU writes it
    assert format_name(kurose, "ja", honorific=True) == "黒瀬 直宏 様"


def test_without_honorific_japanese_is_family_first_and_latin_given_first():
    assert format_name(KUROSE, "ja") == "黒瀬 直宏" and format_name(KUROSE, "en") == "Naohiro Kurose"
    assert format_name(MENON, "th") == "Anita Menon"  # no Thai name: the Latin one
