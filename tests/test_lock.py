"""One run per site: the file lock, the Redis lock (joining a distributed run), and
``scrapy crawl`` exiting at once when another run holds the site."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import redis
from crawlutil import run_crawl

from newscrawl.lock import EXIT_LOCKED, FileLock, Holder, RedisLock, RunLocked


def test_file_lock_excludes_a_second_run_and_names_the_first(tmp_path: Path) -> None:
    first = FileLock(tmp_path, "demo-sentinel", "run-a")
    first.acquire()
    second = FileLock(tmp_path, "demo-sentinel", "run-b")
    with pytest.raises(RunLocked, match=r"demo-sentinel is already being crawled by run run-a"):
        second.acquire()
    # Another site is independent.
    other = FileLock(tmp_path, "demo-chronicle", "run-b")
    other.acquire()
    other.release()
    first.release()
    second.acquire()  # free again once released
    second.release()


def test_holder_round_trips_and_tolerates_garbage() -> None:
    me = Holder.me("r1")
    assert Holder.loads(me.dumps()) == me
    assert Holder.loads(b"") is None
    assert Holder.loads("{not json") is None


def test_redis_lock_lets_the_same_run_join_and_stops_others(
    redis_url: tuple[str, str],
) -> None:
    url, prefix = redis_url
    client = redis.Redis.from_url(url)
    key = f"{prefix}:lock:demo-sentinel"
    first = RedisLock(client, key, "demo-sentinel", "run-a", ttl=30)
    first.acquire()
    assert 0 < client.ttl(key) <= 30
    worker2 = RedisLock(client, key, "demo-sentinel", "run-a", ttl=30)
    worker2.acquire()  # same distributed run: joins
    assert worker2.joined
    stranger = RedisLock(client, key, "demo-sentinel", "run-b", ttl=30)
    with pytest.raises(RunLocked, match=r"run run-a .*same -a run_id= to join"):
        stranger.acquire()
    worker2.release()  # not the holder's process record: the key stays
    assert client.exists(key)
    first.release()
    assert not client.exists(key)
    stranger.acquire()
    stranger.release()
    client.close()


def test_second_scrapy_crawl_of_a_site_exits_at_once(tmp_path: Path) -> None:
    """The lock is taken before any request: no server is needed to see the exit."""
    held = FileLock(tmp_path / "out" / "locks", "demo-sentinel", "cron-0600")
    held.acquire()
    try:
        started = time.monotonic()
        proc = run_crawl(
            ["-a", "site=demo-sentinel", "-a", "origin=http://127.0.0.2:9"], tmp_path / "out"
        )
        elapsed = time.monotonic() - started
    finally:
        held.release()
    assert proc.returncode == EXIT_LOCKED, proc.stderr[-3000:]
    assert "demo-sentinel is already being crawled by run cron-0600" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "Spider opened" not in proc.stderr
    assert elapsed < 30


@pytest.mark.redis
def test_a_second_crawl_of_a_finished_distributed_run_is_refused(
    tmp_path: Path, redis_url: tuple[str, str]
) -> None:
    """Within NEWSCRAWL_REDIS_RUN_TTL of its end a run's fingerprints are still in Redis:
    a crawl with the same run id filtered every URL, the start pages too, fetched
    nothing and was judged on the old run's totals. It is refused at start now."""
    url, prefix = redis_url
    client = redis.Redis.from_url(url)
    base = f"{prefix}:news:demo-sentinel:done"
    client.sadd(f"{base}:dupefilter", "fp1", "fp2", "fp3")  # what the finished run left
    proc = run_crawl(
        ["-a", "site=demo-sentinel", "-a", "origin=http://127.0.0.2:9", "-a", "run_id=done"],
        tmp_path / "out",
        env={"NEWSCRAWL_REDIS_URL": url},
        settings={"NEWSCRAWL_REDIS_PREFIX": prefix, "RETRY_TIMES": "0"},
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
    last = proc.stderr.strip().splitlines()[-1]
    assert "run done of demo-sentinel was already crawled" in last
    assert "3 URLs seen and none queued" in last and "another -a run_id=" in last
    assert "Spider opened" not in proc.stderr and "Traceback" not in proc.stderr
    assert not client.exists(f"{prefix}:lock:demo-sentinel")  # the lock was let go
    # A stopped run with requests still queued is resumed, not refused.
    client.zadd(f"{base}:requests", {"req": 0})
    resumed = run_crawl(
        ["-a", "site=demo-sentinel", "-a", "origin=http://127.0.0.2:9", "-a", "run_id=done"],
        tmp_path / "out2",
        env={"NEWSCRAWL_REDIS_URL": url},
        settings={"NEWSCRAWL_REDIS_PREFIX": prefix, "RETRY_TIMES": "0", "LOG_LEVEL": "INFO"},
        timeout=120,
    )
    assert "already crawled" not in resumed.stderr
    assert "Spider opened" in resumed.stderr
    client.close()
