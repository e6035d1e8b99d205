"""Validation rules per record type, applied by the record services to the merged values."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .errors import InvalidValue, Problem
from .messages import refuse
from .model import Agreement, Delegation, Meeting, Member, Organisation, Person
from .validation import (check_count, check_country, check_currency, check_email, check_language,
                         check_membership_date, check_one_line, check_postal_code, check_required, check_text,
                         check_website, check_year, check_zone, collect, normalise_phone)

Values = Mapping[str, object]
Rule = Callable[[Values], list[Problem]]


def _phone_problems(values: Values, field: str, region: str | None) -> list[Problem]:
    raw = values.get(field)
    if not raw:
        return []
    try:
        normalise_phone(str(raw), region)
    except InvalidValue as exc:
        return [Problem.of(field, exc.refusal)]
    return []


# Fields of one line, and fields of text that may hold several (addresses, notes).
MEMBER_ONE_LINE = ("name", "name_local", "name_reading", "city", "city_local", "postal_code", "email",
                   "registration_no")
PERSON_ONE_LINE = ("family_name", "given_name", "family_name_local", "given_name_local", "family_name_reading",
                   "given_name_reading", "honorific", "title", "title_local", "email")
MEMBER_TEXT = ("address", "address_local", "strengths", "needs", "notes")
PERSON_TEXT = ("dietary", "emergency_contact_name", "notes")


def _text_problems(values: Values, one_line: tuple[str, ...], text: tuple[str, ...],
                   found: list[Problem]) -> list[Problem]:
    """Line breaks and tabs in one-line fields, other control characters in any, where the field
    was not already refused for something else."""
    refused = {p.field for p in found}
    return collect({f: check_one_line(values.get(f)) for f in one_line if f not in refused}
                   | {f: check_text(values.get(f)) for f in text if f not in refused})


def organisation_rules(v: Values) -> list[Problem]:
    problems = collect({"name": check_required(v.get("name")),
                        "country": check_required(v.get("country")) or check_country(v.get("country")),
                        "local_lang": check_language(v.get("local_lang")),
                        "email": check_email(v.get("email"))})
    return problems + _phone_problems(v, "phone", v.get("country"))


def member_rules(v: Values) -> list[Problem]:
    problems = collect({
        "name": check_required(v.get("name")),
        "country": check_required(v.get("country")) or check_country(v.get("country")),
        "local_lang": check_language(v.get("local_lang")),
        "employees": check_count(v.get("employees")),
        "founded_year": check_year(v.get("founded_year")),
        "dues_currency": check_currency(v.get("dues_currency")),
        "email": check_email(v.get("email")),
        "website": check_website(v.get("website")),
        "member_since": check_membership_date(v.get("member_since")),
        "member_until": check_membership_date(v.get("member_until")),
        "postal_code": check_postal_code(v.get("postal_code"), v.get("country")),
    })
    problems += _text_problems(v, MEMBER_ONE_LINE, MEMBER_TEXT, problems)
    problems += _phone_problems(v, "phone", v.get("country"))
    dues = v.get("dues_minor")
    if dues is not None and not v.get("dues_currency"):
        problems.append(Problem.of("dues_currency", refuse("dues_without_currency")))
    if dues is not None and dues < 0:  # the field a person types is the amount, not its minor units
        problems.append(Problem.of("dues_amount", refuse("negative_amount")))
    since, until = v.get("member_since"), v.get("member_until")
    if since and until and until < since:
        problems.append(Problem.of("member_until", refuse("until_before_since")))
    return problems


def person_rules(v: Values, *, region: str | None = None) -> list[Problem]:
    problems = collect({"family_name": check_required(v.get("family_name")),
                        "local_lang": check_language(v.get("local_lang")),
                        "preferred_lang": check_language(v.get("preferred_lang")),
                        "email": check_email(v.get("email"))})
    problems += _text_problems(v, PERSON_ONE_LINE, PERSON_TEXT, problems)
    problems += _phone_problems(v, "phone", region)
    problems += _phone_problems(v, "emergency_contact_phone", region)
    if v.get("member_id") and v.get("organisation_id"):
        problems.append(Problem.of("organisation_id", refuse("member_and_organisation")))
    return problems


def meeting_rules(v: Values) -> list[Problem]:
    problems = collect({"title": check_required(v.get("title")),
                        "tz": check_required(v.get("tz")) or check_zone(v.get("tz")),
                        "local_lang": check_language(v.get("local_lang")),
                        "partner_tz": check_zone(v.get("partner_tz")),
                        "starts_local": check_required(v.get("starts_local"))})
    starts, ends = v.get("starts_local"), v.get("ends_local")
    if starts and ends and ends < starts:
        problems.append(Problem.of("ends_local", refuse("ends_before_start")))
    return problems


def delegation_rules(v: Values) -> list[Problem]:
    problems = collect({
        "title": check_required(v.get("title")),
        "origin_country": check_required(v.get("origin_country")) or check_country(v.get("origin_country")),
        "host_country": check_required(v.get("host_country")) or check_country(v.get("host_country")),
        "local_lang": check_language(v.get("local_lang")),
        "starts_on": check_required(v.get("starts_on")),
        "ends_on": check_required(v.get("ends_on")),
        "fee_currency": check_currency(v.get("fee_currency")),
        "budget_currency": check_currency(v.get("budget_currency")),
    })
    starts, ends = v.get("starts_on"), v.get("ends_on")
    if starts and ends and ends < starts:
        problems.append(Problem.of("ends_on", refuse("ends_before_start")))
    capacity = v.get("capacity")
    if capacity is not None and capacity <= 0:
        problems.append(Problem.of("capacity", refuse("capacity_below_one")))
    return problems


def agreement_rules(v: Values) -> list[Problem]:
    problems = collect({"title": check_required(v.get("title")),
                        "local_lang": check_language(v.get("local_lang"))})
    start, until = v.get("valid_from"), v.get("valid_until")
    if start and until and until < start:
        problems.append(Problem.of("valid_until", refuse("until_before_effect")))
    return problems


RULES: dict[type, Rule] = {
    Organisation: organisation_rules,
    Member: member_rules,
    Person: person_rules,
    Meeting: meeting_rules,
    Delegation: delegation_rules,
    Agreement: agreement_rules,
}
