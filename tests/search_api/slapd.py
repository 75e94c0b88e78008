"""A real OpenLDAP server on loopback for the directory sign-in tests: `slapd` started from a
temporary `slapd.d` (built by `slaptest` from a small slapd.conf with the Debian schemas),
seeded with `ldapadd`, stopped at the end. Skips only when slapd is not installed
(`scripts/install.sh --test` installs it, so CI runs these tests)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

SLAPD = Path("/usr/sbin/slapd")
SLAPTEST = Path("/usr/sbin/slaptest")
SUFFIX = "dc=verband,dc=example"
ADMIN_DN = f"cn=admin,{SUFFIX}"
ADMIN_PASSWORD = "Verzeichnis-Geheim-1"
PEOPLE = f"ou=people,{SUFFIX}"
GROUPS = f"ou=groups,{SUFFIX}"

CONFIG = """\
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile {root}/slapd.pid
argsfile {root}/slapd.args
database mdb
maxsize 10485760
suffix "{suffix}"
rootdn "{admin}"
rootpw {password}
directory {root}/db
access to attrs=userPassword by anonymous auth by self write by * none
access to * by users read by * none
"""


@dataclass(frozen=True)
class Directory:
    url: str

    def add(self, ldif: str) -> None:
        """Seed entries as the directory's administrator (ldapadd, as an admin would)."""
        subprocess.run(
            ["ldapadd", "-x", "-H", self.url, "-D", ADMIN_DN, "-w", ADMIN_PASSWORD],
            input=ldif,
            text=True,
            check=True,
            capture_output=True,
        )


def person(uid: str, name: str, password: str, mail: str | None) -> str:
    lines = [
        f"dn: uid={uid},{PEOPLE}",
        "objectClass: inetOrgPerson",
        f"uid: {uid}",
        f"cn: {name}",
        f"sn: {name.split()[-1]}",
        f"displayName: {name}",
        f"userPassword: {password}",
    ]
    if mail:
        lines.append(f"mail: {mail}")
    return "\n".join(lines) + "\n\n"


def group(cn: str, *uids: str) -> str:
    members = "".join(f"member: uid={uid},{PEOPLE}\n" for uid in uids)
    return f"dn: cn={cn},{GROUPS}\nobjectClass: groupOfNames\ncn: {cn}\n{members}\n"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_slapd(root: Path) -> Iterator[Directory]:
    if not SLAPD.exists() or not SLAPTEST.exists() or shutil.which("ldapadd") is None:
        pytest.skip(
            "OpenLDAP (Debian slapd, ldap-utils) is not installed: scripts/install.sh --test"
        )
    (root / "db").mkdir(parents=True)
    (root / "slapd.d").mkdir()
    conf = root / "slapd.conf"
    conf.write_text(
        CONFIG.format(root=root, suffix=SUFFIX, admin=ADMIN_DN, password=ADMIN_PASSWORD),
        encoding="utf-8",
    )
    # -n0: convert only the config database (the mdb one is created by slapd itself)
    subprocess.run(
        [str(SLAPTEST), "-n0", "-f", str(conf), "-F", str(root / "slapd.d")],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    url = f"ldap://127.0.0.1:{port}"
    log = (root / "slapd.log").open("wb")
    process = subprocess.Popen(
        [str(SLAPD), "-h", url, "-F", str(root / "slapd.d"), "-d", "0"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("slapd did not start: " + (root / "slapd.log").read_text())
            time.sleep(0.05)
        directory = Directory(url)
        directory.add(
            f"dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\no: Verband\n"
            "dc: verband\n\n"
            f"dn: {PEOPLE}\nobjectClass: organizationalUnit\nou: people\n\n"
            f"dn: {GROUPS}\nobjectClass: organizationalUnit\nou: groups\n"
        )
        yield directory
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
