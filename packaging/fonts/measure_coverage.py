#!/usr/bin/env python3
"""Measure which characters the bundled fonts in resources/fonts/ cover.

Prints the coverage figures quoted in resources/fonts/README.md:

* the JIS X 0213:2004 repertoire (all of plane 1 and plane 2): how many
  characters are a single code point, how many are combining sequences,
  how many IPAex Gothic / Mincho cover, how many the
  ChamberDesk JP Supplement adds, and how many stay uncovered;
* the same for Windows-31J (cp932, what Windows users type), without its
  private-use area;
* which assigned characters of the Devanagari, Malayalam and Thai blocks
  the Noto Sans fonts for those scripts lack.

Needs only fontTools (``pip install fonttools``).  Run from anywhere:

    python packaging/fonts/measure_coverage.py            # human-readable
    python packaging/fonts/measure_coverage.py --json     # machine-readable

build_jp_supplement.py imports the repertoire and gap functions from this
file, so the font and the figures are always computed the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from fontTools.ttLib import TTFont

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SUPPLEMENT_FILE = "ChamberDeskJPSupplement-Regular.ttf"
IPAEX_FILES = ("ipaexg.ttf", "ipaexm.ttf")

# JIS X 0213 plane 2 only uses these rows (kuten rows).  Python's
# euc_jis_2004 codec also decodes the JIS X 0212 rows behind the 0x8F
# prefix (a legacy EUC-JP convention), which are NOT part of JIS X 0213,
# so plane-2 sequences outside these rows must be skipped.
JIS_X_0213_PLANE2_ROWS = frozenset({1, 3, 4, 5, 8, 12, 13, 14, 15, *range(78, 95)})

# Cells that Python's shift_jis_2004 codec decodes to ASCII where
# euc_jis_2004 gives the fullwidth form (EUC code point -> SJIS code point).
KNOWN_CODEC_ALTERNATES = {0xFF3C: 0x005C, 0xFF5E: 0x007E}

# Default-ignorable characters that must print as nothing.  Text pasted
# from the web or from registry systems carries them (ZWSP as a line-break
# hint, ideographic variation selectors after name kanji); a font without
# them makes reportlab print a .notdef box.
ZERO_WIDTH_CODE_POINTS = (
    0x200B,  # ZERO WIDTH SPACE (line-break hint)
    0x200C,  # ZERO WIDTH NON-JOINER
    0x200D,  # ZERO WIDTH JOINER
    0x2060,  # WORD JOINER
    0xFEFF,  # ZERO WIDTH NO-BREAK SPACE / BOM
    *range(0xFE00, 0xFE10),   # VARIATION SELECTOR-1..16
    *range(0xE0100, 0xE01F0),  # VARIATION SELECTOR-17..256 (IVS, Japanese name kanji)
)

# Unicode blocks of the Indic / Thai fonts we ship, the fonts to check, and
# the characters outside the block that text in that script relies on:
# ZWSP (U+200B) marks line-break opportunities (Thai has no spaces between
# words), ZWNJ/ZWJ steer Indic conjunct formation, U+25CC is the dotted
# circle HarfBuzz inserts before a stray combining mark, U+0964/U+0965 are
# the dandas that Devanagari and Malayalam text share.
SCRIPT_BLOCKS = {
    "Devanagari": (0x0900, 0x097F,
                   ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
                   (0x200B, 0x200C, 0x200D, 0x25CC, 0x0964, 0x0965)),
    "Malayalam": (0x0D00, 0x0D7F,
                  ("NotoSansMalayalam-Regular.ttf", "NotoSansMalayalam-Bold.ttf"),
                  (0x200B, 0x200C, 0x200D, 0x25CC, 0x0964, 0x0965)),
    "Thai": (0x0E00, 0x0E7F,
             ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
             (0x200B, 0x25CC)),
}


def jis_x0213_sequences() -> dict[str, list[str]]:
    """Return every JIS X 0213:2004 character, keyed by EUC-JIS-2004 bytes.

    Decodes every 2-byte (plane 1) and 3-byte (0x8F + plane 2) EUC
    sequence.  Values are the decoded strings: 25 cells decode to two code
    points (kana with a semi-voiced mark, IPA letters with tone accents).
    """
    sequences = {}
    for row in range(1, 95):
        for cell in range(1, 95):
            lead, trail = 0xA0 + row, 0xA0 + cell
            candidates = [bytes([lead, trail])]
            if row in JIS_X_0213_PLANE2_ROWS:
                candidates.append(bytes([0x8F, lead, trail]))
            for raw in candidates:
                try:
                    sequences[raw.hex()] = raw.decode("euc_jis_2004")
                except UnicodeDecodeError:
                    pass  # unassigned cell
    return sequences


def shift_jis_2004_strings() -> set[str]:
    """Decode all double-byte Shift_JIS-2004 sequences (a cross-check).

    Shift_JIS-2004 cannot carry JIS X 0212, so it enumerates exactly the
    JIS X 0213 repertoire through a different codec table.
    """
    strings = set()
    for lead in [*range(0x81, 0xA0), *range(0xE0, 0xFD)]:
        for trail in [*range(0x40, 0x7F), *range(0x80, 0xFD)]:
            try:
                strings.add(bytes([lead, trail]).decode("shift_jis_2004"))
            except UnicodeDecodeError:
                pass
    return strings


def jis_x0213_single_code_points() -> set[int]:
    """Code points of the JIS X 0213:2004 characters that are one code point."""
    return {ord(s) for s in jis_x0213_sequences().values() if len(s) == 1}


def jis_x0213_combining_sequences() -> set[str]:
    """JIS X 0213:2004 characters that Unicode spells as two code points."""
    return {s for s in jis_x0213_sequences().values() if len(s) > 1}


def windows_31j_code_points() -> set[int]:
    """Code points of cp932 (Windows-31J) double-byte characters, no PUA.

    The 1,880 user-defined cells (U+E000..U+E757) are left out: no font can
    know what a given office put there.
    """
    code_points = set()
    for lead in [*range(0x81, 0xA0), *range(0xE0, 0xFD)]:
        for trail in [*range(0x40, 0x7F), *range(0x80, 0xFD)]:
            try:
                text = bytes([lead, trail]).decode("cp932")
            except UnicodeDecodeError:
                continue
            if len(text) == 1 and not 0xE000 <= ord(text) <= 0xF8FF:
                code_points.add(ord(text))
    return code_points


def font_code_points(path: Path) -> set[int]:
    """Code points mapped by a font's best Unicode cmap."""
    font = TTFont(str(path), lazy=True)
    try:
        return set(font.getBestCmap())
    finally:
        font.close()


def empty_mapped_glyphs(path: Path, code_points: set[int]) -> list[int]:
    """Code points that the cmap maps to a glyph with no outline.

    A cmap entry pointing at an empty glyph would count as 'covered' but
    print nothing; spaces are the only characters allowed to be empty.
    """
    font = TTFont(str(path))
    cmap = font.getBestCmap()
    glyf = font["glyf"]
    empty = []
    for cp in sorted(code_points & set(cmap)):
        glyph = glyf[cmap[cp]]
        if glyph.numberOfContours == 0 and not unicodedata.category(chr(cp)).startswith("Z"):
            empty.append(cp)
    font.close()
    return empty


def fmt_cp(cp: int) -> str:
    return f"U+{cp:04X} {chr(cp)} {unicodedata.name(chr(cp), '<unnamed>')}"


def measure_japanese(fonts_dir: Path) -> dict:
    """Coverage of JIS X 0213:2004 and Windows-31J by IPAex + supplement."""
    sequences = jis_x0213_sequences()
    singles = jis_x0213_single_code_points()
    combining = jis_x0213_combining_sequences()
    # Cross-check with the other codec.  Its table differs on exactly two
    # cells, which it maps to ASCII: 1-1-32 (U+FF3C vs U+005C) and 1-2-18
    # (U+FF5E vs U+007E).  Both spellings occur in real text, so the ASCII
    # ones are checked for coverage too ("codec alternates").
    sjis = shift_jis_2004_strings()
    euc = set(sequences.values())
    alternates = {ord(s) for s in sjis - euc if len(s) == 1}
    if len(sjis) != len(euc) or len(sjis ^ euc) != 2 * len(KNOWN_CODEC_ALTERNATES) \
            or alternates != set(KNOWN_CODEC_ALTERNATES.values()):
        raise SystemExit("EUC-JIS-2004 and Shift_JIS-2004 repertoires differ unexpectedly")

    result = {
        "jis_x0213_2004": {
            "cells": len(sequences),
            "plane1_cells": sum(1 for k in sequences if len(k) == 4),
            "plane2_cells": sum(1 for k in sequences if len(k) == 6),
            "single_code_point_characters": len(singles),
            "outside_bmp": sum(1 for cp in singles if cp > 0xFFFF),
            "combining_sequences": len(combining),
            "combining_sequence_components": sorted({ord(c) for s in combining for c in s}),
        },
    }
    cp932 = windows_31j_code_points()
    supplement_path = fonts_dir / SUPPLEMENT_FILE
    supplement = font_code_points(supplement_path) if supplement_path.exists() else set()
    for ipaex_name in IPAEX_FILES:
        ipaex = font_code_points(fonts_dir / ipaex_name)
        lacking = singles - ipaex
        remaining = lacking - supplement
        components = set(result["jis_x0213_2004"]["combining_sequence_components"])
        cp932_lacking = cp932 - ipaex
        result[ipaex_name] = {
            "jis_x0213_covered": len(singles & ipaex),
            "jis_x0213_covered_outside_bmp": sum(1 for cp in singles & ipaex if cp > 0xFFFF),
            "jis_x0213_lacking": [fmt_cp(cp) for cp in sorted(lacking)],
            "jis_x0213_added_by_supplement": len(lacking & supplement),
            "jis_x0213_uncovered": [fmt_cp(cp) for cp in sorted(remaining)],
            "codec_alternates_uncovered": [fmt_cp(cp) for cp in sorted(alternates - ipaex - supplement)],
            "combining_components_uncovered": [fmt_cp(cp) for cp in sorted(components - ipaex - supplement)],
            "jis_x0213_mapped_to_empty_glyph": [fmt_cp(cp) for cp in empty_mapped_glyphs(fonts_dir / ipaex_name, singles)],
            "windows_31j_characters": len(cp932),
            "windows_31j_lacking": [fmt_cp(cp) for cp in sorted(cp932_lacking)],
            "windows_31j_uncovered": [fmt_cp(cp) for cp in sorted(cp932_lacking - supplement)],
            "zero_width_lacking": len(set(ZERO_WIDTH_CODE_POINTS) - ipaex),
            "zero_width_uncovered": [fmt_cp(cp) for cp in sorted(set(ZERO_WIDTH_CODE_POINTS) - ipaex - supplement)],
        }
    blank = set(empty_mapped_glyphs(supplement_path, supplement)) if supplement_path.exists() else set()
    result[SUPPLEMENT_FILE] = {
        "outlined_code_points": [fmt_cp(cp) for cp in sorted(supplement - blank - set(ZERO_WIDTH_CODE_POINTS))
                                 if not unicodedata.category(chr(cp)).startswith("Z")],
        "space_code_points": [fmt_cp(cp) for cp in sorted(supplement)
                              if unicodedata.category(chr(cp)).startswith("Z")],
        "zero_width_code_points": len(supplement & set(ZERO_WIDTH_CODE_POINTS)),
        "other_blank_glyphs": [fmt_cp(cp) for cp in sorted(blank - set(ZERO_WIDTH_CODE_POINTS))],
    }
    return result


def measure_scripts(fonts_dir: Path) -> dict:
    """Assigned characters of each script block that its Noto font lacks.

    'Assigned' follows this Python's unicodedata (Unicode version printed
    alongside), so characters newer than the font show up here.
    """
    result = {"unicode_version": unicodedata.unidata_version}
    for script, (first, last, files, helpers) in SCRIPT_BLOCKS.items():
        assigned = {cp for cp in range(first, last + 1)
                    if unicodedata.category(chr(cp)) != "Cn"}
        for name in files:
            covered = font_code_points(fonts_dir / name)
            result[name] = {
                "block": f"{script} U+{first:04X}..U+{last:04X}",
                "assigned_in_block": len(assigned),
                "covered": len(assigned & covered),
                "lacking": [fmt_cp(cp) for cp in sorted(assigned - covered)],
                "shaping_helpers_lacking": [fmt_cp(cp) for cp in helpers if cp not in covered],
                "has_basic_latin_letters": all(cp in covered for cp in range(0x41, 0x5B)),
                # Digits and punctuation in a run need this font or a split.
                "ascii_non_letters_lacking": "".join(
                    chr(cp) for cp in range(0x20, 0x7F)
                    if cp not in covered and not chr(cp).isalpha()),
            }
    return result


def print_report(japanese: dict, scripts: dict) -> None:
    jis = japanese["jis_x0213_2004"]
    print("JIS X 0213:2004 repertoire (EUC-JIS-2004, cross-checked with Shift_JIS-2004)")
    print(f"  cells: {jis['cells']} (plane 1: {jis['plane1_cells']}, plane 2: {jis['plane2_cells']})")
    print(f"  single-code-point characters: {jis['single_code_point_characters']}"
          f" (outside the BMP: {jis['outside_bmp']})")
    print(f"  combining sequences (two code points, need no glyph of their own): {jis['combining_sequences']}")
    for name in IPAEX_FILES:
        info = japanese[name]
        print(f"\n{name}")
        print(f"  covers {info['jis_x0213_covered']} of {jis['single_code_point_characters']}"
              f" (outside the BMP: {info['jis_x0213_covered_outside_bmp']} of {jis['outside_bmp']})")
        print(f"  lacks {len(info['jis_x0213_lacking'])}: " + "; ".join(info["jis_x0213_lacking"]))
        print(f"  {SUPPLEMENT_FILE} adds: {info['jis_x0213_added_by_supplement']}")
        print(f"  JIS X 0213 uncovered with the supplement: {len(info['jis_x0213_uncovered'])}"
              + ("" if not info["jis_x0213_uncovered"] else ": " + "; ".join(info["jis_x0213_uncovered"])))
        print(f"  Shift_JIS-2004 codec alternates (U+005C, U+007E) uncovered: {len(info['codec_alternates_uncovered'])}")
        print(f"  combining-sequence components uncovered: {len(info['combining_components_uncovered'])}")
        print(f"  JIS X 0213 characters mapped to an empty glyph: {len(info['jis_x0213_mapped_to_empty_glyph'])}")
        print(f"  Windows-31J (cp932, without PUA) characters: {info['windows_31j_characters']};"
              f" lacking: {len(info['windows_31j_lacking'])}"
              + ("" if not info["windows_31j_lacking"] else " (" + "; ".join(info["windows_31j_lacking"]) + ")")
              + f"; uncovered with the supplement: {len(info['windows_31j_uncovered'])}")
        print(f"  zero-width characters (ZWSP, ZWJ, variation selectors...) of {len(ZERO_WIDTH_CODE_POINTS)}:"
              f" lacking {info['zero_width_lacking']}, uncovered with the supplement: {len(info['zero_width_uncovered'])}")
    sup = japanese[SUPPLEMENT_FILE]
    print(f"\n{SUPPLEMENT_FILE}")
    print(f"  glyphs with outlines: {len(sup['outlined_code_points'])}")
    for line in sup["outlined_code_points"]:
        print(f"    {line}")
    print(f"  spaces (blank, IPAex widths): {len(sup['space_code_points'])}")
    for line in sup["space_code_points"]:
        print(f"    {line}")
    print(f"  zero-width characters (blank): {sup['zero_width_code_points']}")
    if sup["other_blank_glyphs"]:
        print("  UNEXPECTED blank glyphs: " + "; ".join(sup["other_blank_glyphs"]))
    print(f"\nScript fonts (Unicode {scripts['unicode_version']} as known to this Python)")
    for name, info in scripts.items():
        if name == "unicode_version":
            continue
        print(f"  {name}: {info['block']}: covers {info['covered']} of {info['assigned_in_block']} assigned")
        for line in info["lacking"]:
            print(f"    lacks {line}")
        for line in info["shaping_helpers_lacking"]:
            print(f"    lacks helper {line}")
        print(f"    Latin A-Z present: {info['has_basic_latin_letters']};"
              f" ASCII digits/punctuation lacking: {info['ascii_non_letters_lacking'] or 'none'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fonts-dir", type=Path, default=FONTS_DIR,
                        help="folder with the bundled fonts (default: resources/fonts)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    args = parser.parse_args(argv)
    # Output contains Japanese/Indic/Thai text; never trust the console code page.
    sys.stdout.reconfigure(encoding="utf-8")
    japanese = measure_japanese(args.fonts_dir)
    scripts = measure_scripts(args.fonts_dir)
    if args.json:
        json.dump({"japanese": japanese, "scripts": scripts}, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_report(japanese, scripts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
