"""OParl sync speed against the local test server: papers/s, files/s, requests per sync.

    .venv/bin/python bench/oparl_sync.py                  # 210 papers, generated PDFs
    .venv/bin/python bench/oparl_sync.py --real-pdfs 40   # 40 files are PDFs of ../shared
    .venv/bin/python bench/oparl_sync.py --no-index       # download side only (no model)

First sync of the whole system, then a second one after 5 new, 5 changed and 5 deleted papers.
The index is embedded in a temporary data dir; the server runs in this process (its PDF
generation and JSON rendering share the 2 cores, so the figures are a lower bound).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.settings import Settings  # noqa: E402
from ingest.report import IngestReport  # noqa: E402
from oparl.client import OparlClient  # noqa: E402
from oparl.handoff import local_ingestor  # noqa: E402
from oparl.state import OparlState  # noqa: E402
from oparl.sync import Ingestor, SyncReport, sync_system  # noqa: E402
from runtime.resources import Resources  # noqa: E402
from tests.oparl.server import OparlServer, World  # noqa: E402

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-corpus" / "files"


def _line(label: str, report: SyncReport, server: OparlServer) -> None:
    body = report.bodies[0]
    ingest = body.ingest or {}
    seconds = max(report.seconds, 1e-9)
    print(
        f"{label}: {body.papers} papers, {body.files_downloaded} files downloaded "
        f"({body.files_unchanged} unchanged by checksum, {body.files_removed} removed), "
        f"{report.requests} requests ({server.counts['list']} list pages, "
        f"{server.counts['file']} files), indexed {ingest.get('documents_written', '-')} "
        f"written / {ingest.get('removed', '-')} removed, {report.seconds:.1f} s: "
        f"{body.papers / seconds:.1f} papers/s, {body.files_downloaded / seconds:.1f} files/s"
    )
    for skipped in report.skipped:
        print(f"  skipped: {skipped.url}: {skipped.reason}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=210)
    parser.add_argument("--real-pdfs", type=int, default=0, help="files served from ../shared")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rate", type=float, default=0.0, help="requests/s (0 = unlimited)")
    parser.add_argument("--no-index", action="store_true", help="skip the ingestion")
    args = parser.parse_args()

    world = World.generated(papers=args.papers)
    if args.real_pdfs:
        real = sorted(REAL.rglob("*.pdf"))[: args.real_pdfs]
        if not real:
            sys.exit(f"{REAL} has no PDFs")
        for rec, path in zip(
            sorted(world.live_files().values(), key=lambda r: r.id), real, strict=False
        ):
            rec._content = path.read_bytes()
    for rec in world.files.values():
        rec.content()  # generate the PDFs before timing
    with tempfile.TemporaryDirectory() as tmp, OparlServer(world) as server:
        settings = Settings(
            data_dir=Path(tmp) / "data", qdrant_url=None, database_url=None,
            embedding_cache=False,  # measure the encoder, not earlier runs' cache
            _env_file=None,  # type: ignore[call-arg]
        )  # fmt: skip
        state = OparlState.in_data_dir(settings.data_dir)
        info = state.add_system("Stadt Musterstadt", server.system_url)
        with Resources(settings) as resources:
            ingest: Ingestor = (
                (lambda folder, source: IngestReport())
                if args.no_index
                else local_ingestor(resources)
            )
            if not args.no_index:
                resources.encoder.warm_up()  # model load is not part of a sync
            for label in ("first sync", "second sync"):
                if label == "second sync":
                    for _ in range(5):
                        world.add_paper()
                    for pid in range(20, 25):
                        world.modify_paper(pid, new_text=f"Geänderte Fassung {pid}.")
                    for pid in range(40, 45):
                        world.delete_paper(pid)
                    time.sleep(1.1)  # modified_since has whole seconds
                server.reset_counts()
                client = OparlClient(
                    concurrency=args.concurrency, requests_per_second=args.rate, backoff_s=0.1
                )
                with client:
                    report = sync_system(
                        info, state, client, settings.data_dir / "oparl", ingest, overlap_s=0
                    )
                _line(label, report, server)
        state.close()


if __name__ == "__main__":
    main()
