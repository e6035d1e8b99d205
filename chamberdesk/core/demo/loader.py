"""Load a plan into a store in one audited operation, creating only what is missing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from sqlalchemy import select

from ..model import Organisation
from ..services.operation import Operation, operation
from .plan import Plan, Ref, Spec, demo_uid

_CHUNK = 500  # bound parameters per IN (...) query, well inside every backend's limit
# A record the user entered before loading the demo, with the same unique name, is used, not duplicated.
_ADOPT_BY = {Organisation: "short_name"}


class _NothingToDo(Exception):
    """Raised inside the operation so that a complete database gets no empty audit entry."""


def apply_plan(store, plan: Plan, *, actor: str | None, summary: str) -> dict[str, int]:
    """Create the plan's missing records; returns how many of each table were created."""
    try:
        with operation(store, "demo.load", actor=actor, summary=summary) as op:
            created = _Loader(op, plan).run()
            if not created:
                raise _NothingToDo
            return created
    except _NothingToDo:
        return {}


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _Loader:
    def __init__(self, op: Operation, plan: Plan) -> None:
        self.op = op
        self.session = op.session
        self.plan = plan
        self.ids: dict[str, int] = {}
        self.created: Counter[str] = Counter()

    def run(self) -> dict[str, int]:
        self._find_existing()
        existing_rows = self._existing_identities()
        ours_taken = self.session.scalar(select(Organisation.id).where(Organisation.is_ours)) is not None
        for spec in self.plan.specs:
            if spec.has_uid and spec.key in self.ids:
                continue
            values = self._resolve(spec.values)
            if not spec.has_uid:
                if tuple(values[name] for name in spec.identity) in existing_rows.get(spec.model, ()):
                    continue
                record = spec.model(**values)
            else:
                if spec.model is Organisation and values.get("is_ours") and ours_taken:
                    values["is_ours"] = False  # the database already names its own organisation
                record = spec.model(uid=demo_uid(spec.key), **values)
            self.op.create(record)
            if spec.has_uid:
                self.ids[spec.key] = record.id
            self.created[spec.model.__tablename__] += 1
        updated = self._apply_links()
        return dict(self.created) if (self.created or updated) else {}

    def _resolve(self, values: dict[str, object]) -> dict[str, object]:
        return {name: self.ids[value.key] if isinstance(value, Ref) else value
                for name, value in values.items()}

    def _find_existing(self) -> None:
        """Map the keys of records already in the database (by uid, or by a unique name) to ids."""
        by_model: dict[type, dict[str, str]] = {}
        for spec in self.plan.specs:
            if spec.has_uid:
                by_model.setdefault(spec.model, {})[demo_uid(spec.key)] = spec.key
        for model, keys_by_uid in by_model.items():
            for chunk in _chunks(list(keys_by_uid)):
                for uid, record_id in self.session.execute(
                        select(model.uid, model.id).where(model.uid.in_(chunk))):
                    self.ids[keys_by_uid[uid]] = record_id
        for spec in self.plan.specs:
            column = _ADOPT_BY.get(spec.model)
            value = spec.values.get(column) if column else None
            if value and spec.key not in self.ids:
                model = spec.model
                found = self.session.scalar(select(model.id).where(getattr(model, column) == value))
                if found is not None:
                    self.ids[spec.key] = found

    def _existing_identities(self) -> dict[type, set[tuple]]:
        """Rows without a uid that are already there, for the parents that already existed."""
        wanted: dict[type, list[Spec]] = {}
        for spec in self.plan.specs:
            parent = spec.values.get(spec.identity[0]) if spec.identity else None
            if isinstance(parent, Ref) and parent.key in self.ids:
                wanted.setdefault(spec.model, []).append(spec)
        found: dict[type, set[tuple]] = {}
        for model, specs in wanted.items():
            columns = [getattr(model, name) for name in specs[0].identity]
            parents = sorted({self.ids[s.values[s.identity[0]].key] for s in specs})
            rows: set[tuple] = set()
            for chunk in _chunks(parents):
                query = select(*columns).where(columns[0].in_(chunk))
                rows.update(tuple(row) for row in self.session.execute(query))
            found[model] = rows
        return found

    def _apply_links(self) -> int:
        updated = 0
        for link in self.plan.links:
            if link.key not in self.ids or link.target not in self.ids:
                continue
            record = self.session.get(link.model, self.ids[link.key])
            if getattr(record, link.field) is None:
                self.op.update(record, {link.field: self.ids[link.target]})
                updated += 1
        return updated


_IRREGULAR_PLURALS = {"match": "matches", "person": "persons", "evidence": "evidence records"}


def describe(created: dict[str, int]) -> Iterable[str]:
    for table, count in sorted(created.items()):
        noun = table.replace("_", " ")
        if count != 1:
            noun = _IRREGULAR_PLURALS.get(table, noun + "s")
        yield f"{count} {noun}"
