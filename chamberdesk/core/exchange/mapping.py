"""Which column of a partner's file feeds which field of ours; saved as JSON for the next import.

The default mapping is our own export layout (headers compared without case, width, spaces or
underscores), plus headers partners commonly use, in English and Japanese. A file that names
companies only in a local script (会社名) feeds the Latin name from that column too: the import
romanises it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ServiceError
from ..messages import refuse
from .layout import COLUMNS

FORMAT = "chamberdesk-member-mapping"
VERSION = 1

# Headers seen in partners' files, normalised (see _normal) → our column. The Japanese include the
# Japanese interface's own field names, so a list typed after the screen is read as it means.
SYNONYMS = {
    "company": "name", "companyname": "name", "firm": "name", "organisation": "name", "organization": "name",
    "英文社名": "name", "会社名(英語)": "name", "会社名(英文)": "name", "名称(ローマ字)": "name",
    "会社名": "name_local", "企業名": "name_local", "社名": "name_local", "事業者名": "name_local",
    "名称(現地語)": "name_local", "localname": "name_local",
    "ふりがな": "name_reading", "フリガナ": "name_reading", "よみ": "name_reading", "読み": "name_reading",
    "よみがな": "name_reading", "会社名(カナ)": "name_reading", "会社名フリガナ": "name_reading",
    "国": "country", "国名": "country", "国・地域": "country", "countrycode": "country", "nation": "country",
    "e-mail": "email", "mail": "email", "emailaddress": "email", "メール": "email", "メールアドレス": "email",
    "eメール": "email", "電子メール": "email",
    "tel": "phone", "telephone": "phone", "phoneno": "phone", "電話": "phone", "電話番号": "phone",
    "代表電話": "phone",
    "town": "city", "都市": "city_local", "市区町村": "city_local", "住所": "address_local",
    "所在地": "address_local", "postcode": "postal_code", "zip": "postal_code", "zipcode": "postal_code",
    "郵便番号": "postal_code", "〒": "postal_code",
    "industry": "sector", "業種": "sector", "業界": "sector", "size": "size_class", "規模": "size_class",
    "企業規模": "size_class", "staff": "employees", "従業員数": "employees", "従業員": "employees",
    "社員数": "employees", "founded": "founded_year", "established": "founded_year", "設立": "founded_year",
    "設立年": "founded_year", "創業": "founded_year", "創業年": "founded_year",
    "法人番号": "registration_no",
    "status": "membership_status", "会員区分": "membership_status", "会員種別": "membership_status",
    "ステータス": "membership_status", "入会日": "member_since", "退会日": "member_until",
    "年会費": "dues_amount", "通貨": "dues_currency",
    "強み": "strengths", "ニーズ": "needs", "備考": "notes", "メモ": "notes",
    "web": "website", "url": "website", "hp": "website", "ホームページ": "website", "ウェブサイト": "website",
    "contact": "contact_family_name", "contactperson": "contact_family_name", "lastname": "contact_family_name",
    "surname": "contact_family_name", "firstname": "contact_given_name",
    "担当者": "contact_family_name_local", "担当者名": "contact_family_name_local",
    "担当者役職": "contact_title_local", "役職": "contact_title_local",
    "担当者メール": "contact_email", "担当者メールアドレス": "contact_email",
    "担当者電話": "contact_phone", "担当者電話番号": "contact_phone",
}


def _normal(header: str) -> str:
    return re.sub(r"[\s_.]+", "", unicodedata.normalize("NFKC", header).strip().casefold())


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
        if mapping.get("name") is None:
            mapping["name"] = mapping.get("name_local")
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
            raise ServiceError(refuse("no_mapping_file", path=str(path))) from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ServiceError(refuse("not_mapping_json", path=str(path), reason=str(exc))) from None
        if not isinstance(payload, dict) or payload.get("format") != FORMAT or not isinstance(
                payload.get("columns"), dict):
            raise ServiceError(refuse("not_member_mapping", path=str(path), format=FORMAT))
        unknown = sorted(set(payload["columns"]) - set(COLUMNS))
        if unknown:
            raise ServiceError(refuse("mapping_unknown_fields", path=str(path), fields=", ".join(unknown),
                                      known=", ".join(COLUMNS)))
        return cls({column: payload["columns"].get(column) for column in COLUMNS})
