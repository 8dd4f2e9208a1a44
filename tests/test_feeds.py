"""Feeds for downstream teams, end to end: per-site per-run files (gzip optional, URI
configurable), every row valid against the schema, and the manifest beside each."""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from crawlutil import run_crawl
from jsonschema import Draft202012Validator

from newscrawl.demo.process import DemoProcess
from newscrawl.extensions import local_path
from newscrawl.items import SCHEMA_VERSION
from newscrawl.pipelines.validate import article_schema
from newscrawl.spiders.news import NewsSpider, SpiderArgumentError

SITE = "demo-sentinel"


def _rows(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.slow
def test_gzip_feed_at_a_custom_uri_with_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    template = "%(output_dir)s/custom/%(site)s/%(run_id)s-%(date)s.jsonl"
    with DemoProcess(tmp_path / "demo", articles=15, seed=11, sites=[SITE]) as demo:
        origin = demo.origins[SITE]
        first = run_crawl(
            ["-a", f"site={SITE}", "-a", f"origin={origin}", "-a", "run_id=first"],
            out,
            settings={"NEWSCRAWL_FEED_GZIP": "1"},
            env={"NEWSCRAWL_FEED_URI": template},
        )
        assert first.returncode == 0, first.stderr[-3000:]
        demo.edit(SITE, 2)
        second = run_crawl(
            ["-a", f"site={SITE}", "-a", f"origin={origin}", "-a", "run_id=second"],
            out,
            settings={"NEWSCRAWL_FEED_GZIP": "1", "NEWSCRAWL_RECRAWL_DAYS": "100000"},
            env={"NEWSCRAWL_FEED_URI": template},
        )
        assert second.returncode == 0, second.stderr[-3000:]
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    feed = out / "custom" / SITE / f"first-{day}.jsonl.gz"
    assert feed.exists(), sorted(p.name for p in out.rglob("*"))
    assert feed.read_bytes()[:2] == b"\x1f\x8b"
    rows = _rows(feed)
    assert rows
    validator = Draft202012Validator(article_schema())
    for row in rows:
        assert not list(validator.iter_errors(row)), row["url"]
        assert row["site"] == SITE and row["schema_version"] == SCHEMA_VERSION

    manifest = json.loads((feed.parent / f"first-{day}.manifest.json").read_text())
    assert manifest["feed"] == feed.as_uri()
    assert manifest["sha256"] == hashlib.sha256(feed.read_bytes()).hexdigest()
    assert manifest["bytes"] == feed.stat().st_size
    assert manifest["items"] == len(rows)
    assert manifest["duplicates"] == sum(1 for r in rows if r["duplicate_of"])
    assert manifest["new"] == len(rows) and manifest["updated"] == 0  # a first crawl
    assert manifest["compression"] == "gzip"
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert (manifest["site"], manifest["run_id"]) == (SITE, "first")

    # The second run re-checks everything: only the two edited articles are exported.
    feed2 = out / "custom" / SITE / f"second-{day}.jsonl.gz"
    manifest2 = json.loads((feed2.parent / f"second-{day}.manifest.json").read_text())
    rows2 = _rows(feed2)
    assert manifest2["items"] == len(rows2)
    assert manifest2["updated"] == len(rows2) == 2
    assert manifest2["new"] == 0


@pytest.mark.slow
def test_an_output_dir_with_a_space_and_an_umlaut_holds_the_feed_its_manifest_names(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out dir ü"
    with DemoProcess(tmp_path / "demo", articles=6, seed=5, sites=[SITE]) as demo:
        crawl = run_crawl(
            ["-a", f"site={SITE}", "-a", f"origin={demo.origins[SITE]}", "-a", "run_id=sp1"],
            out,
        )
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    feeds = sorted((out / "feeds").rglob("sp1.jsonl"))
    assert len(feeds) == 1 and _rows(feeds[0]), sorted(str(p) for p in tmp_path.rglob("*"))
    manifest = json.loads(feeds[0].with_name("sp1.manifest.json").read_text(encoding="utf-8"))
    assert local_path(manifest["feed"]) == feeds[0]


@pytest.mark.parametrize("run_id", ["../../escape", "a b", "a%b", ""])
def test_a_run_id_that_is_no_file_name_is_refused(run_id: str) -> None:
    if not run_id:  # (an empty one is no run id: the default is taken)
        assert NewsSpider(url="https://herald.example/", run_id=run_id).run_id
        return
    with pytest.raises(SpiderArgumentError, match="run_id"):
        NewsSpider(url="https://herald.example/", run_id=run_id)
