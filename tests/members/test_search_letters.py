"""Latin letters that Unicode does not decompose into a letter and an accent are found by their plain
spelling, as accented ones are: orsted finds Ørsted as muller finds Müller."""

import pytest

from chamberdesk.core.exchange.importer import apply_import, plan_import
from chamberdesk.core.listing import SOURCES
from chamberdesk.core.model import Member


@pytest.mark.parametrize(("typed", "expected"), [
    ("orsted", {"Ørsted Wind A/S"}), ("ØRSTED", {"Ørsted Wind A/S"}), ("muller", {"Müller Maschinen"}),
    ("aero", {"Ærø Shipping"}), ("lodz", {"Łódź Textiles"}), ("strasse", {"Große Straße GmbH"}),
    ("thorsson", {"Þórsson ehf"}), ("oeuvre", {"Œuvre Paris"}),
])
def test_letters_without_a_decomposition_are_found_by_their_plain_spelling(store, tmp_path, typed, expected):
    path = tmp_path / "europe.csv"
    path.write_text("name,country\nØrsted Wind A/S,DK\nMüller Maschinen,DE\nÆrø Shipping,DK\nŁódź Textiles,PL\n"
                    "Große Straße GmbH,DE\nÞórsson ehf,IS\nŒuvre Paris,FR\n", encoding="utf-8")
    apply_import(store, plan_import(store, path))
    with store.read() as session:
        ids = SOURCES["members"].ids(session, typed)
        assert {session.get(Member, i).name for i in ids} == expected
