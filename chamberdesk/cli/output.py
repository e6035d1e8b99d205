"""Writing to the console: JSON as UTF-8 on stdout whatever the console code page; messages on stderr."""

from __future__ import annotations

import json
import sys


def write_json(data: object) -> None:
    # Windows consoles default to cp1252/cp932, which cannot hold Malayalam or Thai: write bytes.
    payload = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(payload.encode("utf-8"))
    sys.stdout.flush()


def say(message: str) -> None:
    """A message or report line for the person: always stderr, so stdout stays clean for data."""
    stream = sys.stderr
    try:
        print(message, file=stream)
    except UnicodeEncodeError:
        stream.buffer.write((message + "\n").encode("utf-8"))
    stream.flush()
