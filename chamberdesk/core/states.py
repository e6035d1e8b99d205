"""States that follow from dates, computed rather than stored."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from .enums import AgreementStatus, DelegationStatus
from .model import Agreement, Delegation


class AgreementState(StrEnum):
    DRAFT = "draft"
    NOT_YET_IN_FORCE = "not_yet_in_force"
    IN_FORCE = "in_force"
    RENEWAL_DUE = "renewal_due"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class DelegationState(StrEnum):
    PREPARING = "preparing"
    UNDER_WAY = "under_way"
    PAST = "past"
    CANCELLED = "cancelled"


def agreement_state(agreement: Agreement, today: date) -> AgreementState:
    if agreement.status is AgreementStatus.DRAFT:
        return AgreementState.DRAFT
    if agreement.status is AgreementStatus.TERMINATED:
        return AgreementState.TERMINATED
    start = agreement.valid_from or agreement.signed_on
    if start and today < start:
        return AgreementState.NOT_YET_IN_FORCE
    until = agreement.valid_until
    if until is None:
        return AgreementState.IN_FORCE
    if today > until:
        return AgreementState.EXPIRED
    notice = agreement.renewal_notice_days or 0
    if today >= until - timedelta(days=notice):
        return AgreementState.RENEWAL_DUE
    return AgreementState.IN_FORCE


def delegation_state(delegation: Delegation, today: date) -> DelegationState:
    if delegation.status is DelegationStatus.CANCELLED:
        return DelegationState.CANCELLED
    if today < delegation.starts_on:
        return DelegationState.PREPARING
    if today <= delegation.ends_on:
        return DelegationState.UNDER_WAY
    return DelegationState.PAST
