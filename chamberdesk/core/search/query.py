"""A search as typed, folded into words; the SQL that finds the members and persons matching it.

Every word must occur in the record's ``search_key`` (folded: width, case, kana, accents). Words
of three characters or more are looked up in the trigram index, shorter ones in the n-gram
index; the candidates of all words are intersected, and words the index cannot answer exactly
(longer than a trigram, or holding punctuation) are then checked against ``search_key``.
The rowid of an index entry names its member (``index.rowid``), so for the words the index
answers exactly, members found through their persons need no read of the person table.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, literal_column, select, text, true

from ..text import search_words
from .index import MEMBER_SHIFT, NGRAM_TABLE, PERSON_MASK, TRIGRAM_TABLE, is_token_char


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


@dataclass(frozen=True)
class SearchQuery:
    words: tuple[str, ...]

    @classmethod
    def parse(cls, typed: str | None) -> SearchQuery | None:
        words = tuple(dict.fromkeys(search_words(typed)))
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

    def _checked_words(self) -> list[str]:
        return [w for w in self.words if len(w) > 3 or (len(w) < 3 and not all(is_token_char(c) for c in w))]

    def _entries(self, name: str, select_list: str, condition: str):
        """A text subquery over the index entries all words hit: ``select_list`` of those meeting ``condition``."""
        terms = self._index_terms()
        params = {f"{name}{n}": expression for n, (_table, expression) in enumerate(terms)}
        parts = [f"SELECT rowid FROM {table} WHERE {table} MATCH :{name}{n}" for n, (table, _e) in enumerate(terms)]
        sql = f"SELECT {select_list} AS id FROM ({' INTERSECT '.join(parts)}) WHERE {condition}"
        return text(sql).bindparams(**params).columns(literal_column("id")).subquery(name)

    def _scan(self, model) -> Select:
        """Without an index (another database, or only punctuation typed): every key is read."""
        return select(model.id).where(and_(true(), *[model.search_key.contains(w, autoescape=True)
                                                     for w in self.words]))

    def _checks(self, model) -> list:
        return [model.search_key.contains(w, autoescape=True) for w in self._checked_words()]

    def person_ids(self, person, *, use_index: bool) -> Select:
        if not (use_index and self._index_terms()):
            return self._scan(person)
        hits = self._entries("persons", f"(rowid >> 1) & {PERSON_MASK}", "rowid & 1 = 1")
        checks = self._checks(person)
        if not checks:
            return select(hits.c.id)
        return select(person.id).where(person.id.in_(select(hits.c.id)), *checks)

    def member_ids(self, member, person, *, use_index: bool) -> Select:
        """Ids of members matching themselves or through one of their persons (may repeat an id)."""
        if not (use_index and self._index_terms()):
            through = select(person.member_id).where(person.id.in_(self._scan(person)), person.member_id.is_not(None))
            return self._scan(member).union(through)
        if not self._checked_words():
            hits = self._entries("members", f"rowid >> {MEMBER_SHIFT}", f"rowid >> {MEMBER_SHIFT} > 0")
            return select(hits.c.id)
        own = self._entries("own", f"rowid >> {MEMBER_SHIFT}", "rowid & 1 = 0")
        theirs = self._entries("theirs", f"(rowid >> 1) & {PERSON_MASK}", f"rowid & 1 = 1 AND rowid >> {MEMBER_SHIFT} > 0")
        direct = select(member.id).where(member.id.in_(select(own.c.id)), *self._checks(member))
        through = select(person.member_id).where(person.id.in_(select(theirs.c.id)), *self._checks(person))
        return direct.union_all(through)


def member_clause(query: SearchQuery, member, person, *, use_index: bool):
    """Members matching themselves, or through one of their persons (members and persons together)."""
    return member.id.in_(query.member_ids(member, person, use_index=use_index))
