"""Feed manifests for downstream teams (and the digest plugin behind them); run summaries.

Every feed gets :class:`DigestPlugin` as its last post-processing plugin (see
:class:`newscrawl.addons.FeedsAddon`): it hashes the bytes exactly as they reach the
storage, gzip included. When Scrapy has stored a feed file (``feed_slot_closed``),
:class:`FeedManifest` writes ``<run id>.manifest.json`` beside it (the feed's name
without ``.jsonl``/``.gz``, see :func:`manifest_uri`), through the
same feed storage (local file, S3, FTP, ...): item count, new/updated/duplicates,
schema version, sha256 and size. Local manifests are written to a temporary name and
renamed, so a consumer that sees the manifest always sees the whole feed file and a
whole manifest. A feed that failed to store gets no manifest.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlsplit

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.extensions.feedexport import FeedExporter
from scrapy.utils.defer import ensure_awaitable

from newscrawl.items import SCHEMA_VERSION
from newscrawl.settings.env import output_dir

logger = logging.getLogger(__name__)

MANIFEST_SUFFIX = ".manifest.json"
#: feed option under which DigestPlugin instances are found, keyed by target file id.
DIGESTS_OPTION = "_newscrawl_digests"


class DigestPlugin:
    """Feed post-processing plugin: passes bytes through, counting and hashing them.

    Put it last in ``postprocessing`` so it sees the final (compressed) bytes.
    """

    def __init__(self, file: IO[bytes], feed_options: dict[str, Any]) -> None:
        self.file = file
        self.sha256 = hashlib.sha256()
        self.size = 0
        feed_options.setdefault(DIGESTS_OPTION, {})[id(file)] = self

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        self.size += len(data)
        return self.file.write(data)

    def close(self) -> None:
        """The storage closes the target file itself, after this plugin."""


#: Endings stripped from a feed's name before ``.manifest.json`` is added.
FEED_SUFFIXES = (".gz", ".bz2", ".xz", ".jsonl", ".jl", ".json", ".csv", ".xml")


def manifest_uri(feed_uri: str) -> str:
    """The manifest beside a feed: its name without the feed's endings + ``.manifest.json``.

    >>> manifest_uri("file:///out/feeds/site/2026-01-01/run.jsonl.gz")
    'file:///out/feeds/site/2026-01-01/run.manifest.json'

    (``run.jsonl*`` globs for the feed file itself then do not match the manifest.)
    """
    base = feed_uri
    for suffix in FEED_SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
    return base + MANIFEST_SUFFIX


def local_path(uri: str) -> Path | None:
    """The local path of a ``file://`` URI (or plain path), else None."""
    parts = urlsplit(uri)
    if parts.scheme == "file":
        return Path(unquote(parts.path))
    if not parts.scheme or len(parts.scheme) == 1:  # a path, or a Windows drive letter
        return Path(uri)
    return None


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see either nothing or all of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class FeedManifest:
    """Writes the feed's manifest (:func:`manifest_uri`) once the file is completely stored."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.duplicates: dict[str, int] = {}
        self.sites = sorted(getattr(crawler.spider, "sites", {}) or {})

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FeedManifest:
        if not crawler.settings.getbool("NEWSCRAWL_FEED_MANIFESTS", True):
            raise NotConfigured("NEWSCRAWL_FEED_MANIFESTS is off")
        if not crawler.settings.getdict("FEEDS"):
            raise NotConfigured("no FEEDS")
        ext = cls(crawler)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.feed_slot_closed, signal=signals.feed_slot_closed)
        return ext

    def item_scraped(self, item: Any, spider: Spider) -> None:
        adapter = ItemAdapter(item)
        if adapter.get("duplicate_of"):
            site = str(adapter.get("site") or "")
            self.duplicates[site] = self.duplicates.get(site, 0) + 1

    def build(self, slot: Any, digest: DigestPlugin | None) -> dict[str, Any]:
        """The manifest of one stored feed slot."""
        options = slot.feed_options
        site = options.get("newscrawl_site")
        spider = self.crawler.spider
        new, updated = self._outcomes(site)
        return {
            "feed": slot.uri,
            "site": site,
            "run_id": getattr(spider, "run_id", None),
            "format": slot.format,
            "compression": _compression(options.get("postprocessing") or ()),
            "schema_version": SCHEMA_VERSION,
            "items": slot.itemcount,
            "new": new,
            "updated": updated,
            "duplicates": self.duplicates.get(site, 0) if site else None,
            "batch_id": slot.batch_id,
            "sha256": digest.sha256.hexdigest() if digest else None,
            "bytes": digest.size if digest else None,
            "started_at": _iso(getattr(spider, "run_started", None)),
            "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }

    def _outcomes(self, site: str | None) -> tuple[int | None, int | None]:
        """New and updated articles of ``site`` as the storage pipeline counted them.

        Per-site counts (``newscrawl/articles/<outcome>/<site>``) when the storage
        pipeline keeps them, 0 for a site it counted none of (it sets the run's totals
        at its close, before the feeds close); the run's totals when the run has a
        single site; else None (unknown) rather than a wrong number.
        """
        stats = self.stats.get_stats()
        out: list[int | None] = []
        for outcome in ("new", "updated"):
            per_site = stats.get(f"newscrawl/articles/{outcome}/{site}")
            if per_site is not None:
                out.append(int(per_site))
            elif len(self.sites) == 1 and site in self.sites:
                out.append(int(stats.get(f"newscrawl/articles/{outcome}", 0)))
            elif site and stats.get(f"newscrawl/articles/{outcome}") is not None:
                out.append(0)
            else:
                out.append(None)
        return out[0], out[1]

    async def feed_slot_closed(self, slot: Any) -> None:
        digest = _digest_for(slot)
        path = local_path(slot.uri)
        if path is not None and not _complete(path, digest):
            self.stats.inc_value("newscrawl/manifest/skipped_incomplete")
            logger.error("feed %s was not stored completely: no manifest written", slot.uri)
            return
        manifest = self.build(slot, digest)
        data = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
        target = manifest_uri(slot.uri)
        try:
            if path is not None:
                write_atomically(local_path(target) or path, data)
            else:
                await self._store_remote(target, slot.feed_options, data)
        except Exception:
            self.stats.inc_value("newscrawl/manifest/failed")
            logger.exception("could not write the manifest %s", target)
            return
        self.stats.inc_value("newscrawl/manifest/written")
        logger.info("manifest %s: %d items, sha256 %s", target, slot.itemcount, manifest["sha256"])

    async def _store_remote(self, uri: str, feed_options: dict[str, Any], data: bytes) -> None:
        exporter = self.crawler.get_extension(FeedExporter)
        if exporter is None:
            raise RuntimeError("FeedExporter is not enabled")
        storage = exporter._get_storage(uri, {**feed_options, "overwrite": True})
        file = storage.open(self.crawler.spider)
        file.write(data)
        await ensure_awaitable(storage.store(file))


def _complete(path: Path, digest: DigestPlugin | None) -> bool:
    """Whether the stored file is there with every byte the exporter wrote."""
    return path.exists() and (digest is None or path.stat().st_size == digest.size)


def _digest_for(slot: Any) -> DigestPlugin | None:
    target = getattr(slot.file, "file", None)  # PostProcessingManager -> storage file
    digests = slot.feed_options.get(DIGESTS_OPTION) or {}
    return digests.pop(id(target), None) if target is not None else None


def _compression(plugins: Any) -> str | None:
    names = [p if isinstance(p, str) else f"{p.__module__}.{p.__qualname__}" for p in plugins]
    for name in names:
        for kind in ("Gzip", "Bz2", "LZMA"):
            if name.endswith(f".{kind}Plugin"):
                return kind.lower()
    return None


def _iso(value: Any) -> str | None:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else None


class RunSummary:
    """Writes ``<NEWSCRAWL_OUTPUT_DIR>/runs/<run id>.json`` at close: reason and final stats.

    One small file per run (per worker, in a distributed run) that cron jobs,
    dashboards and tests can read without parsing logs.
    """

    def __init__(self, crawler: Crawler, folder: Path) -> None:
        self.crawler = crawler
        self.folder = folder

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunSummary:
        if not crawler.settings.getbool("NEWSCRAWL_RUN_SUMMARY", True):
            raise NotConfigured("NEWSCRAWL_RUN_SUMMARY is off")
        if not getattr(crawler.spider, "run_id", None):
            raise NotConfigured("the spider has no run id")
        folder = output_dir(crawler.settings).resolve() / "runs"
        ext = cls(crawler, folder)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        summary = {
            "run_id": spider.run_id,  # type: ignore[attr-defined]
            "sites": sorted(getattr(spider, "sites", {}) or {}),
            "pid": os.getpid(),
            "finish_reason": reason,
            "stats": {k: _jsonable(v) for k, v in sorted(stats.items())},
        }
        path = self.folder / f"{spider.run_id}-{os.getpid()}.json"  # type: ignore[attr-defined]
        try:
            write_atomically(path, (json.dumps(summary, indent=2) + "\n").encode())
        except OSError as exc:
            logger.warning("could not write the run summary %s: %s", path, exc)
            return
        logger.info("run summary: %s", path)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, int | float | str | bool) or value is None:
        return value
    return str(value)
