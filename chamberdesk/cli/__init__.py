"""The command line: the second face on the same services as the GUI (DESIGN.md, Command line)."""

from .main import main

__all__ = ["main"]
