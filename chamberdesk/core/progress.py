"""The stages long work reports through ``progress(stage, done, total)``.

A stage is its English text, which the command line and the logs print; the interface shows it
in its own language by looking it up in ``ui/progress_text.py`` (a test holds the two together).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]  # (stage, done, total)

CHECKING_ROWS = "Checking rows"
FINDING_DUPLICATES = "Looking for duplicates"
MERGING = "Merging"
WRITING = "Writing"
MEMBER_KEYS = "Recomputing the members' search keys"
PERSON_KEYS = "Recomputing the persons' search keys"
COMPACTING_INDEX = "Compacting the search index"

STAGES = (CHECKING_ROWS, FINDING_DUPLICATES, MERGING, WRITING, MEMBER_KEYS, PERSON_KEYS, COMPACTING_INDEX)
