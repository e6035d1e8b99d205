import pytest

from .directory_records import add_directory


@pytest.fixture
def directory(store):
    """(member ids, person ids) by key, see directory_records."""
    return add_directory(store)
