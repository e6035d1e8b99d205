"""Attachments (signed MoUs, receipts, logos): copied into the data folder and named by SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
from pathlib import Path

from sqlalchemy import select

from ..errors import Problem, ValidationError
from ..model import Attachment
from .operation import operation


def add_attachment(store, source: Path, *, actor: str | None = None) -> str:
    """Copy the file in (once per content) and return its SHA-256."""
    if not source.is_file():
        raise ValidationError([Problem("file", f"{source} does not exist or is not a file")])
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    folder = store.attachments_dir
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / digest
    if not target.exists():
        partial = folder / f".{digest}.partial"
        shutil.copyfile(source, partial)
        partial.replace(target)
    with operation(store, "attachment.add", actor=actor, summary=source.name) as op:
        if op.session.scalar(select(Attachment.id).where(Attachment.sha256 == digest)) is None:
            op.create(Attachment(sha256=digest, original_name=source.name,
                                 media_type=mimetypes.guess_type(source.name)[0],
                                 size_bytes=target.stat().st_size))
    return digest
