"""Lists and printed directories sort the way each script's readers expect."""

from chamberdesk.i18n.collation import local_name_key, sort_key, sort_key_bytes


def test_accented_latin_sorts_with_its_letter_not_after_z():
    assert sorted(["Zeta", "Émile", "Eduardo"], key=sort_key) == ["Eduardo", "Émile", "Zeta"]


def test_thai_sorts_by_consonant_not_by_leading_vowel():
    # ไก่ (kai) is written vowel-first; code-point order would put it after every consonant-first word.
    assert sorted(["ไก่", "ขา", "กา"], key=sort_key) == ["กา", "ไก่", "ขา"]


def test_japanese_names_sort_by_their_kana_reading():
    names = [("黒瀬精機", "クロセセイキ"), ("青木技研", "あおきぎけん"), ("新井窯業", "あらいようぎょう")]
    ordered = sorted(names, key=lambda n: local_name_key(n[0], "ja", n[1], ""))
    assert [n[0] for n in ordered] == ["青木技研", "新井窯業", "黒瀬精機"]


def test_byte_keys_order_like_the_collation():
    words = ["Zeta", "Émile", "Emile", "ไก่", "กา", "黒瀬", "𠮷田", "ab", "a"]
    assert sorted(words, key=sort_key_bytes) == sorted(words, key=sort_key)
