"""The argument parser; usage errors exit with status 2 (argparse's own convention)."""

from __future__ import annotations

import argparse

from .. import __version__
from ..core.listing import SOURCES

SCREENSHOT_PAGES = ("dashboard", "members", "delegations", "meetings", "agreements")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"'{text}': width and height must be between 200 and 8000")
    return width, height


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a positive whole number")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chamberdesk",
        description="ChamberDesk: members, delegations, meetings and agreements of a chamber's secretariat. "
                    "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"ChamberDesk {__version__}")
    parser.add_argument("--db", metavar="URL_OR_PATH",
                        help="database file or SQLAlchemy URL (default: the file in your user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("demo", help="load the demo data set (safe to run again)")

    listing = commands.add_parser("list", help="list records")
    listing.add_argument("kind", choices=sorted(SOURCES))
    listing.add_argument("--search", metavar="TEXT", help="only records whose names or titles contain TEXT")
    listing.add_argument("--limit", type=_positive, metavar="N", help="at most N records")
    listing.add_argument("--json", action="store_true", help="JSON array on stdout, sorted by id")

    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: the backups folder)")

    restore = commands.add_parser("restore", help="replace the database with a backup (the current one is "
                                                  "backed up first)")
    restore.add_argument("file", metavar="FILE")

    commands.add_parser("check", help="check integrity, references, schema version and attachments")

    shot = commands.add_parser("screenshot", help="render a page of the main window to PNG (no display needed)")
    shot.add_argument("page", choices=SCREENSHOT_PAGES)
    shot.add_argument("--lang", choices=("en", "ja"), default="en")
    shot.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    shot.add_argument("-o", "--output", required=True, metavar="FILE.png")
    return parser
