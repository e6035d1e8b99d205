"""The demo data set as a plan: records described by stable keys, resolved to ids when loaded.

Builders add records in dependency order and refer to each other by key (``Ref``), never by
database id, so the same plan loads into an empty database, completes a partially loaded one,
and finds nothing to do in a complete one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from ..base import Base, Record

# Fixed namespace: the uid of "member:jp:017" is the same in every database, on every machine.
DEMO_NAMESPACE = uuid.UUID("6f1c3b0e-5d2a-4c8e-9b7f-2a4d8e1c9f30")


def demo_uid(key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, key))


@dataclass(frozen=True)
class Ref:
    """The id of another record of the plan, known only once that record is in the database."""

    key: str


@dataclass
class Spec:
    key: str
    model: type[Base]
    values: dict[str, object]
    # Records without a uid (tags, agreement parties, passports) are found by these columns.
    identity: tuple[str, ...] = ()

    @property
    def has_uid(self) -> bool:
        return issubclass(self.model, Record)


@dataclass(frozen=True)
class Link:
    """A reference set after both records exist (room-mates point at each other)."""

    key: str
    model: type[Base]
    field: str
    target: str


@dataclass
class Plan:
    specs: list[Spec] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    _keys: set[str] = field(default_factory=set, repr=False)

    def add(self, key: str, model: type[Base], *, identity: tuple[str, ...] = (), **values) -> Ref:
        if key in self._keys:
            raise ValueError(f"demo key '{key}' is used twice")
        self._keys.add(key)
        self.specs.append(Spec(key, model, values, identity))
        return Ref(key)

    def __contains__(self, key: str) -> bool:
        return key in self._keys

    def link(self, source: Ref, model: type[Base], field_name: str, target: Ref) -> None:
        self.links.append(Link(source.key, model, field_name, target.key))
