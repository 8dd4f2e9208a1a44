"""Downloader middleware: every request stays on its site's origin, redirects included.

The spider only follows links on a site's origin (scheme, host and port), but a page
on it may redirect anywhere: an HTTP redirect or a ``<meta http-equiv="refresh">`` to
another port or host would be fetched and its page exported as this site's article.
Scrapy's offsite filter compares host names only (the spider's requests bypass it:
``allow_offsite``). :class:`OriginMiddleware` checks each redirect's target against the
site's origin before anything is fetched for it: a target elsewhere is dropped (counted
as ``newscrawl/dropped/offsite_redirect``, logged with both addresses). The site's own
move (http to https on the default ports, ``www.host`` to ``host`` or back: a site
typed as ``http://herald.example`` that answers from ``https://www.herald.example``) is
followed, and the crawl takes the new origin as the site's from then on
(:meth:`newscrawl.spiders.news.NewsSpider.move_origin`).
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from newscrawl.urls import moved_origin

logger = logging.getLogger(__name__)


class OffsiteRedirect(IgnoreRequest):
    """A redirect to another origin than the site's."""


class OriginMiddleware:
    """Drops redirects that leave the site's origin; follows the site's own move."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OriginMiddleware:
        return cls(crawler)

    def _site(self, request: Request) -> Any:
        """The spider's state for the request's site (None for requests of no site)."""
        sites = getattr(self.crawler.spider, "sites", None)
        site = request.meta.get("newscrawl_site")
        return sites.get(site) if sites and site else None

    def process_request(self, request: Request) -> None:
        # a redirect Scrapy made (HTTP or meta refresh), checked before anything is
        # fetched for it (robots.txt included)
        redirects = request.meta.get("redirect_urls")
        state = self._site(request)
        if redirects and state is not None:
            self._check(state, redirects[-1], request.url)

    def _check(self, state: Any, source: str, target: str) -> None:
        if state.on_site(target):
            return
        moved = moved_origin(target, state.profile.origin)
        if moved is not None:
            self.crawler.spider.move_origin(state, moved)
            return
        stats = self.crawler.stats
        stats.inc_value("newscrawl/dropped/offsite_redirect")
        stats.inc_value(f"newscrawl/dropped/offsite_redirect/{state.profile.id}")
        logger.warning(
            "dropped %s (offsite_redirect): redirects to %s, off %s",
            source,
            target,
            state.profile.origin,
        )
        raise OffsiteRedirect(f"redirect to {target} leaves {state.profile.origin}")
