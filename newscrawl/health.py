"""Run health: per-site items, drops, duplicates and field coverage; coverage floors.

:class:`RunHealth` counts every exported article per site and which optional fields
it filled (stats ``newscrawl/items/<site>``, ``newscrawl/coverage/<site>/<field>``,
``newscrawl/duplicates/<site>``). When the crawl runs dry it checks each profile's
``floors`` (``published_at = 0.9``: nine articles in ten carry a date; judged from
``NEWSCRAWL_FLOOR_MIN_ITEMS`` articles of a site on, 10 by default) and a site that
exported nothing; in a distributed run the last worker to finish judges the totals
of all workers (:class:`SharedTally`).
A run below one closes with reason ``floors_failed`` (so ``scrapy crawl`` exits
non-zero) instead of ``finished``. At close it logs one summary
per site: items, drops by reason, duplicates and coverage against the floors, and a
warning for a site whose article pages were JavaScript shells (``js_shell`` drops): a
site rendered wrongly may still export a few real articles, too few for the floors to
be judged.

Spidermon has field-coverage monitors, but they are per item *type* (not per site)
and its monitors run on ``spider_closed``, after the close reason is fixed, so a
failed check cannot fail the run; this extension is the ~150 lines that do both.
"""

from __future__ import annotations

import logging
import secrets
from collections import Counter
from dataclasses import dataclass
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, NotConfigured

from newscrawl.feeds import EXPORT_FAILED
from newscrawl.items import ARTICLE_FIELDS

logger = logging.getLogger(__name__)

#: Close reason of a run whose output fell below a floor.
FLOORS_FAILED = "floors_failed"
#: Fields always present (required by the schema or filled by the crawler itself).
ALWAYS_FILLED = {
    "url",
    "canonical_url",
    "site",
    "title",
    "body",
    "word_count",
    "content_hash",
    "crawled_at",
    "schema_version",
    "duplicate_of",
}
COVERAGE_FIELDS = tuple(f for f in ARTICLE_FIELDS if f not in ALWAYS_FILLED)
#: Seconds a distributed worker counts as running after its last heartbeat.
DEFAULT_HEARTBEAT = 15
#: Pseudo-floor name for "the site exported at least one article".
NO_ITEMS = "items"


@dataclass(frozen=True)
class FloorResult:
    site: str
    field: str
    floor: float
    filled: int
    items: int

    @property
    def coverage(self) -> float:
        return self.filled / self.items if self.items else 0.0

    @property
    def ok(self) -> bool:
        return self.items > 0 and self.coverage + 1e-9 >= self.floor

    def describe(self) -> str:
        if self.field == NO_ITEMS:
            return f"{self.site}: no articles exported"
        return (
            f"{self.site}: {self.field} on {self.coverage:.0%} of articles "
            f"({self.filled}/{self.items}), floor {self.floor:.0%}"
        )


def filled(value: Any) -> bool:
    """Whether a field value counts as present (``0`` words does not; ``[]`` does not)."""
    if value is None:
        return False
    if isinstance(value, str | list | tuple | dict):
        return bool(value)
    return True


def check_floors(
    floors: dict[str, float],
    items: int,
    coverage: Counter[str],
    site: str,
    *,
    min_items: int = 1,
) -> list[FloorResult]:
    """One result per floor of ``site`` (plus the "exported anything" check).

    >>> [r.ok for r in check_floors({"published_at": 0.9}, 10, Counter(published_at=9), "s")]
    [True]
    >>> [r.describe() for r in check_floors({}, 0, Counter(), "s")]
    ['s: no articles exported']
    >>> check_floors({"published_at": 0.9}, 3, Counter(), "s", min_items=10)
    []
    """
    if 0 < items < min_items:
        return []  # too few articles for a fraction to mean anything
    results = [FloorResult(site, f, floor, coverage[f], items) for f, floor in floors.items()]
    if items == 0 and not floors:
        results.append(FloorResult(site, NO_ITEMS, 1.0, 0, 0))
    return results


class SharedTally:
    """Coverage counts of all workers of a distributed run, summed in Redis.

    Each worker adds its counts when it runs dry; the last worker out gets the run's
    totals and judges the floors, so a run is judged on all its articles, not on each
    worker's random share. Workers are a set of members, each alive while its
    heartbeat key (refreshed by :meth:`beat`) lives: a worker killed without leaving
    (``kill -9``, a lost machine) stops counting after ``heartbeat`` seconds, so the
    others still judge the run instead of each waiting for it forever. (Two workers
    leaving at the same moment may both judge, on the same totals.)
    """

    def __init__(
        self, client: Any, base: str, sites: list[str], ttl: int, heartbeat: int = 15
    ) -> None:
        self.client = client
        self.base = base
        self.sites = sites
        self.ttl = ttl
        self.heartbeat = max(1, heartbeat)
        self.members_key = f"{base}:health:members"
        self.token = secrets.token_hex(6)
        self.left = False

    def _key(self, site: str) -> str:
        return f"{self.base}:health:{site}"

    def _alive_key(self, token: str) -> str:
        return f"{self.base}:health:alive:{token}"

    def join(self) -> None:
        pipe = self.client.pipeline()
        pipe.set(self._alive_key(self.token), 1, ex=self.heartbeat)
        pipe.sadd(self.members_key, self.token)
        pipe.expire(self.members_key, self.ttl)
        pipe.execute()

    def beat(self) -> None:
        """Keep this worker counted as running (call every third of ``heartbeat``)."""
        if not self.left:
            self.client.set(self._alive_key(self.token), 1, ex=self.heartbeat)

    def leave(
        self, items: Counter[str], coverage: dict[str, Counter[str]]
    ) -> tuple[int, Counter[str], dict[str, Counter[str]]]:
        """Add this worker's counts; (workers still running, run totals if none is)."""
        self.left = True
        pipe = self.client.pipeline()
        for site in self.sites:
            pipe.hincrby(self._key(site), "_items", items[site])
            for name, count in coverage.get(site, Counter()).items():
                pipe.hincrby(self._key(site), name, count)
            pipe.expire(self._key(site), self.ttl)
        pipe.srem(self.members_key, self.token)
        pipe.delete(self._alive_key(self.token))
        pipe.execute()
        others = sorted(m.decode() for m in self.client.smembers(self.members_key))
        if others:
            pipe = self.client.pipeline()
            for token in others:
                pipe.exists(self._alive_key(token))
            alive = [t for t, up in zip(others, pipe.execute(), strict=True) if up]
            gone = sorted(set(others) - set(alive))
            if gone:
                self.client.srem(self.members_key, *gone)
                logger.warning(
                    "health: %d worker(s) of this run stopped without finishing (no heartbeat "
                    "for %d s); their articles are not in the totals",
                    len(gone),
                    self.heartbeat,
                )
            if alive:
                return len(alive), Counter(), {}
        totals: Counter[str] = Counter()
        cover: dict[str, Counter[str]] = {}
        for site in self.sites:
            raw = {k.decode(): int(v) for k, v in self.client.hgetall(self._key(site)).items()}
            totals[site] = raw.pop("_items", 0)
            cover[site] = Counter(raw)
        return 0, totals, cover


class RunHealth:
    """Counts per-site coverage as items are exported; checks floors when the crawl ends."""

    def __init__(self, crawler: Crawler, floors: dict[str, dict[str, float]]) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.floors = floors
        self.items: Counter[str] = Counter()
        self.coverage: dict[str, Counter[str]] = {site: Counter() for site in floors}
        self.duplicates: Counter[str] = Counter()
        self.checked: list[FloorResult] | None = None
        # Optional fields, plus any other field a profile puts a floor on (title, body).
        self.fields = tuple(
            dict.fromkeys((*COVERAGE_FIELDS, *(f for fl in floors.values() for f in fl)))
        )
        self.min_items = crawler.settings.getint("NEWSCRAWL_FLOOR_MIN_ITEMS", 10)
        #: Set for a worker of a distributed run (NEWSCRAWL_REDIS_URL).
        self.shared: SharedTally | None = None
        self._beating: Any = None
        #: True when other workers were still running: the last of them judges the floors.
        self.deferred = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunHealth:
        if not crawler.settings.getbool("NEWSCRAWL_HEALTH_ENABLED", True):
            raise NotConfigured("NEWSCRAWL_HEALTH_ENABLED is off")
        sites = getattr(crawler.spider, "sites", None)
        if not sites:
            raise NotConfigured("the spider names no sites")
        floors = {site_id: dict(state.profile.floors) for site_id, state in sites.items()}
        ext = cls(crawler, floors)
        redis_url = crawler.settings.get("NEWSCRAWL_REDIS_URL")
        if redis_url:
            import redis

            from newscrawl.addons import DEFAULT_REDIS_RUN_TTL, redis_keys

            spider = crawler.spider
            keys = redis_keys(
                crawler.settings.get("NEWSCRAWL_REDIS_PREFIX") or "newscrawl",
                spider.name,
                sorted(floors),
                str(getattr(spider, "run_id", "")),
            )
            ext.shared = SharedTally(
                redis.Redis.from_url(redis_url),
                keys["SCHEDULER_QUEUE_KEY"].removesuffix(":requests"),
                sorted(floors),
                crawler.settings.getint("NEWSCRAWL_REDIS_RUN_TTL", DEFAULT_REDIS_RUN_TTL),
                crawler.settings.getint("NEWSCRAWL_REDIS_HEARTBEAT", DEFAULT_HEARTBEAT),
            )
            crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        if self.shared is not None:
            from twisted.internet import task

            self.shared.join()
            self._beating = task.LoopingCall(self.shared.beat)
            self._beating.start(max(1, self.shared.heartbeat / 3), now=False)

    def _stop_beating(self) -> None:
        if self._beating is not None and self._beating.running:
            self._beating.stop()
        self._beating = None

    def item_scraped(self, item: Any, spider: Spider) -> None:
        adapter = ItemAdapter(item)
        site = str(adapter.get("site") or "?")
        self.items[site] += 1
        self.stats.inc_value(f"newscrawl/items/{site}")
        counter = self.coverage.setdefault(site, Counter())
        for name in self.fields:
            if filled(adapter.get(name)):
                counter[name] += 1
                self.stats.inc_value(f"newscrawl/coverage/{site}/{name}")
        if adapter.get("duplicate_of"):
            self.duplicates[site] += 1
            self.stats.inc_value(f"newscrawl/duplicates/{site}")

    def check(self) -> list[FloorResult]:
        items, coverage = self.items, self.coverage
        if self.shared is not None:
            self._stop_beating()
            left, items, coverage = self.shared.leave(self.items, self.coverage)
            self.shared = None  # counted once
            if left:
                logger.info(
                    "health: %d other worker(s) of this run still running; "
                    "the last one judges the floors on the run's totals",
                    left,
                )
                self.checked = []
                self.deferred = True
                return []
            logger.info("health: last worker of the run: floors judged on all workers' articles")
        results: list[FloorResult] = []
        for site, floors in self.floors.items():
            # A re-run that finds every article of the site already stored exports
            # nothing, rightly; another site's stored articles say nothing about this one.
            known = self._already_known(site)
            if items[site] == 0 and known:
                logger.info("health %s: nothing new since the last run (%d known)", site, known)
                continue
            results += check_floors(
                floors,
                items[site],
                coverage.get(site, Counter()),
                site,
                min_items=self.min_items,
            )
        self.checked = results
        failed = [r for r in results if not r.ok]
        self.stats.set_value("newscrawl/health/checks", len(results))
        self.stats.set_value("newscrawl/health/failed", len(failed))
        for result in failed:
            self.stats.inc_value(f"newscrawl/health/failed/{result.site}/{result.field}")
        return failed

    def _already_known(self, site: str) -> int:
        """Articles of ``site`` an earlier run stored that this run found again: skipped as
        seen, or unchanged (a 304, or the same body: the storage pipeline drops those at
        once but counts them as ``articles/unchanged`` only when it writes its batch,
        which may come after this check)."""

        def stat(key: str) -> int:
            return int(self.stats.get_value(f"{key}/{site}", 0) or 0)

        unchanged = max(stat("newscrawl/articles/unchanged"), stat("newscrawl/dropped/unchanged"))
        return stat("newscrawl/articles/seen") + unchanged

    def spider_idle(self, spider: Spider) -> None:
        failed = self.check()
        if failed:
            for result in failed:
                logger.error("below floor: %s", result.describe())
            raise CloseSpider(FLOORS_FAILED)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self._stop_beating()
        if self.checked is None:  # closed without running dry (limit, shutdown, error)
            for result in self.check():
                logger.error("below floor: %s", result.describe())
        self.log_summary(reason)

    def log_summary(self, reason: str) -> None:
        stats = self.stats.get_stats()
        by_result = {(r.site, r.field): r for r in self.checked or ()}
        for site in self.floors:
            items = self.items[site]
            drops = {
                key.split("/")[2]: value
                for key, value in stats.items()
                if key.startswith("newscrawl/dropped/") and key.endswith(f"/{site}")
            }
            cover = self.coverage.get(site, Counter())
            fields = []
            for name in self.fields:
                text = f"{name} {cover[name]}/{items}"
                if (site, name) in by_result:
                    result = by_result[(site, name)]
                    text += f" (floor {result.floor:.0%}{'' if result.ok else ' FAILED'})"
                fields.append(text)
            logger.info(
                "health %s: %d items, %d duplicates, dropped %s; coverage: %s",
                site,
                items,
                self.duplicates[site],
                ", ".join(f"{k} {v}" for k, v in sorted(drops.items())) or "none",
                ", ".join(fields),
            )
            if shells := drops.get("js_shell"):
                logger.warning(
                    "health %s: %d article page(s) were JavaScript shells, not exported "
                    '(the "js_shell" warnings above say why and what the profile needs)',
                    site,
                    shells,
                )
            if pages := stats.get(f"newscrawl/pages/js_shell/{site}"):
                logger.warning(
                    "health %s: %d page(s) were JavaScript shells with no link to follow: "
                    'the site needs a profile with render_js = "both"',
                    site,
                    pages,
                )
        failed = stats.get("newscrawl/health/failed", 0)
        if self.deferred:
            logger.info(
                "health: floors not judged by this worker: the last worker of the run "
                "judges them (close reason %s)",
                reason,
            )
            return
        # (items a feed could not take fail the run too: the articles are stored, and a
        # re-run skips them as seen, so the run's own verdict must not read "ok")
        lost = stats.get(EXPORT_FAILED, 0)
        logger.log(
            logging.ERROR if lost else logging.INFO,
            "health: run %s, %d floor check(s) failed%s (close reason %s)",
            "FAILED" if failed or lost or reason == FLOORS_FAILED else "ok",
            failed,
            f", {lost} item(s) not written to their feed" if lost else "",
            reason,
        )
