"""Writing to the console: JSON as UTF-8 on stdout whatever the console code page; messages on stderr."""

from __future__ import annotations

import json
import shutil
import sys
import time
from typing import TextIO


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


class ConsoleProgress:
    """Long work's progress on one line of the terminal (stderr), redrawn at most five times a
    second and wiped when done; nothing at all when stderr is not a terminal (a log, a pipe)."""

    INTERVAL = 0.2  # seconds between redraws

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._live = self._stream.isatty()
        self._drawn_at = float("-inf")
        self._width = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if not self._live or (now - self._drawn_at < self.INTERVAL and done < total):
            return
        self._drawn_at = now
        text = f"{stage}: {done:,} of {total:,}" if total > 0 else f"{stage}…"
        # Within one line of the terminal: a line that wrapped could not be redrawn or wiped.
        text = text[:max(shutil.get_terminal_size().columns - 1, 1)]
        self._draw(text.ljust(self._width))
        self._width = max(self._width, len(text))  # what the line now holds, padding included

    def _draw(self, text: str) -> None:
        try:
            self._stream.write("\r" + text)
        except UnicodeEncodeError:
            self._stream.buffer.write(("\r" + text).encode("utf-8"))
        self._stream.flush()

    def __enter__(self) -> ConsoleProgress:
        return self

    def __exit__(self, *exc) -> None:
        if self._live and self._width:
            self._draw(" " * self._width + "\r")
