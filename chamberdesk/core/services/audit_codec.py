"""Column values to and from the JSON text kept in audit entries."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from enum import Enum

from sqlalchemy import Column
from sqlalchemy import types as sqltypes

from ..base import UTCDateTime


def encode(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        value = value.value
    elif isinstance(value, bytes):  # collation keys: hex keeps them exact in JSON
        value = value.hex()
    elif isinstance(value, datetime):
        value = value.isoformat()
    elif isinstance(value, date | time):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def decode(column: Column, text: str | None) -> object:
    if text is None:
        return None
    value = json.loads(text)
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, sqltypes.LargeBinary):
        return bytes.fromhex(value)
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value).astimezone(UTC)
    if isinstance(column_type, sqltypes.DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, sqltypes.Date):
        return date.fromisoformat(value)
    if isinstance(column_type, sqltypes.Time):
        return time.fromisoformat(value)
    if isinstance(column_type, sqltypes.Enum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    return value


def snapshot(record) -> str:
    """All column values of a mapped record, as one JSON object."""
    return snapshot_of_values(record.__table__, {c.key: getattr(record, c.key) for c in record.__table__.columns})


def _plain(value: object) -> object:
    """A column value as the JSON value ``encode`` writes for it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def snapshot_of_values(table, values: dict[str, object]) -> str:
    """The same JSON object from plain column values (rows written by bulk inserts); columns
    without a value are left out (``restore_values`` reads them as null)."""
    return json.dumps({c.key: _plain(value) for c in table.columns if (value := values.get(c.key)) is not None},
                      ensure_ascii=False)


def restore_values(table, text: str) -> dict[str, object]:
    raw = json.loads(text)
    return {c.key: decode(c, json.dumps(raw.get(c.key), ensure_ascii=False)) for c in table.columns}
