"""A search as typed, folded into words; the SQL that finds the members and persons matching it.

Every word must occur in the record's ``search_key`` (folded: width, case, kana, accents). Words
of three characters or more are looked up in the trigram index, shorter ones in the n-gram
index; the candidates of all words are intersected, and words the index cannot answer exactly
(longer than a trigram, or holding punctuation) are then checked against ``search_key``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, literal_column, select, text, true
from sqlalchemy.orm import InstrumentedAttribute

from ..text import fold
from .index import KINDS, NGRAM_TABLE, TRIGRAM_TABLE, is_token_char


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


@dataclass(frozen=True)
class SearchQuery:
    words: tuple[str, ...]

    @classmethod
    def parse(cls, typed: str | None) -> SearchQuery | None:
        words = tuple(dict.fromkeys(fold(typed).split()))
        return cls(words) if words else None

    def matches(self, key: str | None) -> bool:
        """The same test as the SQL, in Python: for showing which persons of a member matched."""
        return bool(key) and all(word in key for word in self.words)

    # -- SQL ------------------------------------------------------------------------------------

    def _index_terms(self) -> list[tuple[str, str]]:
        """(table, MATCH expression) per word the indexes can narrow down."""
        terms = []
        for word in self.words:
            if len(word) >= 3:
                step = range(0, len(word) - 2, 3)  # every third trigram covers the word; the check does the rest
                grams = {word[i:i + 3] for i in step} | {word[-3:]}
                terms.append((TRIGRAM_TABLE, " AND ".join(_quoted(g) for g in sorted(grams))))
            elif all(is_token_char(c) for c in word):
                terms.append((NGRAM_TABLE, _quoted(word)))
        return terms

    def _needs_check(self, word: str) -> bool:
        return len(word) > 3 or (len(word) < 3 and not all(is_token_char(c) for c in word))

    def hit_ids(self, kind: str, model, *, use_index: bool) -> Select:
        """Ids of records of ``kind`` (member/person) whose own search key matches."""
        key_column: InstrumentedAttribute = model.search_key
        checks = [key_column.contains(word, autoescape=True) for word in self.words if self._needs_check(word)]
        terms = self._index_terms() if use_index else []
        if not terms:  # not SQLite, or only punctuation typed: scan the keys
            return select(model.id).where(and_(true(), *[key_column.contains(w, autoescape=True) for w in self.words]))
        params = {f"{kind}_term{n}": expression for n, (_table, expression) in enumerate(terms)}
        parts = [f"SELECT rowid FROM {table} WHERE {table} MATCH :{kind}_term{n}" for n, (table, _e) in enumerate(terms)]
        candidates = text(f"SELECT rowid >> 1 AS id FROM ({' INTERSECT '.join(parts)}) WHERE rowid & 1 = {KINDS[kind]}"
                          ).bindparams(**params).columns(literal_column("id")).subquery()
        query = select(model.id).where(model.id.in_(select(candidates.c.id)))
        return query.where(*checks) if checks else query


def member_clause(query: SearchQuery, member, person, *, use_index: bool) -> ColumnElement[bool]:
    """Members matching themselves, or through one of their persons (members and persons together)."""
    direct = query.hit_ids("member", member, use_index=use_index)
    persons = query.hit_ids("person", person, use_index=use_index).subquery()
    through_persons = select(person.member_id).where(person.id.in_(select(persons.c.id)),
                                                     person.member_id.is_not(None))
    return member.id.in_(direct.union(through_persons))
