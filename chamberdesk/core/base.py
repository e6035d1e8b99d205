"""Declarative base and the column conventions every record follows (DESIGN.md, Modelling decisions)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from enum import StrEnum

from sqlalchemy import Date, DateTime, Enum, MetaData, String, Time
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

# Stable constraint names: SQLite batch migrations need them to find a constraint again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: stored as naive UTC (SQLite has no zones), always returned aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def enum_column(enum_cls: type[StrEnum], **kwargs) -> Mapped:
    """A column holding an enumeration's string values, with a CHECK constraint."""
    return mapped_column(
        Enum(
            enum_cls,
            name=enum_cls.__name__.lower(),
            native_enum=False,
            create_constraint=True,
            length=max(len(m.value) for m in enum_cls),
            values_callable=lambda cls: [m.value for m in cls],
            validate_strings=True,
        ),
        **kwargs,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        str: String(),
        datetime: DateTime(),  # naive: a local wall time, read together with its zone column
        date: Date(),
        time: Time(),
    }


class Record:
    """Integer key, stable UUID for exchange and merges, version counter against lost updates."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, onupdate=utc_now)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


class Archivable:
    """Records others refer to are archived, never deleted."""

    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None
