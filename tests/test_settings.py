"""Organisation-wide settings: declared defaults, validated changes, audited and undoable."""

import pytest

from chamberdesk.core.errors import ValidationError
from chamberdesk.core.services.operation import undo
from chamberdesk.core.settings import get_settings, update_settings


def test_defaults_then_a_change_then_undo(store):
    with store.read() as session:
        assert get_settings(session)["paper_size"] == "A4"
    update_settings(store, {"paper_size": "Letter", "language_pair": "en,th"})
    with store.read() as session:
        assert get_settings(session)["paper_size"] == "Letter"
    undo(store, 1)
    with store.read() as session:
        settings = get_settings(session)
    assert (settings["paper_size"], settings["language_pair"]) == ("A4", "en,ja")


def test_a_bad_setting_is_refused_with_its_key(store):
    with pytest.raises(ValidationError) as raised:
        update_settings(store, {"paper_size": "A3", "colour": "blue"})
    assert {p.field for p in raised.value.problems} == {"paper_size", "colour"}
