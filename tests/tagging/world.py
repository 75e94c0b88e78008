"""A writable index of the sample corpus with a staff and a member key, for the capture tests.

The session's `sample_resources` is shared read-only by other tests, and confirming a draft
adds a document, so these tests ingest the corpus into a data dir of their own (the embedding
cache makes that cheap after the first run).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from core.keys import create_key
from core.settings import Settings
from encoder.embedding import Encoder
from ingest.api import ingest_paths
from runtime.resources import Resources

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

NEW_CIRCULAR = """# Rundschreiben Nr. 219/2026: Friedhofsgebühren nach der Novelle des Bestattungsgesetzes

Musterstadt, 24. November 2026 · Referat 6 – Ordnung, Sicherheit und Kultur · Az. 60.30/219-26

Sehr geehrte Damen und Herren,

der Landtag hat das Bestattungsgesetz geändert. Die Friedhofsgebühren für Reihengräber,
Wahlgräber und Urnengräber sind nach § 5 Abs. 2 KAG kostendeckend zu kalkulieren; die
Grabnutzungsgebühr darf nach §§ 2 und 8 KAG auch Rücklagen für die Friedhofsunterhaltung
enthalten. Die Friedhofssatzung muss die Ruhezeiten neu regeln. Das Merkwort dieses
Rundschreibens ist Trauerweidenmerkmal.

Wir empfehlen, die Gebührenkalkulation für Bestattungen und Grabstätten zu überprüfen und
die Friedhofsgebührensatzung bis zum 30. Juni 2027 anzupassen.

Mit freundlichen Grüßen
"""


@dataclass
class TaggingWorld:
    resources: Resources
    staff: dict[str, str]
    member: dict[str, str]


def build_tagging_world(
    tmp_path: Path, model_dir: Path, encoder: Encoder, **overrides: object
) -> Iterator[TaggingWorld]:
    settings = Settings(
        data_dir=tmp_path / "data",
        model_dir=model_dir,
        qdrant_url=None,
        database_url=None,
        taxonomy_file=CORPUS / "taxonomy.yaml",
        rate_limit_ip=0,
        rate_limit_key=0,
        _env_file=None,  # type: ignore[call-arg]
        **overrides,  # type: ignore[arg-type]
    )
    with Resources(settings, encoder=encoder) as resources:
        report = ingest_paths(
            [CORPUS / "documents"], resources, source="beispielkorpus", progress=False
        )
        assert report.failed == [], report.failed
        _, staff = create_key(resources.db, name="Geschäftsstelle Test", role="staff")
        _, member = create_key(resources.db, name="Stadt Test", role="member")
        yield TaggingWorld(
            resources,
            staff={"Authorization": f"Bearer {staff}"},
            member={"Authorization": f"Bearer {member}"},
        )
