"""One function per subcommand; each opens the store, calls services and reports."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..core.errors import ConflictError
from ..core.listing import SOURCES
from ..store import open_store
from ..store.backup import backup_database, backup_file_name, timestamped_backup_path
from ..store.check import check_store
from ..store.restore import restore_backup
from . import exit_codes
from .output import ConsoleProgress, say, write_json
from .parser import positive, size


def _open(args, *, create: bool = False, progress=None):
    """Open the --db database; only commands that fill a database may create a missing file. An
    upgrade (a minute for 100,000 members) shows how far it is on the terminal, or to ``progress``."""
    with ConsoleProgress() as console:
        store = open_store(args.db, create=create or args.db is None, progress=progress or console)
    if store.backup_path is not None:
        say(f"Upgraded the database from schema {store.upgraded_from}; a backup was saved to {store.backup_path}.")
    return store


def open_window(args) -> int:
    from .main import has_display

    if not has_display():
        say("chamberdesk: no display available to open the window (use a subcommand, e.g. "
            "'chamberdesk list members', or run on a desktop session).")
        return exit_codes.USAGE
    from ..ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(lambda progress: _open(args, create=True, progress=progress))


def demo(args) -> int:
    from ..core.demo import load_demo

    store = _open(args, create=True)
    result = load_demo(store)
    say(result.summary())
    return exit_codes.OK


def list_records(args) -> int:
    store = _open(args)
    source = SOURCES[args.kind]
    today = date.today()
    with store.read() as session:
        # JSON is sorted by id, so a limit takes the first N by id; the table takes them in list order.
        ids = source.ids(session, args.search, sort="id" if args.json else None, limit=args.limit)
        if args.json:
            records = source.records(session, ids)
            write_json([source.json(records[i], today) for i in sorted(ids)])
            return exit_codes.OK
        rows = source.rows(session, ids, today)
        for record_id in ids:
            row = rows[record_id]
            label = " / ".join(str(row[c]) for c in source.columns[:2] if row.get(c))
            details = ", ".join(str(row[c]) for c in source.columns[2:] if row.get(c) not in (None, ""))
            print(f"{record_id:>6}  {label}" + (f"  ({details})" if details else ""))
    return exit_codes.OK


def backup(args) -> int:
    store = _open(args)
    stem = store.file.stem if store.file else "server"
    if args.output and Path(args.output).is_dir():
        target = Path(args.output) / backup_file_name(stem, "manual")
    elif args.output:
        target = Path(args.output)
        if target.exists():
            raise ConflictError(f"{target} already exists; choose another name (a backup never overwrites).")
    else:
        target = timestamped_backup_path(store.data_dir, stem, "manual")
    written = backup_database(store.engine, target)
    say(f"Backup written to {written}")
    return exit_codes.OK


def restore(args) -> int:
    store = _open(args, create=True)
    safety = restore_backup(store, Path(args.file))
    say(f"Restored {args.file} into {store.display_name}; what was there before is saved in {safety}.")
    return exit_codes.OK


def check(args) -> int:
    store = _open(args)
    report = check_store(store)
    for line in report.facts:
        say(f"ok       {line}")
    for line in report.warnings:
        say(f"warning  {line}")
    for line in report.errors:
        say(f"ERROR    {line}")
    say("Check passed." if report.ok else f"Check found {len(report.errors)} problem(s).")
    return exit_codes.OK if report.ok else exit_codes.INVALID


def screenshot(args) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # renders without a display, before Qt is imported
    store = _open(args)
    from ..ui.screenshot import render_page

    render_page(store, args.page, args.lang, args.size, Path(args.output))
    say(f"Saved {args.page} ({args.lang}, {args.size[0]}x{args.size[1]}) to {args.output}")
    return exit_codes.OK


SCREENSHOT_PAGES = ("dashboard", "members", "delegations", "meetings", "agreements")


def register(commands) -> None:
    commands.add_parser("demo", help="load the demo data set (safe to run again)").set_defaults(handler=demo)

    listing = commands.add_parser("list", help="list records")
    listing.add_argument("kind", choices=sorted(SOURCES))
    listing.add_argument("--search", metavar="TEXT", help="only records whose names or titles contain TEXT")
    listing.add_argument("--limit", type=positive, metavar="N", help="at most N records")
    listing.add_argument("--json", action="store_true", help="JSON array on stdout, sorted by id")
    listing.set_defaults(handler=list_records)

    backup_parser = commands.add_parser("backup", help="write a consistent copy of the database")
    backup_parser.add_argument("-o", "--output", metavar="FILE",
                               help="where to write it (default: the backups folder)")
    backup_parser.set_defaults(handler=backup)

    restore_parser = commands.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)")
    restore_parser.add_argument("file", metavar="FILE")
    restore_parser.set_defaults(handler=restore)

    commands.add_parser("check", help="check integrity, references, schema version and attachments"
                        ).set_defaults(handler=check)

    shot = commands.add_parser("screenshot", help="render a page of the main window to PNG (no display needed)")
    shot.add_argument("page", choices=SCREENSHOT_PAGES)
    shot.add_argument("--lang", choices=("en", "ja"), default="en")
    shot.add_argument("--size", type=size, default=(1280, 800), metavar="WxH")
    shot.add_argument("-o", "--output", required=True, metavar="FILE.png")
    shot.set_defaults(handler=screenshot)
