"""core, store, print and i18n never import Qt: the GUI is a face on them, not part of them."""

import ast
from pathlib import Path

import chamberdesk

PACKAGE = Path(chamberdesk.__file__).parent
QT_FREE_LAYERS = ("core", "store", "print", "i18n", "secrets")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_gui_free_layers_never_import_qt():
    offenders = []
    for layer in QT_FREE_LAYERS:
        for path in (PACKAGE / layer).rglob("*.py"):
            qt = {m for m in _imported_modules(path) if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt6")}
            if qt:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(qt)}")
    assert offenders == []


def test_the_layer_rule_sees_every_layer_file():
    # Guards the test above against silently checking nothing (a moved or renamed folder).
    checked = [p for layer in ("core", "store") for p in (PACKAGE / layer).rglob("*.py")]
    assert len(checked) > 10


def test_gui_free_layers_load_without_qt_in_a_fresh_interpreter():
    import subprocess
    import sys

    code = ("import sys; import chamberdesk.core.listing, chamberdesk.store, chamberdesk.cli.parser as p; "
            "p.build_parser(); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
