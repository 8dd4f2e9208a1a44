"""Storage: batched upserts of articles into the database, with a spill file as fallback.

Rows are keyed by canonical URL (see :meth:`newscrawl.store.Store.write_articles`).
An unreachable database at start stops the crawl before any request; one that fails
mid-crawl sends the batch (and the following ones, until it answers again) to a
JSON Lines spill file under ``NEWSCRAWL_OUTPUT_DIR/spill/``, which
``python -m newscrawl replay FILE`` loads later. A batch that fails while the database
still answers holds a row it refuses: the batch is written row by row and the refused
row is logged and counted (``newscrawl/articles/refused``). Items whose stored copy has the same
body are dropped (``unchanged``) so that a re-crawl exports only new and edited articles.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from sqlalchemy.exc import SQLAlchemyError

from newscrawl.settings.env import output_dir
from newscrawl.store import (
    Store,
    StoreError,
    content_hash,
    database_url,
    dumps_item,
    short_url,
)
from newscrawl.urls import canonical_url

logger = logging.getLogger(__name__)

SUMMARY_KEYS = ("new", "updated", "unchanged", "seen", "duplicates", "refused")


class StoragePipeline:
    """Writes every item to the store in batches; spills them when the database fails."""

    def __init__(
        self,
        crawler: Crawler,
        db_url: str,
        output_dir: str | Path,
        *,
        batch_size: int = 50,
        flush_seconds: float = 5.0,
        retry_seconds: float = 30.0,
        export_unchanged: bool = False,
    ) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.db_url = db_url
        self.output_dir = Path(output_dir)
        self.batch_size = max(1, batch_size)
        self.flush_seconds = flush_seconds
        self.retry_seconds = retry_seconds
        self.export_unchanged = export_unchanged
        self.store: Store | None = None
        self.spill_path: Path | None = None
        self._spill: IO[str] | None = None
        # Items, not copies: a syndicated copy re-pointed by DedupPipeline before the
        # flush is written with its final duplicate_of.
        self._batch: list[Any] = []
        self._last_flush = time.monotonic()
        self._down_until = 0.0
        self._pending_hashes: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoragePipeline:
        s = crawler.settings
        if not s.getbool("NEWSCRAWL_STORE_ENABLED", True):
            raise NotConfigured("NEWSCRAWL_STORE_ENABLED is off")
        return cls(
            crawler,
            database_url(s),
            output_dir(s),
            batch_size=s.getint("NEWSCRAWL_STORE_BATCH_SIZE", 50),
            flush_seconds=s.getfloat("NEWSCRAWL_STORE_FLUSH_SECONDS", 5.0),
            retry_seconds=s.getfloat("NEWSCRAWL_STORE_RETRY_SECONDS", 30.0),
            export_unchanged=s.getbool("NEWSCRAWL_EXPORT_UNCHANGED", False),
        )

    # -- lifecycle ---------------------------------------------------------------------

    def open_spider(self) -> None:
        store = Store(self.db_url)
        try:
            store.open()
        except StoreError as exc:
            # One clear line; the exception then stops the crawl before any request.
            logger.error("%s", exc)
            self.stats.inc_value("newscrawl/store/unavailable")
            raise
        self.store = store
        logger.info("storing articles in %s", store.safe_url)

    def close_spider(self) -> None:
        self.flush()
        if self._spill is not None:
            self._spill.close()
            self._spill = None
            logger.error(
                "%d item(s) could not be written to the database and were spilled to %s; "
                "load them with: python -m newscrawl replay %s",
                self.stats.get_value("newscrawl/store/spilled", 0),
                self.spill_path,
                self.spill_path,
            )
        if self.store is not None:
            self.store.close()
            self.store = None
        counts = {k: self.stats.get_value(f"newscrawl/articles/{k}", 0) for k in SUMMARY_KEYS}
        for key, value in counts.items():
            self.stats.set_value(f"newscrawl/articles/{key}", value)
        logger.info(
            "articles: %d new, %d updated, %d unchanged, %d seen (skipped), %d duplicates, "
            "%d refused by the database; %d spilled",
            *counts.values(),
            self.stats.get_value("newscrawl/store/spilled", 0),
        )

    # -- items -------------------------------------------------------------------------

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        cu = adapter.get("canonical_url") or canonical_url(adapter.get("url") or "")
        digest = adapter.get("content_hash") or content_hash(adapter.get("body") or "")
        unchanged = self._is_unchanged(cu, digest)
        self._batch.append(item)
        self._pending_hashes[cu] = digest
        if (
            len(self._batch) >= self.batch_size
            or time.monotonic() - self._last_flush >= self.flush_seconds
        ):
            self.flush()
        if unchanged and not self.export_unchanged:
            self.stats.inc_value("newscrawl/dropped/unchanged")
            self.stats.inc_value(f"newscrawl/dropped/unchanged/{adapter.get('site') or '-'}")
            raise DropItem(f"unchanged: {cu} is stored with the same body", log_level="DEBUG")
        return item

    def _is_unchanged(self, cu: str, digest: str) -> bool:
        if cu in self._pending_hashes:
            return self._pending_hashes[cu] == digest
        if not self._db_ok():
            return False
        try:
            row = self.store.get_hash(cu)  # type: ignore[union-attr]
        except SQLAlchemyError as exc:
            self._failed(exc)
            return False
        return row == digest

    def flush(self) -> None:
        items, self._batch = self._batch, []
        self._pending_hashes.clear()
        self._last_flush = time.monotonic()
        if not items:
            return
        batch = [ItemAdapter(item).asdict() for item in items]
        for row in batch:
            row["canonical_url"] = row.get("canonical_url") or canonical_url(row.get("url") or "")
        if self._db_ok():
            try:
                outcomes, refused = self.store.write_articles_isolated(batch)  # type: ignore[union-attr]
            except SQLAlchemyError as exc:
                self._failed(exc)
            else:
                for row, outcome in zip(batch, outcomes, strict=True):
                    self.stats.inc_value(f"newscrawl/articles/{outcome}")
                    self.stats.inc_value(f"newscrawl/articles/{outcome}/{row.get('site')}")
                for i, reason in refused.items():
                    logger.error(
                        "database refused the article %s (exported to the feed, not stored): %s",
                        short_url(batch[i]["canonical_url"]),
                        reason,
                    )
                self.stats.inc_value("newscrawl/store/batches")
                return
        self._write_spill(batch)

    # -- failure handling ----------------------------------------------------------------

    def _db_ok(self) -> bool:
        return self.store is not None and time.monotonic() >= self._down_until

    def _failed(self, exc: Exception) -> None:
        assert self.store is not None
        self.stats.inc_value("newscrawl/store/errors")
        first = self._down_until == 0.0
        self._down_until = time.monotonic() + self.retry_seconds
        logger.error(
            "%s; spilling items to %s, retrying in %.0f s",
            self.store.error(exc, "database write failed"),
            self._spill_file(),
            self.retry_seconds,
        )
        if first:
            self.stats.set_value("newscrawl/store/first_error", datetime.now(UTC).isoformat())

    def _spill_file(self) -> Path:
        if self.spill_path is None:
            spider = self.crawler.spider
            name = getattr(spider, "run_id", None) or datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            self.spill_path = self.output_dir / "spill" / f"{name}-{os.getpid()}.jsonl"
        return self.spill_path

    def _write_spill(self, batch: list[dict[str, Any]]) -> None:
        if self._spill is None:
            path = self._spill_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            self._spill = path.open("a", encoding="utf-8")
        for row in batch:
            self._spill.write(dumps_item(row) + "\n")
        self._spill.flush()
        os.fsync(self._spill.fileno())
        self.stats.inc_value("newscrawl/store/spilled", len(batch))
