"""What may be done with a duplicate row, and what a merge of a row into a member changes."""

import pytest
from sqlalchemy import func, select

from chamberdesk.cli import main
from chamberdesk.core.errors import ServiceError
from chamberdesk.core.exchange.importer import ImportOptions, apply_import, plan_import
from chamberdesk.core.model import AuditOperation, Member
from chamberdesk.core.services.records import create_record


def _csv(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _members(store) -> list[tuple]:
    with store.read() as session:
        return [tuple(row) for row in session.execute(
            select(Member.name, Member.registration_no, Member.email, Member.city).order_by(Member.id))]


def test_a_registration_number_twice_is_never_created_twice(store, tmp_path, capsys):
    # Found by a new-user trial: --on-duplicate create ended in an internal error (UNIQUE constraint).
    create_record(store, Member, {"name": "Aoki Giken", "country": "JP", "registration_no": "2222222222222"})
    path = _csv(tmp_path / "numbers.csv", ["name,country,registration_no", "Alpha KK,JP,1111111111111",
                                           "Beta KK,JP,1111111111111", "Gamma KK,JP,2222222222222"])
    plan = plan_import(store, path, ImportOptions(on_duplicate="create"))
    assert {n: (d.decision, d.choices) for n, d in plan.duplicates.items()} == {
        3: ("skip", ("skip", "merge")), 4: ("skip", ("skip", "merge"))}
    with pytest.raises(ServiceError, match="row 3: 'create' is not one of skip, merge"):
        plan.decide(3, "create")
    assert main(["--db", str(store.file), "import", "members", str(path), "--on-duplicate", "create"]) == 0
    assert ("Beta KK looks like row 2 Alpha KK (same registration number: 1111111111111) → skip (not created: its "
            "registration number is taken)") in capsys.readouterr().err
    assert [name for name, *_ in _members(store)] == ["Aoki Giken", "Alpha KK"]


def test_a_row_merged_into_a_member_fills_what_it_lacks_and_keeps_the_name_on_record(store, tmp_path, capsys):
    # Found by a new-user trial: a merge replaced "Aoki Giken Co., Ltd." by the file's "Something Else Ltd".
    create_record(store, Member, {"name": "Aoki Giken Co., Ltd.", "country": "JP", "registration_no": "2222222222222",
                                  "email": "info@aoki.example"})
    path = _csv(tmp_path / "partner.csv", ["name,country,registration_no,email,city",
                                           "Something Else Ltd,JP,2222222222222,other@else.example,Sendai",
                                           "Aoki Giken K.K.,JP,2222222222222,,Osaka"])
    result = apply_import(store, plan_import(store, path, ImportOptions(on_duplicate="merge")))
    assert _members(store) == [("Aoki Giken Co., Ltd.", "2222222222222", "info@aoki.example", "Sendai")]
    assert (result.created, result.merged, result.unchanged) == (0, 1, 1)
    assert "0 member(s) created, 1 merged into existing members, 1 already up to date" in result.summary("partner.csv")


def test_an_import_that_changes_nothing_leaves_no_operation_in_the_history(store, tmp_path, capsys):
    create_record(store, Member, {"name": "Kochi Coir", "country": "IN", "city": "Kochi"})
    path = _csv(tmp_path / "again.csv", ["name,country,city", "Kochi Coir,IN,Kochi"])
    with store.read() as session:
        operations = session.scalar(select(func.count()).select_from(AuditOperation))
    assert main(["--db", str(store.file), "import", "members", str(path), "--on-duplicate", "merge"]) == 0
    assert "1 already up to date. Nothing was written." in capsys.readouterr().err
    header_only = _csv(tmp_path / "empty.csv", ["name,country"])
    assert main(["--db", str(store.file), "import", "members", str(header_only)]) == 0
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditOperation)) == operations


def test_a_row_like_an_earlier_duplicate_follows_it_instead_of_being_created(store, tmp_path):
    # Found by a new-user trial: the second row matched only the first (which matched a member by
    # its contact's e-mail) and was created as a new member, silently.
    from chamberdesk.core.model import Person

    member_id = create_record(store, Member, {"name": "Kaneko Foods Co., Ltd.", "country": "JP"})
    create_record(store, Person, {"family_name": "Kaneko", "member_id": member_id, "email": "shota@kaneko.example"})
    path = _csv(tmp_path / "chain.csv", ["name,country,email", "Kaneko Shokuhin Renamed KK,JP,shota@kaneko.example",
                                         "Kaneko Shokuhin Renamed KK,JP,"])
    plan = plan_import(store, path)
    assert {n: (d.candidate.member_id, d.candidate.row) for n, d in plan.duplicates.items()} == {
        2: (member_id, None), 3: (None, 2)}
    result = apply_import(store, plan)
    assert (result.created, result.skipped_duplicates) == (0, 2)
    merged = apply_import(store, plan_import(store, path, ImportOptions(on_duplicate="merge")))
    assert merged.created == 0 and [name for name, *_ in _members(store)] == ["Kaneko Foods Co., Ltd."]


def test_rows_of_one_sme_in_the_file_fill_the_first_instead_of_overwriting_it(store, tmp_path):
    path = _csv(tmp_path / "sakura.csv", ["name,country,email,city",
                                          '"Sakura Trading Co., Ltd.",JP,info@sakura.example,',
                                          '"SAKURA TRADING CO., LTD.",JP,INFO@SAKURA.EXAMPLE,Osaka'])
    result = apply_import(store, plan_import(store, path, ImportOptions(on_duplicate="merge")))
    assert _members(store) == [("Sakura Trading Co., Ltd.", None, "info@sakura.example", "Osaka")]
    assert (result.created, result.merged) == (1, 1)


def test_a_row_found_by_its_uid_that_shares_a_registration_number_is_not_created_again(store, tmp_path):
    # Found by a new-user trial: re-importing our own export with --on-duplicate create failed on
    # the registration number (the uid is cleared for a copy, the number is not).
    member_id = create_record(store, Member, {"name": "Aoki Giken", "country": "JP", "registration_no": "5355291829015"})
    with store.read() as session:
        uid = session.get(Member, member_id).uid
    path = _csv(tmp_path / "export.csv", ["uid,name,country,registration_no", f"{uid},Aoki Giken,JP,5355291829015"])
    plan = plan_import(store, path, ImportOptions(on_duplicate="create"))
    [duplicate] = plan.duplicates.values()
    assert duplicate.candidate.reason == "same uid" and duplicate.choices == ("skip", "merge")
    assert duplicate.decision == "skip"
    assert apply_import(store, plan).created == 0


def test_a_name_alone_does_not_make_another_sme_a_duplicate(store, tmp_path):
    # Found by a new-user trial: Yamada Seisakusho of Nagoya, with its own registration number, was
    # skipped as "the same name" as Yamada Seisakusho of Tokyo; Tokai Seiki as "similar" to Tokai Seiko.
    create_record(store, Member, {"name": "Yamada Seisakusho", "country": "JP", "registration_no": "1010001000001",
                                  "city": "Tokyo"})
    create_record(store, Member, {"name": "Tokai Seiko", "country": "JP", "city": "Nagoya"})
    create_record(store, Member, {"name": "Nippon Denki", "country": "JP", "city": "Osaka"})
    path = _csv(tmp_path / "partner.csv", ["name,country,registration_no,city",
                                           "Yamada Seisakusho,JP,9990001000009,Nagoya",  # another legal entity
                                           "Yamada Seisakusho,JP,,Nagoya",  # nothing says it is another
                                           "Tokai Seiki,JP,,Hamamatsu",  # similar name, another city
                                           "Nippon Denko,JP,,Osaka",  # similar name, same city: ask
                                           "Tokai Seiki Co. Ltd,JP,,"])  # like the earlier row
    plan = plan_import(store, path)
    assert {n: (d.candidate.reason, d.candidate.member_id, d.candidate.row) for n, d in plan.duplicates.items()} == {
        3: ("same name", 1, None),  # nothing contradicts the member on record
        5: ("similar name (92%)", 3, None),
        6: ("same name", None, 4)}


def test_a_merge_says_how_many_values_of_the_file_it_left_as_they_were(store, tmp_path):
    # Found by a new-user trial: a merge filled the empty city and said nothing of the employees and
    # e-mail the file had changed, which the member kept.
    create_record(store, Member, {"name": "Kochi Coir", "country": "IN", "employees": 120, "email": "info@coir.example"})
    path = _csv(tmp_path / "edited.csv", ["name,country,employees,email,city",
                                          "Kochi Coir,IN,130,sales@coir.example,Kochi"])
    result = apply_import(store, plan_import(store, path, ImportOptions(on_duplicate="merge")))
    assert _members(store) == [("Kochi Coir", None, "info@coir.example", "Kochi")]
    assert (result.merged, result.kept_values) == (1, 2)
    assert result.summary("edited.csv").endswith(
        "2 value(s) in the file differ from those on record and were left as they are; edit the members to change "
        "them.")


def test_spacing_old_malayalam_letters_and_separators_in_numbers_do_not_hide_a_duplicate(store, tmp_path):
    # Found by a new-user trial: each of these pairs was created twice.
    create_record(store, Member, {"name": "Siam Orchid Foods", "name_local": "บริษัท สยามออร์คิด ฟู้ดส์ จำกัด",
                                  "country": "TH", "city": "Bangkok"})
    create_record(store, Member, {"name": "Kerala Cashew Works", "name_local": "കേരള കശുവണ്ടി വർക്സ്",
                                  "country": "IN", "city": "Kollam"})
    create_record(store, Member, {"name": "Müller Maschinen", "country": "DE", "registration_no": "HRB 12345",
                                  "city": "Stuttgart"})
    path = _csv(tmp_path / "again.csv", [
        "name,name_local,country,registration_no,city",
        "Siam Orchid Foods Co,บริษัทสยามออร์คิดฟู้ดส์จำกัด,TH,,Bangkok",  # the same, without spaces
        "Kerala Cashew Works,കേരള കശുവണ്ടി വര്\u200dക്സ്,IN,,Kollam",  # ര് + ZWJ: the old way to write ർ
        "Mueller Maschinenbau,,DE,HRB12345,Stuttgart"])
    plan = plan_import(store, path, ImportOptions(on_duplicate="create"))
    assert {n: (d.candidate.reason, d.candidate.member_id, d.decision) for n, d in plan.duplicates.items()} == {
        2: ("same name", 1, "create"), 3: ("same name", 2, "create"), 4: ("same registration number", 3, "skip")}
