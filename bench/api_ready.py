"""Seconds from starting `fundus serve` to a ready API (model loaded, first query embedded,
index open), per encoder backend.

    python bench/api_ready.py [--backends torch,onnx] [--rounds 3] [--data-dir DIR]

Each run starts a fresh `fundus serve` process on a free loopback port with an empty temporary
data dir (or DIR, e.g. one with the sample corpus indexed), polls GET /ready every 20 ms, then
times one uncached POST /search. Backends are interleaved round by round so both see the same
machine load. Prints one JSON line per run: seconds to ready, first search ms, peak RSS of the
server and whether it loaded torch at all (libtorch mapped into the process).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

FUNDUS = Path(sys.executable).with_name("fundus")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_once(backend: str, data_dir: Path | None, timeout_s: float) -> dict:
    port = free_port()
    data = data_dir or Path(tempfile.mkdtemp(prefix="fundus-bench-ready-"))
    env = {
        **os.environ,
        "FUNDUS_DATA_DIR": str(data),
        "FUNDUS_EMBEDDING_BACKEND": backend,
        "FUNDUS_API_HOST": "127.0.0.1",
        "FUNDUS_API_PORT": str(port),
        "FUNDUS_QDRANT_URL": "",
        "FUNDUS_DATABASE_URL": "",
        "FUNDUS_LOG_LEVEL": "WARNING",
    }
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    server = subprocess.Popen(
        [str(FUNDUS), "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        with httpx.Client(base_url=base, timeout=10) as client:
            while True:
                if server.poll() is not None:
                    raise RuntimeError(server.stderr.read().decode() if server.stderr else "")
                if time.perf_counter() - started > timeout_s:
                    raise TimeoutError(f"not ready after {timeout_s} s")
                try:
                    if client.get("/ready").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.02)
            ready_s = time.perf_counter() - started
            search_started = time.perf_counter()
            response = client.post("/search", json={"query": "Straßenreinigungsgebühren Satzung"})
            search_ms = (time.perf_counter() - search_started) * 1000
            response.raise_for_status()
        maps = Path(f"/proc/{server.pid}/maps").read_text()
        status = Path(f"/proc/{server.pid}/status").read_text()
        peak_kb = next(int(line.split()[1]) for line in status.splitlines() if "VmHWM" in line)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if data_dir is None:
            shutil.rmtree(data, ignore_errors=True)
    return {
        "backend": backend,
        "ready_s": round(ready_s, 2),
        "first_search_ms": round(search_ms, 1),
        "peak_rss_mb": round(peak_kb / 1024),
        "torch_loaded": "libtorch" in maps,
        "data_dir": "given" if data_dir else "empty",
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backends", default="torch,onnx")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, help="reuse this data dir (default: empty)")
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args()
    for _ in range(args.rounds):
        for backend in args.backends.split(","):
            print(json.dumps(run_once(backend, args.data_dir, args.timeout)), flush=True)


if __name__ == "__main__":
    main()
