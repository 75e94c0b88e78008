"""kill -9 during staff edits: how often an edit was cut off, and what the index showed.

    python bench/edit_kills.py [--trials 20] [--seed 20261207]

Builds a data folder with one document per access level, then repeatedly starts a process
that flips access levels in a loop (tests/documents/edit_worker.py), kills it with SIGKILL at
a random moment (0-300 ms after its first edit), and compares index and database right after
the kill (before any repair) and after the reconciliation every start runs. Prints one row per
trial and a summary.
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.settings import Settings  # noqa: E402
from core.tables import DocumentRow, IndexIntentRow  # noqa: E402
from documents.index_sync import reconcile_index  # noqa: E402
from ingest.api import ingest_paths  # noqa: E402
from runtime.resources import Resources  # noqa: E402
from tests.conftest import local_settings  # noqa: E402
from tests.documents.index_check import compare_index_with_database  # noqa: E402
from tests.search_api.access_fixture import _write_documents  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20261207)
    args = parser.parse_args()
    model_dir = Settings().model_dir
    work = Path(tempfile.mkdtemp(prefix="fundus-kills-"))
    settings = local_settings(work / "data", model_dir)
    _write_documents(work / "docs")
    with Resources(settings) as resources:
        ingest_paths([work / "docs"], resources, progress=False)
        with resources.db() as session:
            ids = [r.id for r in session.scalars(select(DocumentRow))]
    rng = random.Random(args.seed)
    cut, differing, leaking, unequal = 0, 0, 0, 0
    print("trial  after_s  edits_pending  index_differs  index_more_open  equal_after_repair")
    for trial in range(1, args.trials + 1):
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.documents.edit_worker", str(settings.data_dir),
             str(model_dir), "loop", *ids],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert process.stdout is not None
        process.stdout.readline()  # "ready": the first edit is done, the loop is running
        delay = rng.uniform(0.0, 0.3)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        with Resources(settings) as resources:
            with resources.db() as session:
                pending = session.scalar(select(func.count()).select_from(IndexIntentRow)) or 0
            before = compare_index_with_database(resources)
            reconcile_index(resources)
            after = compare_index_with_database(resources)
        equal = not after.differing and not after.orphaned
        cut += bool(pending)
        differing += bool(before.differing)
        leaking += bool(before.more_open)
        unequal += not equal
        print(
            f"{trial:5d}  {delay:7.2f}  {pending:13d}  {len(before.differing):13d}  "
            f"{len(before.more_open):15d}  {'yes' if equal else 'NO':>18}"
        )
    print(
        f"\n{args.trials} kills: {cut} cut an edit off (intent pending), {differing} left index "
        f"and database different, {leaking} left the index more open than the database, "
        f"{unequal} unequal after the start-up reconciliation."
    )


if __name__ == "__main__":
    main()
