#!/usr/bin/env python3
"""Set up a fresh machine and run ChamberDesk or its tests — one command each.

    python3 scripts/dev.py run      # install into .venv, load the demo data, open the window
    python3 scripts/dev.py test     # install into .venv with the test extras, run the whole suite

Extra arguments after 'run' go to chamberdesk (e.g. --db FILE); after 'test' to pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _run(*command: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(part) for part in command], cwd=ROOT, env=env)


def _ensure_system_libraries() -> None:
    if sys.platform.startswith("linux") and _run("bash", ROOT / "scripts" / "install-system-deps") != 0:
        sys.exit("Could not install the system libraries Qt needs (see the message above).")


def _ensure_environment(extras: str) -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"ChamberDesk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        print(f"Creating {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing ChamberDesk and its dependencies …", flush=True)
    if _run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e",
            f".[{extras}]" if extras else ".") != 0:
        sys.exit("Installation failed (see pip's message above).")


def run_app(arguments: list[str]) -> int:
    _ensure_system_libraries()
    _ensure_environment("")
    chamberdesk = BIN / ("chamberdesk.exe" if os.name == "nt" else "chamberdesk")
    if _run(chamberdesk, *_db_arguments(arguments), "demo") != 0:  # idempotent: loads what is missing
        return 1
    return _run(chamberdesk, *arguments)


def _db_arguments(arguments: list[str]) -> list[str]:
    for index, argument in enumerate(arguments):
        if argument == "--db" and index + 1 < len(arguments):
            return arguments[index:index + 2]
        if argument.startswith("--db="):
            return [argument]
    return []


def run_tests(arguments: list[str]) -> int:
    _ensure_system_libraries()
    _ensure_environment("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return _run(PYTHON, "-m", "pytest", *arguments, env=env)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        print(__doc__)
        return 2
    action, rest = sys.argv[1], sys.argv[2:]
    return run_app(rest) if action == "run" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main())
