"""``scrapy crawl`` (newscrawl.commands.crawl): which finished runs count as failed.

The exit statuses themselves are checked on real crawls in test_lock.py (75),
test_rendering.py (1: no Chromium; 0: a good run) and test_health.py (1: floors).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from crawlutil import run_crawl

from newscrawl.commands.crawl import run_failures
from newscrawl.demo.process import DemoProcess


def test_a_finished_run_with_stored_feeds_passes() -> None:
    assert run_failures({"finish_reason": "finished", "feedexport/success_count/X": 1}) == []
    assert run_failures({"finish_reason": "closespider_itemcount"}) == []


def test_failed_runs_say_why() -> None:
    assert run_failures({}) == ["the spider never finished"]
    assert run_failures({"finish_reason": "shutdown"}) == ["closed with reason 'shutdown'"]
    assert run_failures(
        {"finish_reason": "finished", "feedexport/failed_count/FileFeedStorage": 2}
    ) == ["2 feed(s) could not be stored (FileFeedStorage)"]
    # Floors checked at close (the run ended before it ran dry) still fail it.
    assert run_failures({"finish_reason": "closespider_timeout", "newscrawl/health/failed": 1}) == [
        "run health: 1 check(s) below their floor"
    ]
    # ... but are reported once when they were the close reason.
    assert run_failures({"finish_reason": "floors_failed", "newscrawl/health/failed": 1}) == [
        "closed with reason 'floors_failed'"
    ]


def test_a_run_that_cannot_reach_its_site_fails(tmp_path: Path) -> None:
    """Nothing listens on port 9: no article at all is a failed run, not a quiet success."""
    proc = run_crawl(
        ["-a", "site=demo-sentinel", "-a", "origin=http://127.0.0.2:9", "-a", "run_id=down"],
        tmp_path / "out",
        settings={"RETRY_TIMES": "0"},
        timeout=180,
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "newscrawl: run failed: closed with reason 'floors_failed'" in proc.stderr
    assert "below floor: demo-sentinel" in proc.stderr


def test_items_a_feed_could_not_take_fail_the_run() -> None:
    assert run_failures({"finish_reason": "finished", "newscrawl/feed/export_failed": 3}) == [
        "3 item(s) could not be written to their feed"
    ]


@pytest.mark.slow
def test_a_feed_that_cannot_be_opened_fails_the_run(tmp_path: Path) -> None:
    """Scrapy opens a feed at its first item, inside a signal handler that only logs
    errors: the run must still exit 1, saying which site's feed lost items."""
    with DemoProcess(tmp_path / "demo", articles=6, seed=5, sites=["demo-sentinel"]) as demo:
        proc = run_crawl(
            ["-a", "site=demo-sentinel", "-a", f"origin={demo.origins['demo-sentinel']}"],
            tmp_path / "out",
            settings={"NEWSCRAWL_FLOOR_MIN_ITEMS": "1000"},
            env={"NEWSCRAWL_FEED_URI": "file:///proc/newscrawl-nope/%(site)s.jsonl"},
            timeout=300,
        )
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "feed of demo-sentinel cannot take items" in proc.stderr
    assert "item(s) could not be written to their feed" in proc.stderr
    # the run's own health verdict says so too (a dashboard reads that line)
    assert "health: run FAILED, 0 floor check(s) failed, 6 item(s) not written" in proc.stderr
    # and the items, stored (a re-run skips them), are kept as the feed would have had them
    kept = sorted((tmp_path / "out" / "unexported" / "demo-sentinel").glob("*.jsonl"))
    assert len(kept) == 1 and "the items are kept in" in proc.stderr
    rows = [json.loads(line) for line in kept[0].read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 6 and all(r["site"] == "demo-sentinel" and r["body"] for r in rows)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give exactly one of -a site=ID[,ID...] or -a url=URL"),
        (["-a", "site=demo-sentinel", "-a", "url=http://127.0.0.2:9/"], "give exactly one of"),
        (["-a", "url=http://127.0.0.2:9/", "-a", "max_articles=abc"], "takes a positive integer"),
        (["-a", "url=http://127.0.0.2:9/", "-a", "recrawl_days=soon"], "a number of days"),
    ],
)
def test_bad_spider_arguments_are_one_line_errors(
    tmp_path: Path, args: list[str], message: str
) -> None:
    """A typo in ``-a`` (cron, Scrapyd's schedule.json) is a one-line error, no traceback."""
    proc = run_crawl(args, tmp_path / "out", timeout=120)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("newscrawl: ") and message in last, last
    assert "Spider opened" not in proc.stderr


def test_a_crawl_opens_no_remote_control_server(tmp_path: Path) -> None:
    """Scrapy 2.19 turns on RemoteControl by default: an HTTP port running any Python it
    is sent inside the crawler, its token in a job file that a killed run leaves behind.
    A production crawler keeps it off, as it keeps the telnet console off."""
    jobs = tmp_path / "job_files"
    proc = run_crawl(
        ["-a", "url=http://127.0.0.2:9/", "-a", "run_id=rc"],
        tmp_path / "out",
        settings={"RETRY_TIMES": "0", "REMOTE_CONTROL_JOBS_DIR": str(jobs)},
        timeout=180,
    )
    assert proc.returncode == 1  # nothing to crawl there; what matters is below
    assert "Remote control HTTP server" not in proc.stderr
    assert not jobs.exists() or not list(jobs.iterdir())
