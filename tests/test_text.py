"""Search folding: one key for every way a name can be typed, without harming Indic or Thai text."""

from chamberdesk.core.text import fold


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
