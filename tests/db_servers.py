"""A real PostgreSQL on loopback for tests, started with the machine's initdb/pg_ctl."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def postgres_server(workdir: Path) -> Iterator[str]:
    """Yields an SQLAlchemy URL; raises RuntimeError with the reason if it cannot start."""
    bindir = _pg_bin()
    if bindir is None:
        raise RuntimeError("initdb/pg_ctl not installed")
    prefix: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        if shutil.which("runuser") is None:
            raise RuntimeError("running as root without runuser")
        prefix = ["runuser", "-u", "postgres", "--"]
        workdir.mkdir(parents=True, exist_ok=True)
        shutil.chown(workdir, "postgres", "postgres")
        os.chmod(workdir, 0o700)
        parent = workdir.parent
        while parent != parent.parent:  # the postgres user must reach the folder
            os.chmod(parent, os.stat(parent).st_mode | 0o011)
            parent = parent.parent
    data = workdir / "pgdata"
    port = _free_port()
    run = lambda *args: subprocess.run(  # noqa: E731
        [*prefix, *args], check=True, capture_output=True, timeout=120
    )
    run(str(bindir / "initdb"), "-D", str(data), "-U", "fundus", "--auth=trust", "-E", "UTF8")
    run(
        str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(workdir / "log"),
        "-o", f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1", "start",
    )  # fmt: skip
    try:
        run(str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "fundus", "fundus")
        yield f"postgresql+psycopg://fundus@127.0.0.1:{port}/fundus"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop")
