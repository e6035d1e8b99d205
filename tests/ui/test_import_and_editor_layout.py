"""What the import window and the person editor show is shown whole at their default sizes: names in the
duplicate review wrap instead of being cut, every choice fits its box, the check page sums up at the top,
the last page offers only Finish, and a field's message that wraps keeps its second line."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel

from chamberdesk.ui.app import build_application
from chamberdesk.ui.duplicate_review import DECISION, EXISTING, FROM_FILE
from chamberdesk.ui.import_wizard import CHECK_PAGE, DUPLICATE_PAGE, RESULT_PAGE, ImportWizard
from chamberdesk.ui.person_editor import PersonEditor

LONG = "Kabushikigaisha Yokoyama Chuzo Tokoro Seimitsu Kikai / 株式会社横山鋳造所精密機械製作所"


@pytest.fixture
def wizard(app, qtbot, store, tmp_path):
    path = tmp_path / "partner.csv"
    rows = [f"{LONG},JP,Kawaguchi,office@yokoyama.example", f"{LONG} Shiten,JP,Kawaguchi,office@yokoyama.example",
            "Aoki Giken,JP,Tokyo,info@aoki.example", "Aoki Giken Kogyo,JP,Tokyo,info@aoki.example"]
    path.write_text("name,country,city,email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(path))
    wizard.next()  # the encoding
    wizard.next()  # the columns
    wizard.next()  # the check
    assert wizard.currentId() == CHECK_PAGE
    return wizard


def _cut_cells(table, columns):
    """Cells of ``columns`` whose wrapped text needs more room than the cell has, as (row, column)."""
    cut = []
    for row in range(table.rowCount()):
        for column in columns:
            item = table.item(row, column)
            room = QRect(0, 0, table.columnWidth(column) - 8, 10_000)
            needed = table.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
            if needed.height() > table.rowHeight(row) or needed.width() > room.width():
                cut.append((row, column))
    return cut


def test_the_check_page_sums_up_at_the_top_and_announces_the_duplicates(wizard):
    page = wizard.check_page
    assert page.counts["read"].text() == "4" and page.counts["valid"].text() == "4" and page.counts["bad"].text() == "0"
    assert page.counts["duplicates"].text().startswith("2 ") and "Skip the row" in page.counts["duplicates"].text()
    assert page.counts["unused"].text() == "none"
    # At the top of the page, not alone in the middle of it.
    assert page.summary.geometry().top() < page.height() / 8
    assert page.counts["unused"].mapTo(page, page.counts["unused"].rect().bottomLeft()).y() < page.height() / 2


def test_the_duplicate_review_shows_names_whole_and_why_at_the_default_size(wizard, qtbot):
    wizard.next()
    assert wizard.currentId() == DUPLICATE_PAGE
    review = wizard.duplicate_page.review
    table = review.table
    qtbot.waitUntil(lambda: table.rowHeight(0) > table.fontMetrics().lineSpacing() * 2)
    assert wizard.size().width() == 980
    assert _cut_cells(table, (FROM_FILE, EXISTING)) == []
    assert table.item(0, EXISTING).text().endswith("row 2 of this file")
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == ["same e-mail", "same e-mail"]
    for combo in review.choices:  # every choice fits, the longest too
        assert combo.width() >= combo.sizeHint().width()
        assert combo.geometry().translated(combo.parentWidget().pos()).right() <= table.viewport().width()
    review.all_choice.setCurrentIndex(review.all_choice.findData("create"))
    review.all_choice.activated.emit(review.all_choice.currentIndex())
    assert [d.decision for d in wizard.plan.duplicates.values()] == ["create", "create"]
    assert table.columnWidth(DECISION) >= max(c.sizeHint().width() for c in review.choices)


def test_the_last_page_offers_only_finish(wizard):
    wizard.next()  # the duplicates
    wizard.next()  # Import
    assert wizard.currentId() == RESULT_PAGE and wizard.operation_id is not None
    assert not wizard.button(wizard.WizardButton.CancelButton).isVisible()
    assert not wizard.button(wizard.WizardButton.BackButton).isVisible()
    assert wizard.button(wizard.WizardButton.FinishButton).isVisible()


def test_without_duplicates_the_check_page_imports_and_says_so(app, qtbot, store, tmp_path):
    path = tmp_path / "partner.csv"
    path.write_text("name,country,city,fax\nAoki Giken,JP,Tokyo,03-1234\n", encoding="utf-8")
    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == CHECK_PAGE
    assert wizard.check_page.counts["duplicates"].text() == "none"
    assert wizard.check_page.counts["unused"].text() == "fax"
    assert wizard.button(wizard.WizardButton.NextButton).text() == "Import"


@pytest.fixture(params=["en", "ja"])
def language(request, app):
    yield build_application(request.param)
    build_application("en")


def test_a_message_that_wraps_is_shown_whole_in_the_person_editor(language, qtbot, store):
    editor = PersonEditor(store, None, member_id=None, region="JP")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.fields["email"].setText("x@")
    editor.fields["phone"].setText("+81 3 1234 56789012")
    editor.validate()
    phone = editor.findChild(QLabel, "phoneProblem")
    qtbot.waitUntil(phone.isVisible)
    assert phone.heightForWidth(phone.width()) > phone.fontMetrics().lineSpacing() * 1.5, "wants two lines"
    for key in ("email", "phone"):
        message = editor.findChild(QLabel, f"{key}Problem")
        assert message.text() == editor.form.message(key)
        # As tall as its wrapped text, and inside its field's row (not under the next field).
        qtbot.waitUntil(lambda m=message: m.height() >= m.heightForWidth(m.width()))
        assert message.geometry().bottom() <= message.parentWidget().rect().bottom()
