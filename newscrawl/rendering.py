"""Chromium through scrapy-playwright, only for the requests a profile's ``render_js`` names.

:func:`playwright_settings` is what :class:`newscrawl.addons.RenderingAddon` applies
when a site of the run has ``render_js``: the Playwright download handler (which
sends every request without ``meta["playwright"]`` through Scrapy's plain HTTP
handler), Debian's Chromium as ``executable_path``, images/fonts/media aborted and a
cap on open pages. :class:`RenderedPageMiddleware` makes each rendered page scroll
to the bottom and wait for the network to go quiet, so lazily loaded blocks
("Related articles") are in the HTML the spider reads. Pages are never handed to
callbacks (no ``playwright_include_page``): the handler closes each one after
reading its HTML, and on failures too.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

#: Debian's package, then whatever ``chromium`` is on PATH.
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Several pages share one browser: keep the background ones rendering, or their
    # IntersectionObservers (lazy blocks) fire late or not at all.
    "--disable-renderer-backgrounding",
    "--disable-background-timer-throttling",
    "--disable-backgrounding-occluded-windows",
)
#: Playwright resource types never downloaded by the browser.
ABORTED_RESOURCE_TYPES = frozenset({"image", "font", "media"})
PLAYWRIGHT_HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
#: Open pages at once (PLAYWRIGHT_MAX_PAGES_PER_CONTEXT, one context).
DEFAULT_MAX_PAGES = 4


class ChromiumNotFound(RuntimeError):
    """A render_js site is in the run and no Chromium executable was found."""


def find_chromium(configured: str | None = None) -> str | None:
    """The Chromium to launch: the setting/env value, else ``chromium`` on PATH, else None.

    >>> find_chromium("/nonexistent/chromium") is None
    True
    """
    if configured:
        return configured if _executable(configured) else None
    for candidate in (DEFAULT_CHROMIUM, shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and _executable(candidate):
            return candidate
    return None


def _executable(path: str) -> bool:
    return Path(path).is_file() and os.access(path, os.X_OK)


def chromium_problem(path: str, timeout: float = 30) -> str | None:
    """Why ``path --version`` fails (not a browser, a missing library), or None.

    Without this check a broken browser failed each rendered request with a warning,
    and the run ended as ``floors_failed``, far from the cause.

    >>> chromium_problem("/bin/false").startswith("exit status 1")
    True
    """
    try:
        proc = subprocess.run(
            [path, "--version"], capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return str(exc)
    if proc.returncode != 0:
        last = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
        return f"exit status {proc.returncode}" + (f": {last[0]}" if last else "")
    return None


def abort_request(request: Any) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: skip images, fonts and media (the HTML is what we read)."""
    return request.resource_type in ABORTED_RESOURCE_TYPES


def renders_requests(settings: BaseSettings, scheme: str = "http") -> bool:
    """Whether this run sends ``meta["playwright"]`` requests of ``scheme`` through
    Chromium: scrapy-playwright's handler is installed (by :func:`playwright_settings`).

    >>> from scrapy.settings import Settings
    >>> renders_requests(Settings({"DOWNLOAD_HANDLERS": {"http": PLAYWRIGHT_HANDLER}}))
    True
    >>> renders_requests(Settings())
    False
    """
    handler = settings.getdict("DOWNLOAD_HANDLERS").get(scheme)
    if handler is not None and not isinstance(handler, str):
        handler = f"{handler.__module__}.{handler.__qualname__}"
    return handler == PLAYWRIGHT_HANDLER


def playwright_settings(settings: BaseSettings, sites: list[str]) -> dict[str, Any]:
    """Settings that route ``meta["playwright"]`` requests through Chromium.

    Raises :class:`ChromiumNotFound` naming the sites when there is no browser.
    """
    configured = settings.get("NEWSCRAWL_CHROMIUM") or ""
    chromium = find_chromium(configured)
    if chromium is None:
        where = configured or f"{DEFAULT_CHROMIUM} or chromium on PATH"
        raise ChromiumNotFound(
            f"site(s) {', '.join(sites)} need a browser (render_js) and no Chromium was found "
            f"at {where}: apt-get install chromium, or set NEWSCRAWL_CHROMIUM"
        )
    problem = chromium_problem(chromium)
    if problem:
        raise ChromiumNotFound(
            f"site(s) {', '.join(sites)} need a browser (render_js) and the Chromium at "
            f"{chromium} does not start ({problem}): fix or reinstall it (apt-get install "
            "chromium), or set NEWSCRAWL_CHROMIUM"
        )
    handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"))
    handlers.update({"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER})
    middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
    middlewares["newscrawl.rendering.RenderedPageMiddleware"] = 950
    return {
        "DOWNLOAD_HANDLERS": handlers,
        "DOWNLOADER_MIDDLEWARES": middlewares,
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": chromium,
            "headless": True,
            "args": list(CHROMIUM_ARGS),
        },
        "PLAYWRIGHT_ABORT_REQUEST": "newscrawl.rendering.abort_request",
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": settings.getint(
            "NEWSCRAWL_PLAYWRIGHT_MAX_PAGES", DEFAULT_MAX_PAGES
        ),
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": settings.getint("DOWNLOAD_TIMEOUT", 30) * 1000,
    }


#: Scroll to the bottom until the page settles: no request of the page's scripts in
#: flight, no new resource loaded and no DOM change for ``quiet`` ms (lazy blocks and
#: infinite lists load on scroll), at most ``limit`` ms. Requests in flight are counted
#: by wrapping ``fetch`` and ``XMLHttpRequest`` first: a block whose request takes longer
#: than ``quiet`` (a slow server, a loaded machine) is waited for, not read half-loaded.
#: Three frames must also have been drawn since the last change (where frames are drawn
#: at all): a block that loads when scrolled into view starts only after one is.
SETTLE_SCRIPT = """async ([quiet, limit]) => {
  let pending = 0;
  const done = () => { pending -= 1; };
  if (window.fetch) {
    const fetch = window.fetch;
    window.fetch = function (...args) {
      pending += 1;
      const answer = fetch.apply(this, args);
      answer.then(done, done);
      return answer;
    };
  }
  if (window.XMLHttpRequest) {
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (...args) {
      pending += 1;
      this.addEventListener("loadend", done, { once: true });
      return send.apply(this, args);
    };
  }
  // Frames drawn: scroll-triggered loads (IntersectionObserver) only start once a frame
  // is rendered after the scroll, which a busy machine may delay past the quiet period.
  let frames = 0;
  const tick = () => { frames += 1; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const start = Date.now();
  let last = null, since = Date.now(), sinceFrame = 0;
  while (Date.now() - start < limit) {
    window.scrollTo(0, document.body ? document.body.scrollHeight : 0);
    const now = performance.getEntriesByType("resource").length + ":" +
      (document.body ? document.body.innerHTML.length : 0) + ":" + pending;
    if (now !== last) { last = now; since = Date.now(); sinceFrame = frames; }
    else if (pending <= 0 && Date.now() - since >= quiet &&
             (frames - sinceFrame >= 3 || (frames === 0 && Date.now() - since >= 2 * quiet))) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}"""


async def wait_for_network_idle(page: Any, timeout_ms: int) -> bool:
    """Wait until the page's network is quiet; False when it is not within ``timeout_ms``.

    A page that polls (a live blog, a ticker, an analytics beacon every few hundred ms)
    never goes network-idle: Playwright's own wait would raise and fail the request,
    losing a page whose content is there. It is read anyway, after the capped wait.
    """
    from playwright.async_api import TimeoutError as PlaywrightTimeoutError

    try:
        await page.wait_for_load_state("networkidle", timeout=timeout_ms)
    except PlaywrightTimeoutError:
        logger.debug("%s: network not idle after %d ms, reading it anyway", page.url, timeout_ms)
        return False
    return True


class RenderedPageMiddleware:
    """Gives every rendered request the page action that loads lazy content.

    After navigation and the network going idle, the page is scrolled to the bottom
    again and again until it settles (:data:`SETTLE_SCRIPT`): content fetched by
    scripts, and blocks that load when scrolled into view (an IntersectionObserver),
    are then in ``response.text``. Requests that bring their own ``playwright_page_methods``
    are left alone.
    """

    def __init__(self, quiet_ms: int, limit_ms: int) -> None:
        self.quiet_ms = quiet_ms
        self.limit_ms = limit_ms

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RenderedPageMiddleware:
        settings = crawler.settings
        return cls(
            settings.getint("NEWSCRAWL_PLAYWRIGHT_QUIET_MS", 700),
            settings.getint("NEWSCRAWL_PLAYWRIGHT_IDLE_TIMEOUT_MS", 10_000),
        )

    def process_request(self, request: Request) -> None:
        if not request.meta.get("playwright") or "playwright_page_methods" in request.meta:
            return
        from scrapy_playwright.page import PageMethod

        request.meta["playwright_page_methods"] = [
            # Scripts run on DOMContentLoaded fetch the content: let those finish first,
            PageMethod(wait_for_network_idle, self.limit_ms),
            # then scroll until what loads on scroll has loaded.
            PageMethod("evaluate", SETTLE_SCRIPT, [self.quiet_ms, self.limit_ms]),
        ]
