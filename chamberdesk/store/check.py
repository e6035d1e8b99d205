"""``chamberdesk check``: integrity, references, schema version and attachments."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text

from ..core.model import Agreement, Attachment, Expense, Organisation
from .schema_version import HEAD_REVISION, stored_revision


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_store(store) -> CheckReport:
    report = CheckReport()
    revision = stored_revision(store.engine)
    with store.engine.connect() as connection:
        if revision != HEAD_REVISION:
            report.errors.append(f"Schema is at revision {revision}, this version expects {HEAD_REVISION}.")
        else:
            report.facts.append(f"Schema revision {revision} (current).")
        if store.is_sqlite:
            integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
            if integrity != ["ok"]:
                report.errors.extend(f"SQLite integrity: {line}" for line in integrity)
            else:
                report.facts.append("SQLite integrity check: ok.")
            broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            for table, rowid, parent, _ in broken:
                report.errors.append(f"Table {table} row {rowid} refers to a missing {parent}.")
            if not broken:
                report.facts.append("References (foreign keys): ok.")
    _check_attachments(store, report)
    return report


def _check_attachments(store, report: CheckReport) -> None:
    folder = store.attachments_dir
    with store.read() as session:
        known = {a.sha256: a.original_name for a in session.scalars(select(Attachment))}
        used = set(session.scalars(select(Agreement.document_sha256).where(Agreement.document_sha256.is_not(None))))
        used |= set(session.scalars(select(Expense.receipt_sha256).where(Expense.receipt_sha256.is_not(None))))
        used |= set(session.scalars(select(Organisation.logo_sha256).where(Organisation.logo_sha256.is_not(None))))
    for sha, name in sorted(known.items()):
        path = folder / sha
        if not path.is_file():
            report.errors.append(f"Attachment '{name}' ({sha[:12]}…) is missing from {folder}.")
        elif sha256_of(path) != sha:
            report.errors.append(f"Attachment '{name}' ({sha[:12]}…) is damaged: its content changed.")
    for sha in sorted(known.keys() - used):
        report.warnings.append(f"Attachment '{known[sha]}' is not used by any record.")
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.name not in known:
                report.warnings.append(f"File {path.name} in {folder} is not a known attachment.")
    report.facts.append(f"Attachments checked: {len(known)}.")
