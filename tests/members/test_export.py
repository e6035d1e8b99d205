"""Export of the member and person lists (CSV with BOM, XLSX, vCard) and their re-import without loss."""

import csv
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from chamberdesk.cli import main
from chamberdesk.core.directory_filters import DirectoryFilters
from chamberdesk.core.enums import TagKind
from chamberdesk.core.errors import ServiceError
from chamberdesk.core.exchange.exporter import PERSON_COLUMNS, Exported, export_members, export_persons
from chamberdesk.core.exchange.importer import apply_import, plan_import
from chamberdesk.core.exchange.layout import COLUMNS
from chamberdesk.core.model import Member, MemberTag, Passport, Person
from chamberdesk.core.services.records import create_record, update_record
from chamberdesk.store import open_store


@pytest.fixture
def rich_directory(store, directory):
    members, persons = directory
    update_record(store, Member,
                  members["kurose"], {"member_since": date(2012, 4, 1), "dues_minor": 120000, "dues_currency": "JPY",
                                      "employees": 85, "founded_year": 1962, "strengths": "5-axis machining, 1 µm"},
                  expected_version=1)
    for kind, tag in ((TagKind.STRENGTH, "cnc"), (TagKind.STRENGTH, "iso 9001"), (TagKind.NEED, "india partner")):
        create_record(store, MemberTag, {"member_id": members["kurose"], "kind": kind, "tag": tag})
    create_record(store, Passport, {"person_id": persons["naohiro"], "number": "TK1234567", "issuing_country": "JP"})
    return members, persons


def _csv_rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_reimports_without_loss(store, rich_directory, tmp_path, suffix):
    first = tmp_path / f"members{suffix}"
    assert export_members(store, first).written == 6
    copy = open_store(tmp_path / "copy.sqlite")
    plan = plan_import(copy, first)
    assert plan.all_problems == [] and plan.duplicates == {}
    assert apply_import(copy, plan).created == 6
    again, original = tmp_path / "again.csv", tmp_path / "original.csv"
    export_members(copy, again)
    export_members(store, original)
    assert _csv_rows(again) == _csv_rows(original)
    copy.dispose()


def test_the_csv_has_the_documented_header_a_bom_and_no_passport(store, rich_directory, tmp_path):
    path = tmp_path / "members.csv"
    export_members(store, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(path)
    assert tuple(rows[0]) == COLUMNS
    kurose = dict(zip(rows[0], next(r for r in rows if r[1] == "Kurose Precision Industries"), strict=True))
    assert kurose["strength_tags"] == "cnc;iso 9001" and kurose["need_tags"] == "india partner"
    assert kurose["contact_family_name_local"] == "黒瀬" and kurose["phone"] == "+81667811234"
    assert kurose["dues_amount"] == "120000" and kurose["member_since"] == "2012-04-01"
    assert "TK1234567" not in path.read_text(encoding="utf-8-sig")


def test_the_export_follows_the_search_and_filters(store, rich_directory, tmp_path):
    path = tmp_path / "japan.xlsx"
    assert export_members(store, path, filters=DirectoryFilters(countries=frozenset({"JP"}))).written == 2
    sheet = load_workbook(path, read_only=True).worksheets[0]
    names = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == ["Hayashi Foods", "Kurose Precision Industries"]
    assert export_members(store, tmp_path / "kurose.csv", search="黒瀬").written == 2  # Ganesh through its contact


def test_vcards_carry_both_scripts_and_readings(store, rich_directory, tmp_path):
    path = tmp_path / "contacts.vcf"
    assert export_persons(store, path, search="黒瀬").written == 2
    text = path.read_bytes().decode("utf-8")  # as written: CRLF line ends
    assert "N;ALTID=1;LANGUAGE=ja:黒瀬;直宏;;;" in text and "X-PHONETIC-LAST-NAME:くろせ" in text
    assert "ORG:Kurose Precision Industries" in text and "TK1234567" not in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_cli_export_and_import_round_trip(store, rich_directory, tmp_path, capsys):
    out = tmp_path / "cli.xlsx"
    assert main(["--db", str(store.file), "export", "members", str(out)]) == 0
    assert "Exported 6 member(s)" in capsys.readouterr().err
    target = tmp_path / "other.sqlite"
    assert main(["--db", str(target), "import", "members", str(out)]) == 0
    assert "6 member(s) created" in capsys.readouterr().err
    assert main(["--db", str(target), "import", "members", str(out), "--dry-run"]) == 0
    assert "6 duplicate(s)" in capsys.readouterr().err


def test_the_whole_demo_directory_survives_an_export_and_a_reimport(store, tmp_path):
    # Found by a new-user trial: look-alike Latin names (Mikawa / Ishikawa Press, 髙橋電機 / 高橋電子)
    # were taken for duplicates of each other and silently skipped.
    from chamberdesk.core.demo import load_demo

    load_demo(store)
    out = tmp_path / "all.csv"
    exported = export_members(store, out).written
    target = open_store(tmp_path / "fresh.sqlite")
    plan = plan_import(target, out)
    apply_import(target, plan)
    with target.read() as session:
        names = sorted(session.scalars(select(Member.name)))
    with store.read() as session:
        assert names == sorted(session.scalars(select(Member.name)))
    assert len(names) == exported >= 200
    target.dispose()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_a_person_export_takes_its_format_from_the_file_name(store, rich_directory, tmp_path, suffix):
    # Found by a new-user trial: 'export persons x.csv' wrote vCards into the .csv file.
    path = tmp_path / f"persons{suffix}"
    assert export_persons(store, path, search="黒瀬") == Exported(matched=2, written=2)
    if suffix == ".csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        rows = [dict(zip(PERSON_COLUMNS, row, strict=True)) for row in _csv_rows(path)[1:]]
        assert tuple(_csv_rows(path)[0]) == PERSON_COLUMNS
    elif suffix == ".xlsx":
        sheet = load_workbook(path, read_only=True)["Persons"]
        header, *cells = sheet.iter_rows(values_only=True)
        assert header == PERSON_COLUMNS
        rows = [{k: v or "" for k, v in zip(PERSON_COLUMNS, row)} for row in cells]  # read-only drops empty ends
    else:
        assert path.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
        return
    naohiro = next(row for row in rows if row["given_name"] == "Naohiro")
    assert (naohiro["family_name_local"], naohiro["member"], naohiro["primary_contact"]) == (
        "黒瀬", "Kurose Precision Industries", "yes")
    assert {row["member"] for row in rows} == {"Kurose Precision Industries", "Shree Ganesh Textiles"}
    assert "TK1234567" not in str(rows)


def test_a_member_list_as_vcard_holds_the_contact_persons_of_the_members_selected(store, rich_directory, tmp_path):
    path = tmp_path / "japan.vcf"
    exported = export_members(store, path, filters=DirectoryFilters(countries=frozenset({"JP"})))
    assert exported == Exported(matched=2, written=1)  # Hayashi Foods has no contact person
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and "FN:Kurose Naohiro" in text


@pytest.mark.parametrize("name", ["members.txt", "members"])
def test_an_unknown_extension_is_refused_before_anything_is_written(store, rich_directory, tmp_path, name):
    with pytest.raises(ServiceError, match=r"\.csv.*\.xlsx.*\.vcf"):
        export_members(store, tmp_path / name)
    assert list(tmp_path.glob("members*")) == []


def test_a_filter_matching_nothing_still_writes_the_header(store, rich_directory, tmp_path):
    path = tmp_path / "none.csv"
    assert export_members(store, path, filters=DirectoryFilters(countries=frozenset({"DE"}))) == Exported(0, 0)
    assert _csv_rows(path) == [list(COLUMNS)]


def _second_contacts(store, members) -> None:
    """Kurose gets two more contact persons besides its primary, Naohiro."""
    for given in ("Emi", "Taro"):
        create_record(store, Person, {"family_name": "Kurose", "given_name": given, "member_id": members["kurose"]})


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_member_list_says_how_many_contact_persons_it_leaves_out(store, rich_directory, tmp_path, suffix):
    # Found by QA: a member list holds one contact person per member; the others were lost without a word.
    members, _persons = rich_directory
    _second_contacts(store, members)
    path = tmp_path / f"members{suffix}"
    assert export_members(store, path) == Exported(matched=6, written=6, persons_left_out=2)
    assert export_members(store, tmp_path / "japan.csv", search="Kurose") == Exported(2, 2, 2)
    assert export_members(store, tmp_path / "hayashi.csv", search="Hayashi") == Exported(1, 1, 0)
    assert export_members(store, tmp_path / "members.vcf") == Exported(6, 6, 0)  # every contact person


def test_the_cli_names_the_contact_persons_a_member_list_leaves_out(store, tmp_path, capsys):
    from chamberdesk.core.demo import load_demo

    load_demo(store)
    with store.read() as session:
        members = session.scalar(select(func.count()).select_from(Member))
        persons = session.scalar(select(func.count(Person.id)).where(Person.member_id.is_not(None)))
        with_persons = session.scalar(select(func.count(func.distinct(Person.member_id))))
    left_out = persons - with_persons
    assert left_out > 0
    out = tmp_path / "demo.csv"
    assert main(["--db", str(store.file), "export", "members", str(out)]) == 0
    assert capsys.readouterr().err.strip() == (
        f"Exported {members} member(s) to {out}; {left_out} further contact person(s) are not in it (a member "
        "list holds one per member): export persons, or the members as .vcf, to keep them.")
    assert main(["--db", str(store.file), "export", "members", str(tmp_path / "demo.vcf")]) == 0
    assert "further" not in capsys.readouterr().err
    assert main(["--db", str(store.file), "export", "members", str(out), "--search", "no such member xyz"]) == 0
    assert "further" not in capsys.readouterr().err


def test_the_window_says_how_many_contact_persons_a_member_list_leaves_out(qtbot, qapp, store, rich_directory,
                                                                          tmp_path):
    from chamberdesk.ui.app import build_application
    from chamberdesk.ui.main_window import MainWindow

    members, _persons = rich_directory
    _second_contacts(store, members)
    build_application("en")
    window = MainWindow(store, remember_layout=False)
    qtbot.addWidget(window)
    page = window.page("members")
    assert page.export_to(tmp_path / "members.xlsx") == 6
    assert window.statusBar().currentMessage() == (
        "Exported 6 to members.xlsx; 2 further contact persons are not in it (a member list holds one per member): "
        "export as vCard (.vcf) to keep them.")
    assert page.export_to(tmp_path / "members.vcf") == 6
    assert window.statusBar().currentMessage() == "Exported 6 to members.vcf."
