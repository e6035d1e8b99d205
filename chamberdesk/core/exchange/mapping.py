"""Which column of a partner's file feeds which field of ours; saved as JSON for the next import.

The default mapping is our own export layout (headers compared without case, spaces or
underscores), plus a few headers partners commonly use.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ServiceError
from .layout import COLUMNS

FORMAT = "chamberdesk-member-mapping"
VERSION = 1

# Headers seen in partners' files, normalised (see _normal) → our column.
SYNONYMS = {
    "company": "name", "companyname": "name", "firm": "name", "organisation": "name", "organization": "name",
    "会社名": "name_local", "企業名": "name_local", "社名": "name_local", "ふりがな": "name_reading",
    "フリガナ": "name_reading", "よみ": "name_reading", "読み": "name_reading", "localname": "name_local",
    "国": "country", "国名": "country", "countrycode": "country", "nation": "country",
    "e-mail": "email", "mail": "email", "emailaddress": "email", "メール": "email", "メールアドレス": "email",
    "tel": "phone", "telephone": "phone", "phoneno": "phone", "電話": "phone", "電話番号": "phone",
    "town": "city", "市区町村": "city_local", "住所": "address_local", "postcode": "postal_code",
    "zip": "postal_code", "zipcode": "postal_code", "郵便番号": "postal_code", "industry": "sector",
    "業種": "sector", "size": "size_class", "staff": "employees", "従業員数": "employees",
    "founded": "founded_year", "established": "founded_year", "設立": "founded_year", "設立年": "founded_year",
    "status": "membership_status", "web": "website", "url": "website", "ホームページ": "website",
    "contact": "contact_family_name", "contactperson": "contact_family_name", "lastname": "contact_family_name",
    "surname": "contact_family_name", "firstname": "contact_given_name", "担当者": "contact_family_name_local",
}


def _normal(header: str) -> str:
    return re.sub(r"[\s_.]+", "", header.strip().casefold())


@dataclass
class ColumnMapping:
    """Our column → the header of the file's column that feeds it (None: not in the file)."""

    columns: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def default_for(cls, header: list[str]) -> ColumnMapping:
        by_normal = {_normal(h): h for h in header if h}
        mapping: dict[str, str | None] = {}
        for column in COLUMNS:
            mapping[column] = by_normal.get(_normal(column))
        for normal, original in by_normal.items():
            target = SYNONYMS.get(normal)
            if target and mapping.get(target) is None and original not in mapping.values():
                mapping[target] = original
        return cls(mapping)

    def source_of(self, column: str) -> str | None:
        return self.columns.get(column)

    def unknown_headers(self, header: list[str]) -> list[str]:
        """Columns the mapping names that the file does not have."""
        present = set(header)
        return sorted(h for h in self.columns.values() if h and h not in present)

    def unused_headers(self, header: list[str]) -> list[str]:
        used = set(self.columns.values())
        return [h for h in header if h and h not in used]

    def save(self, path: Path) -> None:
        payload = {"format": FORMAT, "version": VERSION,
                   "columns": {k: v for k, v in self.columns.items() if v}}
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ColumnMapping:
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ServiceError(f"{path}: no such mapping file") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ServiceError(f"{path}: not a mapping file ({exc})") from None
        if not isinstance(payload, dict) or payload.get("format") != FORMAT or not isinstance(
                payload.get("columns"), dict):
            raise ServiceError(f"{path}: not a ChamberDesk member mapping (expected \"format\": \"{FORMAT}\")")
        unknown = sorted(set(payload["columns"]) - set(COLUMNS))
        if unknown:
            raise ServiceError(f"{path}: maps unknown fields {', '.join(unknown)} (known: {', '.join(COLUMNS)})")
        return cls({column: payload["columns"].get(column) for column in COLUMNS})
