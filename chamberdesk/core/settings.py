"""Organisation-wide settings, each declared once with its type, default and label.

They live in the database so every colleague on a shared database sees the same; per-user
interface preferences (window layout, UI language) are QSettings in the ui layer instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from .enums import AuditAction
from .errors import Problem, ValidationError
from .model import AuditEntry, SettingValue
from .services.audit_codec import encode
from .services.operation import operation


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str
    choices: tuple[str, ...] = ()

    def check(self, value: Any) -> str | None:
        if value is not None and not isinstance(value, self.type):
            return f"must be a {self.type.__name__}"
        if self.choices and value not in self.choices:
            return f"must be one of {', '.join(self.choices)}"
        return None


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("language_pair", str, "en,ja", "Default language pair of printed documents"),
    Setting("paper_size", str, "A4", "Paper size", choices=("A4", "Letter")),
    Setting("home_timezone", str, "Asia/Kolkata", "Time zone of the secretariat"),
    Setting("home_currency", str, "INR", "Currency of the accounts"),
    Setting("reimbursement_cap_minor", int, None,
            "Reimbursement cap per delegation under the funding scheme (minor units of the home currency)"),
    Setting("reimbursement_share_percent", int, None, "Share of eligible costs the scheme reimburses (%)"),
)}


def get_settings(session) -> dict[str, Any]:
    stored = {row.key: json.loads(row.value) for row in session.scalars(select(SettingValue))}
    return {key: stored.get(key, setting.default) for key, setting in SETTINGS.items()}


def update_settings(store, changes: dict[str, Any], *, actor: str | None = None) -> None:
    problems = []
    for key, value in changes.items():
        setting = SETTINGS.get(key)
        message = "is not a setting" if setting is None else setting.check(value)
        if message:
            problems.append(Problem(key, message))
    if problems:
        raise ValidationError(problems)
    with operation(store, "settings.update", actor=actor) as op:
        for key, value in changes.items():
            row = op.session.get(SettingValue, key)
            old = json.loads(row.value) if row else SETTINGS[key].default
            if old == value:
                continue
            if row is None:
                op.session.add(SettingValue(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
            # A setting has a text key, not an id: the entry names the key as its field.
            op.session.add(AuditEntry(operation_id=op.id, action=AuditAction.UPDATE, entity="setting",
                                      entity_id=0, field=key, old_value=encode(old), new_value=encode(value)))
