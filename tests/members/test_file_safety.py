"""Files that must not turn against the person opening them or be half-read: text that a spreadsheet
would run as a formula, an encoding that shows itself only late in a file, empty files."""

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from chamberdesk.cli import main
from chamberdesk.core.errors import ServiceError
from chamberdesk.core.exchange.exporter import export_members
from chamberdesk.core.exchange.formula_text import csv_cell_text, csv_text, needs_apostrophe
from chamberdesk.core.exchange.importer import ImportOptions, apply_import, plan_import
from chamberdesk.core.exchange.layout import COLUMNS
from chamberdesk.core.exchange.reading import detect_encoding
from chamberdesk.core.model import Member
from chamberdesk.core.services.records import create_record
from chamberdesk.store import open_store

# What a spreadsheet would run ('=', '@', '+' or '-' before more than a number), what it would not
# (a phone number, a negative number), and text that already starts with an apostrophe.
FORMULA_LIKE = ["=Equals Corp", "=1+2", "@home", '+HYPERLINK("x")', "-2+3", "-2+3+cmd|' /C calc'!A0",
                "'=quoted", "''@twice"]
NOT_FORMULAS = ["+81312345678", "-5", "+81 3-1234-5678", "'plain", "#N/A", "Equals = Corp", "The Smiths'"]
TEXTS = FORMULA_LIKE + NOT_FORMULAS


@pytest.fixture
def tricky(store):
    """Members named and annotated with each of TEXTS (the first with a phone number)."""
    for number, text in enumerate(TEXTS):
        phone = {"phone": "+81312345678"} if number == 0 else {}
        create_record(store, Member, {"name": text, "notes": text, "country": "JP", "city": f"City {number}"} | phone)


def _names_and_notes(store) -> list[tuple[str, str]]:
    with store.read() as session:
        return sorted(tuple(row) for row in session.execute(select(Member.name, Member.notes)))


def _reimported(path: Path, tmp_path: Path) -> list[tuple[str, str]]:
    copy = open_store(tmp_path / f"copy-{path.suffix[1:]}.sqlite")
    try:
        plan = plan_import(copy, path)
        assert plan.all_problems == [] and plan.duplicates == {}
        assert apply_import(copy, plan).created == len(TEXTS)
        return _names_and_notes(copy)
    finally:
        copy.dispose()


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_text_like_a_formula_survives_an_export_and_a_reimport(store, tricky, tmp_path, suffix):
    path = tmp_path / f"members{suffix}"
    assert export_members(store, path).written == len(TEXTS)
    assert _reimported(path, tmp_path) == _names_and_notes(store) == sorted((text, text) for text in TEXTS)


def test_the_workbook_holds_text_cells_not_formulas(store, tricky, tmp_path):
    path = tmp_path / "members.xlsx"
    export_members(store, path)
    sheet = load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    name, notes, phone = header.index("name") + 1, header.index("notes") + 1, header.index("phone") + 1
    cells = [sheet.cell(row, column) for row in range(2, sheet.max_row + 1) for column in (name, notes)]
    assert sorted(cell.value for cell in cells) == sorted(TEXTS * 2)
    assert {cell.data_type for cell in cells} == {"s"}
    formula_cell = next(cell for cell in cells if cell.value == "=Equals Corp")
    assert formula_cell.quotePrefix  # Excel keeps it text when the cell is edited
    assert sheet.cell(formula_cell.row, phone).value == "+81312345678"


def test_the_csv_keeps_formulas_text_with_an_apostrophe_and_phone_numbers_as_they_are(store, tricky, tmp_path):
    path = tmp_path / "members.csv"
    export_members(store, path)
    rows = _csv_rows(path)
    names = {row["name"] for row in rows}
    assert {"'=Equals Corp", "'@home", "'+HYPERLINK(\"x\")", "'-2+3", "''=quoted", "'''@twice"} <= names
    assert {"+81312345678", "-5", "+81 3-1234-5678", "'plain", "#N/A", "Equals = Corp"} <= names
    assert not [name for name in names if name[:1] in "=@+-" and name not in NOT_FORMULAS]
    assert next(row for row in rows if row["name"] == "'=Equals Corp")["phone"] == "+81312345678"
    assert "'=Equals Corp" in path.read_text(encoding="utf-8-sig")


def test_the_apostrophe_is_added_and_removed_one_to_one():
    samples = TEXTS + ["", "'", "''", "=", "+", "-", "\tcalc", "\r=x", "'\t", "-(3)", "+1 (555) 010-9999", "-1.5e3",
                       "'-5", "''-2+3", "@", "a=b"]
    for text in samples:
        assert csv_cell_text(csv_text(text)) == text, text
        assert csv_text(text).startswith("'") or not needs_apostrophe(text), text
    assert [text for text in samples if needs_apostrophe(text)] == [
        *FORMULA_LIKE, "=", "\tcalc", "\r=x", "'\t", "-1.5e3", "''-2+3", "@"]


def test_an_apostrophe_written_by_someone_else_before_a_formula_is_read_as_excel_shows_it(store, tmp_path):
    path = tmp_path / "partners.csv"
    path.write_text("name,country,notes\n'=Equals Corp,JP,'plain\n'+81312345678,JP,''=1+2\n", encoding="utf-8")
    plan = plan_import(store, path)
    assert [(row.member["name"], row.member["notes"]) for row in plan.rows] == [
        ("=Equals Corp", "'plain"), ("'+81312345678", "'=1+2")]


# -- the encoding of a CSV file --------------------------------------------------------------------

HEADER = "name,country,city,notes"
PLAIN = [f"Member {number:05d},JP,Osaka,plain ascii notes for the sample" for number in range(9000)]


def _cp1252(path: Path, lines: list[str]) -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def test_a_windows_1252_letter_after_thousands_of_ascii_lines_is_read_as_windows_1252(store, tmp_path):
    # Found by QA: the first 256 KB were ASCII, cp932 was guessed and line 9002 refused.
    path = _cp1252(tmp_path / "late.csv", [HEADER, *PLAIN, "Müller GmbH,DE,München,x", "Renée SARL,FR,Lyon,x"])
    assert path.stat().st_size > 256 * 1024
    plan = plan_import(store, path)
    assert plan.encoding == "cp1252" and plan.all_problems == []
    assert [(row.number, row.member["name"], row.member["city"]) for row in plan.rows[-2:]] == [
        (9002, "Müller GmbH", "München"), (9003, "Renée SARL", "Lyon")]


def test_when_the_encoding_detected_fails_later_the_whole_file_is_read_in_one_that_reads_it(store, tmp_path):
    # In cp932 the start is half-width katakana (ﾅﾄﾖ AB) and detection takes it so; "ü" of line
    # 9003 is no cp932. Every row, the first too, is read in the encoding that reads the whole file.
    path = _cp1252(tmp_path / "mixed.csv", [HEADER, "ÅÄÖ AB,SE,ÖÄÅ,ÉÈÀ", *PLAIN,
                                            "Müller GmbH,DE,München,x", "Bad Country Ltd,Neverland,Köln,x"])
    assert detect_encoding(path.read_bytes()) == "cp932"  # what the start of the file suggests
    plan = plan_import(store, path)
    assert plan.encoding == "cp1252"
    assert (plan.rows[0].member["name"], plan.rows[0].member["city"]) == ("ÅÄÖ AB", "ÖÄÅ")
    assert plan.rows[-2].number == 9003 and plan.rows[-2].member["name"] == "Müller GmbH"
    assert [(problem.row, problem.field) for problem in plan.all_problems] == [(9004, "country")]


def test_a_file_no_encoding_reads_whole_names_those_tried_and_where(store, tmp_path):
    japanese = "黒瀬精密工業株式会社,JP,東大阪市,精密加工ー「試作」"
    path = tmp_path / "broken.csv"
    path.write_bytes(("\r\n".join([HEADER, *[japanese] * 6000]) + "\r\n").encode("cp932")
                     + "Müller GmbH,DE,München,x\r\n".encode("cp1252"))
    with pytest.raises(ServiceError) as refused:
        plan_import(store, path)
    message = str(refused.value)
    assert message.startswith("broken.csv: none of the encodings tried (cp932, cp1252) reads the whole file")
    assert "as cp932, line 6002 has byte 0xFC" in message and "choose its encoding" in message
    assert refused.value.refusal.code == "no_encoding_reads"


def test_an_encoding_the_person_chose_is_not_replaced(store, tmp_path):
    path = _cp1252(tmp_path / "late.csv", [HEADER, *PLAIN, "Müller GmbH,DE,München,x"])
    with pytest.raises(ServiceError, match="late.csv, line 9002: the file is not valid cp932 \\(byte 0xFC\\)"):
        plan_import(store, path, ImportOptions(encoding="cp932"))


# -- empty files ---------------------------------------------------------------------------------

def _empty_workbook(path: Path) -> Path:
    Workbook().save(path)
    return path


@pytest.mark.parametrize(("name", "content"), [
    ("nothing.csv", b""), ("bom.csv", b"\xef\xbb\xbf"), ("blank.csv", b"\r\n\r\n  \n"), ("commas.csv", b",,\n,,\n")])
def test_an_empty_csv_file_is_refused_as_empty(store, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ServiceError) as refused:
        plan_import(store, path)
    assert str(refused.value) == f"{name}: the file is empty; there is nothing to import"


def test_a_workbook_whose_first_sheet_is_empty_is_refused_as_empty(store, tmp_path):
    with pytest.raises(ServiceError, match=r"^empty\.xlsx: the first sheet of the workbook is empty"):
        plan_import(store, _empty_workbook(tmp_path / "empty.xlsx"))


def test_a_file_whose_header_is_below_blank_lines_is_not_empty(store, tmp_path):
    path = tmp_path / "late-header.csv"
    path.write_text("\n\nname,country\nAoki Giken,JP\n", encoding="utf-8")
    plan = plan_import(store, path)  # its header is found below them, and the rows read
    assert plan.problems == [] and [w.code for w in plan.warnings] == ["header_below_title"]
    assert [row.member["name"] for row in plan.rows] == ["Aoki Giken"]


@pytest.mark.parametrize("name", ["nothing.csv", "empty.xlsx"])
def test_the_cli_refuses_an_empty_file_and_writes_nothing(store, tmp_path, capsys, name):
    path = tmp_path / name
    _empty_workbook(path) if name.endswith(".xlsx") else path.write_bytes(b"")
    database = tmp_path / "new.sqlite"
    assert main(["--db", str(database), "import", "members", str(path)]) == 4
    err = capsys.readouterr().err
    assert f"{name}: the " in err and "is empty" in err and "nothing to import" in err and "mapped" not in err
    assert list(tmp_path.glob("new.sqlite*")) == []
    assert main(["--db", str(store.file), "import", "members", str(path)]) == 4
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0


def test_control_characters_are_refused_in_notes_and_never_stop_a_workbook_export(store, tmp_path):
    # Found in review: a form feed pasted into notes was stored, and the XLSX export then stopped
    # with openpyxl's IllegalCharacterError.
    from chamberdesk.core.errors import ValidationError
    from chamberdesk.core.services.records import create_record

    with pytest.raises(ValidationError, match="control character \\(U\\+000C\\)"):
        create_record(store, Member, {"name": "Form Feed KK", "country": "JP", "notes": "page one\x0cpage two"})
    create_record(store, Member, {"name": "Lines KK", "country": "JP", "notes": "line one\nline two\ttabbed"})
    with store.engine.begin() as connection:  # as an older version could have stored it
        connection.exec_driver_sql("UPDATE member SET notes = 'page one' || char(12) || 'page two'")
    path = tmp_path / "members.xlsx"
    assert export_members(store, path).written == 1
    assert load_workbook(path).active.cell(2, COLUMNS.index("notes") + 1).value == "page one page two"
