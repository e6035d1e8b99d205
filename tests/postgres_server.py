"""A throwaway PostgreSQL cluster for the shared-database tests: its own data folder, reachable
only through a Unix socket in that folder (no network), stopped and removed afterwards."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from chamberdesk.store import open_store


def postgres_bin() -> Path | None:
    root = Path("/usr/lib/postgresql")
    versions = sorted(root.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0) if root.is_dir() else []
    for version in reversed(versions):
        if (version / "bin" / "pg_ctl").exists():
            return version / "bin"
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI runs as root, so run the server as 'postgres' there.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class PostgresServer:
    def __init__(self, folder: Path, port: int = 54329) -> None:
        self.bin = postgres_bin()
        self.folder = folder
        self.data = folder / "data"
        self.port = port
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres")
        folder.chmod(0o777)

    def start(self) -> None:
        subprocess.run(_as_server_user([str(self.bin / "initdb"), "-D", str(self.data), "-U", "chamberdesk",
                                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]),
                       check=True, capture_output=True, timeout=120)
        options = f"-k {self.folder} -p {self.port} -c listen_addresses='' -c fsync=off"
        subprocess.run(_as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-w",
                                        "-l", str(self.folder / "server.log"), "start"]),
                       check=True, capture_output=True, timeout=120)
        subprocess.run(_as_server_user([str(self.bin / "createdb"), "-h", str(self.folder), "-p", str(self.port),
                                        "-U", "chamberdesk", "chamberdesk"]), check=True, capture_output=True,
                       timeout=60)

    def stop(self) -> None:
        subprocess.run(_as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"]),
                       capture_output=True, timeout=60)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://chamberdesk@/chamberdesk?host={self.folder}&port={self.port}"


def require_postgres() -> None:
    """Skip the calling test module where PostgreSQL is not installed — except in CI, which installs
    it (scripts/install-system-deps) and sets CHAMBERDESK_REQUIRE_POSTGRES: there it must run."""
    if postgres_bin() is None:
        if os.environ.get("CHAMBERDESK_REQUIRE_POSTGRES"):
            raise RuntimeError("PostgreSQL is required for these tests but not installed")
        pytest.skip("PostgreSQL is not installed on this machine", allow_module_level=True)


@pytest.fixture(scope="session")
def server():
    with tempfile.TemporaryDirectory(prefix="chamberdesk-pg-") as folder:
        instance = PostgresServer(Path(folder))
        instance.start()
        yield instance
        instance.stop()


@pytest.fixture
def pg(server):
    """A ChamberDesk store on the server, with a clean schema afterwards for the next test."""
    store = open_store(server.url)
    yield store
    with store.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    store.dispose()
