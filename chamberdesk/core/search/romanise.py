"""Kana readings and romanisations of Japanese names (pykakasi), for search and for suggestions.

pykakasi loads its dictionaries on first use (a few tenths of a second), so it is created only
when a Japanese name is first converted, never at start-up. Its dictionaries know the common form
of a kanji only (髙島 would lose 髙, 山﨑 become やまやま): variants are converted in that form.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..text import common_kanji

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0002ffff]")
# Long vowels as most people type them without macrons: Kōgyō → kogyo, Ōsaka → osaka.
_LONG_VOWELS = (("ou", "o"), ("oo", "o"), ("uu", "u"))


@cache
def _kakasi_instance():
    import pykakasi

    return pykakasi.kakasi()


def _converted(text: str) -> list[dict[str, str]]:
    """pykakasi's parts of a text (orig, hira, hepburn …), variant kanji read as their common form."""
    return _kakasi_instance().convert(common_kanji(text))


def is_japanese(text: str | None) -> bool:
    return bool(text and _JAPANESE.search(text))


# Company forms are left out of a reading: 株式会社青木技研 is sorted and read as あおきぎけん.
_COMPANY_FORMS = re.compile(r"株式会社|有限会社|合同会社|合資会社|合名会社|（株）|\(株\)|㈱|（有）|\(有\)|㈲")


@lru_cache(maxsize=20_000)
def reading(text: str) -> str:
    """The hiragana reading pykakasi proposes (a suggestion: readings of names are often irregular)."""
    text = _COMPANY_FORMS.sub("", text or "")
    if not is_japanese(text):
        return ""
    return "".join(part["hira"] for part in _converted(text)).replace(" ", "")


@lru_cache(maxsize=20_000)
def romaji(text: str) -> str:
    """Hepburn romanisation, one word per space-separated part of the input (黒瀬 直宏 → kurose naohiro)."""
    if not is_japanese(text):
        return ""
    if _KANA_ONLY.match(text):  # readings: a table does in microseconds what pykakasi does in 0.5 ms
        return " ".join(w for w in (kana_romaji(word) for word in text.split()) if w)
    words = []
    for word in text.split():
        words.append("".join(part["hepburn"] for part in _converted(word)).replace(" ", ""))
    return " ".join(w for w in words if w)


_KANA_ONLY = re.compile(r"^[\u3041-\u3096\u30a1-\u30fa\u30fc\s]+$")
_BASIC = dict(zip(
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉゔ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo "
    "ya yu yo ra ri ru re ro wa i e wo n ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo "
    "pa pi pu pe po a i u e o vu".split(), strict=True))
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}


def kana_romaji(kana: str) -> str:
    """Hepburn of a kana reading (katakana read as hiragana): きょうと → kyouto, はっとり → hattori."""
    kana = _hiragana(kana)
    out: list[str] = []
    double_next = False
    for char in kana:
        if char == "っ":
            double_next = True
            continue
        if char in _SMALL_Y and out:
            previous = out.pop()  # き + ょ → kyo; し + ょ → sho; っ + ち + ゃ → tcha
            stem = previous[:-1] if previous.endswith(("shi", "chi", "ji")) else previous[:-1] + "y"
            syllable = stem + _SMALL_Y[char]
        elif char == "ー" and out:
            syllable = out[-1][-1]
        else:
            syllable = _BASIC.get(char, char)
        if double_next and syllable[0].isalpha() and syllable[0] not in "aiueon":
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double_next = False
        out.append(syllable)
    return "".join(out)


def plain_romaji(hepburn: str) -> str:
    """Hepburn without long vowels, as names are usually written in Latin letters (kougyou → kogyo)."""
    for long, short in _LONG_VOWELS:
        hepburn = hepburn.replace(long, short)
    return hepburn


def capitalised(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split())


def suggested_latin(text: str | None) -> str:
    """A Latin spelling to offer for a Japanese name: 黒瀬精密工業 → Kurose Seimitsu Kogyo."""
    if not is_japanese(text):
        return ""
    return _latin_words([part["hepburn"] for word in str(text).split() for part in _converted(word)])


def _latin_words(hepburn: list[str]) -> str:
    return capitalised(" ".join(w for w in (plain_romaji(word) for word in hepburn) if w.strip()))


def _hiragana(kana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in kana)


@lru_cache(maxsize=20_000)
def latin_from_reading(text: str, kana: str) -> str:
    """The Latin spelling of a Japanese name read as ``kana`` says, in the name's words where they can be
    told: 株式会社東海林商事 read ショウジショウジ → Kabushikigaisha Shoji Shoji (pykakasi alone: Tokairin).

    Words whose reading pykakasi agrees with are taken from the front and the back of the name; what is
    left of the reading is one word. Company forms keep their place in the name whether the reading
    includes them or not. A name with Latin letters or digits is romanised from its characters: a
    reading spells those out (ABC → えーびーしー).
    """
    target = "".join(_hiragana(kana).split())
    if not is_japanese(text) or not _KANA_ONLY.match(target or "-"):
        return suggested_latin(text)
    parts = [part for word in text.split() for part in _converted(word)]
    if any(not is_japanese(part["orig"]) for part in parts):
        return _latin_words([part["hepburn"] for part in parts])
    company = [bool(_COMPANY_FORMS.fullmatch(part["orig"])) for part in parts]
    for part, is_form in zip(parts, company, strict=True):
        if is_form:
            target = target.replace(part["hira"], "", 1)
    front: list[str] = []
    back: list[str] = []
    start, end = 0, len(parts)
    while start < end and (company[start] or target.startswith(parts[start]["hira"])):
        if not company[start]:
            target = target[len(parts[start]["hira"]):]
        front.append(parts[start]["hepburn"])
        start += 1
    while end > start and (company[end - 1] or target.endswith(parts[end - 1]["hira"])):
        if not company[end - 1]:
            target = target[:len(target) - len(parts[end - 1]["hira"])]
        back.insert(0, parts[end - 1]["hepburn"])
        end -= 1
    return _latin_words([*front, kana_romaji(target), *back])
