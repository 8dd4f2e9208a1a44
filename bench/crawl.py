"""Crawl throughput: newscrawl against a bare Scrapy spider, side by side in one run.

    python bench/crawl.py --articles 5000

Serves N demo articles (split over the demo sites) on loopback, measures the demo
server's own pages/s with a concurrent loopback client, then crawls the network
twice as ``scrapy crawl`` subprocesses with the same settings: once with newscrawl
(extraction, loaders, pipelines, feeds) and once with a bare spider that follows the
same links and extracts nothing. Prints pages/s and peak memory (max RSS) of each,
and their ratio. Target at N = 5,000: newscrawl >= 0.5x the bare spider's pages/s,
peak memory < 400 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import newscrawl.settings as project_settings
from newscrawl.demo.process import DemoProcess
from newscrawl.sites import load_profiles

ROOT = Path(__file__).resolve().parents[1]

SITES = ("demo-sentinel", "demo-chronicle")
COMMON_SETTINGS = {
    "LOG_LEVEL": "WARNING",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "HTTPCACHE_ENABLED": "0",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="articles in all (default 5000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--server-requests", type=int, default=2000)
    args = parser.parse_args()

    per_site = -(-args.articles // len(SITES))
    with tempfile.TemporaryDirectory(prefix="newscrawl-bench-") as tmp:
        tmpdir = Path(tmp)
        with DemoProcess(
            tmpdir / "demo", articles=per_site, seed=args.seed, sites=list(SITES)
        ) as demo:
            origins = {s: demo.origins[s] for s in SITES}
            origins_file = tmpdir / "origins.json"
            origins_file.write_text(json.dumps(origins))
            truth = demo.truth()
            article_urls = [row["url"] for row in truth][: args.server_requests]
            print(f"demo: {len(truth)} articles on {len(SITES)} sites ({per_site} a site)")
            server_rate = asyncio.run(server_pages_per_second(article_urls, concurrency=32))
            print(
                f"demo server alone: {server_rate:8.1f} pages/s "
                f"({len(article_urls)} GETs, 32 at once)"
            )

            results = {}
            for name, spider_args in (
                ("bare", ["bare"]),
                ("newscrawl", ["news"]),
            ):
                results[name] = run_crawl(name, spider_args, origins_file, tmpdir)
                r = results[name]
                print(
                    f"{name:>10}: {r['pages']:6d} pages in {r['seconds']:6.1f} s = "
                    f"{r['pages_per_s']:7.1f} pages/s, peak RSS {r['max_rss_mb']:6.1f} MB, "
                    f"{r['items']} items"
                )
    bare, ours = results["bare"], results["newscrawl"]
    ratio = ours["pages_per_s"] / bare["pages_per_s"] if bare["pages_per_s"] else 0.0
    print(f"\nnewscrawl / bare pages/s: {ratio:.2f}  (target >= 0.50)")
    print(f"newscrawl peak memory: {ours['max_rss_mb']:.0f} MB  (target < 400 MB)")
    print(f"server headroom: {server_rate / max(bare['pages_per_s'], 1e-9):.1f}x the bare spider")
    return 0


def run_crawl(name: str, spider_args: list[str], origins_file: Path, tmpdir: Path) -> dict:
    stats_file = tmpdir / f"{name}-stats.json"
    out = tmpdir / f"{name}-output"
    extensions = {"bench.crawlstats.DumpStats": 0}
    settings = {
        **COMMON_SETTINGS,
        "NEWSCRAWL_OUTPUT_DIR": str(out),
        "BENCH_STATS_FILE": str(stats_file),
    }
    if name == "bare":
        # plain Scrapy: none of newscrawl's pipelines, middlewares or extensions
        settings["SPIDER_MODULES"] = "bench.bare_spider"
        settings["ITEM_PIPELINES"] = "{}"
        settings["DOWNLOADER_MIDDLEWARES"] = "{}"
    else:
        extensions.update(project_settings.EXTENSIONS)
    settings["EXTENSIONS"] = json.dumps(extensions)
    cmd = [sys.executable, "-m", "scrapy", "crawl", *spider_args]
    cmd += ["-a", f"site={','.join(SITES)}", "-a", f"origins={origins_file}"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    env = {
        **os.environ,
        "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
        "SCRAPY_SETTINGS_MODULE": "newscrawl.settings",
    }
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{name} crawl failed with exit status {proc.returncode}")
    stats = json.loads(stats_file.read_text())
    pages = int(stats.get("response_received_count", 0))
    seconds = float(stats["elapsed_time_seconds"])
    return {
        "pages": pages,
        "seconds": seconds,
        "pages_per_s": pages / seconds if seconds else 0.0,
        "max_rss_mb": usage.ru_maxrss / 1024,
        "items": int(stats.get("item_scraped_count", 0)),
    }


async def server_pages_per_second(urls: list[str], concurrency: int) -> float:
    """GET every URL over keep-alive loopback connections; pages/s of the server alone."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)

    async def worker() -> None:
        conns: dict[tuple[str, int], tuple[asyncio.StreamReader, asyncio.StreamWriter]] = {}
        while not queue.empty():
            url = queue.get_nowait()
            parts = urlsplit(url)
            key = (parts.hostname or "", parts.port or 80)
            if key not in conns:
                conns[key] = await asyncio.open_connection(*key)
            reader, writer = conns[key]
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
        for _, writer in conns.values():
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return len(urls) / (time.perf_counter() - started)


if __name__ == "__main__":
    load_profiles()  # fail early on a broken profile
    sys.exit(main())
