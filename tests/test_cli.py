"""The command-line contract: references, JSON shape, exit statuses, no tracebacks."""

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from chamberdesk.cli import main
from chamberdesk.core.enums import Direction
from chamberdesk.core.model import Agreement, Delegation, Meeting, Member
from chamberdesk.core.references import resolve_reference
from chamberdesk.core.errors import AmbiguousError, NotFoundError
from chamberdesk.core.services.records import create_record


def run(*argv, env=None):
    """The installed console script in a child process, as a user or a script would run it."""
    return subprocess.run([sys.executable, "-m", "chamberdesk", *argv], capture_output=True,
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.fixture
def db(store):
    create_record(store, Member, {"name": "Chao Phraya Precision Co., Ltd.", "name_local": "บริษัท เจ้าพระยา พรีซิชั่น จำกัด",
                                  "local_lang": "th", "country": "TH", "city": "Samut Prakan"})
    create_record(store, Member, {"name": "Kurose Seiki K.K.", "name_local": "黒瀬精機株式会社", "local_lang": "ja",
                                  "name_reading": "くろせせいき", "country": "JP"})
    for title, local in (("Indonesian SME Mission to Japan", "Misi UKM Indonesia ke Jepang"),
                         ("Kerala SME Study Tour to Japan", "ケララ中小企業日本視察団")):
        create_record(store, Delegation, {"title": title, "title_local": local, "direction": Direction.INBOUND,
                                          "origin_country": "ID", "host_country": "JP",
                                          "starts_on": date(2026, 11, 18), "ends_on": date(2026, 11, 24)})
    create_record(store, Meeting, {"title": "INJACK–ICOSA regular meeting", "title_local": "INJACK・ICOSA定例会",
                                   "starts_local": datetime(2026, 12, 3, 15, 30), "tz": "Asia/Kolkata"})
    create_record(store, Agreement, {"title": "Agreement on Cooperation for SMEs in Asia"})
    return str(store.file)


def test_list_json_is_utf8_sorted_by_id_with_the_contract_fields(db, capfdbinary):
    assert main(["--db", db, "list", "members", "--json"]) == 0
    members = json.loads(capfdbinary.readouterr().out.decode("utf-8"))
    assert [m["id"] for m in members] == sorted(m["id"] for m in members)
    assert members[1]["name_local"] == "黒瀬精機株式会社" and members[1]["local_lang"] == "ja"
    assert all({"id", "uid", "name", "name_local", "local_lang"} <= m.keys() for m in members)


def test_json_times_carry_their_offset_and_zone(db, capfdbinary):
    assert main(["--db", db, "list", "meetings", "--json"]) == 0
    [meeting] = json.loads(capfdbinary.readouterr().out)
    assert meeting["starts"] == "2026-12-03T15:30:00+05:30" and meeting["tz"] == "Asia/Kolkata"
    assert {"title", "title_local"} <= meeting.keys()


def test_search_matches_any_script_and_width(db, capfdbinary):
    main(["--db", db, "list", "members", "--search", "ｸﾛｾ", "--json"])  # half-width katakana
    assert [m["name"] for m in json.loads(capfdbinary.readouterr().out)] == ["Kurose Seiki K.K."]
    main(["--db", db, "list", "members", "--search", "เจ้าพระยา", "--json"])
    assert [m["local_lang"] for m in json.loads(capfdbinary.readouterr().out)] == ["th"]


def test_references_by_id_unique_substring_or_local_title(store, db):
    with store.read() as session:
        assert resolve_reference(session, Delegation, "1") == 1
        assert resolve_reference(session, Delegation, "indonesian") == 1
        assert resolve_reference(session, Delegation, "ケララ") == 2
        with pytest.raises(AmbiguousError) as many:
            resolve_reference(session, Delegation, "japan")
        assert len(many.value.candidates) == 2
        with pytest.raises(NotFoundError):
            resolve_reference(session, Delegation, "99")


def test_usage_errors_exit_2_without_a_traceback(db):
    result = run("--db", db, "list", "spaceships")
    assert result.returncode == 2 and b"Traceback" not in result.stderr


def test_a_newer_database_exits_5_with_a_message(tmp_path):
    path = tmp_path / "future.sqlite"
    from chamberdesk.store import open_store

    open_store(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    result = run("--db", str(path), "list", "members")
    assert result.returncode == 5
    assert b"newer version" in result.stderr and b"Traceback" not in result.stderr


def test_without_a_display_the_window_command_says_so_and_exits_2(db):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "chamberdesk", "--db", db], capture_output=True,
                            env=env, timeout=60)
    assert result.returncode == 2
    assert b"no display" in result.stderr and len(result.stderr.decode().strip().splitlines()) == 1


def test_backup_restore_and_check_round_trip(db, tmp_path, capfd):
    backup = tmp_path / "copy.sqlite"
    assert main(["--db", db, "backup", "-o", str(backup)]) == 0
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM match")
        connection.execute("UPDATE member SET city = 'changed after the backup'")
    assert main(["--db", db, "restore", str(backup)]) == 0
    with sqlite3.connect(db) as connection:
        assert "changed after the backup" not in {c for (c,) in connection.execute("SELECT city FROM member")}
    assert main(["--db", db, "check"]) == 0
    assert "Check passed" in capfd.readouterr().err


def test_restore_refuses_a_file_that_is_not_a_backup(db, tmp_path, capfd):
    junk = tmp_path / "notes.sqlite"
    junk.write_text("not a database")
    assert main(["--db", db, "restore", str(junk)]) != 0
    assert "not a ChamberDesk backup" in capfd.readouterr().err


def test_check_reports_a_damaged_attachment(store, db, tmp_path, capfd):
    from chamberdesk.core.services.attachments import add_attachment

    signed = tmp_path / "signed-mou.pdf"
    signed.write_bytes(b"%PDF-1.4 signed copy")
    sha = add_attachment(store, signed)
    (store.attachments_dir / sha).write_bytes(b"tampered")
    assert main(["--db", db, "check"]) == 4
    assert "damaged" in capfd.readouterr().err


def test_a_mistyped_database_path_is_not_silently_created(tmp_path):
    missing = tmp_path / "typo" / "chamber.sqlite"
    result = run("--db", str(missing), "list", "members")
    assert result.returncode == 3 and b"no database at" in result.stderr.lower()
    assert not missing.exists() and not missing.parent.exists()


@pytest.mark.parametrize("content", [b"plain text notes\n", bytes(range(256)) * 8])
def test_a_file_that_is_not_a_database_is_a_usage_error(tmp_path, content):
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(content)
    result = run("--db", str(junk), "list", "members")
    assert result.returncode == 2 and b"not a ChamberDesk database" in result.stderr
    assert b"Traceback" not in result.stderr and junk.read_bytes() == content


@pytest.mark.parametrize("argv", [["--db", "foo://bar", "list", "members"],
                                  ["list", "members", "--limit", "99999999999999999999"]])
def test_impossible_arguments_are_usage_errors(db, argv):
    result = run(*(argv if argv[0] == "--db" else ["--db", db, *argv]))
    assert result.returncode == 2 and b"Traceback" not in result.stderr and b"Internal error" not in result.stderr


def test_db_may_follow_the_command(db, capfdbinary):
    assert main(["list", "members", "--json", "--db", db]) == 0
    assert len(json.loads(capfdbinary.readouterr().out)) == 2


def test_a_read_only_database_can_be_read_but_not_changed(db, tmp_path):
    import shutil
    import stat

    folder = tmp_path / "cd-rom"
    folder.mkdir()
    copy = folder / "chamber.sqlite"
    assert main(["--db", db, "backup", "-o", str(copy)]) == 0
    copy.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        listing = run("--db", str(copy), "list", "members", "--json")
        demo = run("--db", str(copy), "demo")
    finally:
        folder.chmod(stat.S_IRWXU)
        shutil.rmtree(folder)
    if os.geteuid() != 0:  # root ignores file permissions, so only the reading half applies there
        assert demo.returncode == 5 and b"read-only" in demo.stderr
    assert listing.returncode == 0 and len(json.loads(listing.stdout)) == 2


def test_json_with_a_limit_takes_the_first_records_by_id(db, capfdbinary):
    main(["--db", db, "list", "members", "--json", "--limit", "1"])
    assert [m["id"] for m in json.loads(capfdbinary.readouterr().out)] == [1]


def test_plain_listing_survives_a_console_that_cannot_show_the_script(db):
    result = run("--db", db, "list", "members", env={"PYTHONIOENCODING": "cp932"})
    assert result.returncode == 0 and "黒瀬精機株式会社" in result.stdout.decode("utf-8")


def test_backup_never_overwrites_and_accepts_a_folder(db, tmp_path):
    existing = tmp_path / "keep.sqlite"
    existing.write_bytes(b"precious")
    assert run("--db", db, "backup", "-o", str(existing)).returncode == 5
    assert existing.read_bytes() == b"precious"
    folder = tmp_path / "backups-here"
    folder.mkdir()
    assert run("--db", db, "backup", "-o", str(folder)).returncode == 0
    assert len(list(folder.glob("*.sqlite"))) == 1


def test_restoring_a_missing_file_is_not_found(db, tmp_path):
    assert run("--db", db, "restore", str(tmp_path / "nowhere.sqlite")).returncode == 3


@pytest.mark.parametrize("blank", [" ", "\u3000"])
def test_a_search_of_only_spaces_lists_everything(db, capfdbinary, blank):
    for kind in ("members", "persons"):
        assert main(["--db", db, "list", kind, "--search", blank, "--json"]) == 0
        everything = json.loads(capfdbinary.readouterr().out)
        assert main(["--db", db, "list", kind, "--json"]) == 0
        assert everything == json.loads(capfdbinary.readouterr().out)


def _csv_names(path):
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = csv.reader(handle)
    return header, [row[header.index("name")] for row in rows]


@pytest.mark.parametrize("country", ["JP", "jp", "Japan", "japan", "日本", "ＪＰ"])
def test_export_filters_by_a_country_code_or_its_name(db, tmp_path, capfd, country):
    # Found by a new-user trial: '--country Japan' exported no row and said nothing.
    out = tmp_path / "japan.csv"
    assert main(["--db", db, "export", "members", str(out), "--country", country]) == 0
    assert _csv_names(out)[1] == ["Kurose Seiki K.K."]
    assert "Exported 1 member(s)" in capfd.readouterr().err


def test_an_unknown_country_is_a_usage_error_naming_it(db, tmp_path):
    out = tmp_path / "nowhere.csv"
    result = run("--db", db, "export", "members", str(out), "--country", "Atlantis")
    assert result.returncode == 2 and "'Atlantis' is not a country" in result.stderr.decode()
    assert b"Traceback" not in result.stderr and not out.exists()


def test_a_filter_that_matches_nothing_says_so_and_writes_the_header(db, tmp_path, capfd):
    out = tmp_path / "none.csv"
    assert main(["--db", db, "export", "members", str(out), "--country", "FR", "--status", "active"]) == 0
    assert "0 members match country FR and status active" in capfd.readouterr().err
    header, names = _csv_names(out)
    assert names == [] and header[:3] == ["uid", "name", "name_local"]


@pytest.mark.parametrize(("kind", "suffix"), [("persons", ".csv"), ("persons", ".xlsx"), ("persons", ".vcf"),
                                              ("members", ".csv"), ("members", ".xlsx"), ("members", ".vcf")])
def test_the_file_extension_decides_the_export_format(store, db, tmp_path, kind, suffix):
    from chamberdesk.core.model import Person

    create_record(store, Person, {"family_name": "Kurose", "given_name": "Naohiro", "family_name_local": "黒瀬",
                                  "local_lang": "ja", "member_id": 2})
    out = tmp_path / f"{kind}{suffix}"
    assert main(["--db", db, "export", kind, str(out)]) == 0
    start = out.read_bytes()[:16]
    if suffix == ".csv":
        assert start.startswith(b"\xef\xbb\xbfuid,")
    elif suffix == ".xlsx":
        assert start.startswith(b"PK")  # a zip: the workbook
    else:
        assert start.startswith(b"BEGIN:VCARD")


@pytest.mark.parametrize("kind", ["members", "persons"])
def test_an_unknown_export_extension_is_a_usage_error_listing_the_extensions(db, tmp_path, kind):
    out = tmp_path / "x.txt"
    result = run("--db", db, "export", kind, str(out))
    assert result.returncode == 2 and not out.exists()
    message = result.stderr.decode()
    assert all(ext in message for ext in (".csv", ".xlsx", ".vcf")) and "Traceback" not in message


def test_exporting_into_a_missing_folder_is_a_usage_error(db, tmp_path):
    result = run("--db", db, "export", "members", str(tmp_path / "no-such-folder" / "x.csv"))
    assert result.returncode == 2 and b"does not exist" in result.stderr


def test_importing_a_missing_file_is_not_found_and_creates_no_database(tmp_path):
    # Found by a new-user trial: it exited 4 (validation), which DESIGN keeps for bad rows.
    database = tmp_path / "new.sqlite"
    result = run("--db", str(database), "import", "members", str(tmp_path / "missing.csv"))
    assert result.returncode == 3 and b"missing.csv: no such file" in result.stderr
    assert not database.exists()


def test_a_missing_mapping_file_is_not_found(db, tmp_path):
    members = tmp_path / "members.csv"
    members.write_text("name,country\nAoki Giken,JP\n", encoding="utf-8")
    result = run("--db", db, "import", "members", str(members), "--mapping", str(tmp_path / "mapping.json"))
    assert result.returncode == 3 and b"no such mapping file" in result.stderr


def test_importing_a_file_that_is_not_a_sheet_is_a_usage_error_naming_the_extensions(tmp_path):
    document = tmp_path / "members.pdf"
    document.write_bytes(b"%PDF-1.7")
    database = tmp_path / "new.sqlite"
    result = run("--db", str(database), "import", "members", str(document))
    message = result.stderr.decode()
    assert result.returncode == 2 and "members.pdf" in message and ".csv" in message and ".xlsx" in message
    assert "Traceback" not in message and not database.exists()


def test_a_dry_run_or_a_refused_import_into_a_new_path_leaves_no_database(tmp_path):
    # Found by a new-user trial: an empty database was left behind, against "nothing was written".
    good = tmp_path / "good.csv"
    good.write_text("name,country\nAoki Giken,JP\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,country\nNo Country Ltd,\n", encoding="utf-8")
    database = tmp_path / "new.sqlite"
    assert run("--db", str(database), "import", "members", str(good), "--dry-run").returncode == 0
    assert run("--db", str(database), "import", "members", str(bad)).returncode == 4
    assert list(tmp_path.glob("new.sqlite*")) == []
    assert run("--db", str(database), "import", "members", str(good)).returncode == 0 and database.exists()


def test_a_file_refused_as_a_whole_does_not_suggest_skipping_bad_rows(db, tmp_path):
    unnamed = tmp_path / "unnamed.csv"  # no column the name could come from
    unnamed.write_text("company_code,country\nA-001,JP\n", encoding="utf-8")
    result = run("--db", db, "import", "members", str(unnamed), "--skip-bad-rows")
    message = result.stderr.decode()
    assert result.returncode == 4 and "cannot be imported as it is" in message and "--skip-bad-rows" not in message


def test_an_unknown_encoding_is_a_usage_error(db, tmp_path):
    members = tmp_path / "members.csv"
    members.write_text("name,country\nAoki Giken,JP\n", encoding="utf-8")
    result = run("--db", db, "import", "members", str(members), "--encoding", "klingon")
    assert result.returncode == 2 and b"'klingon' is not an encoding" in result.stderr


def test_a_reader_that_stops_reading_early_is_not_an_error(store):
    # Found by a new-user trial: `chamberdesk list members | head` printed "Internal error" and logged
    # a BrokenPipeError traceback.
    from chamberdesk.core.exchange.importer import apply_import, plan_import

    rows = "".join(f"Pipe Test Trading {n},IN,Kochi\n" for n in range(3000))  # more than a pipe holds
    (path := store.file.with_name("many.csv")).write_text("name,country,city\n" + rows, encoding="utf-8")
    apply_import(store, plan_import(store, path))
    child = subprocess.Popen([sys.executable, "-m", "chamberdesk", "--db", str(store.file), "list", "members"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert b"Pipe Test Trading" in child.stdout.readline()
    child.stdout.close()  # as head does after its lines
    assert child.wait(timeout=120) == 0
    assert child.stderr.read().decode() == ""


def test_skipping_bad_rows_when_every_row_is_bad_imports_nothing_and_says_so(tmp_path):
    path = tmp_path / "all-bad.csv"
    path.write_text("name,country,email\nAoki Giken,JP,not-an-address\nKochi Coir,IN,nor-this\n", encoding="utf-8")
    database = tmp_path / "new.sqlite"
    result = run("--db", str(database), "import", "members", str(path), "--skip-bad-rows")
    assert result.returncode == 4
    assert "every row has problems (see above); nothing was imported" in result.stderr.decode()
    assert not database.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs a device that is always full (Linux)")
def test_output_the_system_refuses_to_write_is_said_in_one_line(db):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "chamberdesk", "--db", db, "list", "members"], stdout=full,
                                stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "Stopped: No space left on device."
