"""core.dashboard: what the dashboard lists, computed without Qt (the page only formats it)."""

from datetime import UTC, datetime, timedelta

from chamberdesk.core.dashboard import dashboard
from chamberdesk.core.enums import AgreementStatus, Cadence, MeetingKind, OccurrenceStatus
from chamberdesk.core.model import Agreement, Clause, Commitment, Evidence, Meeting
from chamberdesk.core.services.records import create_record
from chamberdesk.core.states import DelegationState


def _board(store, sample, **values):
    with store.read() as session:
        return dashboard(session, sample.today, **values)


def test_meetings_of_the_next_sixty_days_in_time_order(store, sample):
    board = _board(store, sample)
    assert [m.id for m in board.meetings] == [sample.meetings["monthly"], sample.meetings["seminar"]]
    monthly = board.meetings[0]
    assert (monthly.starts.hour, monthly.starts.tzname(), monthly.partner_tz) == (15, "IST", "Asia/Tokyo")
    assert not monthly.in_progress


def test_a_meeting_in_progress_is_listed_and_one_finished_is_not(store, sample):
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    local = now.replace(tzinfo=None)
    running = create_record(store, Meeting, {"kind": MeetingKind.OTHER, "title": "Running", "tz": "UTC",
                                             "starts_local": local - timedelta(hours=1),
                                             "ends_local": local + timedelta(hours=1)})
    create_record(store, Meeting, {"kind": MeetingKind.OTHER, "title": "Finished", "tz": "UTC",
                                   "starts_local": local - timedelta(hours=3),
                                   "ends_local": local - timedelta(hours=2)})
    board = _board(store, sample, now=now)
    assert [m.title for m in board.meetings][0] == "Running"
    assert board.meetings[0].id == running and board.meetings[0].in_progress
    assert "Finished" not in [m.title for m in board.meetings]


def test_delegations_under_way_or_starting_soon_with_their_state(store, sample):
    board = _board(store, sample)
    assert [(d.id, d.state) for d in board.delegations] == [
        (sample.delegations["kerala"], DelegationState.UNDER_WAY),
        (sample.delegations["thai"], DelegationState.PREPARING)]
    assert (board.delegations[0].participants, board.delegations[0].capacity) == (2, 20)


def test_commitments_due_and_overdue_with_agreement_and_clause(store, sample):
    board = _board(store, sample)
    assert [(c.description, c.status) for c in board.commitments] == [
        ("Send the list of members seeking partners", OccurrenceStatus.OVERDUE),
        ("Hold a joint business seminar", OccurrenceStatus.DUE)]
    overdue = board.commitments[0]
    assert (overdue.agreement_title, overdue.clause_number, overdue.clause_heading, overdue.responsible) == (
        "INJACK–ICOSA memorandum of understanding", 4, "Joint activities", "INJACK")
    assert overdue.due_on == sample.today - timedelta(days=12)


def test_a_period_with_evidence_is_met_and_leaves_the_list(store, sample):
    with store.read() as session:
        clause_id = session.query(Clause.id).filter_by(agreement_id=sample.agreements["injack_icosa"]).scalar()
    quarterly = create_record(store, Commitment, {
        "clause_id": clause_id, "description": "Quarterly newsletter", "cadence": Cadence.MONTHLY,
        "interval_months": 3, "starts_on": sample.today - timedelta(days=200)})
    due_before = [c.period_start for c in _board(store, sample).commitments if c.commitment_id == quarterly]
    assert len(due_before) >= 2
    create_record(store, Evidence, {"commitment_id": quarterly, "period_start": due_before[0],
                                    "meeting_id": sample.meetings["held"]})
    due_after = [c.period_start for c in _board(store, sample).commitments if c.commitment_id == quarterly]
    assert due_after == due_before[1:]


def test_draft_agreements_oblige_nothing_yet(store, sample):
    clause = create_record(store, Clause, {"agreement_id": sample.agreements["draft"], "number": 1,
                                           "heading": "Exchange"})
    create_record(store, Commitment, {"clause_id": clause, "description": "Draft duty", "cadence": Cadence.ONCE,
                                      "due_on": sample.today})
    assert "Draft duty" not in [c.description for c in _board(store, sample).commitments]


def test_renewal_due_until_a_signed_agreement_renews_it(store, sample):
    board = _board(store, sample)
    assert [(r.agreement_id, r.parties) for r in board.renewals] == [
        (sample.agreements["injack_icosa"], "INJACK – ICOSA")]
    create_record(store, Agreement, {"title": "INJACK–ICOSA MoU 2027", "status": AgreementStatus.SIGNED,
                                     "signed_on": sample.today, "renews_id": sample.agreements["injack_icosa"]})
    assert _board(store, sample).renewals == ()


def test_open_periods_of_one_commitment_are_grouped_most_urgent_first(store, sample):
    with store.read() as session:
        clause_id = session.query(Clause.id).filter_by(agreement_id=sample.agreements["injack_icosa"]).scalar()
    quarterly = create_record(store, Commitment, {
        "clause_id": clause_id, "description": "Quarterly newsletter", "cadence": Cadence.MONTHLY,
        "interval_months": 3, "starts_on": sample.today - timedelta(days=200)})
    groups = _board(store, sample).commitments_grouped()
    assert [group[0].commitment_id for group in groups][0] == quarterly  # its oldest period is the most overdue
    newsletter = groups[0]
    assert {c.commitment_id for c in newsletter} == {quarterly} and len(newsletter) >= 3
    assert [c.due_on for c in newsletter] == sorted(c.due_on for c in newsletter)
    assert sum(len(group) for group in groups) == len(_board(store, sample).commitments)
