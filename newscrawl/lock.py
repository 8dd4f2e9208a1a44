"""One run per site at a time: a second ``scrapy crawl`` of a site exits at once.

Locally the lock is an advisory ``flock`` on ``<NEWSCRAWL_OUTPUT_DIR>/locks/<site>.lock``
(released by the kernel if the process dies, so a crash never leaves a stale lock).
With ``NEWSCRAWL_REDIS_URL`` the lock is a Redis key per site holding the run id,
with a TTL refreshed while the run lives: a worker started with the same ``run_id``
*joins* that distributed run, any other run of the site exits.

:class:`RunLock` is an extension: it takes the locks when the crawler is built and
raises :class:`RunLocked`, which ``scrapy crawl`` (``newscrawl.commands.crawl``)
turns into a one-line message and exit status :data:`EXIT_LOCKED`.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawl.settings.env import output_dir

logger = logging.getLogger(__name__)

#: ``scrapy crawl`` exit status when another run holds a site (EX_TEMPFAIL).
EXIT_LOCKED = 75
#: Redis lock lifetime; refreshed every third of it while the run lives.
DEFAULT_REDIS_LOCK_TTL = 60


class RunLocked(RuntimeError):
    """Another run of the site is in progress."""


class RunSpent(RuntimeError):
    """A distributed run id whose frontier is used up: a worker would fetch nothing."""


@dataclass(frozen=True)
class Holder:
    """Who holds a lock: enough to find the other run."""

    run_id: str
    host: str
    pid: int
    since: str
    #: Tells two lock objects of one process apart.
    token: str = ""

    @classmethod
    def me(cls, run_id: str) -> Holder:
        return cls(
            run_id=run_id,
            host=socket.gethostname(),
            pid=os.getpid(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
            token=secrets.token_hex(4),
        )

    def dumps(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def loads(cls, text: str | bytes | None) -> Holder | None:
        try:
            data = json.loads(text or "")
            return cls(
                str(data["run_id"]),
                str(data["host"]),
                int(data["pid"]),
                str(data["since"]),
                str(data.get("token", "")),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def describe(self) -> str:
        return f"run {self.run_id} (pid {self.pid} on {self.host}, since {self.since})"


class SiteLock(Protocol):
    def acquire(self) -> None: ...
    def release(self) -> None: ...


class FileLock:
    """An exclusive, non-blocking ``flock`` on ``<folder>/<site>.lock``."""

    def __init__(self, folder: Path, site: str, run_id: str) -> None:
        self.path = Path(folder) / f"{site}.lock"
        self.site = site
        self.holder = Holder.me(run_id)
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = Holder.loads(_read_fd(fd))
            os.close(fd)
            who = other.describe() if other else "another run"
            raise RunLocked(
                f"site {self.site} is already being crawled by {who}; lock {self.path}"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, self.holder.dumps().encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


class RedisLock:
    """A Redis key per site holding the run; workers of the same run id join it.

    ``<key>:workers`` counts the workers in the run: the last one out deletes the
    lock. Both keys carry a TTL, refreshed while a worker lives, so a crashed run
    frees the site after ``ttl`` seconds.
    """

    def __init__(self, client: Any, key: str, site: str, run_id: str, ttl: int) -> None:
        self.client = client
        self.key = key
        self.workers_key = f"{key}:workers"
        self.site = site
        self.holder = Holder.me(run_id)
        self.ttl = ttl
        self.joined = False

    def acquire(self) -> None:
        if not self.client.set(self.key, self.holder.dumps(), nx=True, ex=self.ttl):
            other = Holder.loads(self.client.get(self.key))
            if other is None or other.run_id != self.holder.run_id:
                who = other.describe() if other else "another run"
                raise RunLocked(
                    f"site {self.site} is already being crawled by {who}; "
                    f"Redis lock {self.key} (start workers with the same -a run_id= to join it)"
                )
            self.joined = True
            logger.info("%s: joining distributed %s", self.site, other.describe())
        pipe = self.client.pipeline()
        pipe.incr(self.workers_key)
        pipe.expire(self.workers_key, self.ttl)
        pipe.expire(self.key, self.ttl)
        pipe.execute()

    def _ours(self) -> bool:
        other = Holder.loads(self.client.get(self.key))
        return other is not None and other.run_id == self.holder.run_id

    def refresh(self) -> None:
        if self._ours():
            pipe = self.client.pipeline()
            pipe.expire(self.key, self.ttl)
            pipe.expire(self.workers_key, self.ttl)
            pipe.execute()

    def release(self) -> None:
        left = self.client.decr(self.workers_key)
        if left <= 0 and self._ours():
            self.client.delete(self.key, self.workers_key)


class RunLock:
    """Takes one lock per site of the run when the crawler is built (see module doc)."""

    def __init__(self, crawler: Crawler, locks: list[SiteLock]) -> None:
        self.crawler = crawler
        self.locks = locks
        self._refresher: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunLock:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_LOCK_ENABLED", True):
            raise NotConfigured("NEWSCRAWL_LOCK_ENABLED is off")
        spider = crawler.spider
        sites = sorted(getattr(spider, "sites", {}) or {})
        run_id = str(getattr(spider, "run_id", "") or "")
        if not sites or not run_id:
            raise NotConfigured("the spider names no sites or run id")
        locks: list[SiteLock] = []
        redis_url = settings.get("NEWSCRAWL_REDIS_URL")
        if redis_url:
            import redis

            client = redis.Redis.from_url(redis_url)
            prefix = settings.get("NEWSCRAWL_REDIS_PREFIX") or "newscrawl"
            ttl = settings.getint("NEWSCRAWL_REDIS_LOCK_TTL", DEFAULT_REDIS_LOCK_TTL)
            locks = [RedisLock(client, f"{prefix}:lock:{s}", s, run_id, ttl) for s in sites]
        else:
            folder = output_dir(settings).resolve() / "locks"
            locks = [FileLock(folder, s, run_id) for s in sites]
        ext = cls(crawler, locks)
        ext.acquire_all()
        if redis_url:
            ext.refuse_spent_run(client, spider.name, sites, run_id, prefix)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def acquire_all(self) -> None:
        taken: list[SiteLock] = []
        try:
            for lock in self.locks:
                lock.acquire()
                taken.append(lock)
        except RunLocked as exc:
            for lock in taken:
                lock.release()
            self.crawler.stats.inc_value("newscrawl/dropped/run_locked")
            logger.error("%s", exc)
            raise
        self.crawler.stats.set_value("newscrawl/lock/sites", len(taken))

    def refuse_spent_run(
        self, client: Any, spider_name: str, sites: list[str], run_id: str, prefix: str
    ) -> None:
        """Raise :class:`RunSpent` when no worker of ``run_id`` is running (this one took
        the locks afresh) and its frontier in Redis has fingerprints but nothing queued:
        the run finished (or all its workers died), and every URL, the start pages
        included, would be filtered as seen. A stopped run with requests still queued
        is resumed."""
        if any(getattr(lock, "joined", False) for lock in self.locks):
            return
        from newscrawl.addons import redis_keys

        keys = redis_keys(prefix, spider_name, sites, run_id)
        seen = client.scard(keys["SCHEDULER_DUPEFILTER_KEY"])
        if not seen or client.exists(keys["SCHEDULER_QUEUE_KEY"]):
            return
        for lock in self.locks:
            lock.release()
        message = (
            f"run {run_id} of {', '.join(sites)} was already crawled: its frontier in Redis "
            f"has {seen} URLs seen and none queued, so this worker would fetch nothing; "
            "start a new run with another -a run_id="
        )
        logger.error("%s", message)
        raise RunSpent(message)

    def spider_opened(self, spider: Spider) -> None:
        redis_locks = [lock for lock in self.locks if isinstance(lock, RedisLock)]
        if redis_locks:
            from twisted.internet import task

            self._refresher = task.LoopingCall(lambda: [lk.refresh() for lk in redis_locks])
            self._refresher.start(max(1, redis_locks[0].ttl // 3), now=False)

    def spider_closed(self, spider: Spider) -> None:
        if self._refresher is not None and self._refresher.running:
            self._refresher.stop()
        for lock in self.locks:
            try:
                lock.release()
            except Exception:  # a failed release must not hide the run's own result
                logger.exception("could not release %r", lock)


def _read_fd(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096)
