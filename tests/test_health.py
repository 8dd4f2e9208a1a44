"""Run health: per-site coverage counts, floors checked when the crawl runs dry, and a
demo site whose layout breaks failing the run (non-zero exit) the same day."""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
import redis
from crawlutil import run_crawl
from scrapy.exceptions import CloseSpider
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from newscrawl.demo.jsnews import BROKEN_LAYOUT_ENV
from newscrawl.demo.process import DemoProcess
from newscrawl.health import FLOORS_FAILED, RunHealth, SharedTally, check_floors, filled
from newscrawl.items import Article

SITE = "demo-jsnews"


def _health(floors: dict[str, dict[str, float]], **settings: str) -> RunHealth:
    settings.setdefault("NEWSCRAWL_FLOOR_MIN_ITEMS", "1")
    crawler = SimpleNamespace(settings=Settings(settings), spider=None)
    crawler.stats = MemoryStatsCollector(crawler)  # type: ignore[arg-type]
    return RunHealth(crawler, floors)  # type: ignore[arg-type]


def _article(site: str, **fields: object) -> Article:
    return Article(url=f"https://{site}/a", site=site, title="T", body="B", **fields)  # type: ignore[arg-type]


def test_filled_counts_present_values_only() -> None:
    assert filled("x") and filled(["a"]) and filled(3)
    assert not filled(None) and not filled("") and not filled([])


def test_floor_results_describe_themselves() -> None:
    [ok, low] = check_floors(
        {"published_at": 0.9, "authors": 0.5},
        10,
        Counter(published_at=9, authors=4),
        "s",
    )
    assert ok.ok and not low.ok
    assert low.describe() == "s: authors on 40% of articles (4/10), floor 50%"
    # A site that exported nothing fails, with floors or without.
    assert not check_floors({}, 0, Counter(), "s")[0].ok
    assert not check_floors({"published_at": 0.9}, 0, Counter(), "s", min_items=10)[0].ok
    # A handful of articles says nothing about a fraction.
    assert check_floors({"authors": 0.5}, 4, Counter(), "s", min_items=10) == []


def test_coverage_is_counted_per_site_and_floors_close_the_run(
    caplog: pytest.LogCaptureFixture,
) -> None:
    health = _health({"a": {"published_at": 0.75}, "b": {}})
    for i in range(4):
        date = "2025-01-01" if i else None
        health.item_scraped(_article("a", published_at=date, authors=["X"]), spider=None)  # type: ignore[arg-type]
    health.item_scraped(_article("b", duplicate_of="https://a/a"), spider=None)  # type: ignore[arg-type]
    stats = health.stats.get_stats()
    assert stats["newscrawl/items/a"] == 4
    assert stats["newscrawl/coverage/a/published_at"] == 3
    assert stats["newscrawl/coverage/a/authors"] == 4
    assert stats["newscrawl/duplicates/b"] == 1
    health.spider_idle(spider=None)  # type: ignore[arg-type]  # 3/4 meets 75%: no exception
    health.item_scraped(_article("a"), spider=None)  # type: ignore[arg-type]  # 3/5 < 75%
    with caplog.at_level(logging.INFO), pytest.raises(CloseSpider) as closed:
        health.spider_idle(spider=None)  # type: ignore[arg-type]
    assert closed.value.reason == FLOORS_FAILED
    assert "below floor: a: published_at on 60% of articles (3/5), floor 75%" in caplog.text
    assert health.stats.get_value("newscrawl/health/failed/a/published_at") == 1
    with caplog.at_level(logging.INFO):
        health.spider_closed(spider=None, reason=FLOORS_FAILED)  # type: ignore[arg-type]
    assert "health a: 5 items, 0 duplicates" in caplog.text
    assert "published_at 3/5 (floor 75% FAILED)" in caplog.text
    assert "health b: 1 items, 1 duplicates" in caplog.text


def test_stored_articles_of_one_site_do_not_excuse_another_site_exporting_nothing() -> None:
    """A two-site re-run: a's articles were all stored before (skipped as seen), b could
    not be reached at all. b fails; it passed when "known" articles were counted per run."""
    health = _health({"a": {"published_at": 0.9}, "b": {"published_at": 0.9}})
    for key in ("newscrawl/articles/seen", "newscrawl/articles/seen/a"):  # as the middleware
        health.stats.set_value(key, 29)
    with pytest.raises(CloseSpider):
        health.spider_idle(spider=None)  # type: ignore[arg-type]
    assert [(r.site, r.ok) for r in health.checked or ()] == [("b", False)]
    assert health.stats.get_value("newscrawl/health/failed/b/published_at") == 1


def test_a_rerun_finding_every_article_unchanged_passes(caplog: pytest.LogCaptureFixture) -> None:
    """Every article fetched again and dropped as unchanged by the storage pipeline, whose
    batch (and its ``articles/unchanged`` count) is written only after the run runs dry."""
    health = _health({"a": {"published_at": 0.9}})
    health.stats.set_value("newscrawl/dropped/unchanged/a", 12)  # as the storage pipeline
    caplog.set_level(logging.INFO, logger="newscrawl.health")
    health.spider_idle(spider=None)  # type: ignore[arg-type]
    assert health.checked == []
    assert "health a: nothing new since the last run (12 known)" in caplog.text


def test_javascript_shells_are_a_warning_even_when_the_floors_pass(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Three real articles and forty shells: too few articles for the floors to be judged
    (NEWSCRAWL_FLOOR_MIN_ITEMS), and the run says nothing of the forty."""
    health = _health({"a": {"published_at": 0.9}}, NEWSCRAWL_FLOOR_MIN_ITEMS="10")
    for _ in range(3):
        health.item_scraped(_article("a", published_at="2025-01-01"), spider=None)  # type: ignore[arg-type]
    for key in ("newscrawl/dropped/js_shell", "newscrawl/dropped/js_shell/a"):  # as the spider
        health.stats.set_value(key, 40)
    health.spider_idle(spider=None)  # type: ignore[arg-type]  # no floor judged: no exception
    with caplog.at_level(logging.INFO):
        health.spider_closed(spider=None, reason="finished")  # type: ignore[arg-type]
    assert "health a: 3 items, 0 duplicates, dropped js_shell 40;" in caplog.text
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.getMessage().startswith(
        "health a: 40 article page(s) were JavaScript shells, not exported"
    )


def test_a_site_whose_pages_are_shells_without_links_is_told_what_it_needs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    health = _health({"a": {"published_at": 0.9}})
    health.stats.set_value("newscrawl/pages/js_shell/a", 1)  # as the spider counts them
    with caplog.at_level(logging.INFO):
        health.spider_closed(spider=None, reason="finished")  # type: ignore[arg-type]
    assert "below floor: a:" in caplog.text
    assert (
        "health a: 1 page(s) were JavaScript shells with no link to follow: "
        'the site needs a profile with render_js = "both"'
    ) in caplog.text


@pytest.mark.chromium
@pytest.mark.slow
def test_broken_layout_fails_the_run(
    tmp_path: Path, chromium_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(BROKEN_LAYOUT_ENV, SITE)  # read by the demo subprocess
    with DemoProcess(tmp_path / "demo", articles=12, seed=3, sites=[SITE]) as demo:
        proc = run_crawl(
            ["-a", f"site={SITE}", "-a", f"origin={demo.origins[SITE]}", "-a", "run_id=broken"],
            tmp_path / "out",
            env={"NEWSCRAWL_CHROMIUM": chromium_path},
        )
    assert proc.returncode == 1, proc.stderr[-3000:]
    # The date survives in the URL, and the related block under its "More stories"
    # heading (headed_related); the byline does not.
    assert "below floor: demo-jsnews: authors on 0% of articles" in proc.stderr
    assert "below floor: demo-jsnews: related_urls" not in proc.stderr
    assert "Closing spider (floors_failed)" in proc.stderr
    assert "newscrawl: run failed: closed with reason 'floors_failed'" in proc.stderr
    summary = json.loads(next((tmp_path / "out" / "runs").glob("broken-*.json")).read_text())
    assert summary["finish_reason"] == FLOORS_FAILED
    stats = summary["stats"]
    assert stats["newscrawl/items/demo-jsnews"] > 0  # the articles were still exported
    assert stats["newscrawl/health/failed/demo-jsnews/authors"] == 1
    assert "newscrawl/health/failed/demo-jsnews/related_urls" not in stats


@pytest.mark.redis
def test_distributed_workers_are_judged_on_the_run_totals(redis_url: tuple[str, str]) -> None:
    """Worker a alone would fail the floor (1/4 dated), b alone would pass (10/10): the
    run (11/14 = 79% < 90%) fails, and only the last worker out says so."""
    url, prefix = redis_url
    client = redis.Redis.from_url(url)
    workers = []
    for _ in range(2):
        health = _health({"s": {"published_at": 0.9}}, NEWSCRAWL_FLOOR_MIN_ITEMS="1")
        health.shared = SharedTally(client, f"{prefix}:run", ["s"], ttl=60)
        health.spider_opened(spider=None)  # type: ignore[arg-type]
        workers.append(health)
    a, b = workers
    for i in range(4):
        a.item_scraped(_article("s", published_at="2025-01-01" if i == 0 else None), None)  # type: ignore[arg-type]
    for _ in range(10):
        b.item_scraped(_article("s", published_at="2025-01-01"), None)  # type: ignore[arg-type]
    b.spider_idle(spider=None)  # type: ignore[arg-type]  # a still runs: b does not judge
    assert b.checked == []
    with pytest.raises(CloseSpider):
        a.spider_idle(spider=None)  # type: ignore[arg-type]
    [result] = a.checked or []
    assert (result.filled, result.items) == (11, 14)
    client.close()


@pytest.mark.redis
def test_a_worker_killed_without_leaving_does_not_stop_the_run_being_judged(
    redis_url: tuple[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    """Worker c is killed (kill -9: it never leaves). Its heartbeat runs out, so the last
    live worker still judges the run; before, every other worker waited for c forever
    and no worker judged the floors (while each logged "run ok")."""
    import time

    url, prefix = redis_url
    client = redis.Redis.from_url(url)
    workers = []
    for _ in range(3):
        health = _health({"s": {"published_at": 0.9}}, NEWSCRAWL_FLOOR_MIN_ITEMS="1")
        health.shared = SharedTally(client, f"{prefix}:run", ["s"], ttl=60, heartbeat=1)
        health.spider_opened(spider=None)  # type: ignore[arg-type]
        workers.append(health)
    a, b, c = workers
    for _ in range(3):
        a.item_scraped(_article("s", published_at="2025-01-01"), None)  # type: ignore[arg-type]
        b.item_scraped(_article("s"), None)  # type: ignore[arg-type]
    c._stop_beating()  # killed: no more heartbeats, never leaves
    time.sleep(1.3)
    a.shared.beat()  # type: ignore[union-attr]  # (the reactor's LoopingCall, in a crawl)
    b.shared.beat()  # type: ignore[union-attr]
    with caplog.at_level(logging.INFO):
        b.spider_idle(spider=None)  # type: ignore[arg-type]  # a still runs
        b.spider_closed(spider=None, reason="finished")  # type: ignore[arg-type]
    assert b.checked == [] and b.deferred
    assert "floors not judged by this worker" in caplog.text
    assert "health: run ok" not in caplog.text
    with caplog.at_level(logging.WARNING), pytest.raises(CloseSpider):
        a.spider_idle(spider=None)  # type: ignore[arg-type]
    assert "1 worker(s) of this run stopped without finishing" in caplog.text
    [result] = a.checked or []
    assert (result.filled, result.items) == (3, 6)  # a's and b's articles
    client.close()
