"""Deduplication: one item per canonical URL, per body within a site, and syndicated copies.

- the same canonical URL twice in a run: dropped (``duplicate_url``);
- the same ``content_hash`` under another URL of the same site (this run or stored):
  dropped (``duplicate_content``), and its URL recorded as an address of the stored
  article, so that later runs skip it as seen;
- a near-duplicate of a copy on another site (MinHash LSH, see :mod:`newscrawl.neardup`):
  kept with ``duplicate_of`` = the canonical URL of the earliest-published copy known
  (ties: the one stored first), or dropped with ``NEWSCRAWL_NEARDUP_DROP``. The index is
  loaded from the database, so a copy crawled tomorrow points to today's; only articles
  crawled in the last ``NEWSCRAWL_NEARDUP_DAYS`` (60; 0: all) are loaded (about 2.4 KB
  of memory each); the original of a loaded copy is read from the database when a new
  copy matches it, so a copy never points at another copy.

In a distributed run (``NEWSCRAWL_REDIS_URL``) the workers share this run's copies
through Redis (:mod:`newscrawl.neardup_redis`), so a copy fetched by one worker is
linked to the original another worker fetched. If Redis fails, the worker logs it,
counts it (``newscrawl/neardup/redis_errors``) and goes on with its own index.
"""

from __future__ import annotations

import contextlib
import logging
import time
import weakref
from dataclasses import replace
from typing import Any

import numpy as np
from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from sqlalchemy.exc import SQLAlchemyError

from newscrawl import neardup
from newscrawl.neardup_redis import SharedIndexError, SharedNearDupIndex
from newscrawl.store import Store, StoreError, content_hash, database_url, to_epoch
from newscrawl.urls import canonical_url

logger = logging.getLogger(__name__)

#: Pending duplicate URLs written as seen aliases at once (and at close).
ALIAS_BATCH = 500


class DedupPipeline:
    """Drops URL and same-site content duplicates, flags (or drops) syndicated copies."""

    def __init__(
        self,
        crawler: Crawler,
        db_url: str,
        *,
        drop_near: bool = False,
        threshold: float = neardup.THRESHOLD,
        retry_seconds: float = 30.0,
        window_days: float = 60.0,
        redis_url: str = "",
        redis_base: str = "",
        redis_ttl: int = 86400,
    ) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.db_url = db_url
        self.drop_near = drop_near
        self.threshold = threshold
        self.retry_seconds = retry_seconds
        self.window_days = window_days
        self.store: Store | None = None
        self.index = neardup.NearDupIndex(threshold=threshold)
        self._children: dict[str, set[str]] = {}
        self._run_urls: set[str] = set()
        self._run_hashes: dict[tuple[str, str], str] = {}
        self._seq = 0
        # This run's items by URL, while something still holds them (the storage batch).
        self._items: weakref.WeakValueDictionary[str, Any] = weakref.WeakValueDictionary()
        self._db_down_until = 0.0
        # Same-body duplicate URL -> the canonical URL of the article it repeats.
        self._aliases: dict[str, str] = {}
        self._aliases_due = ALIAS_BATCH
        # A distributed run's shared index (open_spider), and what one decision changed.
        self.redis_url = redis_url
        self.redis_base = redis_base
        self.redis_ttl = redis_ttl
        self.shared: SharedNearDupIndex | None = None
        self._published: dict[str, neardup.Entry] = {}
        self._repointed: list[tuple[list[str], str]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        s = crawler.settings
        if not s.getbool("NEWSCRAWL_DEDUP_ENABLED", True):
            raise NotConfigured("NEWSCRAWL_DEDUP_ENABLED is off")
        return cls(
            crawler,
            database_url(s),
            drop_near=s.getbool("NEWSCRAWL_NEARDUP_DROP", False),
            threshold=s.getfloat("NEWSCRAWL_NEARDUP_THRESHOLD", neardup.THRESHOLD),
            retry_seconds=s.getfloat("NEWSCRAWL_STORE_RETRY_SECONDS", 30.0),
            window_days=s.getfloat("NEWSCRAWL_NEARDUP_DAYS", 60.0),
            redis_url=s.get("NEWSCRAWL_REDIS_URL") or "",
            redis_base=_run_base(crawler),
            redis_ttl=s.getint("NEWSCRAWL_REDIS_RUN_TTL", 86400),
        )

    # -- lifecycle -------------------------------------------------------------------

    def open_spider(self) -> None:
        store = Store(self.db_url)
        try:
            store.open()
            started = time.monotonic()
            since = int(time.time() - self.window_days * 86400) if self.window_days > 0 else None
            for entry in store.iter_signatures(since_ts=since):
                self._add(entry)
                self._seq = max(self._seq, entry.seq)
        except StoreError as exc:
            logger.error("%s", exc)
            raise
        except SQLAlchemyError as exc:
            err = store.error(exc, "cannot load the near-duplicate index")
            store.close()
            logger.error("%s", err)
            raise err from None
        self.store = store
        logger.info(
            "near-duplicate index: %d stored signatures loaded in %.1f s",
            len(self.index),
            time.monotonic() - started,
        )
        if self.redis_url and self.redis_base:
            self._open_shared()

    def _open_shared(self) -> None:
        try:
            self.shared = SharedNearDupIndex.from_url(
                self.redis_url,
                self.redis_base,
                self.index.band_hashes,
                threshold=self.threshold,
                ttl=self.redis_ttl,
            )
            self.shared.start(self._seq)
        except SharedIndexError as exc:
            self._shared_failed(exc)
            return
        logger.info(
            "near-duplicate index shared by the run's workers at %s:neardup", self.redis_base
        )

    def close_spider(self) -> None:
        # The storage pipeline closes first (reverse order): this run's articles are stored.
        self._close_shared()
        self._write_aliases()
        if self._aliases:
            logger.info(
                "%d duplicate URL(s) not recorded as seen: their article is not stored",
                len(self._aliases),
            )
        if self.store is not None:
            self.store.close()
            self.store = None

    # -- items -------------------------------------------------------------------------

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        url = adapter.get("canonical_url") or canonical_url(adapter.get("url") or "")
        site = adapter.get("site") or ""
        body = adapter.get("body") or ""
        if url in self._run_urls:
            self._drop("duplicate_url", f"{url} was already processed in this run", site)
        digest = adapter.get("content_hash") or content_hash(body)
        other = self._run_hashes.get((site, digest))
        if other is None and self._db_ok():
            try:
                other = self.store.find_same_content(site, digest, url)  # type: ignore[union-attr]
            except SQLAlchemyError as exc:
                self._db_failed(exc)
        if other is not None and other != url:
            # Seen from now on: the next run skips this address instead of fetching it again.
            for alias in {url, canonical_url(adapter.get("url") or "") or url}:
                self._aliases[alias] = other
            if len(self._aliases) >= self._aliases_due:
                self._write_aliases()
                self._aliases_due = len(self._aliases) + ALIAS_BATCH
            self._drop("duplicate_content", f"{url} has the same body as {other}", site)
        self._run_urls.add(url)
        self._run_hashes[(site, digest)] = url

        sig, nums = neardup.fingerprint_once(body)
        if self.shared is None:
            return self._near_duplicate(item, adapter, url, site, sig, nums)
        with contextlib.ExitStack() as held:
            try:
                held.enter_context(self.shared.locked())
                self._pull(url, sig, nums)
            except SharedIndexError as exc:
                self._shared_failed(exc)
            try:
                return self._near_duplicate(item, adapter, url, site, sig, nums)
            finally:
                self._publish()

    def _near_duplicate(
        self, item: Any, adapter: ItemAdapter, url: str, site: str, sig: Any, nums: Any
    ) -> Any:
        """Sets ``duplicate_of`` (or drops the item) from the copies the index holds."""
        self._seq = self._next_seq()
        stored = self.index.entries.get(url)
        entry = neardup.Entry(
            canonical_url=url,
            site=site,
            published_ts=to_epoch(adapter.get("published_at")),
            # A re-crawl keeps its place: the stored row (and its id) is updated in place.
            seq=stored.seq if stored is not None else self._seq,
            duplicate_of=None,
            signature=sig,
            numbers=nums,
        )
        matches = [
            m for m in self.index.matches(sig, nums, exclude_site=site) if m.canonical_url != url
        ]
        if not matches:
            adapter["duplicate_of"] = None
            self._add(entry, item)
            return item
        roots = {r.canonical_url: r for r in map(self._root_of, matches)}
        # This URL is the root of its own stored copies when an original is re-crawled:
        # that earlier entry is this article, not another copy of it.
        own = roots.pop(url, None)
        if own is not None:
            entry.seq = min(entry.seq, own.seq)
            if not roots:
                adapter["duplicate_of"] = None
                self._add(entry, item)
                logger.debug("%s: re-crawled original of %d copies", url, len(matches))
                return item
        earliest = min([entry, *matches, *roots.values()], key=lambda e: e.order)
        self.stats.inc_value("newscrawl/articles/duplicates")
        if self.drop_near:
            self._drop("near_duplicate", f"{url} is a copy of {earliest.canonical_url}", site)
        self.stats.inc_value("newscrawl/dedup/near_duplicate")
        if earliest is entry:
            # This copy was published before every copy known: it becomes the original.
            adapter["duplicate_of"] = None
            self._add(entry, item)
            self._repoint(list(roots), entry)
            self.stats.inc_value("newscrawl/dedup/new_original")
        else:
            adapter["duplicate_of"] = earliest.canonical_url
            entry.duplicate_of = earliest.canonical_url
            self._add(entry, item)
            if own is not None:  # an original that turns out to be a copy: so are its copies
                self._repoint([url], earliest)
            logger.debug("%s: syndicated copy of %s", url, earliest.canonical_url)
        return item

    # -- the shared index of a distributed run -------------------------------------------

    def _next_seq(self) -> int:
        if self.shared is not None:
            try:
                return max(self._seq + 1, self.shared.next_seq())
            except SharedIndexError as exc:
                self._shared_failed(exc)
        return self._seq + 1

    def _pull(self, url: str, sig: Any, nums: Any) -> None:
        """Bring the copies of this story that other workers published into the local
        index, with the originals they point at now (the shared index is authoritative
        for the run's copies: another worker may have re-pointed one)."""
        assert self.shared is not None
        local = self.index.matches(sig, nums)
        urls = {url, *(m.canonical_url for m in local)}
        urls |= {m.duplicate_of for m in local if m.duplicate_of}
        for remote in self.shared.related(sig, urls):
            have = self.index.entries.get(remote.canonical_url)
            if have is None or not np.array_equal(self.index.signature_of(have), remote.signature):
                if have is not None:
                    self._unlink_child(have)
                self._add(remote)
                continue
            if have.duplicate_of != remote.duplicate_of:
                self._unlink_child(have)
                have.duplicate_of = remote.duplicate_of
                if remote.duplicate_of:
                    self._children.setdefault(remote.duplicate_of, set()).add(have.canonical_url)
            have.seq, have.published_ts = remote.seq, remote.published_ts

    def _unlink_child(self, entry: neardup.Entry) -> None:
        if entry.duplicate_of:
            self._children.get(entry.duplicate_of, set()).discard(entry.canonical_url)

    def _publish(self) -> None:
        """Publish what the last decision changed: the article, and re-pointed copies."""
        changed, self._published = self._published, {}
        repointed, self._repointed = self._repointed, []
        if self.shared is None or not (changed or repointed):
            return
        entries = []
        for entry in changed.values():
            if entry.canonical_url in self.index.entries:
                entry = self.index.entries[entry.canonical_url]
                entries.append(replace(entry, signature=self.index.signature_of(entry)))
        try:
            self.shared.publish(entries, repointed)
        except SharedIndexError as exc:
            self._shared_failed(exc)

    def _shared_failed(self, exc: Exception) -> None:
        self.stats.inc_value("newscrawl/neardup/redis_errors")
        logger.error(
            "%s; syndicated copies are linked with this worker's own index for the rest "
            "of the run (copies other workers fetch from now on are not linked to its)",
            exc,
        )
        shared, self.shared = self.shared, None
        if shared is not None:
            with contextlib.suppress(Exception):
                shared.close()

    def _close_shared(self) -> None:
        """Replay the run's re-pointings on the database (rows other workers stored from
        a batch they held while a copy was re-pointed), and let the keys expire."""
        if self.shared is None:
            return
        try:
            repoints = self.shared.repoints()
            self.shared.expire()
        except SharedIndexError as exc:
            self._shared_failed(exc)
            return
        self.shared.close()
        self.shared = None
        if repoints and self._db_ok():
            try:
                for old_roots, new_root in repoints:
                    self.store.repoint_duplicates(old_roots, new_root)  # type: ignore[union-attr]
            except SQLAlchemyError as exc:
                self._db_failed(exc)

    # -- helpers -----------------------------------------------------------------------

    def _add(self, entry: neardup.Entry, item: Any = None) -> None:
        self.index.add(entry)
        if item is not None:
            self._published[entry.canonical_url] = entry
            # A plain dict item cannot be weakly referenced: its row is re-pointed in the DB only.
            with contextlib.suppress(TypeError):
                self._items[entry.canonical_url] = item
        if entry.duplicate_of:
            self._children.setdefault(entry.duplicate_of, set()).add(entry.canonical_url)

    def _root_of(self, match: neardup.Entry) -> neardup.Entry:
        """The original ``match`` is a copy of, from the database when it is not indexed
        (crawled before NEWSCRAWL_NEARDUP_DAYS): a new copy must not point at a copy."""
        root = self.index.root_of(match)
        if root is not match or not match.duplicate_of:
            return root
        if self._db_ok():
            try:
                found = list(self.store.iter_signatures(urls=[match.duplicate_of]))  # type: ignore[union-attr]
            except SQLAlchemyError as exc:
                self._db_failed(exc)
            else:
                if found:
                    self._add(found[0])
                    return found[0]
        # Not at hand: a stand-in ordered just before its copy, which it precedes.
        stand_in = neardup.Entry(
            canonical_url=match.duplicate_of,
            site="",
            published_ts=match.published_ts,
            seq=match.seq - 1,
            duplicate_of=None,
            signature=neardup.signature(""),
        )
        logger.debug("%s: its original %s is not at hand", match.canonical_url, match.duplicate_of)
        return stand_in

    def _repoint(self, old_roots: list[str], new_root: neardup.Entry) -> None:
        moved = self._children.setdefault(new_root.canonical_url, set())
        for old in old_roots:
            for child in [old, *self._children.pop(old, ())]:
                if child in self.index.entries and child != new_root.canonical_url:
                    self.index.entries[child].duplicate_of = new_root.canonical_url
                    self._published[child] = self.index.entries[child]
                    moved.add(child)
                    item = self._items.get(child)
                    if item is not None:  # not written yet: the batch holds the item itself
                        ItemAdapter(item)["duplicate_of"] = new_root.canonical_url
        self._repointed.append((list(old_roots), new_root.canonical_url))
        if self._db_ok():
            try:
                self.store.repoint_duplicates(old_roots, new_root.canonical_url)  # type: ignore[union-attr]
            except SQLAlchemyError as exc:
                self._db_failed(exc)

    def _write_aliases(self) -> None:
        """Record the pending duplicate URLs as addresses of their stored articles; those
        whose article is not stored yet (still in a storage batch) stay pending."""
        if not self._aliases or not self._db_ok():
            return
        try:
            waiting = self.store.add_aliases(self._aliases)  # type: ignore[union-attr]
        except SQLAlchemyError as exc:
            self._db_failed(exc)
            return
        self.stats.inc_value("newscrawl/dedup/aliases", len(self._aliases) - len(waiting))
        self._aliases = {u: self._aliases[u] for u in waiting}

    def _drop(self, reason: str, message: str, site: str) -> None:
        self.stats.inc_value(f"newscrawl/dropped/{reason}")
        self.stats.inc_value(f"newscrawl/dropped/{reason}/{site or '-'}")
        if reason != "near_duplicate":
            self.stats.inc_value("newscrawl/articles/duplicates")
        raise DropItem(f"{reason}: {message}", log_level="INFO")

    def _db_ok(self) -> bool:
        return self.store is not None and time.monotonic() >= self._db_down_until

    def _db_failed(self, exc: Exception) -> None:
        assert self.store is not None
        self.stats.inc_value("newscrawl/store/errors/dedup")
        self._db_down_until = time.monotonic() + self.retry_seconds
        logger.error(
            "%s; deduplicating against this run only for %.0f s",
            self.store.error(exc, "dedup: database query failed"),
            self.retry_seconds,
        )


def _run_base(crawler: Crawler) -> str:
    """The Redis key base of a distributed run (as :func:`newscrawl.addons.redis_keys`),
    or ``""`` for a spider without sites and a run id."""
    from newscrawl.addons import redis_keys

    spider = crawler.spider
    sites = sorted(getattr(spider, "sites", None) or ())
    run_id = str(getattr(spider, "run_id", "") or "")
    if spider is None or not sites or not run_id:
        return ""
    prefix = crawler.settings.get("NEWSCRAWL_REDIS_PREFIX") or "newscrawl"
    return redis_keys(prefix, spider.name, sites, run_id)["SCHEDULER_QUEUE_KEY"].removesuffix(
        ":requests"
    )
