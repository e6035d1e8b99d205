"""The stages of long work (``core.progress``) in the interface's language, for progress windows."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import progress

STAGES = {
    progress.CHECKING_ROWS: QT_TRANSLATE_NOOP("Progress", "Checking rows"),
    progress.FINDING_DUPLICATES: QT_TRANSLATE_NOOP("Progress", "Looking for duplicates"),
    progress.MERGING: QT_TRANSLATE_NOOP("Progress", "Merging"),
    progress.WRITING: QT_TRANSLATE_NOOP("Progress", "Writing"),
    progress.MEMBER_KEYS: QT_TRANSLATE_NOOP("Progress", "Recomputing the members' search keys"),
    progress.PERSON_KEYS: QT_TRANSLATE_NOOP("Progress", "Recomputing the persons' search keys"),
    progress.COMPACTING_INDEX: QT_TRANSLATE_NOOP("Progress", "Compacting the search index"),
}


def stage_text(stage: str) -> str:
    """A known stage translated; anything else as it was given."""
    return QCoreApplication.translate("Progress", STAGES[stage]) if stage in STAGES else stage
