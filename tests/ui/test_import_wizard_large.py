"""The import window previews the first rows only and checks the whole file (in a worker process
when it is large), so a 50,000-row file is not held whole in memory before a row is checked."""

import random

from sqlalchemy import func, select

from chamberdesk.core.exchange import checking
from chamberdesk.core.model import Member
from chamberdesk.ui.import_wizard import PREVIEW_ROWS, ImportWizard


def _coined(number: int) -> str:
    letters = random.Random(number)
    return "".join(letters.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(10)).capitalize()


def test_a_large_file_is_previewed_in_part_checked_whole_and_imported(qtbot, app, store, tmp_path, monkeypatch):
    monkeypatch.setattr(checking, "IN_PROCESS_BELOW", 0)  # as a file of several megabytes would be
    path = tmp_path / "partner.csv"
    names = [_coined(n) for n in range(120)]  # names alike ("Firm 1", "Firm 11") would be fuzzy duplicates
    rows = [f"{name} Exports,IN,Kochi,{name}@partner.in" for name in names]
    rows.append(f"{names[7]} Exports,IN,Kochi,{names[7]}@partner.in")  # the eighth row again
    path.write_text("name,country,city,email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()  # the encoding: a preview of the first rows
    assert len(wizard.sheet.rows) == PREVIEW_ROWS and wizard.encoding_page.preview.rowCount() == PREVIEW_ROWS
    wizard.next()  # the columns
    wizard.next()  # the check: every row
    assert len(wizard.plan.rows) == 121 and list(wizard.plan.duplicates) == [122]
    assert wizard.check_page.isComplete()
    wizard.next()  # the duplicates
    wizard.next()  # the import
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 120
