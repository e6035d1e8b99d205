"""``import members`` and ``export members`` / ``export persons``: the directory's files (DESIGN.md, Files)."""

from __future__ import annotations

from pathlib import Path

from ..core.directory_filters import DirectoryFilters
from ..core.exchange.exporter import export_members
from ..core.exchange.importer import DECISIONS, ImportOptions, apply_import, plan_import
from ..core.exchange.mapping import ColumnMapping
from ..core.exchange.vcard import export_persons_vcard
from . import exit_codes
from .basic_commands import _open
from .command_groups import command_group
from .output import say

REPORT_LIMIT = 200  # problems listed one per line; beyond that a count (the dry run lists them all)


def import_members(args) -> int:
    store = _open(args, create=True)
    mapping = ColumnMapping.load(Path(args.mapping)) if args.mapping else None
    options = ImportOptions(encoding=args.encoding, mapping=mapping, on_duplicate=args.on_duplicate)
    plan = plan_import(store, Path(args.file), options)
    problems = plan.all_problems
    limit = None if args.dry_run else REPORT_LIMIT
    for problem in problems[:limit]:
        say(f"  {problem}")
    if limit is not None and len(problems) > limit:
        say(f"  … and {len(problems) - limit} more (run with --dry-run to list them all)")
    duplicates = list(plan.duplicates.values())
    for duplicate in duplicates[:limit]:
        say(f"  {plan.source}, row {duplicate.row}: {duplicate.label} looks like {duplicate.existing} "
            f"({duplicate.candidate.reason}) → {duplicate.decision}")
    if limit is not None and len(duplicates) > limit:
        say(f"  … and {len(duplicates) - limit} more duplicate(s)")
    encoding = f" (read as {plan.encoding})" if plan.encoding else ""
    if plan.problems or (problems and not args.skip_bad_rows and not args.dry_run):
        say(f"{plan.source}{encoding}: {len(problems)} problem(s) in {len(plan.bad_rows)} row(s); nothing was "
            "imported. Correct the file, or use --skip-bad-rows to import the other rows.")
        return exit_codes.INVALID
    if args.dry_run:
        say(f"Dry run of {plan.source}{encoding}: {len(plan.rows)} row(s), {len(plan.bad_rows)} with problems, "
            f"{len(plan.duplicates)} duplicate(s); nothing was written.")
        return exit_codes.INVALID if problems else exit_codes.OK
    result = apply_import(store, plan, skip_bad_rows=args.skip_bad_rows)
    say(result.summary(plan.source + encoding) + f" (operation #{result.operation_id})")
    return exit_codes.OK


def _filters(args) -> DirectoryFilters | None:
    if not (args.country or args.status):
        return None
    return DirectoryFilters(countries=frozenset(c.upper() for c in args.country or ()),
                            statuses=frozenset(args.status or ()))


def export_member_file(args) -> int:
    store = _open(args)
    count = export_members(store, Path(args.file), search=args.search, filters=_filters(args))
    say(f"Exported {count} member(s) to {args.file}.")
    return exit_codes.OK


def export_person_cards(args) -> int:
    store = _open(args)
    count = export_persons_vcard(store, Path(args.file), search=args.search)
    say(f"Exported {count} person(s) to {args.file}.")
    return exit_codes.OK


def register(commands) -> None:
    imports = command_group(commands, "import", "read records from a file")
    members_in = imports.add_parser("members", help="import members from CSV or XLSX (our export layout, or "
                                                    "another through --mapping)")
    members_in.add_argument("file", metavar="FILE.xlsx|csv")
    members_in.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")
    members_in.add_argument("--mapping", metavar="FILE", help="column mapping saved from the import window (JSON)")
    members_in.add_argument("--encoding", metavar="ENC", help="encoding of a CSV file (default: detected), e.g. "
                                                              "utf-8, cp932, cp1252")
    members_in.add_argument("--skip-bad-rows", action="store_true",
                            help="import the good rows when some are bad (default: all or nothing)")
    members_in.add_argument("--on-duplicate", choices=DECISIONS, default="skip",
                            help="what to do with a row that matches a member or an earlier row (default: skip)")
    members_in.set_defaults(handler=import_members)

    exports = command_group(commands, "export", "write records to a file")
    members_out = exports.add_parser("members", help="export members as CSV (UTF-8 with BOM) or XLSX")
    members_out.add_argument("file", metavar="FILE.xlsx|csv")
    members_out.add_argument("--search", metavar="TEXT", help="only members found by TEXT")
    members_out.add_argument("--country", action="append", metavar="CC", help="only members of this country")
    members_out.add_argument("--status", action="append", metavar="STATUS", help="only this membership status")
    members_out.set_defaults(handler=export_member_file)
    persons_out = exports.add_parser("persons", help="export persons as vCard (.vcf)")
    persons_out.add_argument("file", metavar="FILE.vcf")
    persons_out.add_argument("--search", metavar="TEXT", help="only persons found by TEXT")
    persons_out.set_defaults(handler=export_person_cards)
