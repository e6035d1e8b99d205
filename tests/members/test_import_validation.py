"""What an import refuses and what it normalises, as the editor does: amounts, dates, web addresses,
e-mails, phone numbers, the file's header line and quotes, words for statuses and sizes, and
members named only in Japanese. Every refusal carries a code the interface translates."""

import pickle
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from chamberdesk.cli import main
from chamberdesk.core.errors import Problem, ServiceError, ValidationError
from chamberdesk.core.exchange.importer import ImportOptions, apply_import, plan_import
from chamberdesk.core.exchange.mapping import ColumnMapping
from chamberdesk.core.exchange.reading import read_file
from chamberdesk.core.exchange.rows import header_problems
from chamberdesk.core.model import Member, Person


def _csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def _problems(plan) -> dict[tuple[int, str], tuple[str, str]]:
    """(row, column) → (code, English message) of every problem of a plan."""
    return {(p.row, p.field): (p.code, p.message) for p in plan.all_problems}


def test_negative_dues_implausible_dates_and_unsafe_websites_are_refused(store, tmp_path):
    next_year = date.today().year + 2
    path = _csv(tmp_path / "values.csv", [
        "name,country,dues_amount,dues_currency,member_since,member_until,website",
        "Good Ltd,IN,12000,INR,2019-04-01,,example.co.jp",
        "Minus Ltd,IN,-5000,INR,,,https://minus.example.in/about",
        "Old Ltd,JP,,,1899-12-31,,",
        f"Future Ltd,JP,,,2020-04-01,{next_year}-04-01,",
        "Script Ltd,TH,,,,,javascript:alert(1)",
        "Files Ltd,TH,,,,,file:///etc/passwd",
    ])
    plan = plan_import(store, path)
    found = _problems(plan)
    assert found[(3, "dues_amount")] == ("negative_amount", "cannot be negative")
    assert found[(4, "member_since")][0] == "implausible_date" and "1899-12-31" in found[(4, "member_since")][1]
    assert found[(5, "member_until")][0] == "implausible_date"
    assert found[(6, "website")] == ("not_website", "'javascript:alert(1)' is not a web address (http://, https:// "
                                                    "or a bare domain such as example.co.jp)")
    assert found[(7, "website")][0] == "not_website"
    assert len(found) == 5  # nothing else: the good row and the https address pass
    result = apply_import(store, plan, skip_bad_rows=True)
    assert (result.created, result.skipped_bad) == (1, 5)
    with store.read() as session:
        good = session.scalar(select(Member).where(Member.name == "Good Ltd"))
        assert (good.website, good.dues_minor, good.member_since) == ("example.co.jp", 1200000, date(2019, 4, 1))


def test_full_width_e_mails_are_normalised_and_invalid_phone_numbers_refused(store, tmp_path):
    path = _csv(tmp_path / "japan.csv", [
        "name,country,email,phone,contact_family_name,contact_email,contact_phone",
        "Taro Shoji,JP,ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ,06-6123-4567,Yamada,ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ,",
        "Nowhere Shoji,JP,,03-0123-4567,Sato,,090-0000-12",
    ])
    plan = plan_import(store, path)
    found = _problems(plan)
    assert found[(3, "phone")] == ("phone_invalid", "'03-0123-4567' is not a valid phone number: that country has "
                                                    "no such area code or number range")
    assert found[(3, "contact_phone")][0] in ("phone_length", "phone_invalid")
    assert plan.rows[0].problems == []
    apply_import(store, plan, skip_bad_rows=True)
    with store.read() as session:
        member = session.scalar(select(Member).where(Member.name == "Taro Shoji"))
        assert member.email == "taro@example.jp" and member.phone == "+81661234567"
        assert [p.email for p in member.persons] == ["yamada@example.jp"]


def test_statuses_and_sizes_in_japanese_or_english_labels_in_any_case(store, tmp_path):
    rows = [("有効", "零細"), ("休会", "小規模"), ("退会", "中規模"), ("入会見込み", "大企業"), ("名誉会員", "Small"),
            ("ACTIVE", "MEDIUM"), ("Lapsed", "micro"), ("ｒｅｓｉｇｎｅｄ", "Large")]
    path = _csv(tmp_path / "statuses.csv", ["name,country,membership_status,size_class"] + [
        f"Firm {n},JP,{status},{size}" for n, (status, size) in enumerate(rows)] + ["Bad Firm,JP,眠っている,huge"])
    plan = plan_import(store, path)
    read = [(r.member["membership_status"], r.member["size_class"]) for r in plan.rows[:-1]]
    assert read == [("active", "micro"), ("lapsed", "small"), ("resigned", "medium"), ("prospect", "large"),
                    ("honorary", "small"), ("active", "medium"), ("lapsed", "micro"), ("resigned", "large")]
    refused = {p.field: (p.code, p.params["value"]) for p in plan.rows[-1].problems}
    assert refused == {"membership_status": ("not_choice", "眠っている"), "size_class": ("not_choice", "huge")}


def test_a_cell_refused_while_reading_gets_one_message(store, tmp_path):
    path = _csv(tmp_path / "atlantis.csv", ["name,country", "Lost Ltd,Atlantis"])
    assert [(p.field, p.code) for p in plan_import(store, path).all_problems] == [("country", "not_country")]


def test_a_japanese_only_partner_file_is_imported_with_romanised_names(store, tmp_path):
    path = _csv(tmp_path / "partner.csv", [
        "会社名,国,電話番号,メールアドレス,住所,担当者,FAX",
        "林精機株式会社,日本,06-6123-4567,info@hayashi-seiki.jp,大阪府東大阪市1-2-3,林,06-6123-4568",
        "株式会社テスト工業,JP,03-3741-0000,ｔｅｓｔ＠ｅｘａｍｐｌｅ．ｊｐ,東京都大田区,鈴木,",
    ], "cp932")
    mapping = ColumnMapping.default_for(read_file(path).header)
    assert {column: mapping.source_of(column) for column in (
        "name", "name_local", "country", "phone", "email", "address_local", "contact_family_name_local")} == {
        "name": "会社名", "name_local": "会社名", "country": "国", "phone": "電話番号", "email": "メールアドレス",
        "address_local": "住所", "contact_family_name_local": "担当者"}
    plan = plan_import(store, path)
    assert plan.problems == [] and plan.bad_rows == []
    result = apply_import(store, plan)
    assert result.created == 2
    with store.read() as session:
        members = {m.name_local: m for m in session.scalars(select(Member))}
        assert members["林精機株式会社"].name == "Hayashi Seiki Kabushikigaisha"
        assert members["株式会社テスト工業"].name == "Kabushikigaisha Tesuto Kogyo"
        assert members["株式会社テスト工業"].email == "test@example.jp"
        assert {p.family_name for p in session.scalars(select(Person))} == {"Hayashi", "Suzuki"}


def test_a_local_name_column_in_another_script_still_needs_a_latin_name(store, tmp_path):
    path = _csv(tmp_path / "thai.csv", ["name_local,country", "บริษัท สยาม จำกัด,TH", "Siam Trading,TH"])
    plan = plan_import(store, path)
    assert [(p.row, p.field, p.code) for p in plan.all_problems] == [(2, "name_local", "not_romanisable")]
    assert plan.rows[1].member["name"] == "Siam Trading"  # Latin letters in the one column serve as they are


def test_a_column_no_field_takes_is_reported_but_does_not_stop_the_import(store, tmp_path):
    path = _csv(tmp_path / "fax.csv", ["name,country,Fax,email", "Kochi Coir,IN,0484 236 1234,info@coir.in"])
    sheet = read_file(path)
    mapping = ColumnMapping.default_for(sheet.header)
    warnings = header_problems(sheet.source, sheet.header, mapping)
    assert [(str(w), w.code, w.warning) for w in warnings] == [
        ("fax.csv, row 1, field 'Fax': column 'Fax' is not imported (no field is mapped to it)",
         "column_not_imported", True)]
    plan = plan_import(store, path)
    assert plan.all_problems == [] and apply_import(store, plan).created == 1


def test_a_header_twice_in_the_file_is_a_problem_naming_both_columns(store, tmp_path, capsys):
    path = _csv(tmp_path / "twice.csv", ["name,email,country,email", "Kochi Coir,a@coir.in,IN,b@coir.in"])
    plan = plan_import(store, path)  # a problem of the file itself: no row is read
    [problem] = plan.problems
    assert plan.rows == [] and plan.warnings == []
    assert (problem.row, problem.field, problem.code, dict(problem.params)) == (
        1, "email", "duplicate_header", {"column": "email", "first": 2, "second": 4})
    assert main(["--db", str(store.file), "import", "members", str(path), "--dry-run"]) == 4
    assert "twice.csv, row 1, field 'email': columns 2 and 4 are both called 'email'" in capsys.readouterr().err


def test_a_quote_never_closed_is_reported_with_its_line_instead_of_swallowing_rows(store, tmp_path, capsys):
    path = _csv(tmp_path / "quote.csv", ["name,country,notes", "First Ltd,IN,fine", 'Second Ltd,IN,"5 inch screen',
                                         "Third Ltd,JP,lost?", "Fourth Ltd,TH,lost?"])
    with pytest.raises(ValidationError) as refused:
        plan_import(store, path)
    [problem] = refused.value.problems
    assert (problem.row, problem.code, problem.params["line"]) == (3, "unclosed_quote", 3)
    assert main(["--db", str(store.file), "import", "members", str(path), "--dry-run"]) == 4
    assert "the quote opened on line 3 is never closed" in capsys.readouterr().err
    with store.read() as session:
        assert session.scalars(select(Member)).all() == []


def test_the_quote_line_is_the_files_line_after_cells_that_span_lines(tmp_path):
    path = _csv(tmp_path / "multi.csv", ["name,country,notes", 'First Ltd,IN,"two', 'lines"', 'Second Ltd,IN,"open'])
    with pytest.raises(ValidationError) as refused:
        read_file(path)
    assert (refused.value.problems[0].row, refused.value.problems[0].params["line"]) == (3, 4)


def test_an_xlsx_header_twice_is_refused_too(store, tmp_path):
    workbook = Workbook()
    workbook.active.append(["name", "country", "name"])
    workbook.active.append(["A Ltd", "IN", "B Ltd"])
    workbook.save(tmp_path / "twice.xlsx")
    plan = plan_import(store, tmp_path / "twice.xlsx", ImportOptions())
    assert [str(p) for p in plan.problems] == [
        "twice.xlsx, row 1, field 'name': columns 1 and 3 are both called 'name'; rename one so that it is clear "
        "which to import"]


def test_a_file_refused_keeps_its_code_when_a_worker_process_sends_it_back(store, tmp_path):
    (tmp_path / "members.pdf").write_bytes(b"%PDF-1.7")
    with pytest.raises(ServiceError) as refused:
        plan_import(store, tmp_path / "members.pdf")
    returned = pickle.loads(pickle.dumps(refused.value))
    assert (type(returned), returned.refusal.code, str(returned)) == (
        ServiceError, "not_a_sheet", "members.pdf: not a CSV or XLSX file (the name must end in .csv or .xlsx)")


def test_a_quote_never_closed_before_thousands_of_rows_is_found_too(store, tmp_path):
    # csv gives up on a cell past its size limit before the file ends: the line is still named.
    rows = [f"Firm {n},IN,f{n}@firms.example.in,{'a note of some length ' * 2}" for n in range(4000)]
    path = _csv(tmp_path / "long.csv", ["name,country,email,notes", *rows[:9], 'Broken Ltd,IN,b@x.in,"never', *rows[9:]])
    with pytest.raises(ValidationError) as refused:
        plan_import(store, path)
    [problem] = refused.value.problems
    assert (problem.row, problem.code, problem.params["line"]) == (11, "cell_too_long", 11)


def test_a_column_nothing_takes_is_a_warning_the_dry_run_prints_and_the_import_goes_on(store, tmp_path, capsys):
    path = _csv(tmp_path / "fax.csv", ["name,country,Fax", "Kochi Coir,IN,0484 123456"])
    plan = plan_import(store, path)
    assert plan.problems == [] and [(w.field, w.code) for w in plan.warnings] == [("Fax", "column_not_imported")]
    assert main(["--db", str(store.file), "import", "members", str(path)]) == 0
    err = capsys.readouterr().err
    assert "fax.csv, row 1, field 'Fax': column 'Fax' is not imported (no field is mapped to it)" in err
    assert "1 member(s) created" in err


def test_a_validation_error_keeps_its_problems_when_a_worker_process_sends_it_back():
    refused = ValidationError([Problem("email", "'x' is not an e-mail address", 3, "a.csv", "not_email",
                                       {"value": "x"})])
    returned = pickle.loads(pickle.dumps(refused))
    assert type(returned) is ValidationError and returned.problems == refused.problems
    assert str(returned) == str(refused)


def test_readings_in_half_width_are_imported_full_width(store, tmp_path):
    path = _csv(tmp_path / "kana.csv", ["name,country,name_reading,contact_family_name,contact_family_name_reading",
                                        "Kurose Seiki,JP,ｸﾛｾｾｲｷ,Kurose,ｸﾛｾ"])
    apply_import(store, plan_import(store, path))
    with store.read() as session:
        member = session.scalars(select(Member)).one()
        assert member.name_reading == "クロセセイキ" and member.persons[0].family_name_reading == "クロセ"


def test_a_local_name_without_a_language_column_gets_the_language_of_its_script(store, tmp_path):
    path = _csv(tmp_path / "scripts.csv", [
        "name,name_local,country,contact_family_name,contact_family_name_local",
        "Takashima Seiki,株式会社髙島精機,JP,Takashima,髙島",
        "Tokyo Kana,トウキョウ,JP,,",
        "Ganesh Textiles,गणेश टेक्सटाइल्स,IN,Sharma,शर्मा",
        "Malabar Spices,മലബാർ സ്പൈസസ്,IN,Menon,",
        "Siam Herbal,สยามเฮอร์บัล,TH,Somchai,สมชาย",
        "Kochi Coir,Kochi Coir,IN,Nair,",
    ])
    apply_import(store, plan_import(store, path))
    with store.read() as session:
        members = {m.name: m for m in session.scalars(select(Member))}
        assert {name: m.local_lang for name, m in members.items()} == {
            "Takashima Seiki": "ja", "Tokyo Kana": "ja", "Ganesh Textiles": "hi", "Malabar Spices": "ml",
            "Siam Herbal": "th", "Kochi Coir": None}
        contacts = {p.family_name: p.local_lang for p in session.scalars(select(Person))}
        # a contact's own local name decides; without one, the member's language; Latin only: none
        assert contacts == {"Takashima": "ja", "Sharma": "hi", "Menon": None, "Somchai": "th", "Nair": None}


def test_a_contacts_local_name_in_another_script_than_the_members_keeps_its_own_language(store, tmp_path):
    path = _csv(tmp_path / "mixed.csv", [
        "name,name_local,local_lang,country,contact_family_name,contact_family_name_local,contact_given_name_local",
        "Kurose India,黒瀬インド,ja,IN,Sharma,,राज",
        "Kerala Tokyo,കേരള ടോക്യോ,ml,JP,Tanaka,田中,",
    ])
    apply_import(store, plan_import(store, path))
    with store.read() as session:
        assert {p.family_name: p.local_lang for p in session.scalars(select(Person))} == {
            "Sharma": "hi", "Tanaka": "ja"}


def test_a_whole_japanese_name_in_the_contact_column_is_split_family_name_first(store, tmp_path):
    path = _csv(tmp_path / "partner.csv", [
        "会社名,国,担当者",
        "株式会社髙島精機,日本,髙島\u3000一郎",  # an ideographic space, as a Japanese keyboard types it
        "株式会社ABCテック,日本,鈴木 花子",
        "林精機株式会社,日本,林",
    ], "cp932")
    apply_import(store, plan_import(store, path))
    with store.read() as session:
        persons = {p.family_name_local: p for p in session.scalars(select(Person))}
        assert {local: (p.given_name_local, p.family_name, p.given_name, p.name_order.value, p.local_lang)
                for local, p in persons.items()} == {
            "髙島": ("一郎", "Takashima", "Ichiro", "family_first", "ja"),
            "鈴木": ("花子", "Suzuki", "Hanako", "family_first", "ja"),
            "林": (None, "Hayashi", None, "family_first", "ja")}


def test_a_whole_name_is_not_split_when_the_file_has_the_given_name_or_it_is_latin(store, tmp_path):
    path = _csv(tmp_path / "names.csv", [
        "name,country,contact_family_name_local,contact_given_name_local,contact_family_name,"
        "contact_family_name_reading",
        "Both Columns,JP,長谷 川,花子,Hasegawa,",
        "Latin Only,IN,Mary Anne,,Fernandes,",
        "With Reading,JP,東海林 太郎,,,ショウジ タロウ",
    ])
    apply_import(store, plan_import(store, path))
    with store.read() as session:
        persons = {p.member.name: p for p in session.scalars(select(Person))}
        assert (persons["Both Columns"].family_name_local, persons["Both Columns"].given_name_local) == (
            "長谷 川", "花子")
        assert (persons["Latin Only"].family_name_local, persons["Latin Only"].given_name_local) == (
            "Mary Anne", None)
        read = persons["With Reading"]
        assert (read.family_name_local, read.given_name_local, read.family_name_reading,
                read.given_name_reading) == ("東海林", "太郎", "ショウジ", "タロウ")
        assert (read.family_name, read.given_name) == ("Shoji", "Taro")  # the reading, not Tokairin


def test_variant_kanji_are_romanised_and_a_reading_given_is_romanised_rather_than_the_kanji(store, tmp_path):
    path = _csv(tmp_path / "partner.csv", [
        "会社名,フリガナ,国,担当者",
        "株式会社髙島精機,タカシマセイキ,日本,髙橋",
        "株式会社東海林商事,ショウジショウジ,日本,",
        "山﨑工業株式会社,,日本,",
        "株式会社ABCテック,エービーシーテック,日本,",
    ], "utf-8")
    apply_import(store, plan_import(store, path))
    with store.read() as session:
        assert {m.name_local: m.name for m in session.scalars(select(Member))} == {
            "株式会社髙島精機": "Kabushikigaisha Takashima Seiki",
            "株式会社東海林商事": "Kabushikigaisha Shoji Shoji",  # as read, not Tokairin Shoji
            "山﨑工業株式会社": "Yamazaki Kogyo Kabushikigaisha",
            "株式会社ABCテック": "Kabushikigaisha ABC Tekku",  # Latin letters stay as written
        }
        assert session.scalars(select(Person.family_name)).all() == ["Takahashi"]


def test_codes_that_are_no_language_are_refused_and_languages_in_capitals_accepted(store, tmp_path):
    path = _csv(tmp_path / "languages.csv", [
        "name,country,local_lang,name_local,contact_family_name,contact_preferred_lang,contact_local_lang",
        "Lang ZZ Ltd,JP,zz,テスト,,,",
        "Order Bad,JP,,,Sato,xx,",
        "Contact Local Bad,JP,,,Sato,,qq",
        "Capitals Ltd,JP,JA,テスト,Sato,EN,Ja",
    ])
    plan = plan_import(store, path)
    assert {(row, column): code for (row, column), (code, _message) in _problems(plan).items()} == {
        (2, "local_lang"): "not_language", (3, "contact_preferred_lang"): "not_language",
        (4, "contact_local_lang"): "not_language"}
    assert _problems(plan)[(2, "local_lang")][1] == "'zz' is not a language code (ISO 639, e.g. ja, hi, ml, th, en)"
    apply_import(store, plan, skip_bad_rows=True)
    with store.read() as session:
        member = session.scalars(select(Member)).one()
        assert (member.name, member.local_lang) == ("Capitals Ltd", "ja")
        assert (member.persons[0].preferred_lang, member.persons[0].local_lang) == ("en", "ja")


def test_a_founded_year_given_as_a_date_cell_is_read_as_its_year(store, tmp_path):
    workbook = Workbook()
    workbook.active.append(["会社名", "英文社名", "国", "設立", "従業員数"])
    workbook.active.append(["有限会社こだま", "Kodama Ltd.", "日本", datetime(1985, 1, 1), 7])
    workbook.active.append(["株式会社みなと物産", "Minato Bussan", "JP", 1990, datetime(2020, 1, 1)])
    workbook.save(tmp_path / "dates.xlsx")
    plan = plan_import(store, tmp_path / "dates.xlsx")
    assert [(p.row, p.field, p.code) for p in plan.all_problems] == [(3, "従業員数", "not_whole_number")]
    assert plan.rows[0].member["founded_year"] == 1985


def test_a_name_in_hanzi_from_china_or_taiwan_is_imported_as_chinese(store, tmp_path):
    path = _csv(tmp_path / "cn.csv", ["name,name_local,country", "Shanghai Test Co.,上海测试有限公司,CN",
                                      "Taipei Precision,台北精密,TW", "Kurose Seiki,黒瀬精機,JP"])
    apply_import(store, plan_import(store, path))
    with store.read() as session:
        assert [m.local_lang for m in session.scalars(select(Member).order_by(Member.id))] == ["zh", "zh", "ja"]


def test_dues_that_are_no_amount_are_refused_with_or_without_a_currency(store, tmp_path):
    path = _csv(tmp_path / "dues.csv", ["name,country,dues_amount,dues_currency", "A Ltd,IN,abc,", "B Ltd,IN,abc,INR",
                                        "C Ltd,IN,1200,"])
    plan = plan_import(store, path)
    assert [(p.row, p.field, p.code) for p in plan.all_problems] == [
        (2, "dues_currency", "dues_without_currency"), (2, "dues_amount", "not_amount"),
        (3, "dues_amount", "not_amount"), (4, "dues_currency", "dues_without_currency")]


def test_a_formula_the_file_keeps_without_its_value_is_reported_not_imported_empty(store, tmp_path):
    # Found by a new-user trial: a name_local written as =CONCAT(…) by a program that does not
    # compute formulas was imported as an empty name.
    workbook = Workbook()
    workbook.active.append(["name", "name_local", "country"])
    workbook.active.append(["Formula KK", '=CONCAT("株式会社","数式")', "JP"])
    workbook.active.append(["Plain KK", "株式会社平文", "JP"])
    workbook.save(tmp_path / "formula.xlsx")
    plan = plan_import(store, tmp_path / "formula.xlsx")
    assert [(p.row, p.field, p.code) for p in plan.all_problems] == [(2, "name_local", "formula_without_value")]
    assert 'CONCAT("株式会社","数式")' in plan.all_problems[0].message
    assert plan.rows[1].member["name_local"] == "株式会社平文"


def test_an_amount_with_a_decimal_comma_is_refused_with_how_to_write_it(store, tmp_path):
    # Found by a new-user trial: 1.234,56 EUR was refused for having more decimals than EUR uses.
    path = _csv(tmp_path / "eu.csv", ["name;country;dues_amount;dues_currency", "Café Lumière;FR;1.234,56;EUR",
                                      "Brasserie Nord;FR;1,200;EUR"])
    plan = plan_import(store, path)
    assert [(p.row, p.field, p.code) for p in plan.all_problems] == [(2, "dues_amount", "decimal_comma")]
    assert "write the amount with a decimal point, 1234.56" in plan.all_problems[0].message
    assert plan.rows[1].member["dues_minor"] == 120_000


def test_numbers_too_large_to_be_true_are_refused_by_row_and_field_not_crashed_on(store, tmp_path, capsys):
    # Found by a new-user trial: 9223372036854775808 employees passed the dry run, then the import
    # stopped with an internal error (too large for SQLite), with --skip-bad-rows too.
    path = tmp_path / "huge.csv"
    path.write_text("name,country,employees,dues_amount,dues_currency\n"
                    "Good KK,JP,120,50000,JPY\n"
                    "Huge KK,JP,9223372036854775808,,\n"
                    "Big KK,JP,1000000000000,,\n"
                    "Rich KK,JP,,99999999999999999999,JPY\n", encoding="utf-8")
    plan = plan_import(store, path)
    assert [(p.row, p.field, str(p.refusal)) for p in plan.all_problems] == [
        (3, "employees", "9223372036854775808 is not a plausible number (at most 10,000,000)"),
        (4, "employees", "1000000000000 is not a plausible number (at most 10,000,000)"),
        (5, "dues_amount", "'99999999999999999999' is not a plausible amount (below 1,000,000,000,000)")]
    assert main(["--db", str(store.file), "import", "members", str(path)]) == 4
    assert main(["--db", str(store.file), "import", "members", str(path), "--skip-bad-rows"]) == 0
    assert "1 member(s) created" in capsys.readouterr().err


def test_a_quote_out_of_place_that_joins_rows_into_one_name_is_refused(store, tmp_path):
    # Found by a new-user trial: a stray quote made Acme, Beta and Gamma one member named
    # "Acme KK,JP,a@acme.jp\nBeta KK,JP,b@beta.jp\nGamma KK" — silently.
    path = tmp_path / "quote.csv"
    path.write_text('name,country,email\n"Acme KK,JP,a@acme.jp\nBeta KK,JP,b@beta.jp\nGamma KK",JP,g@gamma.jp\n'
                    'Delta KK,JP,d@delta.jp\n', encoding="utf-8")
    plan = plan_import(store, path)
    [problem] = plan.all_problems
    assert (problem.row, problem.field) == (2, "name") and "line break" in str(problem)
    # Addresses and notes may hold several lines.
    path.write_text('name,country,address,notes\nEpsilon KK,JP,"1-2-3 Marunouchi\nChiyoda-ku","met in Osaka\n'
                    'wants partners"\n', encoding="utf-8")
    assert plan_import(store, path).all_problems == []


def test_postal_codes_half_width_kana_and_e_mails_are_stored_as_printed(store, tmp_path):
    # Found by a new-user trial: 〒５３０－０００１ and 1500001 stored as typed, ｻｸﾗｺｳｷﾞｮｳ in half
    # width, ＩＮＦＯ＠ＡＢＣ－ＳＨＯＪＩ．ＣＯ．ＪＰ as INFO@ABC-SHOJI.CO.JP.
    path = tmp_path / "japan.csv"
    path.write_text("name,name_local,country,postal_code,email,contact_family_name,contact_family_name_local,"
                    "contact_email\n"
                    "Sakura Kogyo,ｻｸﾗｺｳｷﾞｮｳ,JP,〒５３０－０００１,ＩＮＦＯ＠ＡＢＣ－ＳＨＯＪＩ．ＣＯ．ＪＰ,Ito,ｲﾄｳ,"
                    "Ito.Taro@Sakura.Example\n"
                    "Asahi Kogyo,,JP,1500001,,,,\n"
                    "Thai Silk,,TH,10110,,,,\n", encoding="utf-8")
    apply_import(store, plan_import(store, path))
    with store.read() as session:
        members = session.scalars(select(Member).order_by(Member.id)).all()
        assert [(m.name_local, m.postal_code, m.email) for m in members] == [
            ("サクラコウギョウ", "530-0001", "info@abc-shoji.co.jp"), (None, "150-0001", None), (None, "10110", None)]
        person = session.scalars(select(Person)).one()
        assert (person.family_name_local, person.email) == ("イトウ", "Ito.Taro@sakura.example")


def test_the_editors_service_stores_them_the_same_way(store):
    from chamberdesk.core.services.records import create_record, update_record

    member_id = create_record(store, Member, {"name": "Sakura Kogyo", "name_local": "ｻｸﾗｺｳｷﾞｮｳ", "country": "JP",
                                              "postal_code": "〒100-0001", "email": "SALES@SAKURA.EXAMPLE"})

    def stored():
        with store.read() as session:
            member = session.get(Member, member_id)
            return member.name_local, member.postal_code, member.email, member.version

    assert stored() == ("サクラコウギョウ", "100-0001", "sales@sakura.example", 1)
    update_record(store, Member, member_id, {"postal_code": "1000002"}, expected_version=1)
    assert stored()[1] == "100-0002"


def test_japanese_years_counts_and_dates_are_read_as_japanese_lists_write_them(store, tmp_path):
    # Found by a new-user trial: 1990年, 平成2年, 10名 and 令和6年4月1日 were refused.
    path = tmp_path / "japan.csv"
    path.write_text("name,country,founded_year,employees,member_since\n"
                    "Alpha KK,JP,1990年,10名,令和6年4月1日\n"
                    "Beta KK,JP,平成2年,１２０人,2024年4月1日\n"
                    "Gamma KK,JP,令和元年,8,平成31年4月30日\n"
                    "Epsilon KK,JP,H2,約50名,R6.4.1\n"
                    "Zeta KK,JP,西暦1990年,約 7人,H31/4/30\n"
                    "Delta KK,JP,昭和45年,abc名,令和6年2月30日\n", encoding="utf-8")
    plan = plan_import(store, path)
    assert [(p.row, p.field) for p in plan.all_problems] == [(7, "employees"), (7, "member_since")]  # Delta
    apply_import(store, plan, skip_bad_rows=True)
    with store.read() as session:
        assert [(m.founded_year, m.employees, m.member_since) for m in session.scalars(
            select(Member).order_by(Member.id))] == [(1990, 10, date(2024, 4, 1)), (1990, 120, date(2024, 4, 1)),
                                                     (2019, 8, date(2019, 4, 30)), (1990, 50, date(2024, 4, 1)),
                                                     (1990, 7, date(2019, 4, 30))]


def test_text_garbled_by_a_file_of_mixed_encodings_is_refused_not_stored(store, tmp_path):
    # Found by a new-user trial: a UTF-8 row in a file otherwise Windows-1252 was stored as "CafÃ© UTF8".
    path = tmp_path / "mixed.csv"
    path.write_bytes("name,country,city\n".encode() + "Café UTF8,FR,Paris\n".encode("utf-8")
                     + "Brasserie Müller,DE,Köln\n".encode("cp1252"))
    plan = plan_import(store, path)
    [problem] = plan.all_problems
    assert (problem.row, problem.field, problem.code) == (2, "name", "mixed_encoding")
    assert "'Café UTF8'?" in str(problem)
    assert [row.member["city"] for row in plan.rows] == ["Paris", "Köln"]


def test_a_japanese_postal_code_is_seven_digits(store, tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("name,country,postal_code\nA KK,JP,530 0001\nB KK,JP,12345\nC KK,JP,530-00012\n"
                    "D KK,JP,ABC-DEFG\nE Co,TH,10110\nF Ltd,GB,SW1A 1AA\n", encoding="utf-8")
    plan = plan_import(store, path)
    assert [(p.row, p.field) for p in plan.all_problems] == [(3, "postal_code"), (4, "postal_code"),
                                                            (5, "postal_code")]
    assert [row.member.get("postal_code") for row in plan.rows if not row.problems] == ["530-0001", "10110",
                                                                                         "SW1A 1AA"]
