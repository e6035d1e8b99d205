"""The main window on a fresh database: pages, counts, search, sort, dashboard, Japanese, screenshot."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtGui import QFontDatabase, QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel

from chamberdesk.core.listing import SOURCES
from chamberdesk.ui.app import build_application
from chamberdesk.ui.dashboard_items import CommitmentEntry, RenewalEntry
from chamberdesk.ui.fonts import UI_FONT_FAMILIES
from chamberdesk.ui.main_window import MainWindow
from chamberdesk.ui.pages import PAGE_KEYS
from chamberdesk.ui.record_table_model import RecordTableModel
from chamberdesk.ui.screenshot import render_page
from chamberdesk.ui.status_chip import StatusChip
from chamberdesk.ui.style import Tone

LIST_KEYS = ("members", "delegations", "meetings", "agreements")


@pytest.fixture
def window(qtbot, app, store, sample):
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def japanese(app):
    yield build_application("ja")
    build_application("en")


def _displayed(model, column_key):
    column = model.column_of(column_key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_every_list_page_shows_what_the_store_holds(window, store):
    for key in LIST_KEYS:
        window.show_page(key)
        page = window.page(key)
        assert window.current_key == key
        with store.read() as session:
            expected = SOURCES[key].count(session)
        assert page.model.rowCount() == expected > 0
        assert page.model.total == expected


def test_local_names_are_shown_in_their_own_script(window):
    window.show_page("members")
    names = _displayed(window.page("members").model, "name_local")
    assert {"黒瀬精密工業株式会社", "മലബാർ സ്പൈസ് ട്രേഡേഴ്സ്", "บริษัท สยามเฮอร์บัล จำกัด",
            "श्री गणेश टेक्सटाइल्स"} <= set(names)


def test_typing_in_the_search_box_filters_the_list(window, qtbot):
    window.show_page("members")
    page = window.page("members")
    page.search_box.setFocus()
    commit = QInputMethodEvent()  # Japanese arrives from the input method, not as key presses
    commit.setCommitString("黒瀬")
    QApplication.sendEvent(page.search_box, commit)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _displayed(page.model, "name") == ["Kurose Precision Industries"]
    assert page.count_label.text() == "1 of 6 match"

    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "textiles")
    qtbot.waitUntil(lambda: _displayed(page.model, "name") == ["Shree Ganesh Textiles"])

    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.search_box.text() == ""
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    assert page.count_label.text() == "6 in all"


def test_ctrl_f_focuses_the_search_box_of_the_page(window, qtbot):
    window.show_page("meetings")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.page("meetings").search_box.hasFocus)


def test_ctrl_number_switches_pages(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number, key in enumerate(PAGE_KEYS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key == key


def test_clicking_a_header_sorts_in_the_database(window, store):
    window.show_page("members")
    page = window.page("members")
    city = page.model.column_of("city")
    page.table.sortByColumn(city, Qt.SortOrder.DescendingOrder)
    with store.read() as session:
        expected = SOURCES["members"].ids(session, sort="city", descending=True)
    assert [page.model.record_id(row) for row in range(page.model.rowCount())] == expected
    assert _displayed(page.model, "city")[0] == "Yogyakarta"


def test_clicking_a_computed_column_keeps_the_order_in_use(window, qtbot):
    window.show_page("delegations")
    page = window.page("delegations")
    before = [page.model.record_id(row) for row in range(page.model.rowCount())]
    header = page.table.horizontalHeader()
    state = page.model.column_of("state")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(state) + 10, header.height() // 2))
    assert [page.model.record_id(row) for row in range(page.model.rowCount())] == before
    assert header.sortIndicatorSection() == page.model.column_of("starts_on")


def test_rows_are_read_in_blocks_only_when_shown(qapp, store, sample, monkeypatch):
    source = SOURCES["members"]
    asked: list[list[int]] = []
    real_rows = source.rows
    monkeypatch.setattr(source, "rows", lambda session, ids, today: asked.append(list(ids)) or
                        real_rows(session, ids, today))
    monkeypatch.setattr(RecordTableModel, "BLOCK_SIZE", 4)
    model = RecordTableModel(store, source, sort="name")
    model.reload()
    assert model.rowCount() == 6 and asked == []
    model.index(1, 0).data()
    model.index(2, 0).data()
    assert asked == [[model.record_id(row) for row in range(4)]]
    model.index(5, 0).data()
    assert asked[1] == [model.record_id(4), model.record_id(5)]


def test_states_and_countries_are_translated_labels(window):
    window.show_page("delegations")
    model = window.page("delegations").model
    assert set(_displayed(model, "state")) == {"Under way", "Preparing", "Past"}
    assert "Thailand" in _displayed(model, "origin_country")
    window.show_page("meetings")
    starts = _displayed(window.page("meetings").model, "starts")
    assert any(text.endswith(" JST") for text in starts) and any(text.endswith(" IST") for text in starts)


def test_dashboard_lists_what_needs_attention(window):
    window.show_page("dashboard")
    page = window.page("dashboard")
    meetings = page.meetings_panel.texts()
    assert "INJACK monthly members' meeting" in meetings and "Japan market entry seminar" in meetings
    assert "Annual board meeting" not in meetings and "Thai herbal buyer-seller meet" not in meetings
    delegations = page.delegations_panel.texts()
    assert "Kerala SME study tour to Osaka" in delegations and "Thai herbal SMEs mission to Japan" in delegations
    assert "Hindi-belt textile delegation" not in delegations
    assert "Participants selected: 2 of 20" in delegations

    entries = page.commitments_panel.items
    commitments = [e for e in entries if isinstance(e, CommitmentEntry)]
    assert len(commitments) == 2 and len([e for e in entries if isinstance(e, RenewalEntry)]) == 1
    texts = page.commitments_panel.texts()
    assert "Send the list of members seeking partners" in texts
    assert "INJACK–ICOSA memorandum of understanding, clause 4: Joint activities" in texts
    assert "Exchange annual activity reports" not in texts
    overdue, due = ([chip.text() for chip in entry.findChildren(StatusChip)] for entry in commitments)
    assert overdue == ["Overdue by 12 days"] and due == ["Due in 9 days"]
    assert [chip.tone for chip in commitments[0].findChildren(StatusChip)] == [Tone.DANGER]


def test_show_all_opens_the_list(window):
    window.show_page("dashboard")
    window.page("dashboard").delegations_panel.show_all.emit()
    assert window.current_key == "delegations"


def test_every_family_of_the_interface_font_is_bundled_and_loaded(app):
    assert set(UI_FONT_FAMILIES) <= set(QFontDatabase.families())
    assert app.font().families()[:len(UI_FONT_FAMILIES)] == list(UI_FONT_FAMILIES)


def test_japanese_installs_our_catalogue_qts_own_and_the_locale(japanese):
    assert QCoreApplication.translate("Pages", "Members") == "会員"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"  # qtbase_ja
    assert QLocale().language() == QLocale.Language.Japanese


def test_japanese_interface_shows_translated_strings(qtbot, japanese, store, sample):
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    navigation = [shown.navigation.item(row).text() for row in range(shown.navigation.count())]
    assert navigation == ["ダッシュボード", "会員", "訪問団", "会議", "協定・覚書"]
    assert [action.text() for action in shown.menuBar().actions()] == [
        "ファイル(&F)", "編集(&E)", "表示(&V)", "ヘルプ(&H)"]
    shown.show_page("members")
    members = shown.page("members")
    assert members.model.headerData(0, Qt.Orientation.Horizontal) == "名称"
    assert members.count_label.text() == "全6件"
    assert "有効" in _displayed(members.model, "membership_status")
    assert "日本" in _displayed(members.model, "country")
    shown.show_page("dashboard")
    dashboard = shown.page("dashboard")
    assert "今後の会議" in [label.text() for label in dashboard.findChildren(QLabel)]
    assert "INJACK 月例会員会議" in dashboard.meetings_panel.texts()  # the Japanese title comes first


def test_window_geometry_and_page_are_remembered(qtbot, app, store):
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width(), 560)
    first.show_page("meetings")
    first.close()
    second = MainWindow(store)
    qtbot.addWidget(second)
    assert second.height() == 560  # the width is clamped to the offscreen screen's 800 pixels
    assert second.current_key == "meetings"


def test_render_page_writes_the_page_as_png(qapp, store, sample, tmp_path):
    out = tmp_path / "shots" / "members.png"
    render_page(store, "members", "en", (1024, 700), out)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    colours = {image.pixel(x, y) for x in range(0, 1024, 8) for y in range(0, 700, 8)}
    assert len(colours) > 20  # text, table and sidebar were drawn, not an empty frame


def test_render_page_refuses_an_unknown_page(qapp, store, tmp_path):
    with pytest.raises(ValueError, match="dashboard"):
        render_page(store, "reports", "en", (800, 600), tmp_path / "x.png")


def test_the_demo_data_set_shows_on_every_page(qtbot, app, tmp_path):
    from chamberdesk.core.demo import load_demo
    from chamberdesk.store import open_store

    demo = open_store(tmp_path / "demo.sqlite")
    try:
        load_demo(demo)
        shown = MainWindow(demo)
        qtbot.addWidget(shown)
        for key in LIST_KEYS:
            shown.show_page(key)
            with demo.read() as session:
                assert shown.page(key).model.rowCount() == SOURCES[key].count(session) > 0
        shown.show_page("dashboard")
        dashboard = shown.page("dashboard")
        assert dashboard.meetings_panel.items and dashboard.delegations_panel.items
        assert dashboard.commitments_panel.items
        shown.close()
    finally:
        demo.dispose()
