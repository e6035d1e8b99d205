"""``import members`` and ``export members`` / ``export persons``: the directory's files (DESIGN.md, Files)."""

from __future__ import annotations

import argparse
import codecs
from pathlib import Path

from ..core.directory_filters import DirectoryFilters, country_code
from ..core.enums import MembershipStatus
from ..core.errors import NotFoundError, ServiceError
from ..core.exchange.exporter import EXTENSIONS, Exported, export_members, export_persons, export_suffix
from ..core.exchange.importer import DECISIONS, ImportOptions, apply_import, plan_import
from ..core.exchange.mapping import ColumnMapping
from ..core.exchange.reading import SHEET_SUFFIXES
from ..store.location import resolve_database_url, sqlite_file
from . import exit_codes
from .basic_commands import _open
from .command_groups import command_group
from .output import ConsoleProgress, say

REPORT_LIMIT = 200  # problems listed one per line; beyond that a count (the dry run lists them all)


def _require_file(path: str, what: str) -> None:
    """A file the command reads: checked before the database is opened (or created, for an import)."""
    if not Path(path).is_file():
        raise NotFoundError(f"{path}: no such {what}")


def import_file(text: str) -> str:
    """A file to import: its name must say it is a sheet (a usage error, before anything is read)."""
    if Path(text).suffix.lower() not in SHEET_SUFFIXES:
        raise argparse.ArgumentTypeError(f"'{text}' is not a CSV or XLSX file: its name must end in "
                                         f"{', '.join(SHEET_SUFFIXES)}")
    return text


def encoding_name(text: str) -> str:
    try:
        codecs.lookup(text)
    except LookupError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an encoding this computer knows (e.g. utf-8, cp932, "
                                         "cp1252)") from None
    return text


def import_members(args) -> int:
    _require_file(args.file, "file")
    if args.mapping:
        _require_file(args.mapping, "mapping file")
    target = sqlite_file(resolve_database_url(args.db))
    fresh = target is not None and not target.exists()
    store = _open(args, create=True)
    wrote = False
    try:
        status, wrote = _import_members(store, args)
        return status
    finally:
        if fresh and not wrote:  # a dry run or a refused file leaves no empty database behind
            store.engine.dispose()
            for leftover in (target, *(target.with_name(target.name + suffix) for suffix in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)


def _import_members(store, args) -> tuple[int, bool]:
    """The exit status, and whether anything was written."""
    mapping = ColumnMapping.load(Path(args.mapping)) if args.mapping else None
    options = ImportOptions(encoding=args.encoding, mapping=mapping, on_duplicate=args.on_duplicate)
    with ConsoleProgress() as progress:
        plan = plan_import(store, Path(args.file), options, progress=progress)
    for warning in plan.warnings:
        say(f"  {warning}")
    problems = plan.all_problems
    limit = None if args.dry_run else REPORT_LIMIT
    for problem in problems[:limit]:
        say(f"  {problem}")
    if limit is not None and len(problems) > limit:
        say(f"  … and {len(problems) - limit} more (run with --dry-run to list them all)")
    duplicates = list(plan.duplicates.values())
    for duplicate in duplicates[:limit]:
        matched = f": {duplicate.candidate.matched}" if duplicate.candidate.matched else ""
        # Asked to create a row that may not be: say why it is skipped instead.
        refused = (" (not created: its registration number is taken)"
                   if options.on_duplicate not in duplicate.choices else "")
        say(f"  {plan.source}, row {duplicate.row}: {duplicate.label} looks like {duplicate.existing} "
            f"({duplicate.candidate.reason}{matched}) → {duplicate.decision}{refused}")
    if limit is not None and len(duplicates) > limit:
        say(f"  … and {len(duplicates) - limit} more duplicate(s)")
    encoding = f" (read as {plan.encoding})" if plan.encoding else ""
    if plan.problems:
        say(f"{plan.source}{encoding}: the file cannot be imported as it is (see above: its header line or the "
            "column mapping); nothing was imported.")
        return exit_codes.INVALID, False
    if problems and not args.skip_bad_rows and not args.dry_run:
        say(f"{plan.source}{encoding}: {len(problems)} problem(s) in {len(plan.bad_rows)} row(s); nothing was "
            "imported. Correct the file, or use --skip-bad-rows to import the other rows.")
        return exit_codes.INVALID, False
    if args.dry_run:
        say(f"Dry run of {plan.source}{encoding}: {len(plan.rows)} row(s), {len(plan.bad_rows)} with problems, "
            f"{len(plan.duplicates)} duplicate(s); nothing was written.")
        return (exit_codes.INVALID if problems else exit_codes.OK), False
    if plan.rows and len(plan.bad_rows) == len(plan.rows):
        say(f"{plan.source}{encoding}: every row has problems (see above); nothing was imported.")
        return exit_codes.INVALID, False
    with ConsoleProgress() as progress:
        result = apply_import(store, plan, skip_bad_rows=args.skip_bad_rows, progress=progress)
    written = f" (operation #{result.operation_id})" if result.operation_id else " Nothing was written."
    say(result.summary(plan.source + encoding) + written)
    return exit_codes.OK, result.operation_id is not None


def country(text: str) -> str:
    code = country_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a country: give its ISO code (JP, IN, TH) or its English "
                                         "or Japanese name (Japan, 日本)")
    return code


def export_file(text: str) -> Path:
    """The file to write: its extension names a format and its folder exists (else a usage error)."""
    path = Path(text)
    try:
        export_suffix(path)
    except ServiceError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"cannot write {text}: the folder {path.parent} does not exist")
    return path


def _filters(args) -> DirectoryFilters | None:
    if not (args.country or args.status):
        return None
    return DirectoryFilters(countries=frozenset(args.country or ()), statuses=frozenset(args.status or ()))


def _report(args, result: Exported, kind: str) -> None:
    """What was written; a search or filter that selects nothing is said so (the file has its header only)."""
    if result.matched == 0:
        chosen = [f"search '{args.search}'"] if args.search else []
        chosen += [f"{option} {' or '.join(sorted(set(values)))}" for option in ("country", "status")
                   if (values := getattr(args, option, None))]
        where = f"0 {kind}s match {' and '.join(chosen)}" if chosen else f"There are no {kind}s"
        contents = "is empty" if args.file.suffix.lower() == ".vcf" else "has the header only"
        say(f"{where}; {args.file} {contents}.")
    elif args.file.suffix.lower() == ".vcf" and kind == "member":
        say(f"Exported {result.written} contact person(s) of {result.matched} member(s) to {args.file}.")
    elif result.persons_left_out:
        say(f"Exported {result.written} {kind}(s) to {args.file}; {result.persons_left_out} further contact "
            "person(s) are not in it (a member list holds one per member): export persons, or the members as "
            ".vcf, to keep them.")
    else:
        say(f"Exported {result.written} {kind}(s) to {args.file}.")


def export_member_file(args) -> int:
    store = _open(args)
    _report(args, export_members(store, args.file, search=args.search, filters=_filters(args)), "member")
    return exit_codes.OK


def export_person_file(args) -> int:
    store = _open(args)
    _report(args, export_persons(store, args.file, search=args.search), "person")
    return exit_codes.OK


FORMATS_HELP = "the extension decides the format: " + ", ".join(f"{ext} {name}" for ext, name in EXTENSIONS.items())


def register(commands) -> None:
    imports = command_group(commands, "import", "read records from a file")
    members_in = imports.add_parser("members", help="import members from CSV or XLSX (our export layout, or "
                                                    "another through --mapping)")
    members_in.add_argument("file", type=import_file, metavar="FILE.xlsx|csv")
    members_in.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")
    members_in.add_argument("--mapping", metavar="FILE", help="column mapping saved from the import window (JSON)")
    members_in.add_argument("--encoding", metavar="ENC", type=encoding_name, help="encoding of a CSV file (default: detected), e.g. "
                                                              "utf-8, cp932, cp1252")
    members_in.add_argument("--skip-bad-rows", action="store_true",
                            help="import the good rows when some are bad (default: all or nothing)")
    members_in.add_argument("--on-duplicate", choices=DECISIONS, default="skip",
                            help="what to do with a row that matches a member or an earlier row (default: skip)")
    members_in.set_defaults(handler=import_members)

    exports = command_group(commands, "export", "write records to a file")
    members_out = exports.add_parser("members", help="export members as CSV (UTF-8 with BOM) or XLSX, or their "
                                                     "contact persons as vCard", description=FORMATS_HELP)
    members_out.add_argument("file", type=export_file, metavar="FILE.xlsx|csv|vcf")
    members_out.add_argument("--search", metavar="TEXT", help="only members found by TEXT")
    members_out.add_argument("--country", action="append", type=country, metavar="COUNTRY",
                             help="only members of this country: ISO code or English or Japanese name (JP, Japan, "
                                  "日本); may be repeated")
    members_out.add_argument("--status", action="append", type=str.lower,
                             choices=[status.value for status in MembershipStatus],
                             help="only this membership status; may be repeated")
    members_out.set_defaults(handler=export_member_file)
    persons_out = exports.add_parser("persons", help="export persons as CSV (UTF-8 with BOM), XLSX or vCard",
                                     description=FORMATS_HELP)
    persons_out.add_argument("file", type=export_file, metavar="FILE.xlsx|csv|vcf")
    persons_out.add_argument("--search", metavar="TEXT", help="only persons found by TEXT")
    persons_out.set_defaults(handler=export_person_file)
