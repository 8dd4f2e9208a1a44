"""Feed export helpers: one JSON Lines file per site per run (see NewsSpider._configure)."""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider
from scrapy.extensions.feedexport import FeedExporter as ScrapyFeedExporter
from scrapy.extensions.feedexport import ItemFilter

from newscrawl.settings.env import output_dir

logger = logging.getLogger(__name__)

#: Items a feed could not take (its file would not open or write), in total and per site.
EXPORT_FAILED = "newscrawl/feed/export_failed"


class SiteItemFilter(ItemFilter):
    """Accepts the items of one site: the feed option ``newscrawl_site`` names it."""

    def __init__(self, feed_options: dict[str, Any] | None) -> None:
        super().__init__(feed_options)
        self.site = (feed_options or {}).get("newscrawl_site")

    def accepts(self, item: Any) -> bool:
        return self.site is None or ItemAdapter(item).get("site") == self.site


class FeedExporter(ScrapyFeedExporter):
    """Scrapy's feed exporter, whose failure to open or write a feed fails the run.

    Scrapy's ``FeedExporter`` opens a feed's file at its first item, inside the
    ``item_scraped`` signal; an error there (a folder that cannot be created, a full
    disk) is only logged by the signal dispatcher, and the run would end "ok" with the
    item in no feed. Here each such item is counted (:data:`EXPORT_FAILED`, also per
    site), the first failure of each site is logged as an error, and ``scrapy crawl``
    exits 1 (``commands.crawl.run_failures``). The item itself was already stored by
    the database pipeline.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._failed_sites: set[str] = set()

    def item_scraped(self, item: Any, spider: Spider) -> None:
        try:
            super().item_scraped(item, spider)
        except Exception as exc:
            adapter = ItemAdapter(item)
            site = str(adapter.get("site") or "-")
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value(EXPORT_FAILED)
            stats.inc_value(f"{EXPORT_FAILED}/{site}")
            kept = self._keep(adapter, site, spider)
            if site not in self._failed_sites:
                self._failed_sites.add(site)
                logger.error(
                    "feed of %s cannot take items (%s: %s); first lost: %s; %s",
                    site,
                    type(exc).__name__,
                    exc,
                    adapter.get("url"),
                    kept,
                )

    def _keep(self, adapter: ItemAdapter, site: str, spider: Spider) -> str:
        """Append the item a feed could not take to ``<output dir>/unexported/<site>/<run
        id>-<pid>.jsonl`` (a line as the feed would have had it): stored articles are
        skipped by the next run, so this file is how they still reach the feed's readers.
        Says where they went, or why they could not be kept."""
        output = output_dir(self.crawler.settings)
        run_id = getattr(spider, "run_id", None) or "run"
        path = output / "unexported" / site / f"{run_id}-{os.getpid()}.jsonl"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(adapter.asdict(), ensure_ascii=False) + "\n")
        except OSError as exc:
            return f"the items could not be kept either ({exc})"
        return f"the items are kept in {path}"
