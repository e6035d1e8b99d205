"""Organisations, member SMEs and the people who speak for them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, UniqueConstraint, event, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Archivable, Base, Record, enum_column
from ..search import index as search_index
from ..search.documents import member_derived, organisation_search_key, person_derived
from ..enums import MembershipStatus, NameOrder, OrganisationKind, SizeClass, TagKind


class LocalNamed:
    """A name in Latin script plus the same name in the local script, its language and reading."""

    name: Mapped[str]
    name_local: Mapped[str | None]
    local_lang: Mapped[str | None]  # BCP 47 language of name_local: ja, hi, ml, th, id …
    name_reading: Mapped[str | None]  # kana reading for Japanese, used to sort
    search_key: Mapped[str] = mapped_column(default="")  # folded names for search; kept by events


class DirectorySorted:
    """Collation keys (``i18n.collation.stored_sort_key``) so that lists sort in the database."""

    sort_name: Mapped[bytes] = mapped_column(LargeBinary, default=b"", index=True)
    sort_local: Mapped[bytes] = mapped_column(LargeBinary, default=b"", index=True)


class Organisation(Record, LocalNamed, Archivable, Base):
    __tablename__ = "organisation"
    __table_args__ = (
        # At most one organisation is ours: a partial unique index on the true value.
        Index("uq_organisation_is_ours", "is_ours", unique=True, sqlite_where=text("is_ours = 1"),
              postgresql_where=text("is_ours")),
    )

    short_name: Mapped[str | None] = mapped_column(unique=True)  # INJACK, ICOSA, SMRJ …
    kind: Mapped[OrganisationKind] = enum_column(OrganisationKind, default=OrganisationKind.OTHER)
    country: Mapped[str]  # ISO 3166-1 alpha-2
    city: Mapped[str | None]
    address: Mapped[str | None]
    address_local: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]  # E.164
    website: Mapped[str | None]
    is_ours: Mapped[bool] = mapped_column(default=False)
    logo_sha256: Mapped[str | None] = mapped_column(ForeignKey("attachment.sha256"))
    notes: Mapped[str | None]


class Member(Record, LocalNamed, DirectorySorted, Archivable, Base):
    __tablename__ = "member"
    __table_args__ = (
        UniqueConstraint("country", "registration_no"),
        CheckConstraint("employees IS NULL OR employees >= 0", name="employees_not_negative"),
        CheckConstraint("founded_year IS NULL OR founded_year BETWEEN 1600 AND 2200",
                        name="founded_year_plausible"),
        CheckConstraint("member_until IS NULL OR member_since IS NULL OR member_until >= member_since",
                        name="membership_dates_ordered"),
        CheckConstraint("dues_minor IS NULL OR dues_currency IS NOT NULL", name="dues_have_currency"),
    )

    country: Mapped[str] = mapped_column(index=True)
    city: Mapped[str | None]
    city_local: Mapped[str | None]
    address: Mapped[str | None]
    address_local: Mapped[str | None]
    postal_code: Mapped[str | None]
    email: Mapped[str | None]  # the company's general address; people have their own
    phone: Mapped[str | None]  # E.164
    sector: Mapped[str | None] = mapped_column(index=True)
    size_class: Mapped[SizeClass | None] = enum_column(SizeClass, default=None)
    employees: Mapped[int | None]
    founded_year: Mapped[int | None]
    website: Mapped[str | None]
    registration_no: Mapped[str | None]
    membership_status: Mapped[MembershipStatus] = enum_column(
        MembershipStatus, default=MembershipStatus.ACTIVE, index=True)
    member_since: Mapped[date | None]
    member_until: Mapped[date | None]
    dues_minor: Mapped[int | None]
    dues_currency: Mapped[str | None]
    strengths: Mapped[str | None]
    needs: Mapped[str | None]
    notes: Mapped[str | None]
    # The chamber or association the SME belongs to (one of ours or a partner's).
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)

    organisation: Mapped[Organisation | None] = relationship()
    tags: Mapped[list[MemberTag]] = relationship(back_populates="member", cascade="all, delete-orphan",
                                                 order_by="MemberTag.tag")
    persons: Mapped[list[Person]] = relationship(back_populates="member", order_by="Person.id")


class MemberTag(Base):
    __tablename__ = "member_tag"
    __table_args__ = (UniqueConstraint("member_id", "kind", "tag"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    kind: Mapped[TagKind] = enum_column(TagKind)
    tag: Mapped[str] = mapped_column(index=True)

    member: Mapped[Member] = relationship(back_populates="tags")


class Person(Record, DirectorySorted, Archivable, Base):
    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("member_id IS NULL OR organisation_id IS NULL", name="one_affiliation"),
    )

    family_name: Mapped[str]
    given_name: Mapped[str | None]
    family_name_local: Mapped[str | None]
    given_name_local: Mapped[str | None]
    local_lang: Mapped[str | None]
    family_name_reading: Mapped[str | None]
    given_name_reading: Mapped[str | None]
    name_order: Mapped[NameOrder] = enum_column(NameOrder, default=NameOrder.GIVEN_FIRST)
    honorific: Mapped[str | None]  # Dr., Mr., Ms., Smt., Bapak, Ibu, คุณ …
    title: Mapped[str | None]  # job title
    title_local: Mapped[str | None]
    email: Mapped[str | None] = mapped_column(index=True)
    phone: Mapped[str | None]  # E.164
    preferred_lang: Mapped[str | None]
    dietary: Mapped[str | None]
    emergency_contact_name: Mapped[str | None]
    emergency_contact_phone: Mapped[str | None]
    notes: Mapped[str | None]
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    is_primary_contact: Mapped[bool] = mapped_column(default=False)
    search_key: Mapped[str] = mapped_column(default="")

    member: Mapped[Member | None] = relationship(back_populates="persons")
    organisation: Mapped[Organisation | None] = relationship()
    passport: Mapped[Passport | None] = relationship(back_populates="person", cascade="all, delete-orphan",
                                                     uselist=False)

    @property
    def name(self) -> str:
        """Latin display name in the person's own order, for lists and JSON."""
        return latin_person_name(self.family_name, self.given_name, self.name_order)

    @property
    def name_local(self) -> str | None:
        return local_person_name(self.family_name_local, self.given_name_local, self.local_lang)


def latin_person_name(family: str | None, given: str | None, order: NameOrder | str | None) -> str:
    parts = [given, family]
    if order in (NameOrder.FAMILY_FIRST, NameOrder.FAMILY_FIRST.value):
        parts.reverse()
    return " ".join(p for p in parts if p)


def local_person_name(family: str | None, given: str | None, lang: str | None) -> str | None:
    if not (family or given):
        return None
    parts = [family, given]
    if lang not in ("ja", "zh", "ko", "hu"):
        parts.reverse()
    # Chinese runs family and given name together; Japanese rosters separate them (黒瀬 直宏).
    separator = "" if lang == "zh" else " "
    return separator.join(p for p in parts if p)


class Passport(Base):
    """Sensitive: kept apart from Person so that lists, logs and default exports never carry it."""

    __tablename__ = "passport"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    number: Mapped[str]
    issuing_country: Mapped[str]
    nationality: Mapped[str | None]
    date_of_birth: Mapped[date | None]
    issued_on: Mapped[date | None]
    expires_on: Mapped[date | None]

    person: Mapped[Person] = relationship(back_populates="passport")

    def __repr__(self) -> str:  # never leak the number into logs or tracebacks
        return f"<Passport of person {self.person_id}>"


def _column_values(record) -> dict[str, object]:
    return {column.key: getattr(record, column.key) for column in record.__table__.columns}


def _refresh_organisation_key(_mapper, _connection, record: Organisation) -> None:
    record.search_key = organisation_search_key(_column_values(record))


def _derive(record: Member | Person) -> dict[str, object]:
    derive = member_derived if isinstance(record, Member) else person_derived
    derived = derive(_column_values(record))
    for key, value in derived.items():
        setattr(record, key, value)
    return derived


def _after_insert(_mapper, connection, record: Member | Person) -> None:
    search_index.add(connection, [search_index.entry(record.__tablename__, record)])


def _before_insert(_mapper, _connection, record: Member | Person) -> None:
    _derive(record)


def _before_update(_mapper, connection, record: Member | Person) -> None:
    # The index holds the entry of the stored row: read it from the database, not the session,
    # whose copy may have been expired or changed by plain SQL (undo, import) meanwhile.
    indexed = search_index.stored_entry(connection, record.__tablename__, record.id)
    _derive(record)
    search_index.replace(connection, indexed, search_index.entry(record.__tablename__, record))


def _before_delete(_mapper, connection, record: Member | Person) -> None:
    indexed = search_index.stored_entry(connection, record.__tablename__, record.id)
    if indexed is not None:
        search_index.remove(connection, [indexed])


event.listen(Organisation, "before_insert", _refresh_organisation_key)
event.listen(Organisation, "before_update", _refresh_organisation_key)
for _cls in (Member, Person):
    event.listen(_cls, "before_insert", _before_insert)
    event.listen(_cls, "after_insert", _after_insert)
    event.listen(_cls, "before_update", _before_update)
    event.listen(_cls, "before_delete", _before_delete)
