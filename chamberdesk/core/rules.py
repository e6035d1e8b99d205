"""Validation rules per record type, applied by the record services to the merged values."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .errors import Problem
from .model import Agreement, Delegation, Meeting, Member, Organisation, Person
from .validation import (check_count, check_country, check_currency, check_email, check_required,
                         check_year, check_zone, collect, normalise_phone)

Values = Mapping[str, object]
Rule = Callable[[Values], list[Problem]]


def _phone_problems(values: Values, field: str, region: str | None) -> list[Problem]:
    raw = values.get(field)
    if not raw:
        return []
    try:
        normalise_phone(str(raw), region)
    except ValueError as exc:
        return [Problem(field, str(exc))]
    return []


def organisation_rules(v: Values) -> list[Problem]:
    problems = collect({"name": check_required(v.get("name")),
                        "country": check_required(v.get("country")) or check_country(v.get("country")),
                        "email": check_email(v.get("email"))})
    return problems + _phone_problems(v, "phone", v.get("country"))


def member_rules(v: Values) -> list[Problem]:
    problems = collect({
        "name": check_required(v.get("name")),
        "country": check_required(v.get("country")) or check_country(v.get("country")),
        "employees": check_count(v.get("employees")),
        "founded_year": check_year(v.get("founded_year")),
        "dues_currency": check_currency(v.get("dues_currency")),
        "email": check_email(v.get("email")),
    })
    problems += _phone_problems(v, "phone", v.get("country"))
    if v.get("dues_minor") is not None and not v.get("dues_currency"):
        problems.append(Problem("dues_currency", "is required when dues are given"))
    since, until = v.get("member_since"), v.get("member_until")
    if since and until and until < since:
        problems.append(Problem("member_until", "is before the membership start"))
    return problems


def person_rules(v: Values, *, region: str | None = None) -> list[Problem]:
    problems = collect({"family_name": check_required(v.get("family_name")),
                        "email": check_email(v.get("email"))})
    problems += _phone_problems(v, "phone", region)
    problems += _phone_problems(v, "emergency_contact_phone", region)
    if v.get("member_id") and v.get("organisation_id"):
        problems.append(Problem("organisation_id", "a person belongs to a member or an organisation, not both"))
    return problems


def meeting_rules(v: Values) -> list[Problem]:
    problems = collect({"title": check_required(v.get("title")),
                        "tz": check_required(v.get("tz")) or check_zone(v.get("tz")),
                        "partner_tz": check_zone(v.get("partner_tz")),
                        "starts_local": check_required(v.get("starts_local"))})
    starts, ends = v.get("starts_local"), v.get("ends_local")
    if starts and ends and ends < starts:
        problems.append(Problem("ends_local", "ends before it starts"))
    return problems


def delegation_rules(v: Values) -> list[Problem]:
    problems = collect({
        "title": check_required(v.get("title")),
        "origin_country": check_required(v.get("origin_country")) or check_country(v.get("origin_country")),
        "host_country": check_required(v.get("host_country")) or check_country(v.get("host_country")),
        "starts_on": check_required(v.get("starts_on")),
        "ends_on": check_required(v.get("ends_on")),
        "fee_currency": check_currency(v.get("fee_currency")),
        "budget_currency": check_currency(v.get("budget_currency")),
    })
    starts, ends = v.get("starts_on"), v.get("ends_on")
    if starts and ends and ends < starts:
        problems.append(Problem("ends_on", "ends before it starts"))
    capacity = v.get("capacity")
    if capacity is not None and capacity <= 0:
        problems.append(Problem("capacity", "must be at least 1"))
    return problems


def agreement_rules(v: Values) -> list[Problem]:
    problems = collect({"title": check_required(v.get("title"))})
    start, until = v.get("valid_from"), v.get("valid_until")
    if start and until and until < start:
        problems.append(Problem("valid_until", "is before the agreement takes effect"))
    return problems


RULES: dict[type, Rule] = {
    Organisation: organisation_rules,
    Member: member_rules,
    Person: person_rules,
    Meeting: meeting_rules,
    Delegation: delegation_rules,
    Agreement: agreement_rules,
}
