"""Directory search: folded documents per member and person, their n-gram indexes, and queries.

Members and persons share two SQLite FTS5 indexes whose rowid encodes the kind (``index.rowid``):
a trigram index answers words of three characters or more, and a unigram/bigram index answers
the one- and two-character words a trigram index cannot (黒瀬, 林, タイ). Both index the record's
``search_key`` column, which is the source of truth: the index always holds the tokens of the
stored key, so replacing it only needs the old key from that column.
"""

from .query import SearchQuery

__all__ = ["SearchQuery"]
