"""chamberdesk print …: references, language pairs, warnings and exit statuses, as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from chamberdesk.core.settings import update_settings
from chamberdesk.store import open_store

from .conftest import pdftotext
from .world import build_world


def run(*argv):
    return subprocess.run([sys.executable, "-m", "chamberdesk", *argv], capture_output=True, timeout=120,
                          env={**os.environ})


@pytest.fixture
def db(tmp_path):
    store = open_store(tmp_path / "cli.sqlite")
    build_world(store)
    yield store
    store.dispose()


def test_roster_by_part_of_its_title_in_either_script(db, tmp_path):
    out = tmp_path / "roster.pdf"
    done = run("--db", str(db.file), "print", "roster", "多言語視察団", "--langs", "en,ml", "-o", str(out))
    assert done.returncode == 0, done.stderr.decode()
    assert "Printed the roster (1 page)" in done.stderr.decode() and done.stdout == b""
    assert "ശ്രീലക്ഷ്മി" in pdftotext(out)


def test_a_character_no_font_has_is_warned_about_on_stderr_with_the_record(db, tmp_path):
    done = run("--db", str(db.file), "print", "badges", "--meeting", "Multiscript", "-o", str(tmp_path / "b.pdf"))
    assert done.returncode == 0
    warning = done.stderr.decode()
    assert "warning: U+28CDD" in warning and "person 9 (Kiyomizu Akiko), field given_name_local" in warning


def test_the_organisations_language_pair_is_the_default(db, tmp_path):
    update_settings(db, {"language_pair": "th,en"})
    out = tmp_path / "agenda.pdf"
    assert run("--db", str(db.file), "print", "agenda", "Business Meeting", "-o", str(out)).returncode == 0
    text = pdftotext(out)
    assert "ระเบียบวาระการประชุม · Agenda" in text


def test_a_single_language_is_one_flag_away(db, tmp_path):
    out = tmp_path / "sign-in.pdf"
    assert run("--db", str(db.file), "print", "sign-in", "1", "--langs", "ja", "-o", str(out)).returncode == 0
    text = pdftotext(out)
    assert "出席者署名簿" in text and "Sign-in sheet" not in text


def test_directory_of_one_country(db, tmp_path):
    out = tmp_path / "directory.pdf"
    assert run("--db", str(db.file), "print", "directory", "--country", "th", "--langs", "en,th",
               "-o", str(out)).returncode == 0
    text = pdftotext(out)
    assert "บริษัท ไทยสมุนไพร (2024) จำกัด" in text and "Keralam Textiles" not in text


@pytest.mark.parametrize(("argv", "status", "says"), [
    (("print", "roster", "no such tour", "-o", "x.pdf"), 3, "No delegation title contains"),
    (("print", "roster", "999", "-o", "x.pdf"), 3, "No delegation with id 999"),
    (("print", "agenda", "Multiscript", "--langs", "en,xx", "-o", "x.pdf"), 2, "is not a language pair"),
    (("print", "badges", "-o", "x.pdf"), 2, "one of the arguments --delegation --meeting is required"),
    (("print", "roster", "1", "-o", "no/such/folder/x.pdf"), 2, "does not exist"),
    (("print", "directory", "--country", "XX", "-o", "x.pdf"), 2, "'XX' is not a known country code"),
    (("print", "directory", "--country", "Japan", "-o", "x.pdf"), 2, "is not a two-letter country code"),
    (("print", "directory", "--country", "AQ", "-o", "x.pdf"), 3, "No active or honorary members in Antarctica"),
])
def test_user_errors_give_a_status_and_a_line_never_a_traceback(db, tmp_path, argv, status, says):
    done = subprocess.run([sys.executable, "-m", "chamberdesk", "--db", str(db.file), *argv], capture_output=True,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == status
    assert says in done.stderr.decode() and "Traceback" not in done.stderr.decode()
    assert not (tmp_path / "x.pdf").exists()
