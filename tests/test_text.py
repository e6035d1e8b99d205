"""Search folding: one key for every way a name can be typed, without harming Indic or Thai text."""

from chamberdesk.core.text import fold


def test_width_case_kana_and_accents_fold_together():
    assert fold("ＫＵＲＯＳＥ") == fold("kurose")
    assert fold("カタカナ") == fold("かたかな") == fold("ｶﾀｶﾅ")
    assert fold("Müller Café") == "muller cafe"


def test_indic_and_thai_marks_survive():
    for text in ("കേരളം", "क्षत्रिय", "กรมส่งเสริมอุตสาหกรรม"):
        assert fold(text) == text
