"""The two FTS5 indexes behind directory search, and keeping them in step with ``search_key``.

Both tables are contentless (they store only the index, not a copy of the text) with
``detail=none`` (no positions): a query checks the words it could not answer exactly against the
record's ``search_key``. To remove a record's tokens FTS5 needs the text that was indexed, which
is always the stored ``search_key`` (the invariant every writer keeps).

Only SQLite has FTS5: on another database these functions do nothing and search falls back to
a LIKE scan of ``search_key`` (``query.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Connection, bindparam, text

from ..progress import COMPACTING_INDEX, MEMBER_KEYS, PERSON_KEYS, Progress
from .documents import DERIVED

TRIGRAM_TABLE = "directory_trigram"
NGRAM_TABLE = "directory_ngram"
KINDS = {"member": 0, "person": 1}  # the lowest bit of the rowid
# A rowid names the member an entry leads to, so members found through their persons come
# straight from the index, without reading 10,000 person rows per keystroke:
#   member: member id << 33                      person: member id << 33 | person id << 1 | 1
# (person ids below 2**32; a person of an organisation, not of a member, has member id 0).
MEMBER_SHIFT = 33
PERSON_MASK = 0xFFFF_FFFF
NGRAM_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* M* Co'"
BATCH = 2000
# FTS5 merges its segments when this many of one size have piled up (its default is 4). While
# 94,640 entries go in at once, 4 merges the new segments again and again into ever larger ones:
# 16 halves the index's share of a 50,000-row import (7.3 s → 3.9 s); searches were as fast after.
DEFAULT_AUTOMERGE, BULK_AUTOMERGE = 4, 16


Entry = tuple[int, str]  # (rowid, the search_key indexed)
Document = tuple[int, str, str]  # (rowid, the search_key indexed, its n-gram document)


def rowid(kind: str, record_id: int, member_id: int | None = None) -> int:
    if kind == "member":
        return record_id << MEMBER_SHIFT
    return ((member_id or 0) << MEMBER_SHIFT) | (record_id << 1) | 1


def entry(kind: str, values) -> Entry:
    """The index entry of a record from its column values (a row, a mapping, a mapped object)."""
    get = values.get if hasattr(values, "get") else lambda key: getattr(values, key)
    return rowid(kind, get("id"), get("member_id") if kind == "person" else None), get("search_key") or ""


def is_token_char(char: str) -> bool:
    """Characters the n-gram tokenizer keeps (letters, digits, marks); the rest separate runs."""
    return unicodedata.category(char)[0] in "LNM" or unicodedata.category(char) == "Co"


# ASCII other than letters and digits always separates; other characters are looked at one by
# one (a Malayalam vowel sign joins, a Japanese 「」 separates), once per distinct word.
_ASCII_SEPARATORS = re.compile(r"[^0-9A-Za-z\u0080-\U0010FFFF]+")


# Bounded caches: the words names share (Industries, 株式会社, Kochi) stay; one-off words come and go.
@lru_cache(maxsize=20_000)
def _word_runs(word: str) -> tuple[str, ...]:
    if word.isascii():
        return (word,)
    found, current = [], []
    for char in word:
        if is_token_char(char):
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return tuple(found)


def runs(folded: str) -> list[str]:
    return [run for word in _ASCII_SEPARATORS.split(folded) if word for run in _word_runs(word)]


@lru_cache(maxsize=20_000)
def _run_grams(run: str) -> tuple[str, ...]:
    return (*run, *(run[i:i + 2] for i in range(len(run) - 1)))


def ngrams(folded: str) -> str:
    """Every character and every pair of neighbouring characters within a run, once each.

    In no particular order: with detail=none the index keeps no positions, so removing an entry
    needs the same tokens, not the same order."""
    return " ".join(set().union(*map(_run_grams, runs(folded))))


def is_supported(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def create_tables(connection: Connection) -> None:
    if not is_supported(connection):
        return
    connection.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TRIGRAM_TABLE} USING fts5("
                               "doc, tokenize='trigram', content='', detail='none')")
    connection.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {NGRAM_TABLE} USING fts5("
                               f"doc, tokenize=\"{NGRAM_TOKENIZER}\", content='', detail='none')")


@contextmanager
def bulk_loading(connection: Connection) -> Iterator[None]:
    """Around many entries written in one transaction (an import, a rebuild): FTS5 merges less
    eagerly, then as before. The setting is stored with the index, so it is set back before the
    transaction ends; on an error the rollback sets it back."""
    if not is_supported(connection):
        yield
        return
    previous = {table: connection.exec_driver_sql(f"SELECT v FROM {table}_config WHERE k = 'automerge'").scalar()
                for table in (TRIGRAM_TABLE, NGRAM_TABLE)}
    _set_automerge(connection, BULK_AUTOMERGE)
    yield
    for table, value in previous.items():
        _set_automerge(connection, DEFAULT_AUTOMERGE if value is None else int(value), table)


def _set_automerge(connection: Connection, value: int, *tables: str) -> None:
    for table in tables or (TRIGRAM_TABLE, NGRAM_TABLE):
        connection.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', {int(value)})")


def document_statements(documents: Iterable[Document], command: str | None = None) -> list[tuple[str, list[tuple]]]:
    """The two INSERTs (SQL, parameter rows) that index documents, or with ``command`` 'delete' take
    them out; documents without a key are left out."""
    documents = [d for d in documents if d[1]]
    statements = []
    for table, position in ((TRIGRAM_TABLE, 1), (NGRAM_TABLE, 2)):
        if command:
            sql = f"INSERT INTO {table}({table}, rowid, doc) VALUES ('{command}', ?, ?)"
        else:
            sql = f"INSERT INTO {table}(rowid, doc) VALUES (?, ?)"
        statements.append((sql, [(d[0], d[position]) for d in documents]))
    return statements


def _index(connection: Connection, documents: Iterable[Document], command: str | None = None) -> None:
    """Index documents whose n-grams are computed already (or take them out, see document_statements)."""
    if not is_supported(connection):
        return
    raw = connection.connection.driver_connection  # executemany straight to sqlite3: 10× faster
    for sql, values in document_statements(documents, command):
        if values:
            raw.executemany(sql, values)


def _write(connection: Connection, command: str | None, entries: Iterable[Entry]) -> None:
    if is_supported(connection):  # (n-grams are computed only where there is an index to put them in)
        _index(connection, [(rid, key, ngrams(key)) for rid, key in entries if key], command)


def add(connection: Connection, entries: Iterable[Entry]) -> None:
    """Index records whose ``search_key`` (and member) were just stored as given."""
    _write(connection, None, entries)


def remove(connection: Connection, entries: Iterable[Entry]) -> None:
    """Drop entries from the index; each carries the rowid and ``search_key`` that were indexed."""
    _write(connection, "delete", entries)


def replace(connection: Connection, old: Entry | None, new: Entry) -> None:
    if old == new:
        return
    if old is not None:
        remove(connection, [old])
    add(connection, [new])


def stored_entry(connection: Connection, kind: str, record_id: int) -> Entry | None:
    """The entry the index holds for a record: made from the row as stored (the invariant)."""
    columns = "id, search_key, member_id" if kind == "person" else "id, search_key"
    row = connection.execute(text(f"SELECT {columns} FROM {kind} WHERE id = :id"), {"id": record_id}).mappings().first()
    return entry(kind, row) if row is not None else None


def forget(connection: Connection, kind: str, record_ids: Iterable[int]) -> None:
    """Remove records from the index before plain SQL changes them (undo); ``refresh`` adds them back."""
    columns = "id, search_key, member_id" if kind == "person" else "id, search_key"
    ids = list(record_ids)
    for start in range(0, len(ids), 500):
        rows = connection.execute(text(f"SELECT {columns} FROM {kind} WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)), {"ids": ids[start:start + 500]}).mappings()
        remove(connection, [entry(kind, row) for row in rows])


def refresh(connection: Connection, kind: str, record_ids: Iterable[int]) -> None:
    """After ``forget`` and plain SQL: recompute the derived columns of the records and index them."""
    derive = DERIVED[kind]
    for record_id in sorted(set(record_ids)):
        row = connection.execute(text(f"SELECT * FROM {kind} WHERE id = :id"), {"id": record_id}).mappings().first()
        if row is None:
            continue
        derived = derive(row)
        if any(row[k] != v for k, v in derived.items()):
            assignments = ", ".join(f"{k} = :{k}" for k in derived)
            connection.execute(text(f"UPDATE {kind} SET {assignments} WHERE id = :id"), {**derived, "id": record_id})
        add(connection, [entry(kind, {**row, **derived})])


def rebuild(connection: Connection, progress: Progress | None = None) -> None:
    """Recompute every member's and person's keys and index them anew (upgrade, repair); a minute
    for 100,000 members, reported to ``progress`` as it goes.

    The keys of a large directory are computed in a worker process while this one writes, as an
    import's are (``exchange.derivation``): an upgrade of 100,000 members takes half the time."""
    if is_supported(connection):
        for table in (TRIGRAM_TABLE, NGRAM_TABLE):
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
    with bulk_loading(connection):
        _rebuild_entries(connection, progress)
    if is_supported(connection):  # one segment per index: searches afterwards read fewer pages
        if progress is not None:
            progress(COMPACTING_INDEX, 0, 0)
        for table in (TRIGRAM_TABLE, NGRAM_TABLE):
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def _rebuild_entries(connection: Connection, progress: Progress | None) -> None:
    from ..exchange.derivation import derived_keys  # (it uses this module: imported when needed)

    for kind in DERIVED:
        stage = {"member": MEMBER_KEYS, "person": PERSON_KEYS}[kind]
        total = connection.execute(text(f"SELECT count(*) FROM {kind}")).scalar_one()
        done = 0

        def batches(kind=kind):
            after = 0
            while rows := connection.execute(text(f"SELECT * FROM {kind} WHERE id > :after ORDER BY id "
                                                  f"LIMIT {BATCH}"), {"after": after}).mappings().all():
                after = rows[-1]["id"]
                values = [dict(row) for row in rows]
                yield (values, []) if kind == "member" else ([], values)

        with derived_keys(batches(), total) as computed:
            for (members, persons), (member_keys, person_keys) in computed:
                rows, keys = (members, member_keys) if kind == "member" else (persons, person_keys)
                connection.execute(text(f"UPDATE {kind} SET search_key = :search_key, sort_name = :sort_name, "
                                        "sort_local = :sort_local WHERE id = :record_id"),
                                   [{"search_key": key, "sort_name": sort_name, "sort_local": sort_local,
                                     "record_id": row["id"]} for row, (key, sort_name, sort_local, _g) in
                                    zip(rows, keys, strict=True)])
                _index(connection, [(entry(kind, row)[0], key, grams) for row, (key, _n, _l, grams) in
                                    zip(rows, keys, strict=True)])
                done += len(rows)
                if progress is not None:
                    progress(stage, done, total)
