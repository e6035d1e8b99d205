"""Text folding for search: the same key for every way a user may type the same name."""

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


def fold(text: str | None) -> str:
    """NFKC (full/half width), case folding, katakana → hiragana, variant kanji, Latin accents removed.

    Only Latin combining accents are removed: the vowel signs of Devanagari, Malayalam and
    Thai are combining marks too, and removing them would change the word.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():  # most names: nothing to decompose (fold runs 400,000 times in an import)
        return text
    text = text.translate(_KATAKANA_TO_HIRAGANA).translate(_KANJI_VARIANTS)
    stripped = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", stripped)


def search_key(*parts: str | None) -> str:
    """One folded string of all searchable parts, separated so a match cannot span two parts."""
    return "\x1f".join(dict.fromkeys(folded for p in parts if p and (folded := fold(p))))
