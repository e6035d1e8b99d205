"""The editors' suggestions for names written with variant kanji (髙, 﨑): read and romanised in their
common form, never with the variant dropped (株式会社髙島精機 once read as せいき)."""

from chamberdesk.ui.combo_data import chosen
from chamberdesk.ui.member_editor import MemberEditor
from chamberdesk.ui.person_editor import PersonEditor


def test_the_member_editor_reads_and_romanises_a_name_with_a_variant_kanji(qtbot, app, store):
    editor = MemberEditor(store, None)
    qtbot.addWidget(editor)
    editor.fields["name_local"].setText("株式会社髙島精機")
    assert editor.reading_suggestion.value == "たかしませいき"
    assert editor.latin_suggestion.value == "Kabushikigaisha Takashima Seiki"


def test_the_person_editor_offers_a_reading_and_latin_name_for_a_variant_kanji(qtbot, app, store):
    editor = PersonEditor(store, None, member_id=None, region="JP", member_lang="ja")
    qtbot.addWidget(editor)
    editor.fields["family_name_local"].setText("髙橋")
    editor.fields["given_name_local"].setText("一郎")
    assert (editor.latin_suggestion.value, editor.family_reading.value) == ("Takahashi", "たかはし")
    editor.fields["family_name_local"].setText("山﨑")
    assert (editor.latin_suggestion.value, editor.family_reading.value) == ("Yamazaki", "やまざき")


def test_the_editors_choose_the_local_language_from_the_script_until_one_is_chosen(qtbot, app, store):
    member = MemberEditor(store, None)
    qtbot.addWidget(member)
    language = member.fields["local_lang"]
    assert chosen(language) is None
    member.fields["name_local"].setText("ശ്രീ കൃഷ്ണ ട്രേഡേഴ്സ്")
    assert language.currentData() == "ml"
    member.fields["name_local"].setText("黒瀬精機")  # a guess follows the text (found by a new-user trial)
    assert language.currentData() == "ja"
    member.fields["country"].setCurrentIndex(member.fields["country"].findData("TW"))
    member.fields["name_local"].setText("台北精密機械")  # hanzi in Taiwan: Chinese
    assert language.currentData() == "zh"
    language.setCurrentIndex(language.findData("hi"))  # the person's own choice is never replaced
    member.fields["name_local"].setText("สยามไหม")
    assert language.currentData() == "hi"
    person = PersonEditor(store, None, member_id=None, region="TH", member_lang=None)
    qtbot.addWidget(person)
    person.fields["given_name_local"].setText("สมชาย")
    assert person.fields["local_lang"].currentData() == "th"
    person.fields["given_name_local"].setText("髙橋")
    assert person.fields["local_lang"].currentData() == "ja"
