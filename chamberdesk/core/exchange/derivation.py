"""The search and sort keys of imported records, computed in a second process while SQLite writes.

Computing them (folding, romanising, collation weights, n-grams) is half the Python work of
writing a large import, and SQLite's own work is the other half: a worker process computes
the keys of the next batches while this one inserts the current batch, so the two overlap.
A thread would not: the sqlite3 module takes the interpreter lock back for every row.

Small imports, and any computer where a process cannot be started, compute in place: the
keys are the same either way (the functions are the ones every writer uses).
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from ..search import index as search_index
from ..search.documents import member_derived, person_derived

log = logging.getLogger(__name__)

Values = dict[str, object]
Keys = tuple[str, bytes, bytes, str]  # search_key, sort_name, sort_local, the n-gram document
IN_PROCESS_BELOW = 5_000  # rows: starting a process (about a second) costs more than it saves
AHEAD = 3  # batches computed ahead of the one being written (bounds the memory they hold)
Derived = tuple[list[Keys], list[Keys]]
Batch = tuple  # (members, persons, anything else the writer carries along)


def keys_of(members: list[Values], persons: list[Values]) -> Derived:
    """Derived keys of a batch's members and persons, in their order."""
    return [_keys(member_derived(v)) for v in members], [_keys(person_derived(v)) for v in persons]


def _keys(derived: Values) -> Keys:
    key = derived["search_key"]
    return key, derived["sort_name"], derived["sort_local"], search_index.ngrams(key) if key else ""



@contextmanager
def derived_keys(batches: Iterator[Batch], rows: int) -> Iterator[Iterator[tuple[Batch, Derived]]]:
    """(batch, its keys) for each batch, computed ahead in a worker process for large imports.

    Leaving the block early (a cancellation, an error) stops the worker without waiting for the
    batches it has not started."""
    pool = _worker() if rows >= IN_PROCESS_BELOW else None
    if pool is None:
        yield ((batch, keys_of(batch[0], batch[1])) for batch in batches)
        return
    try:
        yield _ahead(pool, batches)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _worker() -> ProcessPoolExecutor | None:
    try:
        return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError) as exc:
        log.warning("Computing the import's search keys in place: no worker process (%s)", exc)
        return None


def _ahead(pool: ProcessPoolExecutor, batches: Iterator[Batch]) -> Iterator[tuple[Batch, Derived]]:
    pending: deque[tuple[Batch, Future | None]] = deque()
    broken = False

    def submit(batch: Batch) -> None:
        nonlocal broken
        future = None
        if not broken:
            try:
                future = pool.submit(keys_of, batch[0], batch[1])
            except (BrokenProcessPool, RuntimeError, OSError):
                broken = True
        pending.append((batch, future))

    # The first batch is computed here while the worker starts (importing the modules takes as long).
    first = next(batches, None)
    if first is None:
        return
    for batch in batches:
        submit(batch)
        if len(pending) >= AHEAD:
            break
    yield first, keys_of(first[0], first[1])
    while pending:
        batch, future = pending.popleft()
        next_batch = next(batches, None)
        if next_batch is not None:
            submit(next_batch)
        yield batch, _result(future, batch)


def _result(future: Future | None, batch: Batch) -> Derived:
    if future is not None:
        try:
            return future.result()
        except (BrokenProcessPool, OSError) as exc:  # the worker died (out of memory, killed)
            log.warning("Computing the import's search keys in place: the worker process stopped (%s)", exc)
    return keys_of(batch[0], batch[1])

