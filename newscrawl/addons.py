"""Scrapy add-ons that configure a run from its sites and ``NEWSCRAWL_*`` settings.

Add-ons run after the spider is built and before the settings freeze, so they can
look at the run's profiles (``crawler.spider.sites``):

* :class:`RenderingAddon`: Chromium through scrapy-playwright when a site has
  ``render_js`` (and a clear error at start when there is no Chromium);
* :class:`RedisAddon`: ``NEWSCRAWL_REDIS_URL`` switches on scrapy-redis's shared
  scheduler and duplicate filter, under keys named after the run;
* :class:`FeedsAddon`: optional gzip (``NEWSCRAWL_FEED_GZIP``) and the digest plugin
  the feed manifests need (:mod:`newscrawl.extensions`).
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings

from newscrawl.rendering import playwright_settings

logger = logging.getLogger(__name__)

GZIP_PLUGIN = "scrapy.extensions.postprocessing.GzipPlugin"
DIGEST_PLUGIN = "newscrawl.extensions.DigestPlugin"
#: Redis keys of a finished distributed run are kept this long (seconds), then expire.
DEFAULT_REDIS_RUN_TTL = 24 * 3600


def _set_over(settings: Settings, values: dict[str, Any]) -> None:
    """Set ``values`` over whatever the project set (dicts were merged by the caller)."""
    for name, value in values.items():
        settings.set(name, value, priority=max(settings.getpriority(name) or 0, 15))


def _sites(crawler: Crawler) -> dict[str, Any]:
    return dict(getattr(crawler.spider, "sites", None) or {})


class RenderingAddon:
    """Playwright settings when a site of the run renders listings and/or articles."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RenderingAddon:
        return cls(crawler)

    def update_settings(self, settings: Settings) -> None:
        rendered = [
            site_id
            for site_id, state in _sites(self.crawler).items()
            if state.profile.render_js is not None
        ]
        if not rendered:
            return  # plain HTTP only: no browser is launched
        values = playwright_settings(settings, rendered)
        # Handlers and middlewares are merged dicts: they must win over the project's
        # own dicts; the PLAYWRIGHT_* values stay overridable by project and -s.
        _set_over(
            settings, {k: values.pop(k) for k in ("DOWNLOAD_HANDLERS", "DOWNLOADER_MIDDLEWARES")}
        )
        settings.setdict(values, priority="addon")
        logger.info(
            "rendering with Chromium (%s) for %s",
            settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS").get("executable_path"),
            ", ".join(
                f"{s} ({_sites(self.crawler)[s].profile.render_js})" for s in sorted(rendered)
            ),
        )


def redis_keys(prefix: str, spider_name: str, sites: list[str], run_id: str) -> dict[str, str]:
    """The scrapy-redis keys of one distributed run (workers share them by run id).

    >>> redis_keys("nc", "news", ["b", "a"], "r1")["SCHEDULER_QUEUE_KEY"]
    'nc:news:a+b:r1:requests'
    """
    base = f"{prefix}:{spider_name}:{'+'.join(sorted(sites))}:{run_id}"
    return {
        "SCHEDULER_QUEUE_KEY": f"{base}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{base}:dupefilter",
    }


class RedisAddon:
    """``NEWSCRAWL_REDIS_URL``: one shared frontier for all workers of a run.

    Workers join a run by being started with the same sites and ``-a run_id=``.
    The queue and the fingerprints persist until the last worker is done
    (``SCHEDULER_PERSIST``: the first worker to finish must not wipe what the others
    still need), then expire after ``NEWSCRAWL_REDIS_RUN_TTL`` seconds.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.url = ""
        self.keys: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisAddon:
        return cls(crawler)

    def update_settings(self, settings: Settings) -> None:
        self.url = settings.get("NEWSCRAWL_REDIS_URL") or ""
        if not self.url:
            return
        spider = self.crawler.spider
        sites = sorted(_sites(self.crawler))
        run_id = str(getattr(spider, "run_id", "") or "")
        if not sites or not run_id:
            raise NotConfigured("NEWSCRAWL_REDIS_URL needs a spider with sites and a run id")
        prefix = settings.get("NEWSCRAWL_REDIS_PREFIX") or "newscrawl"
        self.keys = redis_keys(prefix, spider.name, sites, run_id)
        _set_over(
            settings,
            {
                "SCHEDULER": "newscrawl.addons.RedisScheduler",
                "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
                "REDIS_URL": self.url,
                "SCHEDULER_PERSIST": True,
                **self.keys,
            },
        )
        self.ttl = settings.getint("NEWSCRAWL_REDIS_RUN_TTL", DEFAULT_REDIS_RUN_TTL)
        self.crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        logger.info(
            "distributed run %s: shared frontier %s on %s", run_id, self.keys, _redact(self.url)
        )

    def spider_closed(self, spider: Spider) -> None:
        import redis

        client = redis.Redis.from_url(self.url)
        try:
            for key in self.keys.values():
                client.expire(key, self.ttl)
        except redis.RedisError as exc:
            logger.warning("could not set an expiry on the run's Redis keys: %s", exc)
        finally:
            client.close()


def _redis_scheduler_base() -> type:
    from scrapy_redis.scheduler import Scheduler

    return Scheduler


class RedisScheduler(_redis_scheduler_base()):  # type: ignore[misc]
    """scrapy-redis 0.9.1's scheduler without the ``spider`` argument Scrapy 2.19 deprecates.

    0.9.1 is the newest scrapy-redis and passes ``spider=`` to
    ``StatsCollector.inc_value`` on every request and calls ``Spider.log()`` when a
    worker joins a queue in progress, both of which Scrapy >= 2.13 warns about. These
    three methods are the only ones that do, so they are restated here rather than
    pinning an old Scrapy or filtering warnings.
    """

    def open(self, spider: Spider) -> None:
        from scrapy.utils.misc import load_object

        self.spider = spider
        self.queue = load_object(self.queue_cls)(
            server=self.server,
            spider=spider,
            key=self.queue_key % {"spider": spider.name},
            serializer=self.serializer,
        )
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        if self.flush_on_start:
            self.flush()
        if len(self.queue):
            logger.info("joining a run in progress: %d requests queued", len(self.queue))

    def enqueue_request(self, request: Any) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Any:
        request = self.queue.pop(self.idle_before_close)
        if request and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


def _redact(url: str) -> str:
    if "@" in url:
        scheme, _, rest = url.partition("://")
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


class FeedsAddon:
    """Adds the digest plugin (for manifests) and optional gzip to every feed."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FeedsAddon:
        return cls(crawler)

    def update_settings(self, settings: Settings) -> None:
        feeds = settings.getdict("FEEDS")
        if not feeds:
            return
        gzip = settings.getbool("NEWSCRAWL_FEED_GZIP")
        manifests = settings.getbool("NEWSCRAWL_FEED_MANIFESTS", True)
        out: dict[str, Any] = {}
        for uri, options in feeds.items():
            options = dict(options)
            plugins = list(options.get("postprocessing") or ())
            if gzip and options.get("newscrawl_site") and GZIP_PLUGIN not in plugins:
                plugins.insert(0, GZIP_PLUGIN)
                if not uri.endswith(".gz"):
                    uri += ".gz"
            if manifests and DIGEST_PLUGIN not in plugins:
                plugins.append(DIGEST_PLUGIN)
            if plugins:
                options["postprocessing"] = plugins
            out[uri] = options
        priority = max(settings.getpriority("FEEDS") or 0, 30)
        settings.set("FEEDS", out, priority=priority)
