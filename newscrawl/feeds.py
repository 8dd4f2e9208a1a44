"""Feed export helpers: one JSON Lines file per site per run (see NewsSpider._configure)."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.extensions.feedexport import ItemFilter


class SiteItemFilter(ItemFilter):
    """Accepts the items of one site: the feed option ``newscrawl_site`` names it."""

    def __init__(self, feed_options: dict[str, Any] | None) -> None:
        super().__init__(feed_options)
        self.site = (feed_options or {}).get("newscrawl_site")

    def accepts(self, item: Any) -> bool:
        return self.site is None or ItemAdapter(item).get("site") == self.site
