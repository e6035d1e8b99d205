"""Errors the store reports to its callers (GUI and CLI turn them into messages, not tracebacks)."""


class StoreError(Exception):
    """A problem with the database itself, described for a person to read."""


class DatabaseTooNewError(StoreError):
    """The file was written by a newer ChamberDesk; opening it could damage it."""


class NotAChamberDeskDatabaseError(StoreError):
    """The file exists but is not a ChamberDesk database."""


class MigrationError(StoreError):
    """An upgrade could not complete; the database was left as it was."""


class DatabaseMissingError(StoreError):
    """An explicitly named database file does not exist (and the command does not create one)."""


class ReadOnlyDatabaseError(StoreError):
    """The database can be read but not changed (read-only file or folder, e.g. a CD or a share)."""
