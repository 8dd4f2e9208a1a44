"""Downloader middlewares: incremental crawling against the stored articles.

:class:`IncrementalMiddleware` loads the seen-state once per run (every stored article
URL key, see :meth:`newscrawl.store.Store.load_seen`) and skips article requests
(``meta["newscrawl_kind"] == "article"``, or ``"page"``: a crawl without a profile lets
every page decide what it is, and a stored URL was an article) whose URL is already
stored, independently of ``DUPEFILTER_CLASS``. A stored article is fetched again, as a
conditional GET (``If-None-Match`` / ``If-Modified-Since`` from the validators it was last served
with), when its sitemap ``<lastmod>`` or feed date (``meta["newscrawl_lastmod"]``, or
a sitemap or feed read before or after the request in the run) is not older than the
last check, or when it is younger than ``recrawl_days`` (``-a recrawl_days=N`` or
``NEWSCRAWL_RECRAWL_DAYS``). A 304 counts as unchanged.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from sqlalchemy.exc import SQLAlchemyError

from newscrawl.spiders import discovery
from newscrawl.store import SeenState, Store, StoreError, database_url, to_epoch, url_key
from newscrawl.urls import canonical_url

logger = logging.getLogger(__name__)


#: Where the middleware leaves the entries it parsed from a sitemap (``sitemap_entries``'s
#: pair) or a feed, so that the spider does not parse the same body again.
PARSED_SITEMAP = "newscrawl_parsed_sitemap"
PARSED_FEED = "newscrawl_parsed_feed"


#: Request kinds that may fetch an article: the spider's "article", and without a profile
#: "page" (the page itself decides; one whose URL is stored was an article).
MAY_BE_ARTICLE = ("article", "page")


class AlreadyStored(IgnoreRequest):
    """The article at this URL is stored and nothing says it changed (counted as seen)."""


class NotModified(IgnoreRequest):
    """The server answered a conditional GET with 304 (counted as unchanged)."""


class IncrementalMiddleware:
    """Skips stored articles; re-checks changed or young ones with conditional GETs."""

    def __init__(
        self, crawler: Crawler, db_url: str, *, recrawl_days: float | None, flush_every: int = 200
    ) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.db_url = db_url
        self.recrawl_days = recrawl_days
        self.flush_every = flush_every
        self.store: Store | None = None
        self.seen: SeenState | None = None
        self.cutoff: int | None = None
        self._fetch_state: dict[str, tuple[str | None, str | None, int]] = {}
        # Article requests skipped as seen in this run: URL key -> (request, seen index).
        self._skipped: dict[int, tuple[Request, int]] = {}
        # Stored articles a sitemap or feed read in this run dates after their last check:
        # URL key -> that date (epoch). Their requests may still wait in the scheduler,
        # queued from a listing without a date (the sitemap's own request for the same
        # URL was then dropped as a duplicate).
        self._dated: dict[int, int] = {}
        self.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        s = crawler.settings
        if not s.getbool("NEWSCRAWL_INCREMENTAL", True):
            raise NotConfigured("NEWSCRAWL_INCREMENTAL is off")
        days = s.get("NEWSCRAWL_RECRAWL_DAYS")
        mw = cls(crawler, database_url(s), recrawl_days=recrawl_days_value(days))
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    # -- lifecycle ---------------------------------------------------------------------

    def spider_opened(self, spider: Spider) -> None:
        days = recrawl_days_value(getattr(spider, "recrawl_days", None))
        if days is not None:
            self.recrawl_days = days
        if self.recrawl_days is not None:
            self.cutoff = int(time.time() - self.recrawl_days * 86400)
        store = Store(self.db_url)
        started = time.monotonic()
        try:
            store.open()
            self.seen = store.load_seen()
        except (StoreError, SQLAlchemyError) as exc:
            err = exc if isinstance(exc, StoreError) else store.error(exc, "cannot load seen-state")
            store.close()
            self.stats.inc_value("newscrawl/store/errors/incremental")
            logger.error("%s; this run fetches every article", err)
            return
        self.store = store
        self.stats.set_value("newscrawl/incremental/stored_urls", len(self.seen))
        logger.info(
            "incremental: %d stored article URLs loaded in %.2f s (%.1f MB)%s",
            len(self.seen),
            time.monotonic() - started,
            self.seen.nbytes / 1e6,
            f"; re-checking articles younger than {self.recrawl_days:g} days"
            if self.recrawl_days is not None
            else "",
        )

    def spider_closed(self, spider: Spider) -> None:
        self._flush()
        if self.store is not None:
            self.store.close()
            self.store = None

    # -- requests and responses --------------------------------------------------------

    def process_request(self, request: Request) -> None:
        if request.meta.get("newscrawl_kind") not in MAY_BE_ARTICLE or self.seen is None:
            return None
        i = self.seen.find(request.url)
        if i < 0:
            return None
        why = None
        if self.cutoff is not None and int(self.seen.fresh_ts[i]) >= self.cutoff:
            why = "recrawl"
        # the later of the request's own date and one another sitemap or feed gave (a news
        # sitemap's publication date, a post sitemap's newer <lastmod> after an edit)
        dates = [to_epoch(request.meta.get("newscrawl_lastmod"))]
        if self._dated:
            dates.append(self._dated.get(url_key(canonical_url(request.url))))
        lastmod = max((d for d in dates if d is not None), default=None)
        if lastmod is not None and lastmod >= int(self.seen.checked_ts[i]):
            why = "lastmod"
        if why is None:
            self.stats.inc_value("newscrawl/articles/seen")
            self.stats.inc_value(f"newscrawl/articles/seen/{_site(request)}")
            self._skipped[url_key(canonical_url(request.url))] = (request, i)
            raise AlreadyStored(f"already stored: {request.url}")
        self.stats.inc_value(f"newscrawl/incremental/recheck/{why}")
        etag, last_modified = self._validators(request.url)
        if etag and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = etag
        if last_modified and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = last_modified
        request.meta["newscrawl_recheck"] = why
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        kind = request.meta.get("newscrawl_kind")
        if kind in ("sitemap", "feed") and self.seen and response.status == 200:
            self._recheck_from(kind, request, response)
        if kind != "article" and not (kind == "page" and "newscrawl_recheck" in request.meta):
            return response  # (a page is an article here when it is a stored one re-checked)
        now = int(time.time())
        if response.status == 304 and (
            b"If-None-Match" in request.headers or b"If-Modified-Since" in request.headers
        ):
            self.stats.inc_value("newscrawl/articles/unchanged")
            self.stats.inc_value(f"newscrawl/articles/unchanged/{_site(request)}")
            self.stats.inc_value("newscrawl/incremental/not_modified")
            self._remember(request.url, None, None, now)
            raise NotModified(f"not modified: {request.url}")
        if 200 <= response.status < 300:
            etag = response.headers.get(b"ETag")
            last_modified = response.headers.get(b"Last-Modified")
            if etag or last_modified:
                self._remember(
                    request.url,
                    etag.decode("latin-1") if etag else None,
                    last_modified.decode("latin-1") if last_modified else None,
                    now,
                )
        return response

    # -- helpers -----------------------------------------------------------------------

    def _recheck_from(self, kind: str, request: Request, response: Response) -> None:
        """Re-request skipped articles that this sitemap or feed dates after our last check,
        and remember that date for stored articles not requested yet.

        The spider asks for each article once, from whichever page links it first; when
        that was a listing (no date), the article was skipped as seen before its sitemap
        ``<lastmod>`` or feed date arrived, or its request, still queued, will be.
        """
        assert self.seen is not None
        try:
            limit = request.meta.get("download_maxsize") or self.max_size
            body = discovery.gunzipped(response.body, limit)
            if kind == "sitemap":
                parsed = discovery.sitemap_entries(body, response.url)
                entries = parsed[1]
                request.meta[PARSED_SITEMAP] = parsed
            else:
                entries = discovery.feed_entries(body, response.url)
                request.meta[PARSED_FEED] = entries
        except ValueError:
            return  # the spider reports unreadable sitemaps and feeds
        for entry in entries:
            if not entry.date:
                continue
            key = url_key(canonical_url(entry.url))
            skipped = self._skipped.get(key)
            when = to_epoch(entry.date)
            if when is None:
                continue
            if skipped is None:
                i = self.seen.find(entry.url)
                if i >= 0 and when >= int(self.seen.checked_ts[i]):
                    self._dated[key] = max(when, self._dated.get(key, when))
                continue
            request, i = skipped
            if when < int(self.seen.checked_ts[i]):
                continue
            del self._skipped[key]
            self.stats.inc_value("newscrawl/articles/seen", -1)
            self.stats.inc_value(f"newscrawl/articles/seen/{_site(request)}", -1)
            meta = {**request.meta, "newscrawl_lastmod": entry.date}
            self.crawler.engine.crawl(request.replace(dont_filter=True, meta=meta))
            logger.debug("%s changed since the last check (%s): fetching it", request.url, kind)

    def _validators(self, url: str) -> tuple[str | None, str | None]:
        if self.store is None:
            return None, None
        try:
            return self.store.validators(url)
        except SQLAlchemyError as exc:
            self.stats.inc_value("newscrawl/store/errors/incremental")
            logger.warning("%s", self.store.error(exc, "cannot read validators"))
            return None, None

    def _remember(self, url: str, etag: str | None, last_modified: str | None, ts: int) -> None:
        self._fetch_state[url] = (etag, last_modified, ts)
        if len(self._fetch_state) >= self.flush_every:
            self._flush()

    def _flush(self) -> None:
        states, self._fetch_state = self._fetch_state, {}
        if not states or self.store is None:
            return
        try:
            self.store.write_fetch_state(states)
        except SQLAlchemyError as exc:
            # Validators only save bandwidth next time: losing them loses no article.
            self.stats.inc_value("newscrawl/store/errors/incremental")
            self.stats.inc_value("newscrawl/dropped/fetch_state", len(states))
            logger.warning("%s", self.store.error(exc, "cannot save HTTP validators"))


def _site(request: Request) -> str:
    return str(request.meta.get("newscrawl_site") or "-")


def recrawl_days_value(value: Any) -> float | None:
    """``recrawl_days`` as a number of days (None: off); ValueError when malformed."""
    if value is None or value == "":
        return None
    try:
        days = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"recrawl_days must be a number of days, got {value!r}") from None
    if days < 0:
        raise ValueError(f"recrawl_days must not be negative, got {value!r}")
    return days
