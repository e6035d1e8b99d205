"""The wheel carries resources, translations and migrations inside the package, and an installed
copy finds them through the package (not through the source checkout)."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from chamberdesk.store import migrate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
                   check=True, timeout=300)
    return next(out.glob("chamberdesk-*.whl"))


def test_the_wheel_carries_fonts_licences_translations_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for font in sorted((ROOT / "resources" / "fonts").glob("*.ttf")):
        assert f"chamberdesk/resources/fonts/{font.name}" in names
    assert "chamberdesk/resources/fonts/OFL.txt" in names
    assert "chamberdesk/resources/fonts/IPA_Font_License_Agreement_v1.0.txt" in names
    assert any(n.startswith("chamberdesk/translations/") and n.endswith(".qm") for n in names)
    assert "chamberdesk/store/migrations/versions/0001_initial_schema.py" in names
    assert "chamberdesk/store/migrations/script.py.mako" in names


def test_an_installed_wheel_finds_its_resources_without_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    code = ("import chamberdesk.assets as r; print(r.fonts_dir()); print(r.translations_dir()); "
            "from chamberdesk.store import migrate; print(migrate.head_revision())")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, check=True)
    fonts, translations, head = result.stdout.split()
    assert fonts.startswith(str(target)) and translations.startswith(str(target))
    assert head == migrate.head_revision()
