"""The audit trail: one operation per service call, its entries enough to undo it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, UTCDateTime, enum_column, new_uid, utc_now
from ..enums import AuditAction


class AuditOperation(Base):
    __tablename__ = "audit_operation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(unique=True, default=new_uid)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, index=True)
    actor: Mapped[str]
    action: Mapped[str]  # the service's name, e.g. "member.update", "member.merge", "demo.load"
    summary: Mapped[str | None]
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("audit_operation.id"))

    entries: Mapped[list[AuditEntry]] = relationship(back_populates="operation", cascade="all, delete-orphan",
                                                     order_by="AuditEntry.id")


class AuditEntry(Base):
    """``field`` is None for whole-record entries (create/delete), whose values hold a JSON snapshot."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("audit_operation.id", ondelete="CASCADE"),
                                              index=True)
    action: Mapped[AuditAction] = enum_column(AuditAction)
    entity: Mapped[str]  # table name
    entity_id: Mapped[int]
    field: Mapped[str | None]
    old_value: Mapped[str | None]  # JSON
    new_value: Mapped[str | None]  # JSON

    operation: Mapped[AuditOperation] = relationship(back_populates="entries")
