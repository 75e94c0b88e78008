"""The test server itself: what it serves is valid OParl 1.1."""

from __future__ import annotations

from tests.conftest import shared_path
from tests.oparl.server import OparlServer, World


def test_every_object_matches_the_specification_schemas(server: OparlServer) -> None:
    schemas = shared_path("data", "oparl-spec-examples", "schema")
    assert server.validate_all(schemas) == []


def test_deleted_objects_stay_valid(server: OparlServer, world: World) -> None:
    schemas = shared_path("data", "oparl-spec-examples", "schema")
    world.delete_paper(5)
    world.drop_attachment(7)
    assert server.validate_all(schemas) == []
    assert server.render_paper(5)["deleted"] is True


def test_seed_is_big_enough_and_has_the_specification_example(world: World) -> None:
    assert len(world.papers) >= 200 and len(world.live_files()) >= 200
    if world.example_paper is not None:  # ../shared present
        assert world.papers[world.example_paper].reference == "1234/2014"
