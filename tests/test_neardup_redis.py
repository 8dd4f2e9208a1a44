"""The near-duplicate index shared by the workers of a distributed run, on the real Redis.

Each "worker" here is a DedupPipeline and a StoragePipeline of its own crawler; the
workers share one database (as the README asks of a distributed run) and one run's
Redis keys (a prefix of each test's own, deleted after it).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
import redis
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from test_dedup import OTHER, STORY, make

from newscrawl import neardup
from newscrawl.neardup_redis import SharedIndexError, SharedNearDupIndex
from newscrawl.pipelines.dedup import DedupPipeline
from newscrawl.pipelines.storage import StoragePipeline
from newscrawl.store import Store

pytestmark = pytest.mark.redis

A, B, C = (f"https://{s}.example/story/1/" for s in "abc")


class Worker:
    """One worker's dedup and storage pipelines, opened; ``close()`` as Scrapy does."""

    def __init__(self, tmp_path: Path, redis_url: tuple[str, str], **settings: Any) -> None:
        url, prefix = redis_url
        values = {
            "NEWSCRAWL_OUTPUT_DIR": str(tmp_path),
            "NEWSCRAWL_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
            "NEWSCRAWL_NEARDUP_DAYS": 0,
            "NEWSCRAWL_REDIS_URL": url,
            "NEWSCRAWL_REDIS_PREFIX": prefix,
            "NEWSCRAWL_REDIS_RUN_TTL": 600,
            **settings,
        }
        self.crawler = get_crawler(settings_dict=values)
        sites = {s: None for s in "abcd"}
        self.crawler.spider = SimpleNamespace(name="news", sites=sites, run_id="r1")
        self.dedup = DedupPipeline.from_crawler(self.crawler)
        self.storage = StoragePipeline.from_crawler(self.crawler)
        self.dedup.open_spider()
        self.storage.open_spider()

    def process(self, item: Any) -> Any:
        with contextlib.suppress(DropItem):
            return self.storage.process_item(self.dedup.process_item(item))
        return None

    def stat(self, name: str) -> Any:
        return self.crawler.stats.get_value(name)

    def close(self) -> None:
        self.storage.close_spider()
        self.dedup.close_spider()


def stored(tmp_path: Path, url: str) -> str | None:
    with Store(f"sqlite:///{tmp_path / 'db.sqlite3'}") as store:
        return store.get_article(url)["duplicate_of"]


def test_a_copy_fetched_by_another_worker_points_to_the_original(
    tmp_path: Path, redis_url: tuple[str, str]
) -> None:
    w1, w2 = Worker(tmp_path, redis_url), Worker(tmp_path, redis_url)
    assert w1.dedup.shared is not None and w2.dedup.shared is not None
    original = w1.process(make("a", 1, STORY, "2025-07-01T09:00:00+05:30"))
    copy = w2.process(make("b", 1, ["DISPUR, July 1:", *STORY[1:], "(IANS)"], "2025-07-01T11:00"))
    other = w2.process(make("c", 1, OTHER, "2025-07-01T08:00:00+05:30"))
    assert (original.duplicate_of, copy.duplicate_of, other.duplicate_of) == (None, A, None)
    assert w2.stat("newscrawl/dedup/near_duplicate") == 1
    w1.close()
    w2.close()
    assert stored(tmp_path, B) == A
    # The run's keys expire with the run's TTL.
    client = redis.Redis.from_url(redis_url[0])
    keys = list(client.scan_iter(f"{redis_url[1]}:news:a+b+c+d:r1:neardup:*"))
    assert keys and all(0 < client.ttl(k) <= 600 for k in keys)
    client.close()


def test_an_earlier_copy_found_by_another_worker_becomes_the_original(
    tmp_path: Path, redis_url: tuple[str, str]
) -> None:
    """Within one worker an earlier-published copy found later re-points the others; so
    across workers, including a row the first worker still held in its storage batch."""
    w1, w2 = Worker(tmp_path, redis_url), Worker(tmp_path, redis_url)
    later = w1.process(make("b", 1, STORY, "2025-07-02"))
    earlier = w2.process(make("a", 1, STORY, "2025-07-01"))
    assert (later.duplicate_of, earlier.duplicate_of) == (None, None)  # b's line was exported
    assert w2.stat("newscrawl/dedup/new_original") == 1
    # w1's own index had b as the original: it learns from Redis that a is.
    third = w1.process(make("c", 1, STORY, "2025-07-03"))
    assert third.duplicate_of == A
    w1.close()
    w2.close()
    assert [stored(tmp_path, u) for u in (A, B, C)] == [None, A, A]
    # The next run (one worker, its index from the database) agrees.
    w3 = Worker(tmp_path, redis_url, NEWSCRAWL_REDIS_URL="")
    assert w3.dedup.shared is None
    assert w3.process(make("d", 1, STORY, "2025-07-04")).duplicate_of == A
    w3.close()


def test_two_workers_adding_copies_at_once_make_one_original(
    tmp_path: Path, redis_url: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    workers = [Worker(tmp_path, redis_url), Worker(tmp_path, redis_url)]
    real = SharedNearDupIndex.related

    def slow(self: SharedNearDupIndex, *args: Any) -> Any:
        found = real(self, *args)
        time.sleep(0.3)  # without the run's lock, the other worker decides meanwhile
        return found

    monkeypatch.setattr(SharedNearDupIndex, "related", slow)
    barrier = threading.Barrier(2)
    results: dict[str, Any] = {}

    def add(worker: Worker, site: str) -> None:
        item = make(site, 1, STORY, "2025-07-01T10:00:00+05:30")
        barrier.wait()
        results[site] = worker.process(item)

    threads = [
        threading.Thread(target=add, args=(w, s)) for w, s in zip(workers, "ab", strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    pointers = {site: item.duplicate_of for site, item in results.items()}
    # Same publication time: the copy stored first (the run-wide order) is the original.
    originals = [s for s, p in pointers.items() if p is None]
    assert len(originals) == 1, pointers
    copy = "b" if originals == ["a"] else "a"
    assert pointers[copy] == f"https://{originals[0]}.example/story/1/"
    for w in workers:
        w.close()
    assert stored(tmp_path, f"https://{copy}.example/story/1/") == pointers[copy]


def test_redis_down_mid_run_falls_back_to_the_workers_own_index(
    tmp_path: Path, redis_url: tuple[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    w = Worker(tmp_path, redis_url)
    assert w.process(make("a", 1, STORY, "2025-07-01")).duplicate_of is None
    assert w.dedup.shared is not None
    # Redis goes away: nothing answers on port 1.
    w.dedup.shared.client = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=1)
    with caplog.at_level(logging.ERROR):
        copy = w.process(make("b", 1, STORY, "2025-07-02"))
        later = w.process(make("c", 1, STORY, "2025-07-03"))
    assert (copy.duplicate_of, later.duplicate_of) == (A, A)  # the local index goes on
    assert w.dedup.shared is None
    assert w.stat("newscrawl/neardup/redis_errors") == 1
    assert "for the rest of the run" in caplog.text
    w.close()
    assert [stored(tmp_path, u) for u in (A, B, C)] == [None, A, A]


def test_the_shared_index_finds_similar_signatures_only(redis_url: tuple[str, str]) -> None:
    url, prefix = redis_url
    local = neardup.NearDupIndex()
    shared = SharedNearDupIndex.from_url(url, f"{prefix}:unit", local.band_hashes, ttl=60)
    story, other = (neardup.fingerprint("\n\n".join(p)) for p in (STORY, OTHER))
    shared.start(41)
    assert shared.next_seq() == 42
    with shared.locked():
        shared.publish([neardup.Entry(A, "a", 1.0, 42, None, *story)])
        shared.publish([neardup.Entry(B, "b", 2.0, 43, A, *story)])
        shared.publish([neardup.Entry(C, "c", 3.0, 44, None, *other)])
    copy_sig = neardup.signature("\n\n".join(["DISPUR, July 1:", *STORY[1:]]))
    found = {e.canonical_url: e for e in shared.related(copy_sig)}
    assert set(found) == {A, B}
    assert np.array_equal(found[A].signature, story[0])
    assert np.array_equal(found[A].numbers, story[1])
    assert (found[B].site, found[B].published_ts, found[B].seq) == ("b", 2.0, 43)
    # Asked by URL: C, and the original a copy points at comes along.
    assert {e.canonical_url for e in shared.related(other[0], [B])} == {A, B, C}
    # Re-pointing moves the copies of an old original to the new one.
    d = "https://d.example/story/1/"
    with shared.locked():
        shared.publish([neardup.Entry(d, "d", 0.5, 45, None, *story)], [([A], d)])
    found = {e.canonical_url: e.duplicate_of for e in shared.related(story[0])}
    assert found == {A: d, B: d, d: None}
    assert shared.repoints() == [([A], d)]
    # A signature is kept in 4 bytes per permutation (and its numbers).
    # (A's own blob: HVALS comes in no set order, and C's story has other numbers.)
    a_id = shared.client.hget(shared.keys["urls"], A)
    a_blob = shared.client.hget(shared.keys["sig"], a_id)
    assert len(a_blob) == 4 * (neardup.NUM_PERM + len(story[1]))
    shared.expire()
    assert 0 < shared.client.ttl(shared.keys["bands"]) <= 60
    shared.close()


def test_the_lock_is_released_and_a_held_one_expires(redis_url: tuple[str, str]) -> None:
    url, prefix = redis_url
    bands = neardup.NearDupIndex().band_hashes
    one = SharedNearDupIndex.from_url(url, f"{prefix}:lock", bands, lock_seconds=0.5)
    two = SharedNearDupIndex.from_url(url, f"{prefix}:lock", bands, wait_seconds=0.2)
    with one.locked():
        pass
    with two.locked():  # released
        pass
    # Expires 2 s on: the 0.2 s wait below fails long before, even on a loaded machine.
    one.client.set(one.keys["lock"], "a worker killed holding it", px=2000)
    with pytest.raises(SharedIndexError, match="not free"), two.locked():
        pass
    time.sleep(2.1)
    with two.locked():
        pass
    one.close()
    two.close()
