"""The mapped classes of the whole domain. Import from here."""

from ..base import Base
from .agreements import Agreement, AgreementParty, Clause, Commitment, Evidence
from .audit import AuditEntry, AuditOperation
from .delegations import BudgetLine, Delegation, Expense, Flight, ItineraryItem, Participant
from .directory import Member, MemberTag, Organisation, Passport, Person
from .matching import Match
from .meetings import ActionItem, AgendaItem, Invitation, Meeting
from .settings import Attachment, SettingValue

__all__ = [
    "Base", "Organisation", "Member", "MemberTag", "Person", "Passport",
    "Agreement", "AgreementParty", "Clause", "Commitment", "Evidence",
    "Meeting", "AgendaItem", "Invitation", "ActionItem",
    "Delegation", "Participant", "Flight", "ItineraryItem", "BudgetLine", "Expense",
    "Match", "AuditOperation", "AuditEntry", "SettingValue", "Attachment",
]
