"""What every delegation needs: participants with flights, rooms and room-mates, passports, money."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..enums import ExpenseCategory, ItineraryKind, ParticipantRole, PaymentStatus, SelectionStatus, VisaStatus
from ..model import BudgetLine, Expense, Flight, ItineraryItem, Participant, Passport
from .identifiers import passport_number
from .plan import Plan, Ref


@dataclass(frozen=True)
class Traveller:
    person: Ref
    member: Ref | None
    female: bool
    nationality: str
    role: ParticipantRole = ParticipantRole.DELEGATE
    selection: SelectionStatus = SelectionStatus.SELECTED
    dietary: str | None = None
    flies: bool = True  # an interpreter who joins in the host country takes none of the flights

    @property
    def travels(self) -> bool:
        return self.selection is SelectionStatus.SELECTED


@dataclass(frozen=True)
class Leg:
    flight_number: str
    from_airport: str
    departs: datetime
    departs_tz: str
    to_airport: str
    arrives: datetime
    arrives_tz: str


@dataclass(frozen=True)
class Money:
    fee_minor: int
    currency: str


@dataclass(frozen=True)
class Applicants:
    """The member SMEs that applied for a delegation, in application order, and who was not selected."""

    members: list  # MemberInfo, in the order they applied (numbered from 1)
    nationality: str
    not_selected: dict[int, SelectionStatus]

    def selected(self) -> list:
        return [m for number, m in enumerate(self.members, start=1) if number not in self.not_selected]

    def delegates(self) -> list[Traveller]:
        """Selected applicants first, then the waiting list, rejected and withdrawn (roster order)."""
        order = [n for n in range(1, len(self.members) + 1) if n not in self.not_selected]
        return [self._delegate(n) for n in order + sorted(self.not_selected)]

    def _delegate(self, number: int) -> Traveller:
        contact = self.members[number - 1].primary
        return Traveller(contact.ref, self.members[number - 1].ref, contact.name.female, self.nationality,
                         selection=self.not_selected.get(number, SelectionStatus.SELECTED), dietary=contact.dietary)


def clock(hhmm: str | None) -> time | None:
    if hhmm is None:
        return None
    hours, minutes = hhmm.split(":")
    return time(int(hours), int(minutes))


def at(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, clock(hhmm))


def _booking_reference(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase + "23456789") for _ in range(6))


Room = tuple[str, str]  # room type, room number


def rooming(travellers: list[Traveller], rooms: list[str]) -> tuple[list[Room | None], list[tuple[int, int]]]:
    """(room type, room number) per traveller, and the pairs of room-mates (same sex, roster order).

    Leaders get a single room; the others share a twin room, except the last one of each sex
    when nobody is left to share with.
    """
    numbers = iter(rooms)
    assigned: list[Room | None] = [None] * len(travellers)
    pairs: list[tuple[int, int]] = []
    waiting: dict[bool, int | None] = {True: None, False: None}  # by sex: who waits for a room-mate
    for index, traveller in enumerate(travellers):
        if not traveller.travels:
            continue
        if traveller.role is ParticipantRole.LEADER:
            assigned[index] = ("single", next(numbers))
        elif (other := waiting[traveller.female]) is not None:
            assigned[index] = ("twin", assigned[other][1])
            pairs.append((other, index))
            waiting[traveller.female] = None
        else:
            assigned[index] = ("twin", next(numbers))
            waiting[traveller.female] = index
    for alone in waiting.values():
        if alone is not None:
            assigned[alone] = ("single", assigned[alone][1])
    return assigned, pairs


def add_participants(plan: Plan, rng: random.Random, delegation: Ref, key: str, travellers: list[Traveller], *,
                     legs: list[Leg], rooms: list[str], visa: dict[str, tuple[float, float]], fee: Money,
                     today: date) -> list[Ref]:
    """Participants in roster order; those who travel get flights, a passport and a room.

    ``visa`` gives, by nationality, the shares of travellers whose visa is granted and who need
    none (visa waiver); the rest have applied. Nationalities not in it need no visa.
    """
    refs: list[Ref] = []
    group_pnr = [_booking_reference(rng) for _ in range(3)]
    assigned, pairs = rooming(travellers, rooms)
    for position, (traveller, room) in enumerate(zip(travellers, assigned), start=1):
        paid, payment = _payment(rng, traveller, fee)
        visa_status, visa_number = _visa(rng, traveller, visa)
        ref = plan.add(
            f"{key}:participant:{position:02d}", Participant, delegation_id=delegation, person_id=traveller.person,
            member_id=traveller.member, position=position, role=traveller.role, selection=traveller.selection,
            visa_status=visa_status, visa_number=visa_number, room_type=room[0] if room else None,
            room_number=room[1] if room else None, dietary=traveller.dietary, payment_status=payment,
            paid_minor=paid, notes="Waiting list: joins if a selected participant withdraws."
            if traveller.selection is SelectionStatus.WAITLISTED else None)
        refs.append(ref)
        if traveller.travels and traveller.flies:
            pnr = group_pnr[(position - 1) // 12 % len(group_pnr)]
            for number, leg in enumerate(legs, start=1):
                plan.add(f"{key}:participant:{position:02d}:flight:{number}", Flight, participant_id=ref,
                         flight_number=leg.flight_number, from_airport=leg.from_airport, departs_local=leg.departs,
                         departs_tz=leg.departs_tz, to_airport=leg.to_airport, arrives_local=leg.arrives,
                         arrives_tz=leg.arrives_tz, booking_reference=pnr)
            _passport(plan, rng, traveller, today)
    for first, second in pairs:  # set once both exist: each points at the other
        plan.link(refs[first], Participant, "roommate_id", refs[second])
        plan.link(refs[second], Participant, "roommate_id", refs[first])
    return refs


def _payment(rng: random.Random, traveller: Traveller, fee: Money) -> tuple[int, PaymentStatus]:
    if traveller.role in (ParticipantRole.LEADER, ParticipantRole.STAFF, ParticipantRole.INTERPRETER):
        return 0, PaymentStatus.WAIVED
    if not traveller.travels:
        return 0, PaymentStatus.UNPAID
    share = rng.choices((1.0, 0.5, 0.0), (7, 2, 1))[0]
    status = {1.0: PaymentStatus.PAID, 0.5: PaymentStatus.PARTIAL, 0.0: PaymentStatus.UNPAID}[share]
    return int(fee.fee_minor * share), status


def _visa(rng: random.Random, traveller: Traveller,
          shares: dict[str, tuple[float, float]]) -> tuple[VisaStatus, str | None]:
    if traveller.nationality not in shares:
        return VisaStatus.NOT_NEEDED, None
    if not traveller.travels:
        return VisaStatus.TO_APPLY, None
    granted, waived = shares[traveller.nationality]
    draw = rng.random()
    if draw < granted:
        return VisaStatus.GRANTED, f"{rng.choice('ABCDEFGHJK')}{rng.randint(1000000, 9999999)}"
    if draw < granted + waived:
        return VisaStatus.NOT_NEEDED, None
    return VisaStatus.APPLIED, None


def _passport(plan: Plan, rng: random.Random, traveller: Traveller, today: date) -> None:
    if f"{traveller.person.key}:passport" in plan:  # already travelled with another delegation
        return
    issued = today - timedelta(days=rng.randint(200, 3000))
    born = date(rng.randint(1962, 1996), rng.randint(1, 12), rng.randint(1, 28))
    plan.add(f"{traveller.person.key}:passport", Passport, identity=("person_id",), person_id=traveller.person,
             number=passport_number(rng, traveller.nationality), issuing_country=traveller.nationality,
             nationality=traveller.nationality, date_of_birth=born, issued_on=issued,
             expires_on=issued.replace(year=issued.year + 10, day=min(issued.day, 28)))


@dataclass(frozen=True)
class Stop:
    """One itinerary entry: day number (1 = first day), times as "HH:MM" in the place's zone."""

    day: int
    kind: ItineraryKind
    title: str
    title_local: str
    starts: str | None = None
    ends: str | None = None
    place: str | None = None
    place_local: str | None = None
    address: str | None = None
    address_local: str | None = None
    city: str | None = None
    tz: str = "Asia/Tokyo"
    end_tz: str | None = None  # transport that lands in another zone
    end_day: int | None = None
    host_member: Ref | None = None
    host_person: Ref | None = None
    reference: str | None = None
    notes: str | None = None


def add_itinerary(plan: Plan, key: str, delegation: Ref, first_day: date, stops: list[Stop]) -> None:
    for number, stop in enumerate(stops, start=1):
        plan.add(
            f"{key}:item:{number:02d}", ItineraryItem, delegation_id=delegation, kind=stop.kind,
            starts_on=first_day + timedelta(days=stop.day - 1), starts_at=clock(stop.starts),
            starts_tz=stop.tz if stop.starts else None,
            ends_on=first_day + timedelta(days=(stop.end_day or stop.day) - 1)
            if (stop.ends or stop.end_day) else None,
            ends_at=clock(stop.ends), ends_tz=(stop.end_tz or stop.tz) if stop.ends else None,
            title=stop.title, title_local=stop.title_local, place=stop.place, place_local=stop.place_local,
            address=stop.address, address_local=stop.address_local, city=stop.city,
            host_member_id=stop.host_member, host_person_id=stop.host_person,
            transport_reference=stop.reference, notes=stop.notes)


def add_budget(plan: Plan, key: str, delegation: Ref,
               lines: list[tuple[ExpenseCategory, int, str, bool]]) -> None:
    for category, amount, currency, reimbursable in lines:
        plan.add(f"{key}:budget:{category.value}", BudgetLine, delegation_id=delegation, category=category,
                 amount_minor=amount, currency=currency, reimbursable=reimbursable)


def add_expenses(plan: Plan, key: str, delegation: Ref,
                 rows: list[tuple[ExpenseCategory, str, date, int, str, bool, str]]) -> None:
    for number, (category, description, spent_on, amount, currency, reimbursable, paid_by) in enumerate(rows, 1):
        plan.add(f"{key}:expense:{number:02d}", Expense, delegation_id=delegation, category=category,
                 description=description, spent_on=spent_on, amount_minor=amount, currency=currency,
                 reimbursable=reimbursable, paid_by=paid_by)
