"""The two FTS5 indexes behind directory search, and keeping them in step with ``search_key``.

Both tables are contentless (they store only the index, not a copy of the text) with
``detail=none`` (no positions): a query checks the words it could not answer exactly against the
record's ``search_key``. To remove a record's tokens FTS5 needs the text that was indexed, which
is always the stored ``search_key`` (the invariant every writer keeps).

Only SQLite has FTS5: on another database these functions do nothing and search falls back to
a LIKE scan of ``search_key`` (``query.py``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from sqlalchemy import Connection, text

from .documents import DERIVED

TRIGRAM_TABLE = "directory_trigram"
NGRAM_TABLE = "directory_ngram"
KINDS = {"member": 0, "person": 1}  # rowid = record id * 2 + kind: one index for both
NGRAM_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* M* Co'"
BATCH = 2000


def rowid(kind: str, record_id: int) -> int:
    return record_id * 2 + KINDS[kind]


def is_token_char(char: str) -> bool:
    """Characters the n-gram tokenizer keeps (letters, digits, marks); the rest separate runs."""
    return unicodedata.category(char)[0] in "LNM" or unicodedata.category(char) == "Co"


def runs(folded: str) -> list[str]:
    found, current = [], []
    for char in folded:
        if is_token_char(char):
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def ngrams(folded: str) -> str:
    """Every character and every pair of neighbouring characters within a run, once each."""
    grams: dict[str, None] = {}
    for run in runs(folded):
        for i, char in enumerate(run):
            grams[char] = None
            if i + 1 < len(run):
                grams[run[i:i + 2]] = None
    return " ".join(grams)


def is_supported(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def create_tables(connection: Connection) -> None:
    if not is_supported(connection):
        return
    connection.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TRIGRAM_TABLE} USING fts5("
                               "doc, tokenize='trigram', content='', detail='none')")
    connection.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {NGRAM_TABLE} USING fts5("
                               f"doc, tokenize=\"{NGRAM_TOKENIZER}\", content='', detail='none')")


def _write(connection: Connection, command: str | None, kind: str, entries: Iterable[tuple[int, str]]) -> None:
    rows = [(rowid(kind, record_id), key) for record_id, key in entries if key]
    if not rows or not is_supported(connection):
        return
    raw = connection.connection.driver_connection  # executemany straight to sqlite3: 10× faster
    for table, document in ((TRIGRAM_TABLE, lambda key: key), (NGRAM_TABLE, ngrams)):
        if command:
            sql = f"INSERT INTO {table}({table}, rowid, doc) VALUES ('{command}', ?, ?)"
        else:
            sql = f"INSERT INTO {table}(rowid, doc) VALUES (?, ?)"
        raw.executemany(sql, [(rid, document(key)) for rid, key in rows])


def add(connection: Connection, kind: str, entries: Iterable[tuple[int, str]]) -> None:
    """Index records whose ``search_key`` was just stored as given."""
    _write(connection, None, kind, entries)


def remove(connection: Connection, kind: str, entries: Iterable[tuple[int, str]]) -> None:
    """Drop records from the index; ``entries`` carry the ``search_key`` that was indexed."""
    _write(connection, "delete", kind, entries)


def replace(connection: Connection, kind: str, record_id: int, old: str | None, new: str | None) -> None:
    if old == new:
        return
    remove(connection, kind, [(record_id, old or "")])
    add(connection, kind, [(record_id, new or "")])


def stored_key(connection: Connection, kind: str, record_id: int) -> str | None:
    return connection.execute(text(f"SELECT search_key FROM {kind} WHERE id = :id"), {"id": record_id}).scalar()


def refresh(connection: Connection, kind: str, record_ids: Iterable[int]) -> None:
    """Recompute the derived columns of records changed by plain SQL (undo, merge) and re-index them."""
    derive = DERIVED[kind]
    for record_id in sorted(set(record_ids)):
        row = connection.execute(text(f"SELECT * FROM {kind} WHERE id = :id"), {"id": record_id}).mappings().first()
        if row is None:
            continue
        derived = derive(row)
        if any(row[k] != v for k, v in derived.items()):
            assignments = ", ".join(f"{k} = :{k}" for k in derived)
            connection.execute(text(f"UPDATE {kind} SET {assignments} WHERE id = :id"), {**derived, "id": record_id})
        replace(connection, kind, record_id, row["search_key"], derived["search_key"])


def rebuild(connection: Connection, progress=None) -> None:
    """Recompute every member's and person's keys and index them anew (upgrade, repair)."""
    if is_supported(connection):
        for table in (TRIGRAM_TABLE, NGRAM_TABLE):
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
    for kind, derive in DERIVED.items():
        after = 0
        while rows := connection.execute(text(f"SELECT * FROM {kind} WHERE id > :after ORDER BY id LIMIT {BATCH}"),
                                         {"after": after}).mappings().all():
            after = rows[-1]["id"]
            updates = [{**derive(row), "record_id": row["id"]} for row in rows]
            connection.execute(text(f"UPDATE {kind} SET search_key = :search_key, sort_name = :sort_name, "
                                    "sort_local = :sort_local WHERE id = :record_id"), updates)
            add(connection, kind, [(u["record_id"], u["search_key"]) for u in updates])
            if progress is not None:
                progress(kind, len(rows))
