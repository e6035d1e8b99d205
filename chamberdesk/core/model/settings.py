"""Organisation-wide settings and attachments kept in the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Record, UTCDateTime, utc_now


class SettingValue(Base):
    """One organisation-wide setting as JSON; declared with type and default in core.settings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]  # JSON


class Attachment(Record, Base):
    """A file copied into the data directory's attachments/ folder, named by its SHA-256."""

    __tablename__ = "attachment"

    sha256: Mapped[str] = mapped_column(unique=True)
    original_name: Mapped[str]
    media_type: Mapped[str | None]
    size_bytes: Mapped[int]
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
