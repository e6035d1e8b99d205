"""Importing member files: every encoding, malformed rows, duplicates, all or nothing, cancellation."""

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from chamberdesk.cli import main
from chamberdesk.core.errors import ServiceError, ValidationError
from chamberdesk.core.exchange.importer import ImportCancelled, ImportOptions, apply_import, plan_import
from chamberdesk.core.exchange.mapping import ColumnMapping
from chamberdesk.core.exchange.reading import detect_encoding
from chamberdesk.core.listing import SOURCES
from chamberdesk.core.model import AuditEntry, AuditOperation, Member, MemberTag, Person
from chamberdesk.core.services.operation import undo

HEADER = "name,name_local,local_lang,name_reading,country,city,email,phone,employees,founded_year,tags," \
         "contact_family_name,contact_given_name,contact_family_name_local,contact_given_name_local,contact_email"
JAPANESE = "Hayashi Seiki,林精機株式会社,ja,はやしせいき,JP,Osaka,info@hayashi-seiki.jp,06-6123-4567,40,1978," \
           "cnc;export,Hayashi,Ken,林,健,ken@hayashi-seiki.jp"
LATIN = "Émile Dupré Café,,,,FR,Lyon,contact@dupre.fr,04 72 00 00 00,12,1990,café,Dupré,Émile,,,emile@dupre.fr"


def _write(path: Path, lines: list[str], encoding: str) -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def _count(store, model) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def _import(store, path, **options):
    skip = options.pop("skip_bad_rows", False)
    plan = plan_import(store, path, ImportOptions(**options))
    return plan, apply_import(store, plan, skip_bad_rows=skip)


@pytest.mark.parametrize(("encoding", "lines"), [
    ("utf-8", [HEADER, JAPANESE, LATIN]),
    ("utf-8-sig", [HEADER, JAPANESE, LATIN]),
    ("cp932", [HEADER, JAPANESE]),  # Shift_JIS as Japanese Windows writes it
    ("cp1252", [HEADER, LATIN]),  # Windows-1252: é is one byte
])
def test_csv_in_every_encoding_is_detected_and_imported(store, tmp_path, encoding, lines):
    path = _write(tmp_path / f"members-{encoding}.csv", lines, encoding)
    plan, result = _import(store, path)
    assert result.created == len(lines) - 1
    with store.read() as session:
        names = set(session.scalars(select(Member.name)))
        people = {(p.family_name, p.given_name, p.member.name) for p in session.scalars(select(Person))}
    if JAPANESE in lines:
        assert "Hayashi Seiki" in names and ("Hayashi", "Ken", "Hayashi Seiki") in people
        with store.read() as session:
            member = session.scalar(select(Member).where(Member.name == "Hayashi Seiki"))
            assert member.phone == "+81661234567" and member.name_local == "林精機株式会社"
            assert sorted(t.tag for t in member.tags) == ["cnc", "export"]
        assert SOURCES["members"].ids(store.session(), "林") == [member.id]  # indexed by the bulk insert
    if LATIN in lines:
        assert "Émile Dupré Café" in names
        assert SOURCES["members"].ids(store.session(), "dupre") != []


def test_detection_tells_shift_jis_from_windows_1252():
    assert detect_encoding("会社名,黒瀬精密工業株式会社,東大阪市".encode("cp932")) == "cp932"
    assert detect_encoding("name,Société Générale Café,Düsseldorf".encode("cp1252")) == "cp1252"
    assert detect_encoding("\ufeffname".encode("utf-8")) == "utf-8-sig"
    assert detect_encoding("\ufeffname\tcountry".encode("utf-16-le")) == "utf-16"


def test_excel_unicode_text_is_read(store, tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("name\tname_local\tcountry\nKurose Precision\t黒瀬精密工業\tJP\n".encode("utf-16"))
    plan = plan_import(store, path)
    assert plan.encoding == "utf-16" and plan.rows[0].member["name_local"] == "黒瀬精密工業"


def test_a_chosen_encoding_wins_and_a_wrong_one_is_reported(store, tmp_path):
    path = _write(tmp_path / "sjis.csv", [HEADER, JAPANESE], "cp932")
    with pytest.raises(ServiceError, match="not valid utf-8"):
        plan_import(store, path, ImportOptions(encoding="utf-8"))
    assert plan_import(store, path, ImportOptions(encoding="cp932")).rows[0].member["name_local"] == "林精機株式会社"


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_bad_rows_are_reported_by_file_row_and_field_and_nothing_is_written(store, tmp_path):
    path = _xlsx(tmp_path / "partners.xlsx", [
        ["name", "country", "email", "phone", "founded_year", "employees", "membership_status"],
        ["Good One Ltd", "IN", "a@good.in", "+91 484 234 5678", 2001, 10, "active"],
        ["", "JP", "not-an-address", "12", 1200, -3, "sleeping"],
        ["Third Ltd", "Atlantis", None, None, "soon", None, None],
    ])
    plan = plan_import(store, path)
    messages = {(p.row, p.field) for p in plan.all_problems}
    assert {(3, "name"), (3, "email"), (3, "phone"), (3, "founded_year"), (3, "employees"),
            (3, "membership_status"), (4, "country"), (4, "founded_year")} <= messages
    assert all(p.source == "partners.xlsx" for p in plan.all_problems)
    assert "partners.xlsx, row 3, field 'email':" in str(next(p for p in plan.all_problems if p.field == "email"))
    with pytest.raises(ValidationError):
        apply_import(store, plan)
    assert _count(store, Member) == 0 and _count(store, AuditOperation) == 0

    result = apply_import(store, plan, skip_bad_rows=True)
    assert (result.created, result.skipped_bad) == (1, 2)


def test_a_row_with_more_cells_than_the_header_is_malformed(store, tmp_path):
    path = _write(tmp_path / "shifted.csv", ["name,country,city", "Kochi Coir,IN,Kochi,extra,cells"], "utf-8")
    plan = plan_import(store, path)
    assert [p.field for p in plan.all_problems] == ["(whole row)"] and plan.all_problems[0].row == 2


def test_duplicates_within_the_file_and_against_the_database(store, directory, tmp_path):
    path = _write(tmp_path / "dupes.csv", [
        "name,country,email,phone",
        "\"Kurose Precision Industries Co., Ltd.\",JP,,",  # same normalised name as a member
        "Malabar Spices,IN,info@malabarspice.in,",  # same e-mail as a member
        "Kurose Precision Industry,JP,sales@kurose.example,",  # fuzzy: similar name, same country
        "Brand New Exports,IN,new@exports.in,+91 471 255 0000",
        "Brand New Exports Pvt Ltd,IN,,",  # duplicate of the row above
        "Kurose Precision Industries,TH,,",  # same name, other country: not a duplicate
    ], "utf-8")
    plan = plan_import(store, path)
    members, _ = directory
    found = {row: (d.candidate.member_id, d.candidate.row, d.candidate.reason) for row, d in plan.duplicates.items()}
    assert found[2][:2] == (members["kurose"], None) and found[2][2] == "same name"
    assert found[3] == (members["spices"], None, "same e-mail")
    assert found[4][0] == members["kurose"] and found[4][2].startswith("similar name")
    assert found[6] == (None, 5, "same name")
    assert set(found) == {2, 3, 4, 6}

    plan.decide(3, "merge")
    plan.decide(4, "create")
    result = apply_import(store, plan)
    # The row brings nothing the member lacks: merged, nothing changed; its spelling of the name
    # never replaces the one on record.
    assert (result.created, result.merged, result.unchanged, result.skipped_duplicates) == (3, 0, 1, 2)
    with store.read() as session:
        assert session.get(Member, members["spices"]).name == "Malabar Spice Traders Pvt Ltd"


def test_merge_decisions_fill_the_existing_member(store, directory, tmp_path):
    members, _ = directory
    path = _write(tmp_path / "update.csv", ["name,country,website,tags,contact_family_name,contact_email",
                                            "Hayashi Foods,JP,https://hayashi.example,frozen,Hayashi,m@hayashi.jp"],
                  "utf-8")
    _plan, result = _import(store, path, on_duplicate="merge")
    assert result.merged == 1 and result.created == 0
    with store.read() as session:
        member = session.get(Member, members["hayashi"])
        assert member.website == "https://hayashi.example" and [t.tag for t in member.tags] == ["frozen"]
        assert [p.email for p in member.persons] == ["m@hayashi.jp"]


def test_a_cancelled_import_writes_nothing(store, tmp_path):
    rows = [HEADER] + [f"Company {n},,,,IN,Kochi,c{n}@x.in,,,,,,,,," for n in range(2500)]
    path = _write(tmp_path / "many.csv", rows, "utf-8")
    plan = plan_import(store, path)
    calls = []
    with pytest.raises(ImportCancelled):
        apply_import(store, plan, cancelled=lambda: len(calls) > 1, progress=lambda *a: calls.append(a))
    assert _count(store, Member) == 0 and _count(store, AuditEntry) == 0 and _count(store, AuditOperation) == 0
    assert SOURCES["members"].ids(store.session(), "company") == []


def test_an_import_is_one_operation_and_can_be_undone(store, tmp_path):
    path = _write(tmp_path / "two.csv", [HEADER, JAPANESE, LATIN], "utf-8")
    _plan, result = _import(store, path)
    with store.read() as session:
        operation = session.get(AuditOperation, result.operation_id)
        kinds = sorted({(e.entity, e.action.value) for e in operation.entries})
        assert _count(store, AuditOperation) == 1
    assert kinds == [("member", "create"), ("person", "create")]  # tags go with their member
    undo(store, result.operation_id)
    assert _count(store, Member) == 0 and _count(store, Person) == 0 and _count(store, MemberTag) == 0
    assert SOURCES["members"].ids(store.session(), "林") == []


def test_a_saved_mapping_reads_another_layout(store, tmp_path):
    path = _write(tmp_path / "partner.csv", ["会社名,Company,国,メール,担当者", "林精機株式会社,Hayashi Seiki,JP,a@h.jp,林"],
                  "cp932")
    guessed = ColumnMapping.default_for(["会社名", "Company", "国", "メール", "担当者"])
    assert guessed.source_of("name_local") == "会社名" and guessed.source_of("name") == "Company"
    mapping = ColumnMapping(dict(guessed.columns, country="国"))
    mapping_file = tmp_path / "partner-mapping.json"
    mapping.save(mapping_file)
    assert json.loads(mapping_file.read_text(encoding="utf-8"))["columns"]["country"] == "国"
    plan = plan_import(store, path, ImportOptions(mapping=ColumnMapping.load(mapping_file)))
    assert plan.all_problems == [] and plan.rows[0].member["country"] == "JP"
    assert plan.rows[0].contact["family_name_local"] == "林"
    assert plan.rows[0].contact["family_name"] == "Hayashi"  # romanised when the file has no Latin name


def test_the_cli_reports_bad_input_with_exit_4_and_writes_nothing(store, tmp_path, capsys):
    path = _write(tmp_path / "bad.csv", [HEADER, JAPANESE, "No Country Ltd,,,,,,,,,,,,,,,"], "utf-8")
    database = str(store.file)
    assert main(["--db", database, "import", "members", str(path)]) == 4
    err = capsys.readouterr().err
    assert "bad.csv, row 3, field 'country': is required" in err and "Traceback" not in err
    assert _count(store, Member) == 0
    assert main(["--db", database, "import", "members", str(path), "--dry-run"]) == 4
    assert main(["--db", database, "import", "members", str(path), "--skip-bad-rows"]) == 0
    assert "1 member(s) created" in capsys.readouterr().err
    assert main(["--db", database, "import", "members", str(tmp_path / "missing.csv")]) == 3
    assert main(["--db", database, "import", "members", str(path), "--mapping", str(tmp_path / "none.json")]) == 3


def test_countries_spelled_out_or_full_width_and_full_width_numbers_are_read(store, tmp_path):
    path = _write(tmp_path / "japanese-office.csv", ["会社名,Company,国,電話,設立",
                                                    "株式会社テスト工業,Test Kogyo,日本,０６－６７８１－１２３４,１９８５",
                                                    "ＡＢＣ商事,ABC Shoji,ＪＰ,03-1234-5678,2001",
                                                    "Thai Silk,Thai Silk,Thailand,02 123 4567,1999"], "cp932")
    plan = plan_import(store, path)
    assert plan.all_problems == []
    assert [(r.member["country"], r.member["phone"], r.member["founded_year"]) for r in plan.rows] == [
        ("JP", "+81667811234", 1985), ("JP", "+81312345678", 2001), ("TH", "+6621234567", 1999)]


def test_undoing_a_large_import_deletes_in_bulk_whatever_the_order_of_its_batches(store, tmp_path):
    # The last rows have no contact: the operation's newest entries are members, yet the persons of
    # the earlier rows must go first (they refer to their members).
    rows = [HEADER] + [f"Firm {n},,,,IN,Kochi,f{n}@x.in,,,,,Nair,Anil,,,a{n}@x.in" for n in range(1200)]
    rows += [f"Solo {n},,,,JP,Osaka,s{n}@x.jp,,,,,,,,," for n in range(1100)]
    path = _write(tmp_path / "large.csv", rows, "utf-8")
    _plan, result = _import(store, path, on_duplicate="create")  # "Firm 1" and "Firm 11" look alike
    assert (_count(store, Member), _count(store, Person)) == (2300, 1200)
    undo(store, result.operation_id)
    assert (_count(store, Member), _count(store, Person), _count(store, MemberTag)) == (0, 0, 0)
    assert SOURCES["members"].ids(store.session(), "firm") == [] and SOURCES["persons"].ids(store.session(), "nair") == []
    with store.read() as session:
        undo_operation = session.scalar(select(AuditOperation).where(AuditOperation.undoes_id == result.operation_id))
        assert len(undo_operation.entries) == 3500


def test_a_title_above_the_header_is_left_out_and_said_so(store, tmp_path, capsys):
    # Found by a new-user trial: a Japanese list with 会員名簿 above its header was refused with "no column
    # is mapped to name/country".
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["会員名簿　2026年度"])
    sheet.append([])
    sheet.append(["会社名", "国", "都市", "メール"])
    sheet.append(["Aoki Giken", "JP", "Tokyo", "info@aoki.example"])
    sheet.append(["Kochi Coir", "IN", "Kochi", "not-an-address"])
    path = tmp_path / "meibo.xlsx"
    workbook.save(path)
    plan = plan_import(store, path)
    assert plan.problems == []
    [warning] = plan.warnings
    assert (warning.row, str(warning.refusal)) == (
        3, "the header is on row 3: the 2 row(s) above it (a title?) are not imported")
    assert [(p.row, p.field) for p in plan.all_problems] == [(5, "メール")]  # rows numbered as in the file
    assert main(["--db", str(store.file), "import", "members", str(path), "--skip-bad-rows"]) == 0
    assert "the header is on row 3" in capsys.readouterr().err
    assert _count(store, Member) == 1
