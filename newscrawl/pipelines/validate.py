"""First pipeline stage: drop items that are not articles or break the feed contract.

Every drop is logged once with the URL and counted as ``newscrawl/dropped/<reason>``
(and per site), so a run's summary explains where pages went.
"""

from __future__ import annotations

import json
import logging
from importlib import resources
from typing import Any

from itemadapter import ItemAdapter
from jsonschema import Draft202012Validator
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

logger = logging.getLogger(__name__)


def article_schema() -> dict[str, Any]:
    """The feed contract (``schema/article.schema.json``), shipped inside the package."""
    text = resources.files("newscrawl").joinpath("schema/article.schema.json").read_text("utf-8")
    return json.loads(text)


def schema_errors(validator: Draft202012Validator, data: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<item>'}: {e.message}"
        for e in validator.iter_errors(data)
    ]


class ValidatePipeline:
    """Requires a title and a body, then checks the item against the JSON schema."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.validator = Draft202012Validator(article_schema())

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        for field in ("title", "body"):
            if not (adapter.get(field) or "").strip():
                self._drop(adapter, f"missing_{field}", f"no {field} found")
        errors = schema_errors(self.validator, adapter.asdict())
        if errors:
            self._drop(adapter, "invalid", "; ".join(errors[:5]))
        return item

    def _drop(self, adapter: ItemAdapter, reason: str, why: str) -> None:
        site = adapter.get("site") or "?"
        self.stats.inc_value(f"newscrawl/dropped/{reason}")
        self.stats.inc_value(f"newscrawl/dropped/{reason}/{site}")
        raise DropItem(f"{reason}: {adapter.get('url')}: {why}")
