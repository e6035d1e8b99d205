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


@pytest.mark.parametrize(("typed", "expected"), [
    ("(株)山田", {"山田製作所株式会社", "(株)山田鉄工", "㈱山田商事"}),
    ("㈱山田", {"山田製作所株式会社", "(株)山田鉄工", "㈱山田商事"}),
    ("株式会社山田", {"山田製作所株式会社", "(株)山田鉄工", "㈱山田商事"}),
    ("山田 株式会社", {"山田製作所株式会社", "(株)山田鉄工", "㈱山田商事"}),
    ("（有）山田", {"有限会社山田運輸"}),
    ("山田", {"山田製作所株式会社", "(株)山田鉄工", "㈱山田商事", "有限会社山田運輸"}),
])
def test_japanese_legal_forms_are_found_abbreviated_or_written_out(store, tmp_path, typed, expected):
    # Found by a new-user trial: (株)山田 and ㈱山田 found nothing, though 山田 found the member.
    path = tmp_path / "japan.csv"
    path.write_text("name,name_local,country\nYamada Seisakusho,山田製作所株式会社,JP\nYamada Tekko,(株)山田鉄工,JP\n"
                    "Yamada Shoji,㈱山田商事,JP\nYamada Unyu,有限会社山田運輸,JP\nKawada KK,川田株式会社,JP\n",
                    encoding="utf-8")
    apply_import(store, plan_import(store, path))
    with store.read() as session:
        ids = SOURCES["members"].ids(session, typed)
        assert {session.get(Member, i).name_local for i in ids} == expected
