"""One function per subcommand; each opens the store, calls services and reports."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..core.listing import SOURCES
from ..store import open_store
from ..store.backup import backup_database, timestamped_backup_path
from ..store.check import check_store
from ..store.restore import restore_backup
from . import exit_codes
from .output import say, write_json


def _open(args):
    store = open_store(args.db)
    if store.backup_path is not None:
        say(f"Upgraded the database from schema {store.upgraded_from}; a backup was saved to {store.backup_path}.")
    return store


def open_window(args) -> int:
    from .main import has_display

    if not has_display():
        say("chamberdesk: no display available to open the window (use a subcommand, e.g. "
            "'chamberdesk list members', or run on a desktop session).")
        return exit_codes.USAGE
    store = _open(args)
    from ..ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(store)


def demo(args) -> int:
    from ..core.demo import load_demo

    store = _open(args)
    result = load_demo(store)
    say(result.summary())
    return exit_codes.OK


def list_records(args) -> int:
    store = _open(args)
    source = SOURCES[args.kind]
    today = date.today()
    with store.read() as session:
        ids = source.ids(session, args.search, limit=args.limit)
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
    if args.output:
        target = Path(args.output)
    else:
        stem = store.file.stem if store.file else "server"
        target = timestamped_backup_path(store.data_dir, stem, "manual")
    written = backup_database(store.engine, target)
    say(f"Backup written to {written}")
    return exit_codes.OK


def restore(args) -> int:
    store = _open(args)
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


HANDLERS = {"demo": demo, "list": list_records, "backup": backup, "restore": restore, "check": check,
            "screenshot": screenshot}
