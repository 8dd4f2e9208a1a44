"""The demo network's HTTP side: one Twisted listener per site address, plus an admin API.

:class:`SiteResource` answers every request of one site through its theme, with
``Last-Modified``/``ETag`` and 304s for conditional GETs, a small page cache, and
one line per request in ``requests.jsonl``. :class:`AdminResource` (on
127.0.0.1, recorded in ``admin.json``) publishes and edits articles for
incremental-crawl tests; its requests are not logged as site traffic.

Admin API (all answers JSON):

- ``POST /publish?site=ID&count=N``: N new articles; returns their truth rows.
- ``POST /edit?site=ID&count=N``: N existing articles edited; returns their new rows.
- ``GET /health``: ``{"ok": true}``.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qs

from twisted.web import http
from twisted.web.resource import Resource
from twisted.web.server import Request

from newscrawl.demo.generator import Network, SiteContent
from newscrawl.demo.themes import SiteTheme

logger = logging.getLogger(__name__)


class RequestLog:
    """``requests.jsonl``: one JSON object per request served, flushed at once."""

    def __init__(self, path: Path) -> None:
        self._fh: IO[str] = path.open("w", encoding="utf-8")

    def write(self, entry: dict[str, Any]) -> None:
        self._fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()


class PageCache:
    """A small LRU of rendered 200 responses, keyed by site, URI and local day."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, str, date], Any] = OrderedDict()

    def get(self, key: tuple[str, str, date]) -> Any:
        page = self._items.get(key)
        if page is not None:
            self._items.move_to_end(key)
        return page

    def put(self, key: tuple[str, str, date], page: Any) -> None:
        self._items[key] = page
        if len(self._items) > self.size:
            self._items.popitem(last=False)

    def clear(self) -> None:
        self._items.clear()


def _not_modified(request: Request, etag: str | None, last_modified: datetime | None) -> bool:
    """RFC 9110 conditional GET: If-None-Match wins over If-Modified-Since."""
    inm = request.getHeader(b"if-none-match")
    if inm is not None:
        if etag is None:
            return False
        tags = [t.strip().removeprefix("W/") for t in inm.decode("latin-1").split(",")]
        return "*" in tags or etag in tags
    ims = request.getHeader(b"if-modified-since")
    if ims is not None and last_modified is not None:
        try:
            since = parsedate_to_datetime(ims.decode("latin-1"))
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return int(last_modified.timestamp()) <= int(since.timestamp())
    return False


class SiteResource(Resource):
    """Every path of one demo site, rendered by its theme."""

    isLeaf = True

    def __init__(self, site_id: str, theme: SiteTheme, log: RequestLog, cache: PageCache) -> None:
        super().__init__()
        self.site_id = site_id
        self.theme = theme
        self.log = log
        self.cache = cache

    def render(self, request: Request) -> bytes:
        method = request.method.decode("latin-1")
        uri = request.uri.decode("latin-1")
        try:
            body = self._respond(request, method, uri)
        except Exception:
            logger.exception("demo site %s failed on %s", self.site_id, uri)
            request.setResponseCode(http.INTERNAL_SERVER_ERROR)
            body = b"internal error"
        host = request.getHeader(b"host")
        ua = request.getHeader(b"user-agent")
        ims = request.getHeader(b"if-modified-since")
        inm = request.getHeader(b"if-none-match")
        self.log.write(
            {
                "site": self.site_id,
                "host": host.decode("latin-1") if host else None,
                "method": method,
                "path": uri,
                "status": request.code,
                "user_agent": ua.decode("latin-1") if ua else None,
                "ims": ims.decode("latin-1") if ims else None,
                "etag": inm.decode("latin-1") if inm else None,
            }
        )
        return body

    def _respond(self, request: Request, method: str, uri: str) -> bytes:
        if method not in ("GET", "HEAD"):
            request.setResponseCode(http.NOT_ALLOWED)
            request.setHeader(b"allow", b"GET, HEAD")
            return b""
        path, _, query = uri.partition("?")
        today = datetime.now(self.theme.content.spec.tz)
        key = (self.site_id, uri, today.date())
        page = self.cache.get(key)
        if page is None:
            page = self.theme.handle(path, query, today)
            if page.cacheable and page.status == 200:
                self.cache.put(key, page)
        request.setResponseCode(page.status)
        request.setHeader(b"content-type", page.content_type.encode())
        request.setHeader(b"server", b"Apache")
        for name, value in page.headers.items():
            request.setHeader(name.encode(), value.encode("latin-1"))
        if page.etag:
            request.setHeader(b"etag", page.etag.encode())
        if page.last_modified:
            stamp = format_datetime(page.last_modified.astimezone(UTC), usegmt=True)
            request.setHeader(b"last-modified", stamp.encode())
        if page.status == 200 and _not_modified(request, page.etag, page.last_modified):
            request.setResponseCode(http.NOT_MODIFIED)
            request.responseHeaders.removeHeader(b"content-type")
            return b""
        return page.body


class AdminResource(Resource):
    """Publish/edit API used by :class:`newscrawl.demo.process.DemoProcess`."""

    isLeaf = True

    def __init__(self, network: Network, cache: PageCache, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.network = network
        self.cache = cache
        self.on_change = on_change

    def render(self, request: Request) -> bytes:
        path = request.path.decode("latin-1")
        args = parse_qs(request.uri.decode("latin-1").partition("?")[2])
        request.setHeader(b"content-type", b"application/json")
        if path == "/health":
            return b'{"ok": true}'
        if request.method != b"POST" or path not in ("/publish", "/edit"):
            request.setResponseCode(http.NOT_FOUND)
            return b'{"error": "POST /publish or /edit"}'
        site = args.get("site", [""])[0]
        content: SiteContent | None = self.network.sites.get(site)
        try:
            count = int(args.get("count", ["1"])[0])
        except ValueError:
            count = -1
        if content is None or count < 1:
            request.setResponseCode(http.BAD_REQUEST)
            return json.dumps({"error": f"unknown site {site!r} or bad count"}).encode()
        changed = content.publish(count) if path == "/publish" else content.edit(count)
        self.cache.clear()
        self.on_change()
        rows = [content.truth_row(a) for a in changed]
        logger.info("admin %s: %d article(s) on %s", path, len(rows), site)
        return json.dumps(rows, ensure_ascii=False).encode()
