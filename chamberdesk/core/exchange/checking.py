"""Reading and checking a member file's rows, in a worker process for a large file.

A large import's dry run does two long things that do not depend on each other: reading and
checking the file's rows, and reading the 100,000 members it is compared with. The rows are
read and checked in a spawned process and come back in chunks while this process reads the
members. Small files, and a computer where no process can start, are checked in place: the
same ``RowReader`` either way.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem, ServiceError
from ..messages import refuse
from .mapping import ColumnMapping
from .reading import SheetStream, open_sheet
from .rows import WHOLE_FILE, ImportRow, RowReader, header_problems

log = logging.getLogger(__name__)

IN_PROCESS_BELOW = 2 * 1024 * 1024  # bytes of file: starting a process costs about a second
CHUNK = 2000  # rows sent back at a time


@dataclass
class CheckedFile:
    source: str
    header: list[str]
    mapping: ColumnMapping
    encoding: str | None
    size_hint: int
    problems: list[Problem] = field(default_factory=list)  # of the file itself: nothing to check then
    warnings: list[Problem] = field(default_factory=list)  # of the file itself, not stopping the import
    chunks: Iterator[list[ImportRow]] = field(default_factory=lambda: iter(()))


def file_problems(stream: SheetStream, mapping: ColumnMapping) -> list[Problem]:
    """What the header line says under the mapping: errors (nothing can be read right) and
    warnings (a column nothing takes: reported so that nobody believes it imported)."""
    row = stream.header_row
    problems = [Problem.of(header, refuse("mapping_column_missing"), row, stream.source)
                for header in mapping.unknown_headers(stream.header)]
    problems += [Problem.of(required, refuse("required_unmapped"), row, stream.source)
                 for required in ("name", "country") if not mapping.source_of(required)]
    if row > 1:  # said, so that nobody looks for what stood above it
        problems.append(Problem.of(WHOLE_FILE, refuse("header_below_title", row=row, count=row - 1), row,
                                   stream.source, warning=True))
    return problems + header_problems(stream.source, stream.header, mapping, row=row)


def _described(stream: SheetStream, mapping: ColumnMapping | None) -> CheckedFile:
    mapping = mapping or ColumnMapping.default_for(stream.header)
    found = file_problems(stream, mapping)
    return CheckedFile(stream.source, stream.header, mapping, stream.encoding, stream.size_hint,
                       [p for p in found if not p.warning], [p for p in found if p.warning])


def _checked_chunks(stream: SheetStream, checked: CheckedFile, size: int) -> Iterator[list[ImportRow]]:
    reader = RowReader(stream.source, stream.header, checked.mapping)
    chunk: list[ImportRow] = []
    for number, cells in stream.rows:
        chunk.append(reader.read(number, cells))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@contextmanager
def checked_stream(stream: SheetStream, mapping: ColumnMapping | None, *,
                   chunk: int | None = None) -> Iterator[CheckedFile]:
    """A stream already open, checked here."""
    checked = _described(stream, mapping)
    if not checked.problems:
        checked.chunks = _checked_chunks(stream, checked, chunk or CHUNK)
    yield checked


@contextmanager
def checked_file(path: Path, encoding: str | None, mapping: ColumnMapping | None) -> Iterator[CheckedFile]:
    """The file's description at once, and its checked rows as they come (see the module's text)."""
    large = path.is_file() and path.stat().st_size >= IN_PROCESS_BELOW
    started = _start_worker(path, encoding, mapping) if large else None
    if started is None:
        with open_sheet(path, encoding=encoding) as stream, checked_stream(stream, mapping) as checked:
            yield checked
        return
    worker, receiving = started
    # The rows are received as they come, on a thread: while this process reads the members, a
    # full pipe would otherwise stop the worker after its first chunk.
    messages: queue.SimpleQueue = queue.SimpleQueue()
    receiver = threading.Thread(target=_receive, args=(receiving, messages), daemon=True,
                                name="chamberdesk-import-rows")
    receiver.start()
    try:
        checked = _message(messages, path)
        checked.chunks = _chunks(messages, path)
        yield checked
    finally:
        if worker.is_alive():  # left early: cancelled, or an error here
            worker.terminate()
        worker.join()
        receiver.join()
        receiving.close()


def _start_worker(path: Path, encoding: str | None, mapping: ColumnMapping | None):
    """(the worker process, the end of the pipe its messages come from), or None if none can start."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    try:
        worker = context.Process(target=_work, args=(path, encoding, mapping, sending, CHUNK), daemon=True,
                                 name="chamberdesk-import-check")
        worker.start()
    except OSError as exc:
        log.warning("Checking %s in place: no worker process (%s)", path.name, exc)
        receiving.close()
        return None
    finally:
        sending.close()  # the worker has its own copy; this process only receives
    return worker, receiving


_STOPPED = object()  # the worker's end of the pipe closed without its last message


def _receive(receiving, messages: queue.SimpleQueue) -> None:
    while True:
        try:
            message = receiving.recv()
        except (EOFError, OSError):
            messages.put(_STOPPED)
            return
        messages.put(message)
        if message is None or isinstance(message, Exception):
            return


def _message(messages: queue.SimpleQueue, path: Path):
    message = messages.get()
    if message is _STOPPED:
        raise ServiceError(f"{path.name}: the process checking the file stopped unexpectedly")
    if isinstance(message, Exception):
        raise message
    return message


def _chunks(messages: queue.SimpleQueue, path: Path) -> Iterator[list[ImportRow]]:
    while (chunk := _message(messages, path)) is not None:
        yield chunk


def _work(path: Path, encoding: str | None, mapping: ColumnMapping | None, sending, chunk: int) -> None:
    """In the worker: the description, then the checked rows a chunk at a time, then None."""
    try:
        with open_sheet(path, encoding=encoding) as stream, checked_stream(stream, mapping, chunk=chunk) as checked:
            chunks, checked.chunks = checked.chunks, iter(())
            sending.send(checked)
            for chunk in chunks:
                sending.send(chunk)
        sending.send(None)
    except ServiceError as exc:
        # Sent as it was raised when it pickles back as itself (one message); else as its message.
        simple = len(exc.args) == 1 and type(exc).__init__ is Exception.__init__
        sending.send(exc if simple else ServiceError(str(exc)))
    except Exception as exc:  # noqa: BLE001 - the parent reports it; a traceback here would reach the console
        sending.send(ServiceError(f"{path.name}: the file could not be read ({type(exc).__name__}: {exc})"))
    finally:
        sending.close()
