"""Core's refusals shown in the interface's language: the editors' messages and banner, the import
window's check page (columns named as the file names them), in Japanese and in English."""

import string

import pytest

from chamberdesk.core.messages import ENGLISH, refuse
from chamberdesk.core.model import Member
from chamberdesk.ui.app import build_application
from chamberdesk.ui.member_editor import MemberEditor
from chamberdesk.ui.person_editor import PersonEditor
from chamberdesk.ui.problem_text import TEMPLATES, refusal_text

from ..members.directory_records import add_directory


@pytest.fixture
def japanese(app):
    yield build_application("ja")
    build_application("en")


def _placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name}


def _sample_params(code: str) -> dict[str, object]:
    return {name: f"<{name}>" for name in _placeholders(ENGLISH[code])}


def test_every_core_message_has_an_interface_template_with_the_same_english():
    assert TEMPLATES == ENGLISH


def test_every_core_message_reads_in_japanese_with_its_values(japanese):
    for code in ENGLISH:
        params = _sample_params(code)
        text = refusal_text(refuse(code, **params))
        assert text != refuse(code, **params).message, code  # translated
        assert all(str(value) in text for value in params.values()), (code, text)  # no value lost


def test_the_member_editor_says_what_is_wrong_in_japanese(qtbot, japanese, store):
    member_id = add_directory(store)[0]["kurose"]
    editor = MemberEditor(store, member_id)
    qtbot.addWidget(editor)
    editor.fields["email"].setText("sales(at)kurose")
    editor.fields["website"].setText("javascript:alert(1)")
    editor.fields["member_since"].setText("1899-04-01")
    editor.fields["dues_amount"].setText("-5000")
    editor.fields["dues_currency"].setText("JPY")
    editor.fields["phone"].setText("03-0123-4567")
    editor.show()
    assert editor.save() is False
    form = editor.form
    assert form.message("email") == "「sales(at)kurose」はメールアドレスではありません（name@domain.tld の形で入力してください）"
    assert form.message("website").startswith("「javascript:alert(1)」はウェブサイトのアドレスではありません")
    assert form.message("member_since").startswith("1899-04-01 は日付としてありえません（1900-01-01〜")
    assert form.message("dues_amount") == "マイナスの金額は入力できません"
    assert form.message("phone").startswith("「03-0123-4567」は有効な電話番号ではありません")
    banner = editor._banner.text()
    assert banner == "次の項目を修正してください：メール、電話、ウェブサイト、入会日、年会費。", banner
    with store.read() as session:
        assert session.get(Member, member_id).website is None  # nothing saved


def test_the_editors_store_a_full_width_e_mail_normalised(qtbot, app, store):
    members, _ = add_directory(store)
    editor = MemberEditor(store, members["kurose"])
    qtbot.addWidget(editor)
    editor.fields["email"].setText("ｓａｌｅｓ＠ｋｕｒｏｓｅ．ｅｘａｍｐｌｅ")
    editor.fields["website"].setText("kurose.example.co.jp")
    assert editor.save() is True
    with store.read() as session:
        member = session.get(Member, members["kurose"])
        assert (member.email, member.website) == ("sales@kurose.example", "kurose.example.co.jp")
    person = PersonEditor(store, None, member_id=members["kurose"], region="JP")
    qtbot.addWidget(person)
    person.fields["family_name"].setText("Kurose")
    person.fields["email"].setText("ｎａｏ＠ｋｕｒｏｓｅ．ｅｘａｍｐｌｅ")
    assert person.save() is True
    with store.read() as session:
        assert "nao@kurose.example" in {p.email for p in session.get(Member, members["kurose"]).persons}


def test_the_person_editor_translates_too(qtbot, japanese, store):
    members, _ = add_directory(store)
    editor = PersonEditor(store, None, member_id=members["spices"], region="IN")
    qtbot.addWidget(editor)
    editor.fields["email"].setText("bad@")
    assert editor.save() is False
    assert editor.form.message("family_name") == "必須です"
    assert editor.form.message("email").startswith("「bad@」はメールアドレスではありません")


def _check_page(qtbot, store, path):
    from chamberdesk.ui.import_wizard import ImportWizard

    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()  # the encoding
    wizard.next()  # the columns
    wizard.next()  # the check
    table = wizard.check_page.problems
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    return wizard, rows


def test_the_check_page_names_columns_as_the_file_does_and_warns_of_columns_left_out(qtbot, japanese, store,
                                                                                      tmp_path):
    path = tmp_path / "partner.csv"
    path.write_bytes("会社名,国,メールアドレス,年会費,FAX\r\n林精機株式会社,日本,info(at)hayashi,12000,06-1\r\n"
                     "株式会社テスト工業,JP,test@example.jp,,\r\n".encode("cp932"))
    wizard, rows = _check_page(qtbot, store, path)
    assert rows == [
        ("1", "FAX", "列「FAX」は取り込まれません（どの項目にも対応付けられていません）"),
        ("2", "年会費の通貨", "年会費を入力した場合は必須です"),  # our field: the file has no column for it
        ("2", "メールアドレス", "「info(at)hayashi」はメールアドレスではありません（name@domain.tld の形で入力してください）"),
    ]
    assert wizard.check_page.counts["unused"].text() == "FAX"  # in the summary at the top too
    wizard.check_page.skip_bad.setChecked(True)
    wizard.next()
    assert wizard.operation_id is not None and "1" in wizard.summary
    with store.read() as session:
        assert session.query(Member).one().name == "Kabushikigaisha Tesuto Kogyo"


def test_the_check_page_in_english_shows_the_cli_text(qtbot, app, store, tmp_path):
    path = tmp_path / "partners.csv"
    path.write_bytes(b"name,country,contact_email,Fax\r\nKochi Coir,IN,anil(at)coir.in,0484\r\n")
    _wizard, rows = _check_page(qtbot, store, path)
    assert rows == [("1", "Fax", "column 'Fax' is not imported (no field is mapped to it)"),
                    ("2", "Contact: family name (Latin)", "is required"),
                    ("2", "contact_email", "'anil(at)coir.in' is not an e-mail address (expected name@domain.tld)")]


def test_the_import_window_explains_a_file_it_cannot_read_in_japanese(qtbot, japanese, store, tmp_path,
                                                                        monkeypatch):
    from chamberdesk.ui.import_wizard import ImportWizard

    said = []
    monkeypatch.setattr("chamberdesk.ui.import_wizard.QMessageBox.warning",
                        lambda _parent, title, text: said.append((title, text)))
    quote = tmp_path / "quote.csv"
    quote.write_bytes('name,country\r\nFirst Ltd,IN\r\n"Second Ltd,IN\r\nThird Ltd,JP\r\n'.encode())
    twice = tmp_path / "twice.csv"
    twice.write_bytes("name,email,country,email\r\nKochi Coir,a@coir.in,IN,b@coir.in\r\n".encode())
    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(quote))
    wizard.next()
    wizard.file_page.path.setText(str(twice))
    wizard.next()  # read: the encoding page
    wizard.next()  # the columns
    wizard.next()  # the check page lists what is wrong with the header
    assert [text for _title, text in said] == [
        "quote.csv、3 行目、（行全体）：3 行目で始まる引用符が閉じられていません。このままではファイルの残りがすべて一つのセルとして読まれます"]
    table = wizard.check_page.problems
    assert [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())] == [
        ("1", "email", "2 列目と 4 列目の見出しがどちらも「email」です。どちらを取り込むか分かるよう、一方の見出しを変えてください")]
    assert not wizard.check_page.skip_bad.isVisible() and not wizard.check_page.isComplete()
