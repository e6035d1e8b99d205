"""What the Print… action offers on each page: the documents of the selected delegation, meeting or
agreement, or the member directory."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ..print.documents import AGREEMENT, DELEGATION, MEETING, Target

# Names of the documents in the interface (context "PrintChoices").
DOCUMENT_NAMES = {
    "roster": QT_TRANSLATE_NOOP("PrintChoices", "Delegation roster"),
    "itinerary": QT_TRANSLATE_NOOP("PrintChoices", "Itinerary booklet"),
    "agenda": QT_TRANSLATE_NOOP("PrintChoices", "Agenda"),
    "sign-in": QT_TRANSLATE_NOOP("PrintChoices", "Sign-in sheet"),
    "badges": QT_TRANSLATE_NOOP("PrintChoices", "Name badges"),
    "tents": QT_TRANSLATE_NOOP("PrintChoices", "Table tents"),
    "directory": QT_TRANSLATE_NOOP("PrintChoices", "Member directory"),
    "agreement": QT_TRANSLATE_NOOP("PrintChoices", "Agreement, both languages side by side"),
}
_BY_SUBJECT = {
    DELEGATION: ("roster", "itinerary", "badges", "tents"),
    MEETING: ("agenda", "sign-in", "badges", "tents"),
    AGREEMENT: ("agreement",),
}
_PAGE_SUBJECTS = {"delegations": DELEGATION, "meetings": MEETING, "agreements": AGREEMENT}


@dataclass(frozen=True)
class PrintChoice:
    document: str  # a key of chamberdesk.print.documents.DOCUMENTS
    target: Target

    @property
    def title(self) -> str:
        return QCoreApplication.translate("PrintChoices", DOCUMENT_NAMES[self.document])


def choices_for(page: QWidget) -> list[PrintChoice]:
    """The documents of the delegation, meeting or agreement selected on ``page``; the directory
    anywhere else. A list page with nothing selected offers nothing (the action says so)."""
    subject = _PAGE_SUBJECTS.get(getattr(page, "key", ""))
    if subject is None:
        return [PrintChoice("directory", Target())]
    record_id = selected_id(page)
    if record_id is None:
        return []
    return [PrintChoice(document, Target(subject, record_id)) for document in _BY_SUBJECT[subject]]


def selected_id(page: QWidget) -> int | None:
    table, model = getattr(page, "table", None), getattr(page, "model", None)
    if table is None or model is None:
        return None
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        current = table.currentIndex()
        rows = [current] if current.isValid() else []
    return model.record_id(rows[0].row()) if rows else None
