"""Translatable titles for list columns and for the values of closed vocabularies.

Module-level strings are marked with QT_TRANSLATE_NOOP and translated when shown, so a
language installed at start-up applies to them too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

COLUMN_TITLES = {
    "name": QT_TRANSLATE_NOOP("Columns", "Name"),
    "name_local": QT_TRANSLATE_NOOP("Columns", "Name (local script)"),
    "title": QT_TRANSLATE_NOOP("Columns", "Title"),
    "title_local": QT_TRANSLATE_NOOP("Columns", "Title (local script)"),
    "short_name": QT_TRANSLATE_NOOP("Columns", "Short name"),
    "country": QT_TRANSLATE_NOOP("Columns", "Country"),
    "city": QT_TRANSLATE_NOOP("Columns", "City"),
    "sector": QT_TRANSLATE_NOOP("Columns", "Sector"),
    "size_class": QT_TRANSLATE_NOOP("Columns", "Size"),
    "membership_status": QT_TRANSLATE_NOOP("Columns", "Membership"),
    "affiliation": QT_TRANSLATE_NOOP("Columns", "Member or organisation"),
    "email": QT_TRANSLATE_NOOP("Columns", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Columns", "Phone"),
    "kind": QT_TRANSLATE_NOOP("Columns", "Kind"),
    "starts_on": QT_TRANSLATE_NOOP("Columns", "Starts"),
    "ends_on": QT_TRANSLATE_NOOP("Columns", "Ends"),
    "origin_country": QT_TRANSLATE_NOOP("Columns", "From"),
    "host_country": QT_TRANSLATE_NOOP("Columns", "To"),
    "state": QT_TRANSLATE_NOOP("Columns", "State"),
    "participants": QT_TRANSLATE_NOOP("Columns", "Participants"),
    "starts": QT_TRANSLATE_NOOP("Columns", "Starts"),
    "tz": QT_TRANSLATE_NOOP("Columns", "Time zone"),
    "venue": QT_TRANSLATE_NOOP("Columns", "Venue"),
    "status": QT_TRANSLATE_NOOP("Columns", "Status"),
    "parties": QT_TRANSLATE_NOOP("Columns", "Parties"),
    "signed_on": QT_TRANSLATE_NOOP("Columns", "Signed"),
    "valid_until": QT_TRANSLATE_NOOP("Columns", "Valid until"),
    "contacts": QT_TRANSLATE_NOOP("Columns", "Contact persons"),
}

# Vocabulary name → {stored value → English label}; the vocabulary name is the translation context.
VOCABULARIES = {
    "membership_status": {
        "prospect": QT_TRANSLATE_NOOP("membership_status", "Prospect"),
        "active": QT_TRANSLATE_NOOP("membership_status", "Active"),
        "lapsed": QT_TRANSLATE_NOOP("membership_status", "Lapsed"),
        "resigned": QT_TRANSLATE_NOOP("membership_status", "Resigned"),
        "honorary": QT_TRANSLATE_NOOP("membership_status", "Honorary"),
    },
    "size_class": {
        "micro": QT_TRANSLATE_NOOP("size_class", "Micro"),
        "small": QT_TRANSLATE_NOOP("size_class", "Small"),
        "medium": QT_TRANSLATE_NOOP("size_class", "Medium"),
        "large": QT_TRANSLATE_NOOP("size_class", "Large"),
    },
    "name_order": {
        "given_first": QT_TRANSLATE_NOOP("name_order", "Given name first (Anoop Menon)"),
        "family_first": QT_TRANSLATE_NOOP("name_order", "Family name first (Kurose Naohiro)"),
    },
    "organisation_kind": {
        "chamber": QT_TRANSLATE_NOOP("organisation_kind", "Chamber"),
        "agency": QT_TRANSLATE_NOOP("organisation_kind", "Agency"),
        "ministry": QT_TRANSLATE_NOOP("organisation_kind", "Ministry"),
        "association": QT_TRANSLATE_NOOP("organisation_kind", "Association"),
        "centre": QT_TRANSLATE_NOOP("organisation_kind", "Centre"),
        "other": QT_TRANSLATE_NOOP("organisation_kind", "Other"),
    },
    "delegation_state": {
        "preparing": QT_TRANSLATE_NOOP("delegation_state", "Preparing"),
        "under_way": QT_TRANSLATE_NOOP("delegation_state", "Under way"),
        "past": QT_TRANSLATE_NOOP("delegation_state", "Past"),
        "cancelled": QT_TRANSLATE_NOOP("delegation_state", "Cancelled"),
    },
    "delegation_kind": {
        "study_tour": QT_TRANSLATE_NOOP("delegation_kind", "Study tour"),
        "trade_mission": QT_TRANSLATE_NOOP("delegation_kind", "Trade mission"),
        "mutual_visit": QT_TRANSLATE_NOOP("delegation_kind", "Mutual visit"),
        "trade_fair": QT_TRANSLATE_NOOP("delegation_kind", "Trade fair"),
    },
    "meeting_kind": {
        "regular": QT_TRANSLATE_NOOP("meeting_kind", "Regular meeting"),
        "seminar": QT_TRANSLATE_NOOP("meeting_kind", "Seminar"),
        "buyer_seller": QT_TRANSLATE_NOOP("meeting_kind", "Buyer–seller meet"),
        "board": QT_TRANSLATE_NOOP("meeting_kind", "Board meeting"),
        "other": QT_TRANSLATE_NOOP("meeting_kind", "Other"),
    },
    "meeting_status": {
        "planned": QT_TRANSLATE_NOOP("meeting_status", "Planned"),
        "held": QT_TRANSLATE_NOOP("meeting_status", "Held"),
        "cancelled": QT_TRANSLATE_NOOP("meeting_status", "Cancelled"),
    },
    "agreement_state": {
        "draft": QT_TRANSLATE_NOOP("agreement_state", "Draft"),
        "not_yet_in_force": QT_TRANSLATE_NOOP("agreement_state", "Not yet in force"),
        "in_force": QT_TRANSLATE_NOOP("agreement_state", "In force"),
        "renewal_due": QT_TRANSLATE_NOOP("agreement_state", "Renewal due"),
        "expired": QT_TRANSLATE_NOOP("agreement_state", "Expired"),
        "terminated": QT_TRANSLATE_NOOP("agreement_state", "Terminated"),
    },
    "occurrence_status": {
        "met": QT_TRANSLATE_NOOP("occurrence_status", "Met"),
        "upcoming": QT_TRANSLATE_NOOP("occurrence_status", "Upcoming"),
        "due": QT_TRANSLATE_NOOP("occurrence_status", "Due"),
        "overdue": QT_TRANSLATE_NOOP("occurrence_status", "Overdue"),
    },
}

# (list kind, column) → the vocabulary its values come from.
COLUMN_VOCABULARIES = {
    ("members", "membership_status"): "membership_status",
    ("members", "size_class"): "size_class",
    ("organisations", "kind"): "organisation_kind",
    ("delegations", "state"): "delegation_state",
    ("meetings", "kind"): "meeting_kind",
    ("meetings", "status"): "meeting_status",
    ("agreements", "state"): "agreement_state",
}

COUNTRY_COLUMNS = frozenset({"country", "origin_country", "host_country"})
NUMERIC_COLUMNS = frozenset({"participants"})  # right-aligned, header too


def column_title(key: str) -> str:
    return QCoreApplication.translate("Columns", COLUMN_TITLES[key]) if key in COLUMN_TITLES else key


def value_label(vocabulary: str, value: object) -> str:
    """The translated label of a stored value; an unknown value is shown as stored."""
    if value is None:
        return ""
    english = VOCABULARIES.get(vocabulary, {}).get(str(value))
    return QCoreApplication.translate(vocabulary, english) if english else str(value)
