"""The member file layout: documented, fixed English column headers (DESIGN.md, Files).

One row per member; its primary contact flattened into ``contact_*`` columns (its other persons
are not in it: the export counts them, and a vCard export keeps them); tags of each kind joined
with ';'. ``export members`` writes exactly these columns in this order and ``import members``
reads them without a mapping. In CSV, text a spreadsheet would run as a formula follows an
apostrophe (``formula_text``). Passport data is never part of it.

| column | meaning |
|---|---|
| uid | the member's stable id (keeps identity across databases; empty for new members) |
| name, name_local, local_lang, name_reading | Latin name, local-script name, its language (ja, hi, ml, th …), kana reading |
| country | ISO 3166 two-letter code (an English country name is accepted on import) |
| city, city_local, address, address_local, postal_code | where it is |
| email, phone, website | the company's general contact (phone stored as E.164) |
| sector, size_class, employees, founded_year, registration_no | what it is (size: micro, small, medium, large) |
| membership_status, member_since, member_until | prospect, active, lapsed, resigned, honorary; ISO dates |
| dues_amount, dues_currency | yearly dues in the currency's normal unit (12000, 150.50) and ISO 4217 code |
| strengths, needs, notes | free text |
| strength_tags, need_tags, tags | tags joined with ';' |
| contact_* | the primary contact person (names in both scripts, readings, name order, title, e-mail, phone …) |
"""

from __future__ import annotations

MEMBER_COLUMNS = (
    "uid", "name", "name_local", "local_lang", "name_reading", "country", "city", "city_local", "address",
    "address_local", "postal_code", "email", "phone", "website", "sector", "size_class", "employees",
    "founded_year", "registration_no", "membership_status", "member_since", "member_until", "dues_amount",
    "dues_currency", "strengths", "needs", "notes",
)
TAG_COLUMNS = {"strength_tags": "strength", "need_tags": "need", "tags": "general"}
CONTACT_FIELDS = (
    "family_name", "given_name", "family_name_local", "given_name_local", "family_name_reading",
    "given_name_reading", "local_lang", "name_order", "honorific", "title", "title_local", "email", "phone",
    "preferred_lang", "dietary",
)
CONTACT_PREFIX = "contact_"
CONTACT_COLUMNS = tuple(CONTACT_PREFIX + name for name in CONTACT_FIELDS)
COLUMNS = MEMBER_COLUMNS + tuple(TAG_COLUMNS) + CONTACT_COLUMNS
TAG_SEPARATOR = ";"
REQUIRED_COLUMNS = ("name", "country")
