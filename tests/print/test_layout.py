"""Where text lands on the page: a long company name wraps inside its column, and "page X of Y"
is right on every page of a 40-page roster."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser

import pytest
from reportlab.lib.pagesizes import A4
from sqlalchemy.orm import Session

from chamberdesk.core.enums import SelectionStatus
from chamberdesk.core.model import Participant, Person
from chamberdesk.print.documents import DELEGATION, Target
from chamberdesk.print.documents.roster import COLUMNS
from chamberdesk.print.frame import _DOCUMENT
from chamberdesk.store import open_store

from .conftest import page_count, pdftotext, render
from .world import LONG_COMPANY, MEMBERS, build_world


class _Words(HTMLParser):
    """The words of ``pdftotext -bbox-layout`` with their boxes."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[tuple[str, float, float, float, float]] = []
        self._box: tuple | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "word":
            values = dict(attrs)
            self._box = tuple(float(values[k]) for k in ("xmin", "ymin", "xmax", "ymax"))

    def handle_data(self, data):
        if self._box is not None:
            self.words.append((data, *self._box))
            self._box = None


def words_on_page(path, page: int = 1):
    html = subprocess.run(["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    parser = _Words()
    parser.feed(html)
    return parser.words


def _column(key: str) -> tuple[float, float]:
    body = A4[0] - 2 * _DOCUMENT.margin
    left = _DOCUMENT.margin
    for name, share in COLUMNS:
        if name == key:
            return left, left + body * share
        left += body * share
    raise KeyError(key)


@pytest.mark.parametrize("langs", ["en,ml", "en,ja"])
def test_a_very_long_company_name_wraps_inside_its_column(world_db, tmp_path, langs):
    store, world = world_db
    path, _result = render(store, "roster", Target(DELEGATION, world.delegation), langs, tmp_path)
    left, right = _column("company")
    # Words only the long name has (Kerala, Export, Engineering … also stand elsewhere on the page).
    distinctive = {"Consortium", "Precision", "Advanced", "Manufacturing", "Sustainable",
                   "Development", "Cooperatives", "Tamil", "Nadu", "Private", "Limited"}
    distinctive |= set(MEMBERS["long"]["name_local"].split()[1:])
    assert distinctive <= set(LONG_COMPANY.replace(",", "").split()) | set(MEMBERS["long"]["name_local"].split())
    # A shaped run extracts as one "word" per line (its ActualText span): match by containment.
    boxes = [w for w in words_on_page(path) if any(token in w[0] for token in distinctive)]
    assert len(boxes) >= (12 if langs == "en,ml" else 10)
    assert all(left - 0.5 <= x_min and x_max <= right + 0.5 for _w, x_min, _y0, x_max, _y1 in boxes), boxes
    assert len({round(y_min) for _w, _x0, y_min, _x1, _y1 in boxes}) >= 4  # it took several lines


def test_page_x_of_y_is_right_on_every_page_of_a_40_page_roster(tmp_path):
    store = open_store(tmp_path / "big.sqlite")
    world = build_world(store)
    with Session(store.engine) as session, session.begin():
        member = world.members["yoshida"]
        people = [Person(family_name=f"Tanaka{n:04d}", given_name="Ichiro", family_name_local="田中",
                         given_name_local=f"一郎{n}", local_lang="ja", member_id=member) for n in range(1150)]
        session.add_all(people)
        session.flush()
        session.add_all([Participant(delegation_id=world.delegation, person_id=p.id, member_id=member,
                                     position=100 + n, selection=SelectionStatus.SELECTED)
                         for n, p in enumerate(people)])
    path, result = render(store, "roster", Target(DELEGATION, world.delegation), "en,ja", tmp_path)
    pages = page_count(path)
    assert pages >= 40 and result.pages == pages
    for number in range(1, pages + 1):
        text = pdftotext(path, "-f", str(number), "-l", str(number))
        assert re.search(rf"Page {number} of {pages} · {number} / {pages} ページ", text), number
    store.dispose()


def test_our_logo_prints_on_every_page_and_a_missing_one_is_noted(tmp_path):
    from PIL import Image
    from sqlalchemy import select

    from chamberdesk.core.model import Organisation
    from chamberdesk.core.services.attachments import add_attachment
    from chamberdesk.core.services.records import update_record

    store = open_store(tmp_path / "logo.sqlite")
    world = build_world(store)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (31, 78, 121)).save(logo)
    digest = add_attachment(store, logo)
    with store.read() as session:
        ours = session.scalar(select(Organisation).where(Organisation.is_ours))
    update_record(store, Organisation, ours.id, {"logo_sha256": digest}, expected_version=ours.version)
    path, result = render(store, "itinerary", Target(DELEGATION, world.delegation), "en,ja", tmp_path)
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    assert len(images.splitlines()) - 2 == page_count(path) and result.notes == []
    (store.attachments_dir / digest).unlink()
    _path, result = render(store, "roster", Target(DELEGATION, world.delegation), "en,ja", tmp_path)
    assert "logo" in result.notes[0] and "missing" in result.notes[0]
    store.dispose()
