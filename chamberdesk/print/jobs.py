"""Printing one document: read the database, lay the document out, write the PDF, report."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..store import Store
from .languages import LanguagePair
from .context import load_context
from .coverage import MissingGlyph
from .documents import DOCUMENTS, Target
from .frame import Progress


@dataclass(frozen=True)
class PrintResult:
    pages: int
    missing: list[MissingGlyph]  # characters no bundled font has: left out, to be told to the person
    notes: list[str]


def print_document(store: Store, document: str, target: Target, output: Path | BinaryIO, *,
                   pair: LanguagePair | None = None, progress: Progress | None = None,
                   today: date | None = None) -> PrintResult:
    """Write ``document`` for ``target`` to ``output`` (a path or a binary stream)."""
    kind = DOCUMENTS[document]
    with store.read() as session, _without_collector_pauses():
        context = load_context(session, store.attachments_dir, pair, today)
        frame, flowables = kind.build(session, context, target)
        pages = frame.build(flowables, output, progress)
    return PrintResult(pages, context.report.missing, context.notes)


@contextmanager
def _without_collector_pauses() -> Iterator[None]:
    """A document allocates hundreds of thousands of small objects that live until it is written;
    the cyclic collector's repeated passes over them (and over the ORM's objects) took a third of
    a 1,000-row roster's build and freed nothing. Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
