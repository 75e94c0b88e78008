"""Property-based API testing from the OpenAPI schema: no 5xx, no schema violations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from encoder.embedding import Encoder
from tests.live_server import live_server
from tests.search_api.access_fixture import AccessWorld, build_access_world

# ~11 operations x this many examples: >= 1,000 generated cases per run.
EXAMPLES = int(os.environ.get("FUNDUS_SCHEMATHESIS_EXAMPLES", "100"))
# CI runs a fixed set of cases (reproducible); FUNDUS_SCHEMATHESIS_RANDOM=1 explores new ones.
RANDOM = os.environ.get("FUNDUS_SCHEMATHESIS_RANDOM") == "1"


@pytest.fixture(scope="module")
def live_world(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Iterator[tuple[str, AccessWorld]]:
    for world in build_access_world(tmp_path_factory.mktemp("schemathesis"), model_dir, encoder):
        with live_server(world.client.app) as base:
            yield base, world


def test_api_conforms_to_its_schema(live_world: tuple[str, AccessWorld]) -> None:
    """Every operation, EXAMPLES generated cases each, called as staff over real HTTP.

    Driven through Hypothesis directly: schemathesis' pytest plugin does not load on pytest 9.
    """
    base, world = live_world
    api = schemathesis.openapi.from_url(f"{base}/openapi.json")
    cases = 0
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        # Any bytes are a schema-valid file; whether they are a document only the content
        # tells, so an upload rightly answers 422 to "valid" data (tagging/uploads.py).
        uploads = any(b.media_type == "multipart/form-data" for b in operation.body)
        # A date's end must follow its start: a rule between two fields that JSON Schema
        # cannot state, so a "valid" pair rightly answers 422 (search_api/routes/termine.py).
        cross_field = operation.method.upper() == "POST" and operation.path == "/termine"
        excluded = [positive_data_acceptance] if uploads or cross_field else None

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=not RANDOM,
        )
        def check(case) -> None:  # type: ignore[no-untyped-def]
            nonlocal cases
            cases += 1
            staff = world.headers["staff"]
            case.call_and_validate(headers=staff, excluded_checks=excluded)  # noqa: B023 - runs now

        check()
    assert cases >= EXAMPLES * len(operations) // 2


PEOPLE = ("/auth", "/users", "/organisations", "/audit", "/subscriptions", "/feeds", "/digest")


def test_people_routes_as_anonymous(live_world: tuple[str, AccessWorld]) -> None:
    """Sign-in, links, people and subscriptions without a token: refusals, never a 5xx."""
    base, world = live_world
    api = schemathesis.openapi.from_url(f"{base}/openapi.json")
    operations = [r.ok() for r in api.get_all_operations()]
    operations = [o for o in operations if o.path.startswith(PEOPLE)]
    assert len(operations) >= 20
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=max(EXAMPLES // 4, 10),
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=not RANDOM,
        )
        def check(case) -> None:  # type: ignore[no-untyped-def]
            case.call_and_validate()

        check()
