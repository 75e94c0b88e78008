"""Load test: N concurrent clients for T seconds mixing search, document views and similar.

Loopback only, bounded in count and time, stops by itself. Without --url it indexes the sample
corpus into a temporary data dir and starts `fundus serve` on a free loopback port.
Prints one JSON line: requests, errors, p50/p95/p99 latency per kind.

    python bench/load.py --clients 50 --seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    json.loads(line)["query"]
    for line in (ROOT / "corpus" / "queries.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(data_dir: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    env = {**os.environ, "FUNDUS_DATA_DIR": str(data_dir), "FUNDUS_RATE_LIMIT_KEY": "0",
           "FUNDUS_RATE_LIMIT_IP": "0", "FUNDUS_LOG_LEVEL": "WARNING"}  # fmt: skip
    fundus = [sys.executable, "-m", "fundus.cli"]
    subprocess.run([*fundus, "ingest", str(ROOT / "corpus" / "documents")], env=env, check=True,
                   capture_output=True)  # fmt: skip
    created = subprocess.run([*fundus, "keys", "create", "--role", "member", "--name", "Last"],
                             env=env, check=True, capture_output=True, text=True)  # fmt: skip
    key = created.stdout.strip().splitlines()[-1]
    port = _free_port()
    server = subprocess.Popen([*fundus, "serve", "--port", str(port)], env=env)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{url}/ready", timeout=1).status_code == 200:
                return server, url, key
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.kill()
    raise SystemExit("server did not become ready")


async def client(http: httpx.AsyncClient, deadline: float, doc_ids: list[str],
                 samples: dict[str, list[float]], errors: list[str]) -> None:  # fmt: skip
    rng = random.Random()
    while time.monotonic() < deadline:
        roll = rng.random()
        started = time.perf_counter()
        if roll < 0.6:
            kind = "search"
            response = await http.post("/search", json={"query": rng.choice(QUERIES)})
        elif roll < 0.85:
            kind = "document"
            response = await http.get(f"/documents/{rng.choice(doc_ids)}")
        else:
            kind = "similar"
            response = await http.get(f"/documents/{rng.choice(doc_ids)}/similar")
        samples[kind].append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            errors.append(f"{kind} {response.status_code}")


async def run(url: str, key: str, clients: int, seconds: float) -> dict[str, object]:
    headers = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=60, limits=limits) as http:
        seed = await http.post("/search", json={"query": "Satzung", "limit": 100})
        doc_ids = [hit["document_id"] for hit in seed.json()["hits"]]
        samples: dict[str, list[float]] = {"search": [], "document": [], "similar": []}
        errors: list[str] = []
        deadline = time.monotonic() + seconds
        await asyncio.gather(
            *(client(http, deadline, doc_ids, samples, errors) for _ in range(clients))
        )

    def pct(values: list[float], q: float) -> float:
        return round(statistics.quantiles(values, n=100)[q - 1], 1) if len(values) > 1 else 0.0

    total = sum(len(v) for v in samples.values())
    return {
        "clients": clients,
        "seconds": seconds,
        "requests": total,
        "requests_per_s": round(total / seconds, 1),
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:10],
        **{f"{k}_p50_ms": pct(v, 50) for k, v in samples.items()},
        **{f"{k}_p95_ms": pct(v, 95) for k, v in samples.items()},
        **{f"{k}_p99_ms": pct(v, 99) for k, v in samples.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", help="A running Fundus API (default: start one)")
    parser.add_argument("--key", help="Member API key for --url")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    server = None
    if args.url:
        url, key = args.url, args.key or ""
    else:
        server, url, key = start_server(Path(tempfile.mkdtemp(prefix="fundus-load-")))
    try:
        print(json.dumps(asyncio.run(run(url, key, args.clients, args.seconds))))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
