"""No Docker engine runs here, so the compose file's wiring is checked as data."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


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
