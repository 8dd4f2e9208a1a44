"""The generic, profile-driven news spider.

``scrapy crawl news -a site=ID[,ID...]`` crawls sites described by profiles in
``newscrawl/sites/``; ``-a url=https://some-site/`` crawls a site with no profile.
The spider only discovers URLs (start pages with pagination, RSS/Atom/JSON feeds, news
sitemaps, "Related articles" links) and hands article pages to
:func:`newscrawl.extraction.extract_article`; it holds no field logic.

Arguments (``-a name=value``):
  site            profile id(s), comma-separated
  url             a site without a profile (its host becomes ``site``)
  origin          override the origin of the (single) profile: mirrors, test servers
  origins         a JSON file {site id: origin} overriding several (the demo's sites.json)
  max_articles    stop scheduling article requests after this many per site
  run_id          names this run's feed files (default: a timestamp; Scrapyd's job id)

An article page that is a JavaScript shell ("Loading…" where the story goes, see
:mod:`newscrawl.extraction.js_shell`) is never exported: when its site renders pages
(``render_js``, Chromium configured) it is fetched once more through the browser,
otherwise it is dropped, counted as ``newscrawl/dropped/js_shell`` and logged with
the URL and the ``render_js`` its profile needs.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import socket
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.extensions import feedexport
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from newscrawl.extraction import ExtractionError, classify_page, extract_article, parse_html
from newscrawl.extraction.js_shell import js_shell
from newscrawl.middlewares import PARSED_FEED, PARSED_SITEMAP, recrawl_days_value
from newscrawl.rendering import renders_requests
from newscrawl.settings.env import output_dir, profile_dirs
from newscrawl.sites import BUNDLED, ProfileError, SiteProfile, load_profiles
from newscrawl.spiders import discovery
from newscrawl.urls import canonical_url, same_origin

logger = logging.getLogger(__name__)

DEFAULT_FEED_URI = "%(output_dir)s/feeds/%(site)s/%(date)s/%(run_id)s.jsonl"
#: A run id, which names the run's feed files and summary.
_RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
#: Whether Scrapy's feed export formats a URI's placeholders only (``apply_uri_params``).
_SCRAPY_KEEPS_PERCENT = hasattr(feedexport, "apply_uri_params")
LOOPBACK_PREFIXES = ("127.", "localhost", "::1")
#: Links never worth a request: files, feeds of comments, logins, share endpoints.
SKIP_EXTENSIONS = tuple(
    "." + ext
    for ext in [
        "jpg",
        "jpeg",
        "png",
        "gif",
        "webp",
        "svg",
        "ico",
        "bmp",
        "tif",
        "tiff",
        "mp3",
        "mp4",
        "m4a",
        "avi",
        "mov",
        "webm",
        "pdf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "zip",
        "gz",
        "rar",
        "7z",
        "exe",
        "dmg",
        "css",
        "js",
        "woff",
        "woff2",
        "ttf",
        "eot",
        "apk",
    ]
)
SKIP_PATH_PARTS = ("/wp-admin", "/wp-login", "/wp-json", "/xmlrpc", "/cdn-cgi/", "/comments/feed")
#: Statuses an optional request (a guessed feed path) takes quietly: every error, no redirect.
OPTIONAL_STATUSES = list(range(400, 600))
#: Query parameters of widget endpoints (Jetpack's ?share=facebook redirects off-site) and
#: of a story's print version (``?print=1``, ``?druck=1``: the same story again).
SKIP_QUERY = re.compile(
    r"(?:^|&)(?:share|nb|like_comment|action|print|printable|druck|druckversion)=", re.I
)
#: Meta key of an article request sent again through Chromium because its page was a
#: JavaScript shell: such a request is never sent again.
SHELL_RENDERED = "newscrawl_shell_rendered"


class SiteState:
    """Per-site bookkeeping for one run: the profile and what was scheduled."""

    __slots__ = (
        "article_urls",
        "limit_logged",
        "listing_pages",
        "max_articles",
        "origins",
        "other_urls",
        "pages",
        "pages_logged",
        "profile",
        "shell_logged",
    )

    def __init__(self, profile: SiteProfile, max_articles: int | None) -> None:
        self.profile = profile
        #: the site's origin, and the one it moved from (its pages may still link there)
        self.origins = [profile.origin]
        self.max_articles = max_articles
        self.article_urls: set[str] = set()
        #: listing/page/feed URLs already requested: sidebars and menus repeat on every
        #: page, and yielding each again only to have the dupefilter drop it costs time
        self.other_urls: set[str] = set()
        self.listing_pages = 0
        self.limit_logged = False
        #: listing and undecided pages requested, and whether reaching the cap was logged
        self.pages = 0
        self.pages_logged = False
        #: whether an article page of the site was logged as a JavaScript shell rendered
        self.shell_logged = False

    @property
    def full(self) -> bool:
        return self.max_articles is not None and len(self.article_urls) >= self.max_articles

    def on_site(self, url: str) -> bool:
        """Whether ``url`` is served by the site's origin (or the one it moved from)."""
        return any(same_origin(url, origin) for origin in self.origins)


class SpiderArgumentError(ValueError):
    """A spider argument (``-a name=value``) is missing, contradictory or malformed."""


class NewsSpider(Spider):
    name = "news"

    def __init__(
        self,
        site: str | None = None,
        url: str | None = None,
        origin: str | None = None,
        origins: str | None = None,
        max_articles: str | int | None = None,
        run_id: str | None = None,
        profile_dirs: Iterable[str] = (),
        timezone: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if bool(site) == bool(url):
            raise SpiderArgumentError("give exactly one of -a site=ID[,ID...] or -a url=URL")
        if timezone and not url:
            raise SpiderArgumentError(
                "-a timezone is for -a url=URL; a profiled site's zone is its profile's timezone"
            )
        limit = _positive_int(max_articles, "max_articles")
        try:  # read by newscrawl.middlewares.IncrementalMiddleware once the spider opens
            recrawl_days_value(kwargs.get("recrawl_days"))
        except ValueError as exc:
            raise SpiderArgumentError(f"-a {exc}") from None
        if url:
            profiles = [SiteProfile.for_url(url, timezone)]
        else:
            known = load_profiles([BUNDLED, *map(Path, profile_dirs)])
            ids = [s.strip() for s in str(site).split(",") if s.strip()]
            missing = [s for s in ids if s not in known]
            if missing:
                raise ProfileError(
                    f"no site profile {', '.join(missing)} (known: {', '.join(sorted(known))})"
                )
            profiles = [known[s] for s in ids]
        profiles = _apply_origins(profiles, origin, origins)
        self.profile_less = bool(url)
        self.sites = {
            p.id: SiteState(p, limit if limit is not None else p.max_articles) for p in profiles
        }
        # (host names only, for Scrapy's offsite filter: newscrawl.origin.OriginMiddleware
        # holds every request to its site's origin, and lets the site move to www. or back)
        self.allowed_domains = sorted({p.host.removeprefix("www.") for p in profiles})
        self.run_started = datetime.now(UTC)
        self.run_id = str(
            run_id
            or kwargs.get("_job")
            or self.run_started.strftime("%Y%m%dT%H%M%SZ-") + secrets.token_hex(3)
        )
        if not _RUN_ID.match(self.run_id):
            # it names files: no path ("../x"), no space or "%" to be encoded in a URI
            raise SpiderArgumentError(
                f"-a run_id={self.run_id!r}: letters, digits, '.', '_' and '-' only"
            )

    # -- set-up ---------------------------------------------------------------------

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        kwargs.setdefault(
            "profile_dirs", profile_dirs(crawler.settings.get("NEWSCRAWL_PROFILE_DIRS"))
        )
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider._configure(crawler)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        return spider

    def _configure(self, crawler: Crawler) -> None:
        """Per-run settings that depend on the arguments (allowed before settings freeze)."""
        settings = crawler.settings
        self.max_pages = settings.getint("NEWSCRAWL_MAX_PAGES", 5000)
        if all(_is_loopback(s.profile.host) for s in self.sites.values()):
            # Loopback (demo, tests, benchmarks): politeness delays would only measure sleep.
            for name, value in (
                ("AUTOTHROTTLE_ENABLED", False),
                ("DOWNLOAD_DELAY", 0),
                ("CONCURRENT_REQUESTS_PER_DOMAIN", 16),
            ):
                settings.set(name, value, priority="spider")
        if settings.getbool("NEWSCRAWL_FEEDS_ENABLED", True):
            feeds = dict(settings.getdict("FEEDS"))
            for site_id in self.sites:
                feeds[self.feed_uri(settings, site_id)] = {
                    "format": settings.get("NEWSCRAWL_FEED_FORMAT", "jsonlines"),
                    "encoding": "utf-8",
                    "item_filter": "newscrawl.feeds.SiteItemFilter",
                    "newscrawl_site": site_id,
                    "overwrite": True,
                }
            priority = max(settings.getpriority("FEEDS") or 0, 30)  # 30 = "spider"
            settings.set("FEEDS", feeds, priority=priority)

    def feed_uri(self, settings: Any, site_id: str) -> str:
        output = output_dir(settings).resolve()
        params = {
            "output_dir": output.as_posix(),
            "site": site_id,
            "date": self.run_started.strftime("%Y-%m-%d"),
            "run_id": self.run_id,
        }
        template = settings.get("NEWSCRAWL_FEED_URI") or DEFAULT_FEED_URI
        if settings.get("NEWSCRAWL_REDIS_URL") and "%(worker)s" not in template:
            # Workers of one distributed run share the run id: each writes its own file
            # (and manifest), or they would overwrite one another's on shared storage.
            template = template.replace("%(run_id)s", "%(run_id)s-%(worker)s")
        params["worker"] = f"{socket.gethostname().split('.')[0]}-{os.getpid()}"
        uri = template % params
        if "://" not in uri:
            uri = Path(uri).as_uri()  # (a space, an umlaut in the path percent-encoded)
        # Scrapy %-formats feed URIs once more: from 2.19 on it leaves a literal "%" (a
        # percent-encoded character) alone, before that it must be escaped here
        return uri if _SCRAPY_KEEPS_PERCENT else uri.replace("%", "%%")

    # -- discovery --------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        for state in self.sites.values():
            for request in self._start_requests(state.profile):
                yield request

    def _start_requests(self, profile: SiteProfile) -> Iterator[Request]:
        for url in profile.start_urls:
            yield self._request(profile, profile.url(url), "listing")
        for url in profile.feeds:
            yield self._request(profile, profile.url(url), "feed")
        for url in profile.sitemaps:
            yield self._request(profile, profile.url(url), "sitemap")
        if self.profile_less:
            yield self._request(profile, profile.url("/robots.txt"), "robots")
            for path in discovery.COMMON_FEED_PATHS:
                yield self._request(profile, profile.url(path), "feed", optional=True)
            for path in discovery.COMMON_SITEMAP_PATHS:
                yield self._request(profile, profile.url(path), "sitemap", optional=True)

    def _request(
        self,
        profile: SiteProfile,
        url: str,
        kind: str,
        *,
        lastmod: str | None = None,
        optional: bool = False,
        priority: int = 0,
    ) -> Request:
        meta: dict[str, Any] = {
            "newscrawl_site": profile.id,
            "newscrawl_kind": kind,
            "newscrawl_lastmod": lastmod,
            # the origin, not the host, bounds the crawl: checked where links are followed
            # and, for redirects, by newscrawl.origin.OriginMiddleware
            "allow_offsite": True,
        }
        if kind == "sitemap":
            # a sitemap may hold 50,000 URLs in 50 MB (sitemaps.org): more than pages do
            meta["download_maxsize"] = discovery.SITEMAP_MAX_BYTES
        if optional:
            # A guess that is not there (404, 410, 500...) reaches the callback instead of
            # failing; 3xx are left out so that Scrapy still follows a redirect (WordPress
            # sends /rss on to /feed/, some sites /feed/ to /feed/rss2/).
            meta["handle_httpstatus_list"] = OPTIONAL_STATUSES
            meta["newscrawl_optional"] = True
        render_kind = "articles" if kind == "article" else "listings"
        if kind in ("article", "listing", "page") and profile.renders(render_kind):
            meta["playwright"] = True
        callback = {
            "listing": self.parse_listing,
            "page": self.parse_page,
            "article": self.parse_article,
            "feed": self.parse_feed,
            "sitemap": self.parse_sitemap,
            "robots": self.parse_robots,
        }[kind]
        return Request(url, callback=callback, errback=self.on_error, meta=meta, priority=priority)

    def _follow(
        self, state: SiteState, url: str, kind: str, lastmod: str | None = None
    ) -> Request | None:
        """A request for ``url`` if it is on the site's origin and worth fetching."""
        profile = state.profile
        url = url.split("#", 1)[0].strip()
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018  (raises ValueError: a port ":80x" or out of range)
        except ValueError as exc:  # "http://[oops/", ":80x": a page's typo, not the crawl's end
            self._count("bad_url", state, url, exc, level=logging.INFO)
            return None
        if not url.startswith(("http://", "https://")) or not state.on_site(url):
            return None
        path = parts.path.lower()
        # Sitemaps and feeds are often gzip files (sitemap-news.xml.gz), which parse_sitemap
        # and parse_feed inflate; a .gz linked as a page is an archive.
        gzip_ok = kind in ("sitemap", "feed") and path.endswith(".gz")
        if (path.endswith(SKIP_EXTENSIONS) and not gzip_ok) or any(
            p in path for p in SKIP_PATH_PARTS
        ):
            return None
        if SKIP_QUERY.search(parts.query):
            return None
        if kind == "article":
            key = canonical_url(url)
            if key in state.article_urls or self._at_limit(state):
                return None
            state.article_urls.add(key)
            # Fetch the canonical form: tracking parameters and AMP variants are one article.
            return self._request(profile, key, "article", lastmod=lastmod, priority=10)
        if kind == "page":
            if self._at_limit(state):
                return None  # (a page of a site without a profile may be one more article)
            url = canonical_url(url)
        if url in state.other_urls:
            return None
        if kind in ("listing", "page"):
            if state.pages >= self.max_pages:
                self._pages_cap_reached(state, url)
                return None
            state.pages += 1
        state.other_urls.add(url)
        return self._request(profile, url, kind, lastmod=lastmod)

    def _pages_cap_reached(self, state: SiteState, url: str) -> None:
        self.crawler.stats.inc_value(f"newscrawl/max_pages_reached/{state.profile.id}")
        if not state.pages_logged:
            state.pages_logged = True
            logger.warning(
                "%s: NEWSCRAWL_MAX_PAGES=%d listing pages requested; not following %s and "
                "the rest (a calendar or search trap?)",
                state.profile.id,
                self.max_pages,
                url,
            )

    def _at_limit(self, state: SiteState) -> bool:
        """Whether the site's ``max_articles`` are scheduled (counted; logged once)."""
        if not state.full:
            return False
        if not state.limit_logged:
            state.limit_logged = True
            logger.info(
                "%s: max_articles=%d reached; no more article requests",
                state.profile.id,
                state.max_articles,
            )
        self.crawler.stats.inc_value(f"newscrawl/max_articles_reached/{state.profile.id}")
        return True

    def _link_kind(self, profile: SiteProfile, url: str, *, related: bool = False) -> str:
        """ "article" when the profile's patterns say so, "page" when the page must decide."""
        if self.profile_less or not profile.article_url_patterns:
            return "page"
        patterns = profile.article_patterns
        if any(p.search(url) for p in patterns):
            return "article"
        canonical = canonical_url(url)  # tracked and AMP variants are articles too
        if canonical != url and any(p.search(canonical) for p in patterns):
            return "article"
        return "page" if related else "listing"

    def _links(self, response: TextResponse) -> Iterator[str]:
        for href in response.xpath("//a/@href").getall():
            href = href.strip()
            if href and not href.startswith(("#", "mailto:", "javascript:", "tel:")):
                try:
                    yield response.urljoin(href)
                except ValueError:  # malformed: _follow counts and skips it
                    yield href

    def _redirected_to_listing(self, response: TextResponse, doc: HtmlElement) -> bool:
        """Whether an article request redirected off the profile's article patterns
        reached a listing or other page by its markup (``doc``); counted and logged."""
        redirects = response.meta["redirect_urls"]
        kind = classify_page(doc, response.url)
        if kind == "article":
            return False
        self.crawler.stats.inc_value("newscrawl/pages/redirected_to_listing")
        logger.info(
            "%s redirected to %s, a %s page: read as a listing, not exported",
            redirects[0],
            response.url,
            kind,
        )
        return True

    def move_origin(self, state: SiteState, origin: str) -> None:
        """The site answers from ``origin`` (its own move to https or www.): follow it there."""
        old = state.profile.origin
        state.profile = state.profile.with_origin(origin)
        state.origins.append(state.profile.origin)
        logger.log(
            logging.INFO if self.profile_less else logging.WARNING,
            "%s moved from %s to %s: crawling it there%s",
            state.profile.id,
            old,
            state.profile.origin,
            "" if self.profile_less else " (update its profile's origin)",
        )

    def _state(self, response: Response) -> SiteState:
        return self.sites[response.meta["newscrawl_site"]]

    def parse_listing(self, response: Response) -> Iterator[Any]:
        state = self._state(response)
        if not isinstance(response, TextResponse):
            self._count("not_html", state, response.url, _content_type(response))
            return
        state.listing_pages += 1
        yield from self._follow_links(state, response)

    def _follow_links(
        self, state: SiteState, response: TextResponse, hrefs: list[str] | None = None
    ) -> Iterator[Request]:
        """Requests for the page's feeds (without a profile) and its links (``hrefs``, by
        default every link of the page: ``_links``)."""
        profile = state.profile
        if self.profile_less:
            links = response.xpath("//link[@href]")
            feeds = discovery.announced_feeds(
                (
                    (ln.attrib.get("rel", ""), ln.attrib.get("type", ""), ln.attrib["href"])
                    for ln in links
                ),
                response.url,
            )
            for feed in feeds:
                if request := self._follow(state, feed, "feed"):
                    yield request
        for link in self._links(response) if hrefs is None else hrefs:
            if request := self._follow(state, link, self._link_kind(profile, link)):
                yield request

    def parse_page(self, response: Response) -> Iterator[Any]:
        """Profile-less: decide from the page itself whether it is an article or a listing."""
        state = self._state(response)
        if not isinstance(response, TextResponse):
            self._count("not_html", state, response.url, _content_type(response))
            return
        try:
            doc = parse_html(response.text, response.url)  # once, for both steps below
        except ExtractionError as exc:
            self._count("unparseable", state, response.url, exc)
            return
        kind = classify_page(doc, response.url)
        self.crawler.stats.inc_value(f"newscrawl/pages/{kind}")
        if kind == "article":
            key = canonical_url(response.url)
            if key not in state.article_urls and not self._at_limit(state):
                state.article_urls.add(key)
                yield from self.parse_article(response, doc)
            return
        # (a story the classifier misread is found here: its links are followed, it is not
        # exported)
        logger.debug(
            "%s: %s read as a %s page: links followed, not exported",
            state.profile.id,
            response.url,
            kind,
        )
        state.listing_pages += 1
        hrefs = list(self._links(response))  # (read once: followed, then counted)
        yield from self._follow_links(state, response, hrefs)
        if (shell := js_shell(doc, "")) and not _leads_elsewhere(hrefs, response):
            # nothing to follow, and the page says why: its links are drawn by a script
            self.crawler.stats.inc_value(f"newscrawl/pages/js_shell/{state.profile.id}")
            logger.warning(
                "%s: page %s is a JavaScript shell (%s) with no link to follow: the site "
                'needs a profile with render_js = "both"',
                state.profile.id,
                response.url,
                shell,
            )

    def parse_article(self, response: Response, doc: HtmlElement | None = None) -> Iterator[Any]:
        state = self._state(response)
        profile = state.profile
        if not isinstance(response, TextResponse):
            self._count("not_html", state, response.url, _content_type(response))
            return
        try:  # parsed once, for extraction and the checks around it
            doc = doc if doc is not None else parse_html(response.text, response.url)
        except ExtractionError as exc:
            self._count("unparseable", state, response.url, exc)
            return
        patterns = profile.article_patterns
        if (
            response.meta.get("redirect_urls")
            and patterns
            and not any(p.search(response.url) for p in patterns)
            and self._redirected_to_listing(response, doc)
        ):
            # a deleted or moved story whose address now sends readers to a section
            state.listing_pages += 1
            yield from self._follow_links(state, response)
            return
        try:
            article = extract_article(
                doc,
                response.url,
                site=profile.id,
                theme=profile.theme,
                overrides=profile.overrides,
                crawled_at=datetime.now(UTC).isoformat(timespec="seconds"),
                timezone=profile.timezone,
                language=profile.language,
            )
        except ExtractionError as exc:
            self._count("unparseable", state, response.url, exc)
            return
        except Exception as exc:  # an extractor bug must not stop the crawl or lose the page
            logger.exception("extraction failed on %s", response.url)
            self._count("extraction_error", state, response.url, exc)
            return
        if (shell := js_shell(doc, article.body)) is not None:
            yield from self._js_shell(response, state, shell)
            return
        yield article
        # "Related articles" and other article links on the page.
        for url in article.related_urls:
            if request := self._follow(state, url, self._link_kind(profile, url, related=True)):
                yield request
        if profile.article_url_patterns and not self.profile_less:
            for link in self._links(response):
                if self._link_kind(profile, link) == "article" and (
                    request := self._follow(state, link, "article")
                ):
                    yield request

    def _js_shell(self, response: TextResponse, state: SiteState, why: str) -> Iterator[Request]:
        """An article page that is a JavaScript shell (``why``): requested once more
        through Chromium when its site renders pages and the run can; else dropped."""
        profile = state.profile
        meta = response.meta
        if (
            not meta.get("playwright")
            and not meta.get(SHELL_RENDERED)
            and profile.render_js is not None
            and renders_requests(self.crawler.settings, urlsplit(response.url).scheme)
        ):
            self.crawler.stats.inc_value("newscrawl/js_shell/rendered")
            self.crawler.stats.inc_value(f"newscrawl/js_shell/rendered/{profile.id}")
            logger.log(
                logging.DEBUG if state.shell_logged else logging.WARNING,
                "%s: article %s is a JavaScript shell (%s): fetching it again through "
                'Chromium; render_js = "both" in the profile renders its articles at once',
                profile.id,
                response.url,
                why,
            )
            state.shell_logged = True
            yield response.request.replace(
                callback=self.parse_article,
                dont_filter=True,  # the same URL, asked again on purpose
                meta={**meta, "playwright": True, SHELL_RENDERED: True},
            )
            return
        if meta.get("playwright"):
            needs = (
                "still one rendered in Chromium: its scripts failed, or took longer than "
                "NEWSCRAWL_PLAYWRIGHT_IDLE_TIMEOUT_MS"
            )
        elif self.profile_less:
            needs = 'the site needs a profile with render_js = "articles" or "both"'
        else:
            needs = 'the site needs render_js = "articles" or "both" in its profile'
        self._count("js_shell", state, response.url, f"a JavaScript shell ({why}); {needs}")

    def parse_feed(self, response: Response) -> Iterator[Any]:
        state = self._state(response)
        if response.status != 200:
            return  # an optional guess (/feed/, /rss...) that is not there
        entries = response.meta.pop(PARSED_FEED, None)  # parsed by the incremental middleware
        if not entries:  # not parsed yet, or empty: an empty feed, or no feed at all?
            if (body := self._body(response, state, "bad_feed")) is None:
                return
            if entries is None:
                entries = discovery.feed_entries(body, response.url)
            if not entries and not discovery.is_feed(body):
                if response.meta.get("newscrawl_optional"):
                    return
                self._count("bad_feed", state, response.url, "not an RSS, Atom or JSON feed")
                return
        self.crawler.stats.inc_value(f"newscrawl/feed_entries/{state.profile.id}", len(entries))
        for entry in entries:
            kind = self._link_kind(state.profile, entry.url)
            if request := self._follow(state, entry.url, kind, entry.date):
                yield request

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        state = self._state(response)
        if response.status != 200:
            return  # an optional guess (/sitemap.xml, /news-sitemap.xml...) that is not there
        parsed = response.meta.pop(PARSED_SITEMAP, None)  # by the incremental middleware
        if parsed is None:
            if (body := self._body(response, state, "bad_sitemap")) is None:
                return
            parsed = discovery.sitemap_entries(body, response.url)
        kind, entries = parsed
        if not kind:
            if response.meta.get("newscrawl_optional"):
                return  # a guess answered by another page (a soft 404, the home page)
            self._count("bad_sitemap", state, response.url, "not a sitemap")
            return
        for entry in entries:
            if kind == "sitemapindex":
                request = self._follow(state, entry.url, "sitemap")
            else:
                request = self._follow(
                    state, entry.url, self._link_kind(state.profile, entry.url), entry.date
                )
            if request is not None:
                yield request

    def _body(self, response: Response, state: SiteState, reason: str) -> bytes | None:
        """The body of a sitemap or feed, inflated when it is gzip data; None, counted as
        ``reason``, when it is a broken gzip file or inflates past the request's size
        limit (DOWNLOAD_MAXSIZE; a sitemap's own).
        """
        limit = response.meta.get("download_maxsize")
        try:
            return discovery.gunzipped(
                response.body, limit or self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
            )
        except ValueError as exc:
            self._count(reason, state, response.url, exc)
            return None

    def parse_robots(self, response: Response) -> Iterator[Any]:
        state = self._state(response)
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        for url in discovery.robots_sitemaps(response.text, response.url):
            if request := self._follow(state, url, "sitemap"):
                yield request

    # -- failures and closing ---------------------------------------------------------------

    def on_error(self, failure: Any) -> None:
        request = failure.request
        kind = request.meta.get("newscrawl_kind", "request")
        site = request.meta.get("newscrawl_site", "?")
        stats = self.crawler.stats
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            # robots.txt, the incremental filter, offsite...: skipped by rule, not failed
            stats.inc_value(f"newscrawl/skipped/{kind}")
            logger.debug("%s %s skipped: %s", kind, request.url, failure.getErrorMessage())
            return
        if failure.check(HttpError):
            status = failure.value.response.status
            stats.inc_value(f"newscrawl/http_error/{status}")
            level = logging.WARNING if kind == "article" else logging.INFO
            logger.log(level, "%s %s answered HTTP %d", kind, request.url, status)
        else:
            logger.warning("%s %s failed: %s", kind, request.url, failure.getErrorMessage())
        stats.inc_value(f"newscrawl/request_failed/{kind}")
        if kind == "article":
            stats.inc_value(f"newscrawl/dropped/fetch_failed/{site}")
            stats.inc_value("newscrawl/dropped/fetch_failed")

    def _count(
        self,
        reason: str,
        state: SiteState,
        url: str = "",
        why: object = "",
        *,
        level: int = logging.WARNING,
    ) -> None:
        self.crawler.stats.inc_value(f"newscrawl/dropped/{reason}")
        self.crawler.stats.inc_value(f"newscrawl/dropped/{reason}/{state.profile.id}")
        if url:
            logger.log(level, "dropped %s (%s): %s", url, reason, why)

    def _closed(self, spider: Spider, reason: str) -> None:
        for site_id, state in self.sites.items():
            logger.info(
                "%s: %d article URLs scheduled, %d listing pages read",
                site_id,
                len(state.article_urls),
                state.listing_pages,
            )


def _leads_elsewhere(hrefs: list[str], response: TextResponse) -> bool:
    """Whether a page links anywhere but home or to itself (a masthead's link home leads
    nowhere new)."""
    here = {canonical_url(response.url), canonical_url(response.urljoin("/"))}
    return any(canonical_url(h) not in here for h in hrefs)


def _content_type(response: Response) -> str:
    value = response.headers.get(b"Content-Type") or b"no Content-Type"
    return value.decode("latin-1")


def _apply_origins(
    profiles: list[SiteProfile], origin: str | None, origins: str | None
) -> list[SiteProfile]:
    mapping: dict[str, str] = {}
    if origins:
        try:
            mapping = json.loads(Path(origins).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ProfileError(f"cannot read origins file {origins}: {exc}") from exc
        if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
            raise ProfileError(
                f"origins file {origins} must hold a JSON object {{site id: origin URL}}"
            )
    if origin:
        if len(profiles) != 1:
            raise ProfileError("-a origin= overrides one site; for several use -a origins=FILE")
        mapping[profiles[0].id] = origin
    return [p.with_origin(mapping[p.id]) if p.id in mapping else p for p in profiles]


def _positive_int(value: str | int | None, name: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)  # type: ignore[arg-type]
    except ValueError:
        raise SpiderArgumentError(f"-a {name}= takes a positive integer, got {value!r}") from None
    if number < 1:
        raise SpiderArgumentError(f"-a {name}= takes a positive integer, got {value!r}")
    return number


def _is_loopback(host: str) -> bool:
    return host.startswith(LOOPBACK_PREFIXES)
