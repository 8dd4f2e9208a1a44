"""``scrapy crawl`` that exits non-zero when the run failed, so cron and systemd see it.

Scrapy's own ``crawl`` exits 0 whatever happened once the spider started. This one
looks at the finished crawler and exits with:

* 0 when the spider closed for a normal reason (:data:`OK_REASONS`) and every feed
  was stored;
* :data:`~newscrawl.lock.EXIT_LOCKED` (75) when another run holds one of the sites
  (a one-line message, no traceback);
* 1 otherwise: a failed start, a close reason such as ``floors_failed``,
  ``shutdown`` or ``closespider_errorcount``, a feed that could not be opened or stored, or a
  health check that failed at close (``newscrawl/health/failed``).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from functools import partial
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from newscrawl.feeds import EXPORT_FAILED
from newscrawl.lock import EXIT_LOCKED, RunLocked, RunSpent
from newscrawl.rendering import ChromiumNotFound
from newscrawl.sites import ProfileError
from newscrawl.spiders.news import SpiderArgumentError
from newscrawl.store import Store, StoreError, database_url

logger = logging.getLogger(__name__)

#: Close reasons of a run that did its job (limits reached on purpose count as done).
OK_REASONS = frozenset(
    {"finished", "closespider_itemcount", "closespider_pagecount", "closespider_timeout"}
)


def run_failures(stats: dict[str, Any]) -> list[str]:
    """Why a finished run counts as failed, from its final stats (empty: it did not)."""
    problems: list[str] = []
    reason = stats.get("finish_reason")
    if reason is None:
        problems.append("the spider never finished")
    elif reason not in OK_REASONS:
        problems.append(f"closed with reason {reason!r}")
    for key, value in sorted(stats.items()):
        if key.startswith("feedexport/failed_count/") and value:
            problems.append(f"{value} feed(s) could not be stored ({key.rsplit('/', 1)[1]})")
    lost = stats.get(EXPORT_FAILED)
    if lost:
        problems.append(f"{lost} item(s) could not be written to their feed")
    failed = stats.get("newscrawl/health/failed")
    if failed and reason != "floors_failed":
        problems.append(f"run health: {failed} check(s) below their floor")
    return problems


#: Start-up errors explained by their message alone: printed, no traceback.
CLEAN_ERRORS: tuple[type[BaseException], ...] = (
    RunLocked,
    RunSpent,
    ChromiumNotFound,
    StoreError,
    ProfileError,
    SpiderArgumentError,
)


class Command(ScrapyCrawlCommand):
    def short_desc(self) -> str:
        return "Run a spider; exit non-zero when the run fails (newscrawl)"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) < 1:
            raise UsageError
        if len(args) > 1:
            raise UsageError("running 'scrapy crawl' with more than one spider is not supported")
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        problem = self.preflight(crawler.settings)
        if problem:
            print(f"newscrawl: {problem}; exiting", file=sys.stderr)
            self.exitcode = 1
            return
        errors: list[BaseException] = []
        started = self.crawler_process.crawl(crawler, **opts.spargs)
        if isinstance(started, Deferred):
            started.addErrback(self._trap_deferred, errors)
        else:
            started.add_done_callback(partial(self._trap_task, errors=errors))
        self.crawler_process.start()
        self.exitcode = self.exit_status(crawler, errors)

    @staticmethod
    def preflight(settings: BaseSettings) -> str | None:
        """Why the run cannot start, found before any request (one line), or None.

        The pipelines open the database again in ``open_spider``; asking here first
        turns an unreachable database into a single line instead of Scrapy's teardown
        of a spider that never opened.
        """
        if not settings.getbool("NEWSCRAWL_STORE_ENABLED", True):
            return None
        try:
            Store(database_url(settings)).open().close()
        except StoreError as exc:
            return str(exc)
        return None

    @staticmethod
    def _trap_deferred(failure: Failure, errors: list[BaseException]) -> Failure | None:
        if failure.check(*CLEAN_ERRORS):
            errors.append(failure.value)
            return None
        return failure

    @staticmethod
    def _trap_task(task: asyncio.Task[None], errors: list[BaseException]) -> None:
        if task.cancelled():
            return
        exc = task.exception()  # marks it retrieved: log it ourselves unless explained
        if exc is None:
            return
        errors.append(exc)
        if not isinstance(exc, CLEAN_ERRORS):
            logger.error("the crawl failed to start", exc_info=exc)

    def exit_status(self, crawler: Crawler, errors: list[BaseException]) -> int:
        for exc in errors:
            if isinstance(exc, CLEAN_ERRORS):
                print(f"newscrawl: {exc}; exiting", file=sys.stderr)
                return EXIT_LOCKED if isinstance(exc, RunLocked) else 1
        assert self.crawler_process
        if errors or self.crawler_process.bootstrap_failed or crawler.stats is None:
            print("newscrawl: the crawl could not start (see the log above)", file=sys.stderr)
            return 1
        problems = run_failures(crawler.stats.get_stats())
        if problems:
            print(f"newscrawl: run failed: {'; '.join(problems)}", file=sys.stderr)
            return 1
        return 0
