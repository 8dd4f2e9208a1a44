"""A benchmark-only extension: dump the crawl's final stats to BENCH_STATS_FILE as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class DumpStats:
    def __init__(self, crawler: Crawler, path: str) -> None:
        self.crawler = crawler
        self.path = Path(path)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DumpStats:
        path = crawler.settings.get("BENCH_STATS_FILE")
        if not path:
            raise NotConfigured("BENCH_STATS_FILE not set")
        ext = cls(crawler, path)
        # engine_stopped comes after every spider_closed handler (elapsed_time_seconds)
        crawler.signals.connect(ext.closed, signal=signals.engine_stopped)
        return ext

    def closed(self) -> None:
        stats = self.crawler.stats.get_stats()
        self.path.write_text(json.dumps(stats, default=str))
