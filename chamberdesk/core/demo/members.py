"""About 240 member SMEs in India, Japan, Thailand and Indonesia, each with one or two contacts.

Every group draws from its own fixed-seed random stream, so the same members come out on every
run and a change to one country's pools does not reshuffle the others. The first members of a
group have fixed sectors or places: the delegations and visits pick their participants and
hosts from them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..enums import MembershipStatus, SizeClass, TagKind
from ..model import Member, MemberTag, Person
from . import companies, names, places
from .contact import ascii_words, email_local, landline, mobile
from .identifiers import registration_number
from .industries import SECTORS, needs_text, tags_for
from .organisations import Organisations
from .plan import Plan, Ref


@dataclass
class Contact:
    ref: Ref
    name: names.PersonName
    primary: bool
    dietary: str | None


@dataclass
class MemberInfo:
    ref: Ref
    key: str
    group: str
    country: str
    sector: str
    place: places.Locality
    company: companies.CompanyName
    status: MembershipStatus
    address: str
    address_local: str | None
    tags: list[tuple[str, str]] = field(default_factory=list)  # (kind, tag)
    contacts: list[Contact] = field(default_factory=list)

    @property
    def primary(self) -> Contact:
        return self.contacts[0]


@dataclass
class Directory:
    members: list[MemberInfo] = field(default_factory=list)

    def group(self, code: str) -> list[MemberInfo]:
        return [m for m in self.members if m.group == code]

    def find(self, group: str, sector: str, area: str | None = None) -> MemberInfo:
        """The first member of a group in a sector (and area): hosts and participants are taken so."""
        for member in self.group(group):
            if member.sector == sector and (area is None or member.place.area.startswith(area)):
                return member
        raise LookupError(f"no {sector} member in {group} {area or ''}")


@dataclass(frozen=True)
class Group:
    code: str
    country: str
    count: int
    localities: tuple[places.Locality, ...]
    community: Callable[[random.Random, places.Locality], names.Community]
    company: Callable[[random.Random, places.Locality, str], companies.CompanyName]
    organisations: tuple[tuple[str, int], ...]
    domains: tuple[str, ...]
    founded: tuple[int, int]
    titles: tuple[tuple[str, str], ...]  # heads first, then managers
    forced: tuple[tuple[str, str | None], ...] = ()  # (sector, area) of the first members
    dues: dict[str, dict[SizeClass, int]] = field(default_factory=dict)  # organisation → size → minor units
    sectors: dict[str, int] = field(default_factory=dict)  # weights; without them every place is as likely


def _weighted(rng: random.Random, options: tuple[tuple[names.Community, int], ...]) -> names.Community:
    communities, weights = zip(*options)
    return rng.choices(communities, weights)[0]


def _kerala_community(rng: random.Random, place: places.Locality) -> names.Community:
    muslim = 50 if place.city in ("Kozhikode", "Malappuram") else 18
    return _weighted(rng, ((names.KERALA_HINDU, 45), (names.KERALA_CHRISTIAN, 37), (names.KERALA_MUSLIM, muslim)))


def _north_community(rng: random.Random, place: places.Locality) -> names.Community:
    if place.region == "Punjab":
        return _weighted(rng, ((names.PUNJABI_SIKH, 50), (names.HINDI_HINDU, 40), (names.HINDI_JAIN, 10)))
    if place.city in ("Moradabad", "Kanpur"):
        return _weighted(rng, ((names.HINDI_MUSLIM, 40), (names.HINDI_HINDU, 50), (names.HINDI_JAIN, 10)))
    return _weighted(rng, ((names.HINDI_HINDU, 70), (names.HINDI_JAIN, 20), (names.HINDI_MUSLIM, 5),
                           (names.PUNJABI_SIKH, 5)))


def _indonesian_community(rng: random.Random, place: places.Locality) -> names.Community:
    if place.city == "Denpasar":
        return _weighted(rng, ((names.INDONESIAN_BALINESE, 80), (names.INDONESIAN_MUSLIM, 10),
                               (names.INDONESIAN_CHINESE, 10)))
    christian = 50 if place.city in ("Medan", "Bitung") else 6
    return _weighted(rng, ((names.INDONESIAN_MUSLIM, 80), (names.INDONESIAN_CHINESE, 12),
                           (names.INDONESIAN_CHRISTIAN, christian)))


_KERALA_TITLES = (("Managing Director", "മാനേജിങ് ഡയറക്ടർ"), ("Proprietor", "ഉടമ"), ("Director", "ഡയറക്ടർ"),
                  ("Export Manager", "എക്സ്പോർട്ട് മാനേജർ"), ("General Manager", "ജനറൽ മാനേജർ"),
                  ("Marketing Manager", "മാർക്കറ്റിങ് മാനേജർ"))
_HINDI_TITLES = (("Managing Director", "प्रबंध निदेशक"), ("Proprietor", "स्वामी"), ("Director", "निदेशक"),
                 ("Export Manager", "निर्यात प्रबंधक"), ("General Manager", "महाप्रबंधक"),
                 ("Marketing Manager", "विपणन प्रबंधक"))
_JAPANESE_TITLES = (("President & CEO", "代表取締役社長"), ("President", "代表取締役"),
                    ("Managing Director", "専務取締役"), ("Director, Sales", "取締役営業部長"),
                    ("Manager, Overseas Sales", "海外営業課長"), ("Plant Manager", "工場長"))
_THAI_TITLES = (("Managing Director", "กรรมการผู้จัดการ"), ("Owner", "เจ้าของกิจการ"),
                ("Director", "กรรมการ"), ("Sales Manager", "ผู้จัดการฝ่ายขาย"),
                ("Export Manager", "ผู้จัดการฝ่ายส่งออก"), ("Factory Manager", "ผู้จัดการโรงงาน"))
_INDONESIAN_TITLES = (("President Director", "Direktur Utama"), ("Owner", "Pemilik"), ("Director", "Direktur"),
                      ("Marketing Manager", "Manajer Pemasaran"), ("Export Manager", "Manajer Ekspor"),
                      ("Production Manager", "Manajer Produksi"))

GROUPS = (
    Group("kerala", "IN", 62, places.KERALA, _kerala_community, companies.kerala_name,
          (("injack", 1),), (".in", ".co.in", ".com"), (1972, 2021), _KERALA_TITLES,
          forced=tuple((s, None) for s in (
              "spices", "coir", "cashew", "seafood", "ayurveda", "rubber", "tea_coffee", "handloom", "software",
              "electronics", "food", "plywood", "coconut", "machining", "spices", "cashew", "seafood", "ayurveda")),
          dues={"injack": {SizeClass.MICRO: 5_000_00, SizeClass.SMALL: 10_000_00, SizeClass.MEDIUM: 25_000_00}},
          sectors={"spices": 8, "seafood": 7, "ayurveda": 7, "coir": 6, "cashew": 6, "food": 6, "rubber": 5,
                   "software": 5, "tea_coffee": 4, "coconut": 4, "handloom": 3, "electronics": 3, "plywood": 3,
                   "machining": 3}),
    Group("north", "IN", 26, places.NORTH_INDIA, _north_community, companies.hindi_name,
          (("injack", 1),), (".in", ".co.in", ".com"), (1968, 2020), _HINDI_TITLES,
          dues={"injack": {SizeClass.MICRO: 5_000_00, SizeClass.SMALL: 10_000_00, SizeClass.MEDIUM: 25_000_00}}),
    Group("jp", "JP", 72, places.JAPAN, lambda rng, place: names.JAPANESE, companies.japanese_name,
          (("icosa", 3), ("smrj", 2)), (".co.jp", ".co.jp", ".jp"), (1948, 2018), _JAPANESE_TITLES,
          forced=(("machining", "Shimomaruko"), ("forging", "Higashikojiya"), ("machining", "Takaida"),
                  ("medical", "Mizuhai"), ("food", "Honmachi"), ("auto_parts", "Rokuban"),
                  ("auto_parts", "Tsutsumicho"), ("cutlery", "Hidase"), ("ceramics", "Kasaharacho"),
                  ("seafood", "Nakaminato"), ("packaging", "Yahiro"), ("electronics", "Kamikodanaka"),
                  ("sake", "Minamihamacho"), ("software", "Hakata")),
          dues={"icosa": {SizeClass.MICRO: 12_000, SizeClass.SMALL: 30_000, SizeClass.MEDIUM: 60_000}}),
    Group("th", "TH", 36, places.THAILAND, lambda rng, place: names.THAI, companies.thai_name,
          (("dip", 1),), (".co.th", ".com"), (1979, 2020), _THAI_TITLES,
          forced=(("auto_parts", None), ("food", None), ("rubber", None), ("ceramics", None))),
    Group("id", "ID", 48, places.INDONESIA, _indonesian_community, companies.indonesian_name,
          (("kemenkop", 1),), (".co.id", ".co.id", ".com", ".id"), (1984, 2021), _INDONESIAN_TITLES,
          forced=tuple((s, None) for s in (
              ["auto_parts"] * 9 + ["medical"] * 4 + ["herbal"] * 4 + ["food"] * 6 + ["tea_coffee"] * 2
              + ["seafood"] * 9))),
)

_EMPLOYEES = {SizeClass.MICRO: (2, 9), SizeClass.SMALL: (10, 49), SizeClass.MEDIUM: (50, 280)}
_PREFERRED = {"IN": ("en", 0.8), "JP": ("ja", 0.85), "TH": ("th", 0.7), "ID": ("id", 0.75)}
_NOTES = ("Prefers contact by e-mail; replies within a day.", "Met at the last buyer-seller meet.",
          "Interested in joining the next study tour.", "Asked for an introduction to a trading company.",
          "Factory visit possible on weekdays with two weeks' notice.")


def build(plan: Plan, orgs: Organisations) -> Directory:
    directory = Directory()
    for group in GROUPS:
        rng = random.Random(f"chamberdesk-demo:members:{group.code}")
        seen_names: set[str] = set()
        seen_numbers: set[str] = set()
        seen_domains: set[str] = set()
        for index in range(1, group.count + 1):
            forced = group.forced[index - 1] if index <= len(group.forced) else None
            info = _member(plan, orgs, group, rng, index, forced, seen_names, seen_numbers, seen_domains)
            directory.members.append(info)
    return directory


def _identity(company: companies.CompanyName) -> str:
    """Names that differ only in legal form or a plural ("Foods" / "Food") count as the same."""
    return " ".join(w.lower().rstrip("s") for w in company.domain_words)


def _pick_place(rng: random.Random, group: Group, forced: tuple[str, str | None] | None):
    if forced is None and not group.sectors:
        place = rng.choice(group.localities)
        return place, rng.choice(place.sectors)
    sector, area = forced or (rng.choices(*zip(*group.sectors.items()))[0], None)
    candidates = [p for p in group.localities if sector in p.sectors and (area is None or p.area.startswith(area))]
    return rng.choice(candidates), sector


def _member(plan: Plan, orgs: Organisations, group: Group, rng: random.Random, index: int,
            forced: tuple[str, str | None] | None, seen_names: set[str], seen_numbers: set[str],
            seen_domains: set[str]) -> MemberInfo:
    place, sector_code = _pick_place(rng, group, forced)
    company = group.company(rng, place, sector_code)
    while _identity(company) in seen_names:
        company = group.company(rng, place, sector_code)
    seen_names.add(_identity(company))

    size = rng.choices((SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM), (25, 45, 30))[0]
    founded = rng.randint(*group.founded)
    if sector_code == "sake":
        founded = rng.randint(1716, 1925)
    number = registration_number(rng, group.country, place.region, founded)
    while number in seen_numbers:
        number = registration_number(rng, group.country, place.region, founded)
    seen_numbers.add(number)
    domain = "-".join(w for part in company.domain_words for w in ascii_words(part)) + rng.choice(group.domains)
    while domain in seen_domains:
        domain = f"{domain.split('.')[0]}{rng.randint(2, 9)}.{domain.split('.', 1)[1]}"
    seen_domains.add(domain)

    organisation = rng.choices(*zip(*group.organisations))[0]
    status = rng.choices(tuple(MembershipStatus), (8, 80, 6, 3, 3))[0] if index > len(group.forced) \
        else MembershipStatus.ACTIVE
    since, until = _membership_dates(rng, status, founded)
    dues = group.dues.get(organisation, {}).get(size) if status is not MembershipStatus.PROSPECT else None
    address, address_local = places.address(rng, place)
    sector = SECTORS[sector_code]
    tags = tags_for(rng, sector, group.country)
    key = f"member:{group.code}:{index:03d}"
    ref = plan.add(
        key, Member, name=company.name, name_local=company.name_local,
        local_lang=None if company.name_local is None else
        {"IN": "ml" if group.code == "kerala" else "hi", "JP": "ja", "TH": "th", "ID": "id"}[group.country],
        name_reading=company.reading, country=group.country, city=place.city, city_local=place.city_local,
        address=address, address_local=address_local, postal_code=place.postal_code, sector=sector.label,
        size_class=size, employees=rng.randint(*_EMPLOYEES[size]), founded_year=founded,
        website=f"https://www.{domain}" if rng.random() < 0.85 else None, registration_no=number,
        membership_status=status, member_since=since, member_until=until, dues_minor=dues,
        dues_currency=_currency(organisation) if dues is not None else None,
        strengths=rng.choice(sector.strength_notes), needs=needs_text(rng, sector, group.country, tags),
        notes=rng.choice(_NOTES) if rng.random() < 0.15 else None, organisation_id=orgs[organisation])
    for kind, tag in tags:
        plan.add(f"{key}:tag:{kind}:{tag}", MemberTag, identity=("member_id", "kind", "tag"),
                 member_id=ref, kind=TagKind(kind), tag=tag)
    info = MemberInfo(ref, key, group.code, group.country, sector_code, place, company, status, address,
                      address_local, tags)
    for position in range(1 if rng.random() < 0.6 else 2):
        info.contacts.append(_contact(plan, group, rng, info, position, domain))
    return info


def _currency(organisation: str) -> str:
    return {"injack": "INR", "icosa": "JPY"}[organisation]


def _membership_dates(rng: random.Random, status: MembershipStatus, founded: int) -> tuple[date | None, date | None]:
    if status is MembershipStatus.PROSPECT:
        return None, None
    first = date(max(2012, founded + 1), 1, 1)
    since = first + timedelta(days=rng.randint(0, max(1, (date(2025, 6, 30) - first).days)))
    if status in (MembershipStatus.LAPSED, MembershipStatus.RESIGNED):
        return since, min(since + timedelta(days=365 * rng.randint(1, 4)), date(2025, 12, 31))
    return since, None


def _emergency_name(partner: names.PersonName | None, family: names.NamePart, country: str) -> str | None:
    """The spouse; in Kerala the family name is shared, Indonesians keep their own."""
    if partner is None or partner.given is None:
        return None
    return f"{partner.given.latin} {partner.family.latin if country == 'ID' else family.latin}"


def _contact(plan: Plan, group: Group, rng: random.Random, info: MemberInfo, position: int, domain: str) -> Contact:
    founder = info.company.founder if position == 0 and rng.random() < 0.8 else None
    community = info.company.founder_community if founder else group.community(rng, info.place)
    pick = names.pick_indonesian if group.country == "ID" else names.pick_name
    person = pick(rng, community)
    if founder:
        person = names.PersonName(community, person.female, person.given, founder)
    heads, managers = group.titles[:3], group.titles[3:]
    title, title_local = rng.choice(heads if position == 0 else managers)
    if position == 0 and info.company.name.endswith(("Pvt Ltd", "Co., Ltd.")) and title in ("Proprietor", "Owner"):
        title, title_local = heads[0]
    if position == 0 and info.company.name.endswith("Limited Partnership"):
        title, title_local = "Managing Partner", "หุ้นส่วนผู้จัดการ"
    given, family = person.given, person.family
    dietary = names.pick_dietary(rng, community)
    phone = mobile(rng, group.country) if rng.random() < 0.6 else landline(rng, group.country, info.place.phone_area)
    language, share = _PREFERRED[group.country]
    traveller = position == 0 and group.code in ("kerala", "id")
    partner = names.pick_name(rng, community, female=not person.female) if traveller else None
    ref = plan.add(
        f"person:{info.key}:{position + 1}", Person,
        family_name=family.latin, given_name=given.latin if given else None,
        family_name_local=family.local, given_name_local=given.local if given else None,
        local_lang=community.lang, family_name_reading=family.reading,
        given_name_reading=given.reading if given else None, name_order=community.order,
        honorific=person.honorific, title=title, title_local=title_local,
        email=f"{email_local(given.latin if given else None, family.latin, rng.randint(0, 3))}@{domain}",
        phone=phone, preferred_lang=language if rng.random() < share else "en",
        dietary=dietary,
        emergency_contact_name=_emergency_name(partner, family, group.country),
        emergency_contact_phone=mobile(rng, group.country) if partner else None,
        member_id=info.ref, is_primary_contact=position == 0)
    return Contact(ref, person, position == 0, dietary)
