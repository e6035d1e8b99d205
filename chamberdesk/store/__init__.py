"""Storage: engine and sessions, migrations shipped in the package, backups and integrity checks."""

from .errors import DatabaseTooNewError, NotAChamberDeskDatabaseError, StoreError
from .open import Store, open_store

__all__ = ["Store", "open_store", "StoreError", "DatabaseTooNewError", "NotAChamberDeskDatabaseError"]
