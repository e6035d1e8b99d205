"""The Japanese interface is complete: every string the UI asks to translate has a translation,
and the compiled catalogue the application loads matches its source."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
CATALOGUE = ROOT / "translations" / "chamberdesk_ja.ts"


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    """The committed catalogue refreshed with the strings the code has today (as scripts/update-translations does)."""
    work = tmp_path_factory.mktemp("ts") / "chamberdesk_ja.ts"
    shutil.copyfile(CATALOGUE, work)
    sources = sorted(str(p) for p in (ROOT / "chamberdesk" / "ui").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", "ja",
                    *sources, "-ts", str(work)], check=True, capture_output=True, timeout=120)
    return work


def test_every_interface_string_has_a_japanese_translation(refreshed):
    untranslated = []
    for context in ElementTree.parse(refreshed).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [translation.text] if message.get("numerus") != "yes" else \
                [form.text for form in translation.iter("numerusform")]
            if translation.get("type") == "unfinished" or not all((text or "").strip() for text in forms):
                untranslated.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert untranslated == [], "run scripts/update-translations and translate these"


def test_the_compiled_catalogue_matches_its_source(tmp_path):
    compiled = tmp_path / "chamberdesk_ja.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(CATALOGUE), "-qm", str(compiled)], check=True,
                   capture_output=True, timeout=60)
    assert compiled.read_bytes() == (ROOT / "translations" / "chamberdesk_ja.qm").read_bytes()
