"""Entry point: parse, open the store (backup + upgrade first), run one command, map errors to exits."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import OperationalError

from ..core.errors import AmbiguousError, ConflictError, NotFoundError, ServiceError, ValidationError
from ..store.errors import (DatabaseMissingError, DatabaseTooNewError, MigrationError, ReadOnlyDatabaseError,
                            StoreError)
from ..store.location import user_data_dir
from . import exit_codes
from .basic_commands import open_window
from .output import say
from .parser import build_parser

log = logging.getLogger("chamberdesk")


def _configure_logging() -> None:
    """Internal errors go to a log file with their traceback; the console gets one readable line."""
    try:
        folder = user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "chamberdesk.log", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _robust_console() -> None:
    """Redirected output is UTF-8 (a file must hold every script); a console that cannot show a
    character gets a replacement instead of a crash (a Windows console in cp932 and Malayalam)."""
    for stream in (sys.stdout, sys.stderr):
        if not hasattr(stream, "reconfigure"):
            continue
        if stream.isatty():
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _robust_console()
    args = build_parser().parse_args(argv)
    _configure_logging()
    try:
        if args.command is None:
            return open_window(args)
        return args.handler(args)
    except ValidationError as exc:
        say("Not valid:")
        for problem in exc.problems:
            say(f"  {problem}")
        return exit_codes.INVALID
    except AmbiguousError as exc:
        say(str(exc))
        for candidate in exc.candidates:
            say(f"  {candidate}")
        return exit_codes.NOT_FOUND
    except NotFoundError as exc:
        say(str(exc))
        return exit_codes.NOT_FOUND
    except (ConflictError, DatabaseTooNewError, ReadOnlyDatabaseError) as exc:
        say(str(exc))
        return exit_codes.CONFLICT
    except DatabaseMissingError as exc:
        say(str(exc))
        return exit_codes.NOT_FOUND
    except OperationalError as exc:
        reason = str(exc.orig).lower()
        if "locked" in reason or "busy" in reason:
            say("The database is locked by another ChamberDesk or program; try again in a moment.")
            return exit_codes.CONFLICT
        if "readonly" in reason or "read-only" in reason:
            say("The database is read-only here (file, folder or medium): it can be read but not changed.")
            return exit_codes.CONFLICT
        if "unable to open" in reason:
            say(f"Cannot open the database file ({exc.orig}); check the path and its permissions.")
            return exit_codes.USAGE
        log.exception("database error")
        say(f"Database error: {exc.orig}")
        return exit_codes.INTERNAL
    except MigrationError as exc:
        say(str(exc))
        return exit_codes.INTERNAL
    except StoreError as exc:  # the named database or file is not one we can use: a usage problem
        say(str(exc))
        return exit_codes.USAGE
    except ServiceError as exc:
        say(str(exc))
        return exit_codes.INVALID
    except (IsADirectoryError, NotADirectoryError, PermissionError, FileNotFoundError) as exc:
        say(f"{exc.filename}: {exc.strerror}.")
        return exit_codes.NOT_FOUND if isinstance(exc, FileNotFoundError) else exit_codes.USAGE
    except KeyboardInterrupt:
        say("Interrupted.")
        return 130
    except BrokenPipeError:
        # The reader stopped reading (… | head): not an error of ours. Python would report the pipe
        # again when it flushes stdout at exit, so stdout goes nowhere from here on.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return exit_codes.OK
    except OSError as exc:  # the system refused (a full disk, a device gone): said, not an internal error
        log.warning("stopped by the system: %s", exc)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (nothing more to flush at exit)
        say(f"Stopped: {exc.strerror or exc}" + (f" ({exc.filename})" if exc.filename else "") + ".")
        return exit_codes.INTERNAL
    except Exception:  # a bug: keep the traceback in the log, show one line
        log.exception("internal error running %s", args.command or "the window")
        say(f"Internal error; details were written to {user_data_dir() / 'chamberdesk.log'}.")
        return exit_codes.INTERNAL


def has_display() -> bool:
    """Qt aborts the process (no exception) when it cannot open a display: check before creating it."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs",
                                                                "linuxfb"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))

