"""Feed manifests: the digest plugin sees the stored bytes; a manifest is written only
beside a completely stored feed file, atomically."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest_twisted
from scrapy.extensions.postprocessing import PostProcessingManager
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from newscrawl.extensions import (
    DIGESTS_OPTION,
    FeedManifest,
    local_path,
    manifest_uri,
    write_atomically,
)
from newscrawl.items import SCHEMA_VERSION


class _Target(io.BytesIO):
    """A storage file that survives close() so the test can read it."""

    def close(self) -> None:
        pass


def _write_through(plugins: list[str], data: bytes) -> tuple[bytes, dict]:
    options: dict = {}
    target = _Target()
    manager = PostProcessingManager(plugins, target, options)
    manager.write(data)
    manager.close()
    return target.getvalue(), options[DIGESTS_OPTION][id(target)]


def test_digest_plugin_hashes_the_bytes_as_stored() -> None:
    data = b'{"a": 1}\n' * 100
    stored, digest = _write_through(["newscrawl.extensions.DigestPlugin"], data)
    assert stored == data
    assert digest.sha256.hexdigest() == hashlib.sha256(data).hexdigest()
    assert digest.size == len(data)
    # Behind gzip, the digest is of the compressed file, which is what consumers download.
    stored, digest = _write_through(
        ["scrapy.extensions.postprocessing.GzipPlugin", "newscrawl.extensions.DigestPlugin"], data
    )
    assert gzip.decompress(stored) == data
    assert digest.sha256.hexdigest() == hashlib.sha256(stored).hexdigest()
    assert digest.size == len(stored)


def test_uris_and_atomic_write(tmp_path: Path) -> None:
    assert manifest_uri("file:///o/f/s/d/r.jsonl") == "file:///o/f/s/d/r.manifest.json"
    assert manifest_uri("s3://b/k/r.jsonl.gz") == "s3://b/k/r.manifest.json"
    assert manifest_uri("file:///o/feed") == "file:///o/feed.manifest.json"
    assert local_path("file:///o/a%20b.jsonl") == Path("/o/a b.jsonl")
    assert local_path("s3://bucket/key.jsonl") is None
    target = tmp_path / "deep" / "m.json"
    write_atomically(target, b"{}")
    assert target.read_bytes() == b"{}"
    assert [p.name for p in target.parent.iterdir()] == ["m.json"]  # no temporary left


def _slot(tmp_path: Path, payload: bytes, stored: bytes | None) -> SimpleNamespace:
    feed = tmp_path / "feed.jsonl"
    if stored is not None:
        feed.write_bytes(stored)
    options: dict = {"newscrawl_site": "s1", "postprocessing": []}
    target = _Target()
    manager = PostProcessingManager(["newscrawl.extensions.DigestPlugin"], target, options)
    manager.write(payload)
    return SimpleNamespace(
        uri=feed.as_uri(),
        file=manager,
        feed_options=options,
        format="jsonlines",
        itemcount=2,
        batch_id=1,
    )


def _manifest_ext(tmp_path: Path, sites: tuple[str, ...] = ("s1",)) -> FeedManifest:
    spider = SimpleNamespace(sites=dict.fromkeys(sites), run_id="r1", run_started=None)
    crawler = SimpleNamespace(settings=Settings(), spider=spider)
    crawler.stats = MemoryStatsCollector(crawler)  # type: ignore[arg-type]
    crawler.stats.set_value("newscrawl/articles/new", 2)
    return FeedManifest(crawler)  # type: ignore[arg-type]


@pytest_twisted.ensureDeferred
async def test_manifest_beside_a_complete_feed(tmp_path: Path) -> None:
    payload = b'{"x": 1}\n{"x": 2}\n'
    ext = _manifest_ext(tmp_path)
    ext.item_scraped({"site": "s1", "duplicate_of": "https://a/"}, spider=None)  # type: ignore[arg-type]
    await ext.feed_slot_closed(_slot(tmp_path, payload, payload))
    manifest = json.loads((tmp_path / "feed.manifest.json").read_text())
    assert manifest["sha256"] == hashlib.sha256(payload).hexdigest()
    assert manifest["bytes"] == len(payload)
    assert manifest["items"] == 2
    assert manifest["new"] == 2 and manifest["updated"] == 0
    assert manifest["duplicates"] == 1
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["site"] == "s1" and manifest["run_id"] == "r1"
    assert manifest["compression"] is None


@pytest_twisted.ensureDeferred
async def test_manifest_of_a_multi_site_run_counts_a_sites_outcomes(tmp_path: Path) -> None:
    """Per-site counts; an outcome the storage pipeline counted for no item of the site
    is 0, not unknown (the pipeline has set the run's totals at its close)."""
    payload = b'{"x": 1}\n{"x": 2}\n'
    ext = _manifest_ext(tmp_path, sites=("s1", "s2"))
    ext.stats.set_value("newscrawl/articles/new", 5)
    ext.stats.set_value("newscrawl/articles/updated", 1)
    ext.stats.set_value("newscrawl/articles/new/s1", 2)
    ext.stats.set_value("newscrawl/articles/updated/s2", 1)
    await ext.feed_slot_closed(_slot(tmp_path, payload, payload))
    manifest = json.loads((tmp_path / "feed.manifest.json").read_text())
    assert (manifest["new"], manifest["updated"]) == (2, 0)
    # without the storage pipeline's counts (it is off), the outcomes are unknown
    ext = _manifest_ext(tmp_path, sites=("s1", "s2"))
    ext.stats.get_stats().pop("newscrawl/articles/new")
    await ext.feed_slot_closed(_slot(tmp_path, payload, payload))
    manifest = json.loads((tmp_path / "feed.manifest.json").read_text())
    assert (manifest["new"], manifest["updated"]) == (None, None)


@pytest_twisted.ensureDeferred
async def test_no_manifest_for_a_feed_that_was_not_stored_completely(tmp_path: Path) -> None:
    payload = b'{"x": 1}\n{"x": 2}\n'
    ext = _manifest_ext(tmp_path)
    await ext.feed_slot_closed(_slot(tmp_path, payload, payload[:5]))  # cut short
    await ext.feed_slot_closed(_slot(tmp_path / "none", payload, None))  # missing
    assert not list(tmp_path.rglob("*.manifest.json"))
    assert ext.stats.get_value("newscrawl/manifest/skipped_incomplete") == 2
