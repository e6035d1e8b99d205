"""Text folding for search (the same key for every way a user may type the same name), and which
language a local name is written in."""

from __future__ import annotations

import re
import unicodedata

# Katakana → hiragana is a fixed offset over the kana block (ァ U+30A1 … ヶ U+30F6).
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_LATIN_ACCENTS = re.compile("[\u0300-\u036f]")
# Variant (old or ornamental) kanji that family registers keep and people rarely type: 髙橋 is
# found by 高橋, 渡邊 and 渡邉 by 渡辺, 齋藤 by 斎藤. Each variant → the form an IME offers first.
# Only the key folds: names are stored and printed as written.
_KANJI_VARIANTS = str.maketrans({
    "髙": "高", "﨑": "崎", "嵜": "崎", "邊": "辺", "邉": "辺", "澤": "沢", "濱": "浜", "齋": "斎", "齊": "斎",
    "斉": "斎", "廣": "広", "國": "国", "櫻": "桜", "瀧": "滝", "眞": "真", "冨": "富", "德": "徳", "惠": "恵",
    "槇": "槙", "嶋": "島", "嶌": "島", "峯": "峰", "條": "条", "壽": "寿", "實": "実", "會": "会", "藏": "蔵",
    "𠮷": "吉", "𡈽": "土", "黑": "黒", "淺": "浅", "檜": "桧", "曾": "曽", "靜": "静", "關": "関", "戶": "戸",
    "龍": "竜", "籠": "篭", "鷗": "鴎", "驒": "騨", "瀨": "瀬", "禮": "礼", "兒": "児", "譽": "誉",
})
# Latin letters NFD does not decompose into a letter and an accent: Ørsted is found by orsted as
# Müller is by muller (ß needs none: casefold makes it ss). Lower case only: fold casefolds first.
_LATIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ð": "d", "đ": "d", "ł": "l", "þ": "th"})
_FOLD = {**_KATAKANA_TO_HIRAGANA, **_KANJI_VARIANTS, **_LATIN_LETTERS}


# Malayalam's chillu letters are written two ways that look the same: the atomic letter (ർ, Unicode
# 5.1) and the older consonant + virama + zero-width joiner (ര്‍). Both fold to the atomic one; other
# zero-width characters (a stray ZWSP, a BOM) fold to nothing.
_OLD_CHILLU = re.compile("([ണനരലളക])\u0d4d\u200d")
_CHILLU = {"ണ": "\u0d7a", "ന": "\u0d7b", "ര": "\u0d7c", "ല": "\u0d7d", "ള": "\u0d7e", "ക": "\u0d7f"}
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")


def fold(text: str | None) -> str:
    """NFKC (full/half width), case folding, katakana → hiragana, variant kanji, Latin accents removed,
    Latin letters without a decomposition spelled plainly (ø → o, æ → ae, ł → l).

    Only Latin combining accents are removed: the vowel signs of Devanagari, Malayalam and
    Thai are combining marks too, and removing them would change the word.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():  # most names: nothing to decompose (fold runs 400,000 times in an import)
        return text
    text = text.translate(_FOLD)
    if "\u200d" in text:
        text = _OLD_CHILLU.sub(lambda old: _CHILLU[old.group(1)], text)
    text = _ZERO_WIDTH.sub("", text)
    stripped = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", stripped)


# Japanese legal forms as lists abbreviate them ((株)山田, ㈱山田, 山田(有): folded, all "(株)"), and
# as they are written out.
_ABBREVIATED_FORMS = {"(株)": "株式会社", "(有)": "有限会社", "(合)": "合同会社", "(資)": "合資会社", "(名)": "合名会社"}
_LEGAL_FORM = re.compile("|".join(map(re.escape, [*_ABBREVIATED_FORMS, *_ABBREVIATED_FORMS.values()])))


def _written_out(form: re.Match[str]) -> str:
    return _ABBREVIATED_FORMS.get(form.group(), form.group())


def search_key(*parts: str | None) -> str:
    """One folded string of all searchable parts, separated so a match cannot span two parts; a part
    with an abbreviated legal form also written out ((株)山田 is found by 株式会社 and by 山田 株式会社)."""
    forms: list[str] = []
    for part in parts:
        folded = fold(part)
        if folded:
            forms.append(folded)
        if "(" in folded:
            forms.append(_LEGAL_FORM.sub(_written_out, folded))
    return "\x1f".join(dict.fromkeys(forms))


def search_words(typed: str | None) -> list[str]:
    """The folded words of a search as typed, a legal form a word of its own whether abbreviated or
    not: (株)山田 and 株式会社山田 are the words 株式会社 and 山田, which find 山田製作所株式会社 too."""
    return _LEGAL_FORM.sub(lambda form: f" {_written_out(form)} ", fold(typed)).split()


def common_kanji(text: str) -> str:
    """Variant kanji written in their common form (髙島 → 高島), for dictionaries that know only that."""
    return text if text.isascii() else text.translate(_KANJI_VARIANTS)


# The first letter of one of these scripts decides the language of a local name; Latin letters,
# digits and signs decide nothing (株式会社ABCテック is Japanese, Siam Trading no language).
_HAN = "han"  # kanji or hanzi: Japanese, unless the country writes Chinese (and no kana says Japanese)
_CHINESE_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "SG"})
_SCRIPT_LANGUAGES = (
    (0x0900, 0x097F, "hi"),  # Devanagari
    (0x0B80, 0x0BFF, "ta"),  # Tamil
    (0x0D00, 0x0D7F, "ml"),  # Malayalam
    (0x0E00, 0x0E7F, "th"),  # Thai
    (0x1100, 0x11FF, "ko"),  # Hangul jamo
    (0x3040, 0x30FF, "ja"),  # hiragana, katakana
    (0x3130, 0x318F, "ko"),  # Hangul compatibility jamo
    (0x31F0, 0x31FF, "ja"),  # katakana extensions
    (0x3400, 0x4DBF, _HAN),  # kanji (CJK extension A)
    (0x4E00, 0x9FFF, _HAN),  # kanji
    (0xAC00, 0xD7AF, "ko"),  # Hangul syllables
    (0xF900, 0xFAFF, _HAN),  # compatibility kanji (﨑)
    (0xFF66, 0xFF9F, "ja"),  # half-width katakana
    (0x20000, 0x2FFFF, _HAN),  # kanji (extensions B–F: 𠮷)
)


def script_language(*texts: str | None, country: str | None = None) -> str | None:
    """The language a local name is most likely in, from its script: kana → ja, kanji → ja (zh in a
    country that writes Chinese: CN, TW, HK, MO, SG), Devanagari → hi, Malayalam → ml, Thai → th,
    Tamil → ta, Hangul → ko; None for Latin letters (or nothing)."""
    found = None
    for text in texts:
        if not text or text.isascii():
            continue
        for char in text:
            code = ord(char)
            if code < 0x0900:
                continue
            for first, last, language in _SCRIPT_LANGUAGES:
                if first <= code <= last:
                    if language != _HAN:
                        return language
                    found = _HAN  # kana later in the name may still say Japanese
                    break
    if found is None:
        return None
    return "zh" if (country or "").upper() in _CHINESE_COUNTRIES else "ja"
