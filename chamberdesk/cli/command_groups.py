"""Commands with a second word (``import members``, ``export ics``) that several modules add to.

argparse refuses a second parser of the same name, so the first module to ask creates the group
and later ones add their sub-commands to it.
"""

from __future__ import annotations

import argparse


def command_group(commands, name: str, help_text: str):
    """The sub-commands action of the group ``name`` (``import``, ``export``), created on first use."""
    parser: argparse.ArgumentParser | None = commands.choices.get(name)
    if parser is None:
        parser = commands.add_parser(name, help=help_text)
        parser._group_commands = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    return parser._group_commands
