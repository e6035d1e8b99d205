#!/usr/bin/env python3
"""Rebuild resources/fonts/ChamberDeskJPSupplement-Regular.ttf.

What it is
    A tiny TrueType font with the glyphs that IPAex Gothic/Mincho
    (ipaexg.ttf / ipaexm.ttf) lack for Japanese text, so that the print
    engine can fall back to it per character:

    * every single-code-point character of JIS X 0213:2004 (planes 1 and 2,
      including the characters outside the BMP) that IPAex lacks, and
    * every Windows-31J (cp932) character, private-use area excepted, that
      IPAex lacks (what text typed on Windows can contain).

    The gap is measured, not listed by hand (see measure_coverage.py), so a
    newer IPAex simply yields a smaller supplement.  With IPAex 004.01
    (Debian fonts-ipaexfont 00401-5) the gap is three characters:
    U+2985, U+2986 (JIS X 0213 1-2-54/55, fullwidth white parentheses) and
    U+2211 (cp932 NEC row 13, N-ary summation).

    It also holds blank glyphs, so that a run set in this font never prints
    a .notdef box (reportlab draws glyph 0 for any unmapped character):
    the spaces U+0020, U+00A0, U+3000 with IPAex's advance widths, and
    zero-width glyphs for the invisible characters IPAex lacks (ZWSP, ZWJ,
    ZWNJ, WORD JOINER, BOM, variation selectors incl. the ideographic
    variation selectors U+E0100..U+E01EF that registry systems attach to
    name kanji).  IPAex keeps drawing the base kanji; the selector vanishes.

    Glyphs come from Noto Sans CJK JP (CFF outlines, which reportlab cannot
    embed), converted to quadratic TrueType outlines with fontTools' cu2qu
    and scaled from 1000 to IPAex's 2048 units per em.  Vertical metrics are
    copied from IPAex so a line mixing both fonts keeps IPAex's line height.
    Under the SIL OFL 1.1 a modified version must not use the Reserved Font
    Name ("Source") and we avoid the "Noto" trademark, hence the family name
    "ChamberDesk JP Supplement".

Needs
    Debian packages: fonts-noto-cjk (NotoSansCJK-Regular.ttc),
    fonts-ipaexfont-gothic and fonts-ipaexfont-mincho (to measure the gap):
        apt-get install fonts-noto-cjk fonts-ipaexfont
    Python: fontTools (pip install fonttools).

Run (from the repository root)
    python packaging/fonts/build_jp_supplement.py
    python packaging/fonts/build_jp_supplement.py --extra U+20BB7   # add code points
    python packaging/fonts/measure_coverage.py                       # check the result

Output is deterministic: the same input fonts give a byte-identical file
(fixed timestamps taken from the source font, sorted glyph order, no
build-time data in any table).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.areaPen import AreaPen
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure_coverage import (  # noqa: E402  (sibling module, see sys.path above)
    FONTS_DIR,
    SUPPLEMENT_FILE,
    ZERO_WIDTH_CODE_POINTS,
    jis_x0213_combining_sequences,
    jis_x0213_single_code_points,
    windows_31j_code_points,
)

NOTO_CJK_TTC = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
NOTO_CJK_FAMILY = "Noto Sans CJK JP"
IPAEX_FONTS = (
    Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
    Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
)

FAMILY_NAME = "ChamberDesk JP Supplement"
POSTSCRIPT_NAME = "ChamberDeskJPSupplement-Regular"
FONT_VERSION = 1.0
VENDOR_ID = "CDSK"

# cu2qu tolerance in output units (2048/em): 1 unit is ~0.05 % of the em,
# far below what prints or shows on screen; fontTools recommends ~UPEM/1000.
MAX_CONVERSION_ERROR = 1.0
# Converted outlines must enclose the same area as the cubic originals;
# a larger difference means a broken conversion (e.g. wrong direction).
MAX_AREA_DEVIATION = 0.005

# Code points that Noto Sans CJK JP does not map, drawn with the glyph of a
# character it does map.  JIS X 0213 1-2-54/55 are white parentheses set
# full width in Japanese text; Python's codecs map them to U+2985/U+2986,
# whose Unicode wide forms are U+FF5F/U+FF60 (decomposition <wide> 2985 /
# <wide> 2986).  Noto Sans CJK JP only encodes the wide forms, whose glyphs
# are the JIS shapes (1 em wide), so those glyphs are used.
GLYPH_SOURCE_SUBSTITUTES = {
    0x2985: 0xFF5F,  # LEFT WHITE PARENTHESIS  <- FULLWIDTH LEFT WHITE PARENTHESIS
    0x2986: 0xFF60,  # RIGHT WHITE PARENTHESIS <- FULLWIDTH RIGHT WHITE PARENTHESIS
}

# Spaces a run in this font may contain; advance widths are copied from
# IPAex (metrics only, no IPAex outline) so spacing does not depend on
# which of the two fonts a run-splitter assigned the space to.
SPACE_CODE_POINTS = (0x0020, 0x00A0, 0x3000)
# Default-ignorable characters IPAex lacks (ZERO_WIDTH_CODE_POINTS, defined
# in measure_coverage.py) share one empty zero-width glyph.
ZERO_WIDTH_GLYPH = "zerowidth"

NOTO_CJK_COPYRIGHT = "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'."
OFL_DESCRIPTION = (
    "This Font Software is licensed under the SIL Open Font License, Version 1.1. "
    "This license is available with a FAQ at: https://openfontlicense.org"
)


def parse_code_point(text: str) -> int:
    """Accept 'U+20BB7', '0x20BB7', '20BB7' or a single character."""
    if len(text) == 1:
        return ord(text)
    text = text.upper().removeprefix("U+").removeprefix("0X")
    return int(text, 16)


def glyph_name_for(cp: int) -> str:
    """AGL-style name: uniXXXX in the BMP, uXXXXX beyond it."""
    return f"uni{cp:04X}" if cp <= 0xFFFF else f"u{cp:05X}"


def open_noto_cjk_jp(ttc_path: Path) -> TTFont:
    """Open the Japanese member of the Noto Sans CJK collection.

    The .ttc holds JP, KR, SC, TC, HK (+ Mono) faces that share glyphs but
    differ in cmap; pick JP by name rather than by index, which has moved
    between releases.
    """
    index = 0
    while True:
        try:
            font = TTFont(str(ttc_path), fontNumber=index)
        except IndexError:
            raise SystemExit(f"{NOTO_CJK_FAMILY} not found in {ttc_path}") from None
        if font["name"].getDebugName(1) == NOTO_CJK_FAMILY:
            return font
        font.close()
        index += 1


def code_points_lacking(ipaex_paths: tuple[Path, ...], extra: set[int]) -> set[int]:
    """Characters IPAex lacks: JIS X 0213:2004 + Windows-31J + explicit extras.

    Combining-sequence characters (e.g. か゚ = U+304B U+309A) need no glyph
    of their own, but their component code points must exist somewhere, so
    any component IPAex lacks is included too.
    """
    wanted = set(jis_x0213_single_code_points()) | windows_31j_code_points() | extra
    wanted |= {ord(c) for seq in jis_x0213_combining_sequences() for c in seq}
    lacking = set()
    for path in ipaex_paths:
        cmap = TTFont(str(path), lazy=True).getBestCmap()
        lacking |= {cp for cp in wanted if cp not in cmap}
    return lacking


def blank_glyph_widths(ipaex_paths: tuple[Path, ...]) -> dict[int, int]:
    """Code points to map to blank glyphs, with their advance widths.

    Spaces take the first IPAex font's width; zero-width characters are
    only taken if some IPAex font lacks them.
    """
    first = TTFont(str(ipaex_paths[0]), lazy=True)
    first_cmap = first.getBestCmap()
    widths = {cp: first["hmtx"][first_cmap[cp]][0] for cp in SPACE_CODE_POINTS}
    for path in ipaex_paths:
        cmap = TTFont(str(path), lazy=True).getBestCmap()
        widths |= {cp: 0 for cp in ZERO_WIDTH_CODE_POINTS if cp not in cmap}
    return widths


def source_glyph_names(noto: TTFont, code_points: set[int]) -> dict[int, str]:
    """Map each wanted code point to the Noto glyph that will draw it."""
    cmap = noto.getBestCmap()
    sources = {}
    for cp in sorted(code_points):
        source_cp = cp if cp in cmap else GLYPH_SOURCE_SUBSTITUTES.get(cp)
        if source_cp not in cmap:
            raise SystemExit(f"{NOTO_CJK_FAMILY} has no glyph for U+{cp:04X}; "
                             "add a substitute to GLYPH_SOURCE_SUBSTITUTES or another source")
        sources[cp] = cmap[source_cp]
    return sources


def cubic_to_truetype_glyph(glyph_set, name: str, scale: float):
    """Convert one CFF (cubic) glyph into a scaled TrueType (quadratic) glyph.

    Scaling happens before cu2qu so the error bound is in output units.
    PostScript outlines run counter-clockwise, TrueType ones clockwise, so
    the direction is reversed (otherwise some rasterisers fill holes).
    """
    tt_pen = TTGlyphPen(None)
    quadratic = Cu2QuPen(tt_pen, max_err=MAX_CONVERSION_ERROR, reverse_direction=True)
    glyph_set[name].draw(TransformPen(quadratic, (scale, 0, 0, scale, 0, 0)))
    return tt_pen.glyph()


def check_outline_area(glyph_set, name: str, scale: float, tt_glyph, glyf_table) -> None:
    """Fail if the converted outline's area deviates from the original's."""
    cubic_area = AreaPen()
    glyph_set[name].draw(TransformPen(cubic_area, (scale, 0, 0, scale, 0, 0)))
    quadratic_area = AreaPen()
    tt_glyph.draw(quadratic_area, glyf_table)
    # Reversed direction flips the sign of the area.
    expected, got = cubic_area.value, -quadratic_area.value
    if expected and abs(got - expected) / abs(expected) > MAX_AREA_DEVIATION:
        raise SystemExit(f"outline conversion of {name} off: area {got:.0f} vs {expected:.0f}")


def build_cmap(mapping: dict[int, str]):
    """cmap with (3,1) format 4 for the BMP and (3,10) format 12 for all.

    Format 12 is written even when every code point is in the BMP:
    reportlab uses the LAST Windows subtable in the cmap directory, which
    after sorting is (3,10), so it always sees the full mapping.
    """
    cmap = newTable("cmap")
    cmap.tableVersion = 0
    cmap.tables = []
    for fmt, plat_enc, subset in (
        (4, 1, {cp: g for cp, g in mapping.items() if cp <= 0xFFFF}),
        (12, 10, dict(mapping)),
    ):
        table = CmapSubtable.newSubtable(fmt)
        table.platformID, table.platEncID, table.language = 3, plat_enc, 0
        table.cmap = subset
        cmap.tables.append(table)
    return cmap


def blank_glyph():
    """A TrueType glyph with no outline (spaces, zero-width characters)."""
    return TTGlyphPen(None).glyph()


def build_supplement(noto: TTFont, ipaex: TTFont, code_points: set[int],
                     blank_widths: dict[int, int]) -> TTFont:
    """Assemble the supplement font from Noto glyphs and IPAex metrics.

    code_points get outlines from Noto Sans CJK JP; blank_widths maps
    further code points to empty glyphs of the given advance width.
    """
    # Same units per em as IPAex (2048), so metrics copied from it need no
    # rounding and both fonts' coordinates compare directly.
    target_upm = ipaex["head"].unitsPerEm
    scale = target_upm / noto["head"].unitsPerEm
    glyph_set = noto.getGlyphSet()
    sources = source_glyph_names(noto, code_points)

    # Glyph order: .notdef, outlined glyphs by code point, then blank glyphs
    # by code point (all zero-width characters share one).  Sorted, so the
    # output is reproducible.
    source_of = {".notdef": ".notdef"} | {glyph_name_for(cp): sources[cp] for cp in sorted(code_points)}
    glyphs = {name: cubic_to_truetype_glyph(glyph_set, source, scale) for name, source in source_of.items()}
    advances = {name: round(noto["hmtx"][source][0] * scale) for name, source in source_of.items()}
    cmap = {cp: glyph_name_for(cp) for cp in code_points}
    for cp, width in sorted(blank_widths.items()):
        name = glyph_name_for(cp) if width else ZERO_WIDTH_GLYPH
        glyphs[name], advances[name], cmap[cp] = blank_glyph(), width, name
    glyph_order = list(glyphs)

    fb = FontBuilder(target_upm, isTTF=True)
    fb.setupGlyphOrder(glyph_order)
    fb.setupGlyf(glyphs)
    glyf = fb.font["glyf"]
    for name, source in source_of.items():
        check_outline_area(glyph_set, source, scale, glyphs[name], glyf)
    fb.font["cmap"] = build_cmap(dict(sorted(cmap.items())))
    # lsb must equal the glyph's xMin for TrueType rasterisers; 0 for blanks.
    fb.setupHorizontalMetrics({
        name: (advances[name], glyf[name].xMin if glyf[name].numberOfContours else 0)
        for name in glyph_order
    })

    # Vertical metrics copied from IPAex: reportlab takes ascent/descent
    # from OS/2 sTypo*, Qt/FreeType from hhea (or sTypo with USE_TYPO_METRICS)
    # and Windows GDI from usWin*, so all three sets must match for the
    # fallback font not to change a line's height.
    ipa_hhea, ipa_os2, ipa_post = ipaex["hhea"], ipaex["OS/2"], ipaex["post"]
    fb.setupHorizontalHeader(ascent=ipa_hhea.ascent, descent=ipa_hhea.descent, lineGap=ipa_hhea.lineGap)
    # Same timestamps as the source font: deterministic, and honest about
    # which upstream release the outlines come from.
    noto_head = noto["head"]
    fb.setupHead(
        unitsPerEm=target_upm,
        fontRevision=FONT_VERSION,
        created=noto_head.created,
        modified=noto_head.modified,
        lowestRecPPEM=ipaex["head"].lowestRecPPEM,
        # bit 0: baseline at y=0, bit 1: lsb at x=0, bit 3: integer ppem
        flags=0b1011,
    )
    noto_os2 = noto["OS/2"]
    fb.setupOS2(
        version=4,
        achVendID=VENDOR_ID,
        usWeightClass=400,
        usWidthClass=5,
        fsType=0,  # installable embedding, like both sources: PDFs may embed it
        fsSelection=0x0040,  # REGULAR
        panose=noto_os2.panose,
        sTypoAscender=ipa_os2.sTypoAscender,
        sTypoDescender=ipa_os2.sTypoDescender,
        sTypoLineGap=ipa_os2.sTypoLineGap,
        usWinAscent=ipa_os2.usWinAscent,
        usWinDescent=ipa_os2.usWinDescent,
        sxHeight=ipa_os2.sxHeight,
        sCapHeight=ipa_os2.sCapHeight,
        ulCodePageRange1=1 << 17,  # JIS/Japan
        ulCodePageRange2=0,
        usDefaultChar=0,
        usBreakChar=0x20,
        usMaxContext=0,
        ySubscriptXSize=round(noto_os2.ySubscriptXSize * scale),
        ySubscriptYSize=round(noto_os2.ySubscriptYSize * scale),
        ySubscriptYOffset=round(noto_os2.ySubscriptYOffset * scale),
        ySuperscriptXSize=round(noto_os2.ySuperscriptXSize * scale),
        ySuperscriptYSize=round(noto_os2.ySuperscriptYSize * scale),
        ySuperscriptYOffset=round(noto_os2.ySuperscriptYOffset * scale),
        yStrikeoutSize=round(noto_os2.yStrikeoutSize * scale),
        yStrikeoutPosition=round(noto_os2.yStrikeoutPosition * scale),
    )
    fb.setupPost(
        keepGlyphNames=True,
        underlinePosition=ipa_post.underlinePosition,
        underlineThickness=ipa_post.underlineThickness,
    )

    noto_version = noto["name"].getDebugName(5).split(";")[0]
    fb.setupNameTable({
        "copyright": f"{NOTO_CJK_COPYRIGHT} Modified (subset, converted to TrueType outlines, "
                     "rescaled) by the ChamberDesk project.",
        "familyName": FAMILY_NAME,
        "styleName": "Regular",
        "uniqueFontIdentifier": f"{FONT_VERSION:.3f};{VENDOR_ID};{POSTSCRIPT_NAME}",
        "fullName": f"{FAMILY_NAME} Regular",
        "version": f"Version {FONT_VERSION:.3f}; glyphs from {NOTO_CJK_FAMILY} {noto_version}",
        "psName": POSTSCRIPT_NAME,
        "description": (
            f"Fallback glyphs for IPAex Gothic/Mincho: the JIS X 0213:2004 and Windows-31J "
            f"characters IPAex lacks. Outlines from {NOTO_CJK_FAMILY} {noto_version} "
            "(Adobe, Google), converted from CFF to TrueType and scaled to 2048 units/em. "
            "This is a Modified Version under the SIL OFL 1.1, not an official Noto or "
            "Source font. Noto is a trademark of Google Inc."
        ),
        "licenseDescription": OFL_DESCRIPTION,
        "licenseInfoURL": "https://openfontlicense.org",
    }, mac=False)

    # Unhinted outlines (CFF hints do not carry over): tell Windows to
    # smooth at every size instead of grid-fitting.
    gasp = newTable("gasp")
    gasp.version = 1
    gasp.gaspRange = {0xFFFF: 0x000A}  # GASP_DOGRAY | GASP_SYMMETRIC_SMOOTHING
    fb.font["gasp"] = gasp

    font = fb.font
    font["OS/2"].recalcUnicodeRanges(font)
    font["OS/2"].recalcAvgCharWidth(font)
    return font


# Name characters outside JIS X 0213 that real people and companies use and that IPAex lacks:
# 𠮷 (tsuchi-yoshi, as in 𠮷田 and 𠮷野家). Add others here as users report them.
NAME_CHARACTERS_BEYOND_JIS = {0x20BB7}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild the ChamberDesk JP Supplement font.")
    parser.add_argument("--output", type=Path, default=FONTS_DIR / SUPPLEMENT_FILE)
    parser.add_argument("--noto-cjk", type=Path, default=NOTO_CJK_TTC,
                        help="Noto Sans CJK collection (Debian fonts-noto-cjk)")
    parser.add_argument("--ipaex", type=Path, nargs="+", default=list(IPAEX_FONTS),
                        help="IPAex fonts whose gaps to fill (first one gives the metrics)")
    parser.add_argument("--extra", action="append", default=[], metavar="U+XXXX",
                        help="also include this code point even if outside the measured gap "
                             "(repeatable; only if IPAex lacks it)")
    args = parser.parse_args(argv)

    extra = NAME_CHARACTERS_BEYOND_JIS | {parse_code_point(text) for text in args.extra}
    code_points = code_points_lacking(tuple(args.ipaex), extra)
    if not code_points:
        print("IPAex lacks nothing: no supplement needed.")
        return 0
    noto = open_noto_cjk_jp(args.noto_cjk)
    ipaex = TTFont(str(args.ipaex[0]))
    blank_widths = blank_glyph_widths(tuple(args.ipaex))
    font = build_supplement(noto, ipaex, code_points, blank_widths)

    args.output.parent.mkdir(parents=True, exist_ok=True)
    font.recalcTimestamp = False  # keep head.modified from the source: reproducible bytes
    font.save(str(args.output))
    data = args.output.read_bytes()
    sys.stdout.reconfigure(encoding="utf-8")
    print(f"wrote {args.output} ({len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()})")
    for cp in sorted(code_points):
        print(f"  outline U+{cp:04X} {chr(cp)}")
    spaces = sorted(cp for cp, width in blank_widths.items() if width)
    zero = sorted(cp for cp, width in blank_widths.items() if not width)
    print("  blank, IPAex widths: " + " ".join(f"U+{cp:04X}" for cp in spaces))
    print(f"  zero-width: {len(zero)} code points")
    return 0


if __name__ == "__main__":
    sys.exit(main())
