"""The one keyring adapter: every secret (e.g. a shared database's password) goes through here.

keyring picks a backend by itself; on a headless Linux it may pick the failing backend, and
if keyrings.alt is installed it silently picks a *plaintext* file. We rank what keyring offers,
refuse plaintext and failing backends, and fall back to memory for this session with a warning
the GUI and CLI show, so a secret is never written somewhere the user did not expect.
"""

from __future__ import annotations

import logging

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "ChamberDesk"
log = logging.getLogger(__name__)

_UNSAFE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file")


def _is_safe(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if any(module.startswith(name) for name in _UNSAFE_BACKEND_MODULES):
        return False
    if "plaintext" in type(backend).__name__.lower():
        return False
    try:
        return backend.priority > 0
    except Exception:  # a backend that cannot even report its priority is not usable
        return False


class SecretStore:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        chosen = backend if backend is not None else keyring.get_keyring()
        self._backend = chosen if _is_safe(chosen) else None
        self._memory: dict[str, str] = {}
        self.warning: str | None = None
        if self._backend is None:
            self.warning = (
                "No secure system keyring is available: passwords are kept for this session only "
                "and will be asked again next time.")
            log.warning("keyring backend %s refused; secrets kept in memory", type(chosen).__name__)

    @property
    def is_persistent(self) -> bool:
        return self._backend is not None

    def get(self, key: str) -> str | None:
        if self._backend is None:
            return self._memory.get(key)
        try:
            return self._backend.get_password(SERVICE, key)
        except KeyringError:
            return self._memory.get(key)

    def set(self, key: str, secret: str) -> None:
        if self._backend is None:
            self._memory[key] = secret
            return
        try:
            self._backend.set_password(SERVICE, key, secret)
        except KeyringError:
            self._memory[key] = secret
            self.warning = "The system keyring refused the password: it is kept for this session only."

    def delete(self, key: str) -> None:
        self._memory.pop(key, None)
        if self._backend is not None:
            try:
                self._backend.delete_password(SERVICE, key)
            except (PasswordDeleteError, KeyringError):
                pass


_default: SecretStore | None = None


def secret_store() -> SecretStore:
    """The process-wide store (created on first use so start-up does not probe keyring backends)."""
    global _default
    if _default is None:
        _default = SecretStore()
    return _default


def database_password_key(username: str, host: str | None, database: str | None) -> str:
    return f"db:{username}@{host or 'localhost'}/{database or ''}"
