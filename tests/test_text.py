"""Search folding: one key for every way a name can be typed, without harming Indic or Thai text."""

from chamberdesk.core.search.romanise import latin_from_reading, reading, romaji, suggested_latin
from chamberdesk.core.text import fold, script_language


def test_width_case_kana_and_accents_fold_together():
    assert fold("ＫＵＲＯＳＥ") == fold("kurose")
    assert fold("カタカナ") == fold("かたかな") == fold("ｶﾀｶﾅ")
    assert fold("Müller Café") == "muller cafe"


def test_indic_and_thai_marks_survive():
    for text in ("കേരളം", "क्षत्रिय", "กรมส่งเสริมอุตสาหกรรม"):
        assert fold(text) == text


def test_variant_kanji_fold_to_the_form_typed_first():
    assert fold("髙橋") == fold("高橋") == "高橋"
    assert fold("渡邊") == fold("渡邉") == fold("渡辺")
    assert fold("齋藤") == fold("齊藤") == fold("斎藤")
    assert fold("山﨑") == fold("山崎") and fold("𠮷田") == fold("吉田")
    assert fold("ﾀｶﾊｼ") == fold("たかはし")  # kana folding still applies after the kanji table


def test_latin_letters_without_a_decomposition_fold_to_plain_letters():
    assert fold("Ørsted") == fold("ØRSTED") == "orsted"
    assert fold("Æbeltoft Œuvre") == "aebeltoft oeuvre"
    assert fold("Łódź") == "lodz" and fold("Đorđević") == "dordevic"
    assert fold("Þórður") == "thordur" and fold("Straße") == "strasse"
    assert fold("orsted") == "orsted"  # ASCII is returned as it is (the fast path)


def test_the_language_of_a_local_name_is_that_of_its_script():
    assert script_language("株式会社髙島精機") == script_language("ｶﾀｶﾅ") == script_language("𠮷田") == "ja"
    assert script_language("株式会社ABCテック") == "ja"
    assert script_language("गणेश") == "hi" and script_language("മേനോൻ") == "ml"
    assert script_language("สมชาย") == "th" and script_language("தமிழ்") == "ta" and script_language("서울") == "ko"
    assert script_language("Müller Café") is None and script_language("") is None and script_language(None) is None
    assert script_language(None, "Anjali", "അഞ്ജലി") == "ml"  # the first name with a script decides


def test_variant_kanji_are_read_and_romanised_in_their_common_form():
    assert reading("株式会社髙島精機") == "たかしませいき"
    assert suggested_latin("株式会社髙島精機") == "Kabushikigaisha Takashima Seiki"
    assert (reading("髙橋"), suggested_latin("髙橋")) == ("たかはし", "Takahashi")
    assert romaji("山﨑 一郎") == "yamazaki ichirou" and reading("渡邊") == reading("渡辺")


def test_a_reading_spells_the_latin_name_in_the_names_own_words():
    assert latin_from_reading("株式会社髙島精機", "タカシマセイキ") == "Kabushikigaisha Takashima Seiki"
    assert latin_from_reading("株式会社東海林商事", "しょうじしょうじ") == "Kabushikigaisha Shoji Shoji"
    assert latin_from_reading("高島精機株式会社", "カブシキガイシャタカシマセイキ") == "Takashima Seiki Kabushikigaisha"
    assert latin_from_reading("株式会社髙島精機", "Takashima") == "Kabushikigaisha Takashima Seiki"  # no kana


def test_kanji_alone_are_chinese_in_a_country_that_writes_chinese_and_kana_are_japanese_anywhere():
    from chamberdesk.core.text import script_language

    assert script_language("测试有限公司") == "ja" and script_language("测试有限公司", country="CN") == "zh"
    assert script_language("台北精密", country="tw") == "zh" and script_language("黒瀬", country="JP") == "ja"
    assert script_language("株式会社テスト", country="CN") == "ja"  # kana: Japanese wherever it is
    assert script_language("สมชาย", country="CN") == "th" and script_language("Kurose") is None
