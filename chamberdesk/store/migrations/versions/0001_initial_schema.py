"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-21

The whole domain of DESIGN.md. Instants are stored as naive UTC, wall times as naive local
times beside their IANA zone column.
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('sha256', sa.String(), nullable=False),
    sa.Column('original_name', sa.String(), nullable=False),
    sa.Column('media_type', sa.String(), nullable=True),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('sha256', name=op.f('uq_attachment_sha256')),
    sa.UniqueConstraint('uid', name=op.f('uq_attachment_uid'))
    )
    op.create_table('audit_operation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('summary', sa.String(), nullable=True),
    sa.Column('undoes_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['undoes_id'], ['audit_operation.id'], name=op.f('fk_audit_operation_undoes_id_audit_operation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_operation')),
    sa.UniqueConstraint('uid', name=op.f('uq_audit_operation_uid'))
    )
    with op.batch_alter_table('audit_operation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_operation_at'), ['at'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('agreement',
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('title_local', sa.String(), nullable=True),
    sa.Column('local_lang', sa.String(), nullable=True),
    sa.Column('reference', sa.String(), nullable=True),
    sa.Column('preamble', sa.String(), nullable=True),
    sa.Column('preamble_local', sa.String(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'signed', 'terminated', name='agreementstatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signed_place', sa.String(), nullable=True),
    sa.Column('signed_place_local', sa.String(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('renewal_notice_days', sa.Integer(), nullable=True),
    sa.Column('renews_id', sa.Integer(), nullable=True),
    sa.Column('document_sha256', sa.String(), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('renewal_notice_days IS NULL OR renewal_notice_days >= 0', name=op.f('ck_agreement_notice_not_negative')),
    sa.CheckConstraint('renews_id IS NULL OR renews_id <> id', name=op.f('ck_agreement_not_renewing_itself')),
    sa.CheckConstraint('valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from', name=op.f('ck_agreement_validity_ordered')),
    sa.ForeignKeyConstraint(['document_sha256'], ['attachment.sha256'], name=op.f('fk_agreement_document_sha256_attachment')),
    sa.ForeignKeyConstraint(['renews_id'], ['agreement.id'], name=op.f('fk_agreement_renews_id_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    sa.UniqueConstraint('reference', name=op.f('uq_agreement_reference')),
    sa.UniqueConstraint('uid', name=op.f('uq_agreement_uid'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('operation_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.Enum('create', 'update', 'delete', 'move', name='auditaction', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('entity', sa.String(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(), nullable=True),
    sa.Column('old_value', sa.String(), nullable=True),
    sa.Column('new_value', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['operation_id'], ['audit_operation.id'], name=op.f('fk_audit_entry_operation_id_audit_operation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entry_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_operation_id'), ['operation_id'], unique=False)

    op.create_table('organisation',
    sa.Column('short_name', sa.String(), nullable=True),
    sa.Column('kind', sa.Enum('chamber', 'agency', 'ministry', 'association', 'centre', 'other', name='organisationkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('country', sa.String(), nullable=False),
    sa.Column('city', sa.String(), nullable=True),
    sa.Column('address', sa.String(), nullable=True),
    sa.Column('address_local', sa.String(), nullable=True),
    sa.Column('email', sa.String(), nullable=True),
    sa.Column('phone', sa.String(), nullable=True),
    sa.Column('website', sa.String(), nullable=True),
    sa.Column('is_ours', sa.Boolean(), nullable=False),
    sa.Column('logo_sha256', sa.String(), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_local', sa.String(), nullable=True),
    sa.Column('local_lang', sa.String(), nullable=True),
    sa.Column('name_reading', sa.String(), nullable=True),
    sa.Column('search_key', sa.String(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['logo_sha256'], ['attachment.sha256'], name=op.f('fk_organisation_logo_sha256_attachment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('short_name', name=op.f('uq_organisation_short_name')),
    sa.UniqueConstraint('uid', name=op.f('uq_organisation_uid'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index('uq_organisation_is_ours', ['is_ours'], unique=True, sqlite_where=sa.text('is_ours = 1'), postgresql_where=sa.text('is_ours'))

    op.create_table('agreement_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('signatory_name', sa.String(), nullable=True),
    sa.Column('signatory_name_local', sa.String(), nullable=True),
    sa.Column('signatory_title', sa.String(), nullable=True),
    sa.Column('signatory_title_local', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_party_agreement_id_agreement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_agreement_party_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_party')),
    sa.UniqueConstraint('agreement_id', 'organisation_id', name=op.f('uq_agreement_party_agreement_id_organisation_id'))
    )
    with op.batch_alter_table('agreement_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_party_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('clause',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('heading', sa.String(), nullable=False),
    sa.Column('heading_local', sa.String(), nullable=True),
    sa.Column('body', sa.String(), nullable=True),
    sa.Column('body_local', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_clause_agreement_id_agreement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clause')),
    sa.UniqueConstraint('agreement_id', 'number', name=op.f('uq_clause_agreement_id_number')),
    sa.UniqueConstraint('uid', name=op.f('uq_clause_uid'))
    )
    op.create_table('delegation',
    sa.Column('kind', sa.Enum('study_tour', 'trade_mission', 'mutual_visit', 'trade_fair', name='delegationkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('title_local', sa.String(), nullable=True),
    sa.Column('local_lang', sa.String(), nullable=True),
    sa.Column('direction', sa.Enum('outbound', 'inbound', name='direction', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('origin_country', sa.String(), nullable=False),
    sa.Column('host_country', sa.String(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('organiser_organisation_id', sa.Integer(), nullable=True),
    sa.Column('host_organisation_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('planning', 'recruiting', 'selection', 'confirmed', 'closed', 'cancelled', name='delegationstatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('fee_minor', sa.Integer(), nullable=True),
    sa.Column('fee_currency', sa.String(), nullable=True),
    sa.Column('budget_minor', sa.Integer(), nullable=True),
    sa.Column('budget_currency', sa.String(), nullable=True),
    sa.Column('funding_scheme', sa.String(), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('budget_minor IS NULL OR budget_currency IS NOT NULL', name=op.f('ck_delegation_budget_has_currency')),
    sa.CheckConstraint('capacity IS NULL OR capacity > 0', name=op.f('ck_delegation_capacity_positive')),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_delegation_ends_after_start')),
    sa.ForeignKeyConstraint(['host_organisation_id'], ['organisation.id'], name=op.f('fk_delegation_host_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['organiser_organisation_id'], ['organisation.id'], name=op.f('fk_delegation_organiser_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delegation')),
    sa.UniqueConstraint('uid', name=op.f('uq_delegation_uid'))
    )
    with op.batch_alter_table('delegation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegation_starts_on'), ['starts_on'], unique=False)

    op.create_table('meeting',
    sa.Column('kind', sa.Enum('regular', 'seminar', 'buyer_seller', 'board', 'other', name='meetingkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('title_local', sa.String(), nullable=True),
    sa.Column('local_lang', sa.String(), nullable=True),
    sa.Column('starts_local', sa.DateTime(), nullable=False),
    sa.Column('ends_local', sa.DateTime(), nullable=True),
    sa.Column('tz', sa.String(), nullable=False),
    sa.Column('partner_tz', sa.String(), nullable=True),
    sa.Column('venue', sa.String(), nullable=True),
    sa.Column('venue_local', sa.String(), nullable=True),
    sa.Column('venue_address', sa.String(), nullable=True),
    sa.Column('venue_address_local', sa.String(), nullable=True),
    sa.Column('online_url', sa.String(), nullable=True),
    sa.Column('organiser_organisation_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'held', 'cancelled', name='meetingstatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('minutes', sa.String(), nullable=True),
    sa.Column('minutes_local', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('ends_local IS NULL OR ends_local >= starts_local', name=op.f('ck_meeting_ends_after_start')),
    sa.ForeignKeyConstraint(['organiser_organisation_id'], ['organisation.id'], name=op.f('fk_meeting_organiser_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('uid', name=op.f('uq_meeting_uid'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_starts_local'), ['starts_local'], unique=False)

    op.create_table('member',
    sa.Column('country', sa.String(), nullable=False),
    sa.Column('city', sa.String(), nullable=True),
    sa.Column('city_local', sa.String(), nullable=True),
    sa.Column('address', sa.String(), nullable=True),
    sa.Column('address_local', sa.String(), nullable=True),
    sa.Column('postal_code', sa.String(), nullable=True),
    sa.Column('email', sa.String(), nullable=True),
    sa.Column('phone', sa.String(), nullable=True),
    sa.Column('sector', sa.String(), nullable=True),
    sa.Column('size_class', sa.Enum('micro', 'small', 'medium', 'large', name='sizeclass', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('founded_year', sa.Integer(), nullable=True),
    sa.Column('website', sa.String(), nullable=True),
    sa.Column('registration_no', sa.String(), nullable=True),
    sa.Column('membership_status', sa.Enum('prospect', 'active', 'lapsed', 'resigned', 'honorary', name='membershipstatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('member_since', sa.Date(), nullable=True),
    sa.Column('member_until', sa.Date(), nullable=True),
    sa.Column('dues_minor', sa.Integer(), nullable=True),
    sa.Column('dues_currency', sa.String(), nullable=True),
    sa.Column('strengths', sa.String(), nullable=True),
    sa.Column('needs', sa.String(), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_local', sa.String(), nullable=True),
    sa.Column('local_lang', sa.String(), nullable=True),
    sa.Column('name_reading', sa.String(), nullable=True),
    sa.Column('search_key', sa.String(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('dues_minor IS NULL OR dues_currency IS NOT NULL', name=op.f('ck_member_dues_have_currency')),
    sa.CheckConstraint('employees IS NULL OR employees >= 0', name=op.f('ck_member_employees_not_negative')),
    sa.CheckConstraint('founded_year IS NULL OR founded_year BETWEEN 1600 AND 2200', name=op.f('ck_member_founded_year_plausible')),
    sa.CheckConstraint('member_until IS NULL OR member_since IS NULL OR member_until >= member_since', name=op.f('ck_member_membership_dates_ordered')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_member_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('country', 'registration_no', name=op.f('uq_member_country_registration_no')),
    sa.UniqueConstraint('uid', name=op.f('uq_member_uid'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_membership_status'), ['membership_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_sector'), ['sector'], unique=False)

    op.create_table('budget_line',
    sa.Column('delegation_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.Enum('airfare', 'accommodation', 'ground_transport', 'visa', 'meals', 'venue', 'interpretation', 'insurance', 'registration', 'other', name='expensecategory', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(), nullable=False),
    sa.Column('reimbursable', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id'], name=op.f('fk_budget_line_delegation_id_delegation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line')),
    sa.UniqueConstraint('delegation_id', 'category', 'currency', name=op.f('uq_budget_line_delegation_id_category_currency')),
    sa.UniqueConstraint('uid', name=op.f('uq_budget_line_uid'))
    )
    op.create_table('match',
    sa.Column('member_a_id', sa.Integer(), nullable=False),
    sa.Column('member_b_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('proposed', 'accepted', 'scheduled', 'held', 'declined', name='matchstatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('reasons', sa.String(), nullable=True),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('slot_local', sa.DateTime(), nullable=True),
    sa.Column('slot_tz', sa.String(), nullable=True),
    sa.Column('table_label', sa.String(), nullable=True),
    sa.Column('outcome', sa.Enum('none', 'follow_up', 'nda', 'deal', 'no_fit', name='matchoutcome', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('outcome_notes', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('member_a_id <> member_b_id', name=op.f('ck_match_two_different_members')),
    sa.CheckConstraint('slot_local IS NULL OR slot_tz IS NOT NULL', name=op.f('ck_match_slot_has_zone')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_match_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['member_a_id'], ['member.id'], name=op.f('fk_match_member_a_id_member')),
    sa.ForeignKeyConstraint(['member_b_id'], ['member.id'], name=op.f('fk_match_member_b_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match')),
    sa.UniqueConstraint('member_a_id', 'member_b_id', 'meeting_id', name=op.f('uq_match_member_a_id_member_b_id_meeting_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_match_uid'))
    )
    with op.batch_alter_table('match', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_match_member_a_id'), ['member_a_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_match_member_b_id'), ['member_b_id'], unique=False)

    op.create_table('member_tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('strength', 'need', 'general', name='tagkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('tag', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_tag_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_tag')),
    sa.UniqueConstraint('member_id', 'kind', 'tag', name=op.f('uq_member_tag_member_id_kind_tag'))
    )
    with op.batch_alter_table('member_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_tag_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_tag_tag'), ['tag'], unique=False)

    op.create_table('person',
    sa.Column('family_name', sa.String(), nullable=False),
    sa.Column('given_name', sa.String(), nullable=True),
    sa.Column('family_name_local', sa.String(), nullable=True),
    sa.Column('given_name_local', sa.String(), nullable=True),
    sa.Column('local_lang', sa.String(), nullable=True),
    sa.Column('family_name_reading', sa.String(), nullable=True),
    sa.Column('given_name_reading', sa.String(), nullable=True),
    sa.Column('name_order', sa.Enum('given_first', 'family_first', name='nameorder', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('honorific', sa.String(), nullable=True),
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('title_local', sa.String(), nullable=True),
    sa.Column('email', sa.String(), nullable=True),
    sa.Column('phone', sa.String(), nullable=True),
    sa.Column('preferred_lang', sa.String(), nullable=True),
    sa.Column('dietary', sa.String(), nullable=True),
    sa.Column('emergency_contact_name', sa.String(), nullable=True),
    sa.Column('emergency_contact_phone', sa.String(), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('is_primary_contact', sa.Boolean(), nullable=False),
    sa.Column('search_key', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('member_id IS NULL OR organisation_id IS NULL', name=op.f('ck_person_one_affiliation')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_person_member_id_member')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('uid', name=op.f('uq_person_uid'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('action_item',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('description_local', sa.String(), nullable=True),
    sa.Column('owner_person_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'done', 'cancelled', name='actionstatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_action_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_person_id'], ['person.id'], name=op.f('fk_action_item_owner_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item')),
    sa.UniqueConstraint('uid', name=op.f('uq_action_item_uid'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('title_local', sa.String(), nullable=True),
    sa.Column('presenter_person_id', sa.Integer(), nullable=True),
    sa.Column('presenter_text', sa.String(), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('duration_minutes >= 0', name=op.f('ck_agenda_item_duration_not_negative')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['presenter_person_id'], ['person.id'], name=op.f('fk_agenda_item_presenter_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item')),
    sa.UniqueConstraint('meeting_id', 'position', name=op.f('uq_agenda_item_meeting_id_position')),
    sa.UniqueConstraint('uid', name=op.f('uq_agenda_item_uid'))
    )
    op.create_table('commitment',
    sa.Column('clause_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('description_local', sa.String(), nullable=True),
    sa.Column('responsible_organisation_id', sa.Integer(), nullable=True),
    sa.Column('owner_person_id', sa.Integer(), nullable=True),
    sa.Column('cadence', sa.Enum('once', 'monthly', 'yearly', name='cadence', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('interval_months', sa.Integer(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('grace_days', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('active', 'suspended', 'fulfilled', 'cancelled', name='commitmentstatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("cadence <> 'monthly' OR interval_months >= 1", name=op.f('ck_commitment_monthly_has_interval')),
    sa.CheckConstraint("cadence <> 'once' OR due_on IS NOT NULL", name=op.f('ck_commitment_once_has_due_date')),
    sa.CheckConstraint("cadence = 'once' OR starts_on IS NOT NULL", name=op.f('ck_commitment_recurring_has_start')),
    sa.CheckConstraint('ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on', name=op.f('ck_commitment_span_ordered')),
    sa.CheckConstraint('grace_days >= 0', name=op.f('ck_commitment_grace_not_negative')),
    sa.ForeignKeyConstraint(['clause_id'], ['clause.id'], name=op.f('fk_commitment_clause_id_clause'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_person_id'], ['person.id'], name=op.f('fk_commitment_owner_person_id_person')),
    sa.ForeignKeyConstraint(['responsible_organisation_id'], ['organisation.id'], name=op.f('fk_commitment_responsible_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment')),
    sa.UniqueConstraint('uid', name=op.f('uq_commitment_uid'))
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_clause_id'), ['clause_id'], unique=False)

    op.create_table('invitation',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=True),
    sa.Column('rsvp', sa.Enum('invited', 'accepted', 'tentative', 'declined', name='rsvp', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=True),
    sa.Column('attends_online', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_invitation_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_invitation_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invitation')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_invitation_meeting_id_person_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_invitation_uid'))
    )
    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitation_person_id'), ['person_id'], unique=False)

    op.create_table('itinerary_item',
    sa.Column('delegation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('visit', 'meeting', 'transport', 'hotel', 'meal', 'sightseeing', 'free', 'other', name='itinerarykind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=True),
    sa.Column('starts_tz', sa.String(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('ends_at', sa.Time(), nullable=True),
    sa.Column('ends_tz', sa.String(), nullable=True),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('title_local', sa.String(), nullable=True),
    sa.Column('place', sa.String(), nullable=True),
    sa.Column('place_local', sa.String(), nullable=True),
    sa.Column('address', sa.String(), nullable=True),
    sa.Column('address_local', sa.String(), nullable=True),
    sa.Column('city', sa.String(), nullable=True),
    sa.Column('host_person_id', sa.Integer(), nullable=True),
    sa.Column('host_member_id', sa.Integer(), nullable=True),
    sa.Column('transport_reference', sa.String(), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('ends_at IS NULL OR ends_tz IS NOT NULL', name=op.f('ck_itinerary_item_timed_end_has_zone')),
    sa.CheckConstraint('ends_on IS NULL OR ends_on >= starts_on', name=op.f('ck_itinerary_item_ends_not_before_start')),
    sa.CheckConstraint('starts_at IS NULL OR starts_tz IS NOT NULL', name=op.f('ck_itinerary_item_timed_start_has_zone')),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id'], name=op.f('fk_itinerary_item_delegation_id_delegation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['host_member_id'], ['member.id'], name=op.f('fk_itinerary_item_host_member_id_member')),
    sa.ForeignKeyConstraint(['host_person_id'], ['person.id'], name=op.f('fk_itinerary_item_host_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_itinerary_item')),
    sa.UniqueConstraint('uid', name=op.f('uq_itinerary_item_uid'))
    )
    with op.batch_alter_table('itinerary_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_itinerary_item_delegation_id'), ['delegation_id'], unique=False)

    op.create_table('participant',
    sa.Column('delegation_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('leader', 'delegate', 'staff', 'interpreter', 'observer', name='participantrole', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('selection', sa.Enum('applied', 'shortlisted', 'selected', 'waitlisted', 'rejected', 'withdrawn', name='selectionstatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('visa_status', sa.Enum('not_needed', 'to_apply', 'applied', 'granted', 'refused', name='visastatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('visa_number', sa.String(), nullable=True),
    sa.Column('room_type', sa.String(), nullable=True),
    sa.Column('room_number', sa.String(), nullable=True),
    sa.Column('roommate_id', sa.Integer(), nullable=True),
    sa.Column('dietary', sa.String(), nullable=True),
    sa.Column('payment_status', sa.Enum('unpaid', 'partial', 'paid', 'waived', name='paymentstatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('paid_minor', sa.Integer(), nullable=False),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('paid_minor >= 0', name=op.f('ck_participant_paid_not_negative')),
    sa.CheckConstraint('roommate_id IS NULL OR roommate_id <> id', name=op.f('ck_participant_not_own_roommate')),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id'], name=op.f('fk_participant_delegation_id_delegation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_participant_member_id_member')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_participant_person_id_person')),
    sa.ForeignKeyConstraint(['roommate_id'], ['participant.id'], name=op.f('fk_participant_roommate_id_participant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('delegation_id', 'person_id', name=op.f('uq_participant_delegation_id_person_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_participant_uid'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_delegation_id'), ['delegation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_person_id'), ['person_id'], unique=False)

    op.create_table('passport',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(), nullable=False),
    sa.Column('issuing_country', sa.String(), nullable=False),
    sa.Column('nationality', sa.String(), nullable=True),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_passport_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_passport')),
    sa.UniqueConstraint('person_id', name=op.f('uq_passport_person_id'))
    )
    op.create_table('evidence',
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('delegation_id', sa.Integer(), nullable=True),
    sa.Column('document_sha256', sa.String(), nullable=True),
    sa.Column('note', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('(CASE WHEN meeting_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN delegation_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN document_sha256 IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_evidence_exactly_one_source')),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], name=op.f('fk_evidence_commitment_id_commitment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id'], name=op.f('fk_evidence_delegation_id_delegation')),
    sa.ForeignKeyConstraint(['document_sha256'], ['attachment.sha256'], name=op.f('fk_evidence_document_sha256_attachment')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_evidence_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence')),
    sa.UniqueConstraint('commitment_id', 'period_start', 'meeting_id', 'delegation_id', 'document_sha256', name=op.f('uq_evidence_commitment_id_period_start_meeting_id_delegation_id_document_sha256')),
    sa.UniqueConstraint('uid', name=op.f('uq_evidence_uid'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_commitment_id'), ['commitment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_delegation_id'), ['delegation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('expense',
    sa.Column('delegation_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.Enum('airfare', 'accommodation', 'ground_transport', 'visa', 'meals', 'venue', 'interpretation', 'insurance', 'registration', 'other', name='expensecategory', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(), nullable=False),
    sa.Column('reimbursable', sa.Boolean(), nullable=False),
    sa.Column('paid_by', sa.String(), nullable=True),
    sa.Column('receipt_sha256', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount_minor >= 0', name=op.f('ck_expense_amount_not_negative')),
    sa.ForeignKeyConstraint(['delegation_id'], ['delegation.id'], name=op.f('fk_expense_delegation_id_delegation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_expense_participant_id_participant')),
    sa.ForeignKeyConstraint(['receipt_sha256'], ['attachment.sha256'], name=op.f('fk_expense_receipt_sha256_attachment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expense')),
    sa.UniqueConstraint('uid', name=op.f('uq_expense_uid'))
    )
    with op.batch_alter_table('expense', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expense_delegation_id'), ['delegation_id'], unique=False)

    op.create_table('flight',
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('flight_number', sa.String(), nullable=False),
    sa.Column('from_airport', sa.String(), nullable=False),
    sa.Column('departs_local', sa.DateTime(), nullable=False),
    sa.Column('departs_tz', sa.String(), nullable=False),
    sa.Column('to_airport', sa.String(), nullable=False),
    sa.Column('arrives_local', sa.DateTime(), nullable=False),
    sa.Column('arrives_tz', sa.String(), nullable=False),
    sa.Column('booking_reference', sa.String(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_flight_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flight')),
    sa.UniqueConstraint('uid', name=op.f('uq_flight_uid'))
    )
    with op.batch_alter_table('flight', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flight_participant_id'), ['participant_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('flight', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flight_participant_id'))

    op.drop_table('flight')
    with op.batch_alter_table('expense', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expense_delegation_id'))

    op.drop_table('expense')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_delegation_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_commitment_id'))

    op.drop_table('evidence')
    op.drop_table('passport')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_person_id'))
        batch_op.drop_index(batch_op.f('ix_participant_member_id'))
        batch_op.drop_index(batch_op.f('ix_participant_delegation_id'))

    op.drop_table('participant')
    with op.batch_alter_table('itinerary_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_itinerary_item_delegation_id'))

    op.drop_table('itinerary_item')
    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitation_person_id'))

    op.drop_table('invitation')
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_clause_id'))

    op.drop_table('commitment')
    op.drop_table('agenda_item')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_meeting_id'))

    op.drop_table('action_item')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_person_member_id'))
        batch_op.drop_index(batch_op.f('ix_person_email'))

    op.drop_table('person')
    with op.batch_alter_table('member_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_tag_tag'))
        batch_op.drop_index(batch_op.f('ix_member_tag_member_id'))

    op.drop_table('member_tag')
    with op.batch_alter_table('match', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_member_b_id'))
        batch_op.drop_index(batch_op.f('ix_match_member_a_id'))

    op.drop_table('match')
    op.drop_table('budget_line')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_sector'))
        batch_op.drop_index(batch_op.f('ix_member_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_member_membership_status'))
        batch_op.drop_index(batch_op.f('ix_member_country'))

    op.drop_table('member')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_starts_local'))

    op.drop_table('meeting')
    with op.batch_alter_table('delegation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delegation_starts_on'))

    op.drop_table('delegation')
    op.drop_table('clause')
    with op.batch_alter_table('agreement_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_party_organisation_id'))

    op.drop_table('agreement_party')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index('uq_organisation_is_ours', sqlite_where=sa.text('is_ours = 1'), postgresql_where=sa.text('is_ours'))

    op.drop_table('organisation')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_operation_id'))
        batch_op.drop_index('ix_audit_entry_entity')

    op.drop_table('audit_entry')
    op.drop_table('agreement')
    op.drop_table('setting')
    with op.batch_alter_table('audit_operation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_operation_at'))

    op.drop_table('audit_operation')
    op.drop_table('attachment')
