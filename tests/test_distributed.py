"""Distributed crawls: two ``scrapy crawl`` workers share one Redis frontier.

Checked from the demo server's request log: every article page is fetched once in
total, and the union of the workers' feeds is every article the sites publish.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
import redis
from crawlutil import ROOT, read_feeds, run_crawl

from newscrawl import neardup
from newscrawl.demo.process import DemoProcess
from newscrawl.extensions import manifest_uri
from newscrawl.lock import EXIT_LOCKED
from newscrawl.spiders.news import NewsSpider
from newscrawl.store import Store, to_epoch
from newscrawl.urls import canonical_url

SITES = ("demo-sentinel", "demo-chronicle")


def _worker(
    args: list[str],
    out: Path,
    redis_url: str,
    prefix: str,
    delay: float = 0.3,
    **env_vars: str,
) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", *args]
    cmd += ["-s", f"NEWSCRAWL_OUTPUT_DIR={out}", "-s", f"NEWSCRAWL_REDIS_PREFIX={prefix}"]
    # Slow enough (about 10 s) that the intruder below starts while the run is going.
    cmd += ["-s", f"DOWNLOAD_DELAY={delay}", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    env.update(NEWSCRAWL_REDIS_URL=redis_url, SCRAPY_SETTINGS_MODULE="newscrawl.settings")
    env.update(env_vars)
    return subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )


def test_each_worker_of_a_distributed_run_writes_its_own_feed(tmp_path: Path) -> None:
    """Workers of one run on shared storage would overwrite one feed file and manifest."""
    spider = SimpleNamespace(run_started=datetime(2026, 11, 28, tzinfo=UTC), run_id="d1")
    alone = {"NEWSCRAWL_OUTPUT_DIR": str(tmp_path)}
    assert NewsSpider.feed_uri(spider, alone, "s").endswith("/feeds/s/2026-11-28/d1.jsonl")  # type: ignore[arg-type]
    shared = {**alone, "NEWSCRAWL_REDIS_URL": "redis://127.0.0.1:6379/0"}
    uri = NewsSpider.feed_uri(spider, shared, "s")  # type: ignore[arg-type]
    worker = f"{socket.gethostname().split('.')[0]}-{os.getpid()}"
    assert uri.endswith(f"/feeds/s/2026-11-28/d1-{worker}.jsonl")
    assert manifest_uri(uri).endswith(f"/d1-{worker}.manifest.json")
    custom = {**shared, "NEWSCRAWL_FEED_URI": "s3://b/%(site)s/%(worker)s/%(run_id)s.jsonl"}
    assert NewsSpider.feed_uri(spider, custom, "s") == f"s3://b/s/{worker}/d1.jsonl"  # type: ignore[arg-type]


@pytest.mark.redis
@pytest.mark.slow
def test_two_workers_share_one_frontier(tmp_path: Path, redis_url: tuple[str, str]) -> None:
    url, prefix = redis_url
    with DemoProcess(tmp_path / "demo", articles=40, seed=9, sites=list(SITES)) as demo:
        origins = tmp_path / "origins.json"
        origins.write_text(json.dumps({s: demo.origins[s] for s in SITES}))
        args = ["-a", f"site={','.join(SITES)}", "-a", f"origins={origins}", "-a", "run_id=d1"]
        workers = [_worker(args, tmp_path / w, url, prefix) for w in ("w1", "w2")]
        # A run of the same sites that is not part of this one is turned away at once.
        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 60
        while not client.exists(f"{prefix}:lock:demo-sentinel") and time.monotonic() < deadline:
            time.sleep(0.1)
        intruder = run_crawl(
            ["-a", f"site={','.join(SITES)}", "-a", f"origins={origins}", "-a", "run_id=other"],
            tmp_path / "w3",
            env={"NEWSCRAWL_REDIS_URL": url},
            settings={"NEWSCRAWL_REDIS_PREFIX": prefix},
            timeout=120,
        )
        assert all(w.poll() is None for w in workers), "the run ended before the intruder"
        logs = [w.communicate(timeout=600)[1] for w in workers]
        for name, log in zip(("w1", "w2"), logs, strict=True):
            (tmp_path / f"{name}.log").write_text(log)  # for a look after a failure
        served = demo.requests()
        truth = demo.truth()
    for worker, log in zip(workers, logs, strict=True):
        assert worker.returncode == 0, log[-3000:]
        # scrapy-redis 0.9.1 deprecation warnings are kept out (newscrawl.addons.RedisScheduler).
        assert "Deprecat" not in log
    assert intruder.returncode == EXIT_LOCKED, intruder.stderr[-2000:]
    assert "already being crawled by run d1" in intruder.stderr

    hosts = {demo_origin.split("//")[1]: site for site, demo_origin in demo.origins.items()}
    article_paths = {(r["site"], r["url"].split("/", 3)[3]) for r in truth}
    fetched = Counter(
        (hosts[r["host"]], "/" + r["path"].lstrip("/"))
        for r in served
        if (hosts.get(r["host"]), r["path"].lstrip("/")) in article_paths
    )
    allowed = {(r["site"], r["url"]) for r in truth if r["robots_allowed"]}
    allowed_paths = {(site, "/" + u.split("/", 3)[3]) for site, u in allowed}
    assert set(fetched) == allowed_paths, (
        set(fetched) - allowed_paths,
        allowed_paths - set(fetched),
    )
    assert max(fetched.values()) == 1, [k for k, n in fetched.items() if n > 1]

    union: dict[tuple[str, str], int] = Counter()
    per_worker = []
    for w in ("w1", "w2"):
        feeds = read_feeds(tmp_path / w, "d1")
        rows = [row for site_rows in feeds.values() for row in site_rows]
        per_worker.append(len(rows))
        union.update((row["site"], row["url"]) for row in rows)
    assert set(union) == allowed
    assert max(union.values()) == 1  # no article exported by both workers
    assert all(n > 0 for n in per_worker), per_worker  # both really worked

    assert not client.exists(f"{prefix}:lock:demo-sentinel")  # the last worker out let go
    keys = [k.decode() for k in client.scan_iter(f"{prefix}:news:*")]
    assert keys and all(0 < client.ttl(k) <= 86400 for k in keys)  # they expire
    client.close()


@pytest.mark.redis
@pytest.mark.postgres
@pytest.mark.slow
def test_workers_link_the_syndicated_copies_each_other_fetched(
    tmp_path: Path, redis_url: tuple[str, str], pg_url: str
) -> None:
    """Copies of one wire story on two sites, fetched by two workers of one run and
    stored in one database, point to the earliest-published copy (shared index)."""
    url, prefix = redis_url
    with DemoProcess(tmp_path / "demo", articles=60, seed=5, sites=list(SITES)) as demo:
        origins = tmp_path / "origins.json"
        origins.write_text(json.dumps({s: demo.origins[s] for s in SITES}))
        args = ["-a", f"site={','.join(SITES)}", "-a", f"origins={origins}", "-a", "run_id=n1"]
        # (slower than the other runs here: on a loaded machine one worker may start
        # seconds after the other, and both must fetch a good share of the copies for
        # some story's copies to be split between them)
        workers = [
            _worker(args, tmp_path / w, url, prefix, delay=0.8, NEWSCRAWL_DATABASE_URL=pg_url)
            for w in ("w1", "w2")
        ]
        logs = [w.communicate(timeout=600)[1] for w in workers]
        for name, log in zip(("w1", "w2"), logs, strict=True):
            (tmp_path / f"{name}.log").write_text(log)
        truth = demo.truth()
    for worker, log in zip(workers, logs, strict=True):
        assert worker.returncode == 0, log[-3000:]
        assert "near-duplicate index shared by the run's workers" in log
        assert "neardup/redis_errors" not in log

    exported_by = {}
    lines = {}
    for w in ("w1", "w2"):
        for rows in read_feeds(tmp_path / w, "n1").values():
            for row in rows:
                exported_by[row["canonical_url"]] = w
                lines[row["canonical_url"]] = row
    by_story: dict[str, list[dict]] = {}
    with Store(pg_url) as store:
        for row in truth:
            stored = store.get_article(canonical_url(row["url"]))
            if stored is not None:
                by_story.setdefault(row["story_id"], []).append(stored)
    # Copies reworded below the similarity threshold are not linked by one worker either.
    syndicated = [v for v in by_story.values() if len(v) > 1 and _similar(v)]
    assert len(syndicated) >= 5, "the demo crawl should store several syndicated stories"
    across = 0
    for copies in syndicated:
        first = min(copies, key=lambda r: (to_epoch(r["published_at"]), r["id"]))
        assert first["duplicate_of"] is None, first["canonical_url"]
        for other in copies:
            if other is not first:
                assert other["duplicate_of"] == first["canonical_url"], other["canonical_url"]
                if exported_by[other["canonical_url"]] != exported_by[first["canonical_url"]]:
                    across += 1
                    # its feed line names the original only when the original came first;
                    # a copy processed before it was re-pointed in the database since
                    assert lines[other["canonical_url"]]["duplicate_of"] in (
                        None,
                        first["canonical_url"],
                    )
    # Both workers fetched copies of some stories: linked only through the shared index
    # (without it, each worker takes its own copy for an original).
    assert across >= 1, (across, Counter(exported_by.values()))
    singles = [v[0] for v in by_story.values() if len(v) == 1]
    assert singles and all(r["duplicate_of"] is None for r in singles)


def _similar(rows: list[dict]) -> bool:
    sigs = [neardup.signature(r["body"]) for r in rows]
    return all(neardup.similarity(sigs[0], s) >= neardup.THRESHOLD for s in sigs[1:])
