"""Real PDFs read back with poppler (pdftotext, pdffonts, pdfinfo); databases shared by the module."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from chamberdesk.core.demo import load_demo
from chamberdesk.print.bilingual import LanguagePair
from chamberdesk.print.documents import Target
from chamberdesk.print.jobs import print_document
from chamberdesk.store import open_store

from .world import build_world

PAIRS = ("en,ja", "en,ml", "en,hi", "en,th", "en,id")
TODAY = date(2027, 2, 1)


def pdftotext(path: Path, *args: str) -> str:
    """Text in content order (-raw: the order we drew it), NFC-normalised."""
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", *args, str(path), "-"], capture_output=True,
                         check=True)
    return unicodedata.normalize("NFC", out.stdout.decode("utf-8"))


def squash(text: str) -> str:
    """Without whitespace: a name wrapped over two lines in a cell still reads in order."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def pdffonts(path: Path) -> list[dict[str, str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = []
    for line in lines[2:]:
        parts = line.split()
        # name, type…, encoding, emb, sub, uni, object, id: read the three flags from the end.
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def render(store, document: str, target: Target, langs: str, folder: Path):
    path = folder / f"{document}-{langs.replace(',', '_')}-{target.kind or 'all'}.pdf"
    result = print_document(store, document, target, path, pair=LanguagePair.parse(langs), today=TODAY)
    return path, result


@pytest.fixture(scope="session")
def world_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("world")
    store = open_store(folder / "world.sqlite")
    world = build_world(store)
    yield store, world
    store.dispose()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    store = open_store(folder / "demo.sqlite")
    load_demo(store, today=TODAY)
    yield store
    store.dispose()
