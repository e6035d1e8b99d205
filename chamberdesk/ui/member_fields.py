"""Readable, translatable names of the member file's columns (``core.exchange.layout``), for the
column mapping and for messages that name a field."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.exchange.layout import CONTACT_PREFIX

FIELD_LABELS = {
    "uid": QT_TRANSLATE_NOOP("MemberFields", "ChamberDesk uid"),
    "name": QT_TRANSLATE_NOOP("MemberFields", "Name (Latin)"),
    "name_local": QT_TRANSLATE_NOOP("MemberFields", "Name (local script)"),
    "local_lang": QT_TRANSLATE_NOOP("MemberFields", "Language of the local name"),
    "name_reading": QT_TRANSLATE_NOOP("MemberFields", "Reading (kana)"),
    "country": QT_TRANSLATE_NOOP("MemberFields", "Country"),
    "city": QT_TRANSLATE_NOOP("MemberFields", "City"),
    "city_local": QT_TRANSLATE_NOOP("MemberFields", "City (local script)"),
    "address": QT_TRANSLATE_NOOP("MemberFields", "Address"),
    "address_local": QT_TRANSLATE_NOOP("MemberFields", "Address (local script)"),
    "postal_code": QT_TRANSLATE_NOOP("MemberFields", "Postal code"),
    "email": QT_TRANSLATE_NOOP("MemberFields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("MemberFields", "Phone"),
    "website": QT_TRANSLATE_NOOP("MemberFields", "Website"),
    "sector": QT_TRANSLATE_NOOP("MemberFields", "Sector"),
    "size_class": QT_TRANSLATE_NOOP("MemberFields", "Size"),
    "employees": QT_TRANSLATE_NOOP("MemberFields", "Employees"),
    "founded_year": QT_TRANSLATE_NOOP("MemberFields", "Founded (year)"),
    "registration_no": QT_TRANSLATE_NOOP("MemberFields", "Registration number"),
    "membership_status": QT_TRANSLATE_NOOP("MemberFields", "Membership status"),
    "member_since": QT_TRANSLATE_NOOP("MemberFields", "Member since"),
    "member_until": QT_TRANSLATE_NOOP("MemberFields", "Member until"),
    "dues_amount": QT_TRANSLATE_NOOP("MemberFields", "Yearly dues"),
    "dues_currency": QT_TRANSLATE_NOOP("MemberFields", "Dues currency"),
    "strengths": QT_TRANSLATE_NOOP("MemberFields", "Strengths"),
    "needs": QT_TRANSLATE_NOOP("MemberFields", "Needs"),
    "notes": QT_TRANSLATE_NOOP("MemberFields", "Notes"),
    "strength_tags": QT_TRANSLATE_NOOP("MemberFields", "Strength tags"),
    "need_tags": QT_TRANSLATE_NOOP("MemberFields", "Need tags"),
    "tags": QT_TRANSLATE_NOOP("MemberFields", "Other tags"),
    "family_name": QT_TRANSLATE_NOOP("MemberFields", "family name (Latin)"),
    "given_name": QT_TRANSLATE_NOOP("MemberFields", "given name (Latin)"),
    "family_name_local": QT_TRANSLATE_NOOP("MemberFields", "family name (local script)"),
    "given_name_local": QT_TRANSLATE_NOOP("MemberFields", "given name (local script)"),
    "family_name_reading": QT_TRANSLATE_NOOP("MemberFields", "family name reading"),
    "given_name_reading": QT_TRANSLATE_NOOP("MemberFields", "given name reading"),
    "name_order": QT_TRANSLATE_NOOP("MemberFields", "name order"),
    "honorific": QT_TRANSLATE_NOOP("MemberFields", "honorific"),
    "title": QT_TRANSLATE_NOOP("MemberFields", "job title"),
    "title_local": QT_TRANSLATE_NOOP("MemberFields", "job title (local script)"),
    "preferred_lang": QT_TRANSLATE_NOOP("MemberFields", "preferred language"),
    "dietary": QT_TRANSLATE_NOOP("MemberFields", "dietary needs"),
    "contact": QT_TRANSLATE_NOOP("MemberFields", "Contact: {field}"),
}
# Contact columns reuse the member's words where they are the same field (e-mail, phone, language).
_CONTACT_WORDS = {"email": "E-mail", "phone": "Phone", "local_lang": "Language of the local name"}


def field_label(column: str) -> str:
    """'contact_email' → 'Contact: E-mail'; an unknown key is shown as it is."""
    def translate(key: str) -> str:
        return QCoreApplication.translate("MemberFields", FIELD_LABELS[key]) if key in FIELD_LABELS else key

    if column.startswith(CONTACT_PREFIX):
        field = column.removeprefix(CONTACT_PREFIX)
        word = QCoreApplication.translate("MemberFields", _CONTACT_WORDS[field]) if field in _CONTACT_WORDS \
            else translate(field)
        return translate("contact").format(field=word)
    return translate(column)
