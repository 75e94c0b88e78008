"""No Docker engine runs here, so the compose file's wiring is checked as data, plus
`docker compose config` (schema check, no daemon) where a compose CLI is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from core.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_services_ports_volumes_healthchecks() -> None:
    compose = _compose()
    services = compose["services"]
    assert {"qdrant", "api", "ui"} <= services.keys()
    assert services["qdrant"]["image"].startswith("qdrant/qdrant:")
    assert "qdrant_data:/qdrant/storage" in services["qdrant"]["volumes"]
    assert "qdrant_data" in compose["volumes"]
    for name in ("qdrant", "api"):
        assert services[name]["healthcheck"]["test"], name
    assert "127.0.0.1:8000:8000" in services["api"]["ports"]
    assert "127.0.0.1:8501:8501" in services["ui"]["ports"]


def test_env_wiring() -> None:
    services = _compose()["services"]
    assert services["api"]["environment"]["FUNDUS_QDRANT_URL"] == "http://qdrant:6333"
    assert services["api"]["environment"]["FUNDUS_DATABASE_URL"].startswith("postgresql")
    assert services["ui"]["environment"]["FUNDUS_API_URL"] == "http://api:8000"
    assert services["api"]["depends_on"]["qdrant"]["condition"] == "service_healthy"
    assert services["ui"]["depends_on"]["api"]["condition"] == "service_healthy"


def test_images_are_built_from_the_repo_dockerfile() -> None:
    services = _compose()["services"]
    assert services["api"]["build"] == services["ui"]["build"] == "."
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "torch==2.13.0" in dockerfile and "fundus model prepare" in dockerfile
    assert "ui/app.py" in " ".join(services["ui"]["command"])


# --- profile "cluster" (README "Scaling") ---

NODES = ["qdrant-node-1", "qdrant-node-2", "qdrant-node-3"]


def _cluster() -> dict:  # type: ignore[type-arg]
    return {
        name: service
        for name, service in _compose()["services"].items()
        if "cluster" in service.get("profiles", [])
    }


def _worker_args(service: dict) -> list[str]:  # type: ignore[type-arg]
    """The `fundus ingest ...` words of a worker's command (wrapped in `sh -c` for exit 2)."""
    command = service["command"]
    line = command[2] if command[:2] == ["sh", "-c"] else " ".join(command)
    return line.split("||")[0].split()


def test_default_services_have_no_profile() -> None:
    """`docker compose up` without a profile starts exactly the single-node stack."""
    services = _compose()["services"]
    default = {name for name, s in services.items() if not s.get("profiles")}
    assert default == {"qdrant", "postgres", "api", "ui"}
    assert set(services) - default == set(_cluster()) | {"oparl-sync"}


def test_oparl_sync_runs_on_a_schedule_beside_the_api() -> None:
    service = _compose()["services"]["oparl-sync"]
    assert service["profiles"] == ["oparl"]
    assert "fundus oparl sync" in " ".join(service["command"])
    assert service["depends_on"]["api"]["condition"] == "service_healthy"
    assert service["environment"]["FUNDUS_QDRANT_URL"] == "http://qdrant:6333"


def test_cluster_has_three_qdrant_nodes_that_bootstrap_from_the_first() -> None:
    services = _compose()["services"]
    cluster = _cluster()
    assert [n for n in cluster if n.startswith("qdrant-node-")] == NODES
    volumes = set()
    for name in NODES:
        node = cluster[name]
        assert node["image"] == services["qdrant"]["image"]  # same engine version
        assert node["environment"]["QDRANT__CLUSTER__ENABLED"] == "true"
        assert "/readyz" in " ".join(node["healthcheck"]["test"])
        assert "ports" not in node  # reached through lb only; 6335 must stay internal
        command = node["command"]
        assert command[command.index("--uri") + 1] == f"http://{name}:6335"
        volumes.update(node["volumes"])
    assert "--bootstrap" not in cluster[NODES[0]]["command"]
    for name in NODES[1:]:
        command = cluster[name]["command"]
        assert command[command.index("--bootstrap") + 1] == "http://qdrant-node-1:6335"
        assert cluster[name]["depends_on"][NODES[0]]["condition"] == "service_healthy"
    assert len(volumes) == 3  # one storage volume per node
    assert {v.split(":")[0] for v in volumes} <= set(_compose()["volumes"])


def test_load_balancer_fronts_api_replicas_and_qdrant_nodes() -> None:
    lb = _cluster()["lb"]
    assert lb["image"].startswith("nginx:")
    assert "127.0.0.1:8080:8000" in lb["ports"]
    mount = next(v for v in lb["volumes"] if v.startswith("./deploy/"))
    conf = (ROOT / mount.split(":")[0]).read_text(encoding="utf-8")
    assert "listen 8000;" in conf and "http://api-replica:8000" in conf
    assert "listen 6333;" in conf
    for name in NODES:
        assert f"server {name}:6333" in conf
        assert lb["depends_on"][name]["condition"] == "service_healthy"
    assert "X-Forwarded-For" in conf  # per-IP rate limits see the client, not nginx


def test_api_replicas_share_cluster_postgres_and_data(monkeypatch: pytest.MonkeyPatch) -> None:
    cluster = _cluster()
    api = cluster["api-replica"]
    assert api["deploy"]["replicas"] >= 2
    assert "ports" not in api  # replicas cannot share a host port; lb publishes one
    assert api["command"] == _compose()["services"]["api"]["command"]
    assert api["depends_on"]["cluster-migrate"]["condition"] == "service_completed_successfully"
    # forwarded client addresses are believed from the load balancer only, never from "*"
    assert "FORWARDED_ALLOW_IPS" not in api["environment"]
    assert api["environment"]["FUNDUS_TRUSTED_PROXIES"] == '["172.28.0.250"]'
    env = api["environment"]
    assert env["FUNDUS_QDRANT_URL"] == "http://lb:6333"
    for name, value in env.items():
        if name.startswith("FUNDUS_"):
            monkeypatch.setenv(name, value)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.qdrant_shard_number >= len(NODES)  # every node holds shards
    assert 2 <= settings.qdrant_replication_factor <= len(NODES)  # a node may fail
    assert settings.database_url and "@postgres-cluster:5432/" in settings.database_url
    assert cluster["postgres-cluster"]["image"] == _compose()["services"]["postgres"]["image"]
    # Everything of ours in the cluster (replicas, workers, migration) uses one database, one
    # Qdrant entry and one data volume (originals, upload drafts).
    ours = {n: s for n, s in cluster.items() if s.get("build") == "."}
    assert {"api-replica", "cluster-migrate", "ingest-coordinator"} <= set(ours)
    for name, service in ours.items():
        for key in ("FUNDUS_DATABASE_URL", "FUNDUS_QDRANT_URL", "FUNDUS_QDRANT_SHARD_NUMBER"):
            assert service["environment"][key] == env[key], (name, key)
        if name != "cluster-migrate":
            assert "fundus_cluster_data:/data" in service["volumes"], name


def test_ingest_workers_split_the_files_and_one_coordinator_prunes() -> None:
    from ingest.api import WorkerShare

    cluster = _cluster()
    workers = {n: s for n, s in cluster.items() if n.startswith("ingest-worker-")}
    shares = []
    for service in workers.values():
        args = _worker_args(service)
        assert args[:2] == ["fundus", "ingest"] and "--prune" not in args
        shares.append(WorkerShare.parse(args[args.index("--worker") + 1]))
        assert args[-1] == "/documents"
    assert sorted((s.number, s.count) for s in shares) == [(k, 3) for k in (1, 2, 3)]
    coordinator = cluster["ingest-coordinator"]
    args = _worker_args(coordinator)
    assert "--prune" in args and "--worker" not in args and args[-1] == "/documents"
    for name in workers:
        assert coordinator["depends_on"][name]["condition"] == "service_completed_successfully"
    assert "$$? -eq 2" in coordinator["command"][2]  # rejected files (exit 2) are not fatal


def _compose_cli() -> list[str] | None:
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, timeout=30)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


@pytest.mark.parametrize("profile", [[], ["--profile", "cluster"]], ids=["default", "cluster"])
def test_compose_cli_accepts_the_file(profile: list[str]) -> None:
    """`docker compose config` checks the file against the Compose schema (no daemon needed)."""
    cli = _compose_cli()
    if cli is None:
        pytest.skip("neither `docker compose` nor `docker-compose` is installed")
    result = subprocess.run(
        [*cli, "-f", str(ROOT / "docker-compose.yml"), *profile, "config", "-q"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "FUNDUS_DB_PASSWORD": "test"},
    )
    assert result.returncode == 0, result.stderr
