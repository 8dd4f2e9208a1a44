"""Measure how many requests per second a running demo network serves, over loopback.

``python -m newscrawl.demo.loadtest --out output/demo [--seconds 10] [--connections 8]``
reads ``sites.json`` and ``truth.jsonl`` from a running network, then keeps
``--connections`` HTTP/1.1 keep-alive connections busy with a crawler-like mix
(article pages, their AMP variants, listing pages, feeds) for ``--seconds``, and
prints requests/s and latency percentiles. It is a figure, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
from pathlib import Path
from urllib.parse import urlsplit


async def _worker(
    urls: list[str], deadline: float, latencies: list[float], statuses: dict[int, int], seed: int
) -> None:
    rng = random.Random(seed)
    conns: dict[tuple[str, int], tuple[asyncio.StreamReader, asyncio.StreamWriter]] = {}
    try:
        while time.monotonic() < deadline:
            parts = urlsplit(rng.choice(urls))
            key = (parts.hostname or "", parts.port or 80)
            if key not in conns:
                conns[key] = await asyncio.open_connection(*key)
            reader, writer = conns[key]
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            started = time.monotonic()
            writer.write(
                f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                "User-Agent: newscrawl-loadtest\r\nAccept-Encoding: identity\r\n\r\n".encode()
            )
            await writer.drain()
            status_line = await reader.readline()
            status = int(status_line.split()[1])
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            await reader.readexactly(length)
            latencies.append(time.monotonic() - started)
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        for _, writer in conns.values():
            writer.close()


def _sample(out: Path) -> list[str]:
    origins = json.loads((out / "sites.json").read_text(encoding="utf-8"))
    urls: list[str] = []
    with (out / "truth.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["robots_allowed"]:
                urls.append(row["url"])
                urls.append(row["alt_urls"][0])
    for origin in origins.values():
        urls += [origin + "/", origin + "/feed/", origin + "/page/2/"] * 20
    return urls


async def _run(urls: list[str], seconds: float, connections: int) -> tuple[list[float], dict]:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    deadline = time.monotonic() + seconds
    await asyncio.gather(
        *(_worker(urls, deadline, latencies, statuses, k) for k in range(connections))
    )
    return latencies, statuses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="output/demo", help="the running network's --out")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args(argv)
    urls = _sample(Path(args.out))
    started = time.monotonic()
    latencies, statuses = asyncio.run(_run(urls, args.seconds, args.connections))
    elapsed = time.monotonic() - started
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    print(
        f"{len(latencies)} requests in {elapsed:.1f}s = {len(latencies) / elapsed:.0f} req/s "
        f"over {args.connections} connections; latency p50 {pct(0.5):.1f} ms, "
        f"p99 {pct(0.99):.1f} ms; statuses {dict(sorted(statuses.items()))}; "
        f"{len(urls)} distinct-ish URLs sampled"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
