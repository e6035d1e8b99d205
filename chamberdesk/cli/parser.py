"""The argument parser; usage errors exit with status 2 (argparse's own convention)."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from pathlib import Path

from .. import __version__


def size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"'{text}': width and height must be between 200 and 8000")
    return width, height


MAX_LIMIT = 10_000_000


def positive(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number from 1 to {MAX_LIMIT:,}")
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
    for module in command_modules():
        module.register(commands)
    _accept_db_after_command(commands)
    return parser


def _accept_db_after_command(subparsers) -> None:
    """'chamberdesk list members --db FILE' works as well as 'chamberdesk --db FILE list members'."""
    for subparser in set(subparsers.choices.values()):
        nested = [a for a in subparser._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            for action in nested:
                _accept_db_after_command(action)
        elif not any("--db" in a.option_strings for a in subparser._actions):
            subparser.add_argument("--db", metavar="URL_OR_PATH", default=argparse.SUPPRESS,
                                   help="database file or SQLAlchemy URL (may also come before the command)")


def command_modules() -> list:
    """Every ``*_commands`` module of this package adds its subcommands through ``register``."""
    package = Path(__file__).parent
    names = sorted(info.name for info in pkgutil.iter_modules([str(package)]) if info.name.endswith("_commands"))
    return [importlib.import_module(f"{__package__}.{name}") for name in names]
