"""Where bundled assets (fonts, icons, translations) live.

An installed wheel carries ``resources/`` and ``translations/`` inside the package
(see pyproject.toml); a source checkout keeps them at the top level of the repository.
Both are found through the package itself, so a frozen build works the same way.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

_PACKAGE_DIR = Path(str(resources.files("chamberdesk")))


@cache
def _locate(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"ChamberDesk resource folder '{name}' is missing from the installation")


def resources_dir() -> Path:
    return _locate("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return _locate("translations")
