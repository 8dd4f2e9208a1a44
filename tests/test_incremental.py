"""Incremental crawls of the demo network, judged from the demo server's request log.

``scrapy crawl`` runs as a subprocess against SQLite and a real PostgreSQL: a second
crawl of an unchanged site fetches no article page; after the demo publishes and
edits, only the new and edited articles are fetched (the others answer 304) and
exported; an unreachable database stops the crawl before any request; a database
cut off mid-crawl (a TCP proxy the test closes) loses nothing once the spill file is
replayed.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa
from crawlutil import read_feeds, run_crawl
from test_storage import TcpProxy

from newscrawl.__main__ import main
from newscrawl.demo.process import DemoProcess
from newscrawl.store import Store
from newscrawl.urls import canonical_url

SITE = "demo-sentinel"
# A re-run that finds nothing new exports nothing; the run-health floors (another
# component) would call that a failure, which is not what these tests are about.
SETTINGS = {"NEWSCRAWL_HEALTH_ENABLED": "False"}

pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'out' / 'newscrawl.sqlite3'}"
    return request.getfixturevalue("pg_url")


def article_paths(demo: DemoProcess) -> set[str]:
    return {r["url"].split("/", 3)[3] for r in demo.truth() if r["site"] == SITE}


def crawl(
    demo: DemoProcess, out: Path, db_url: str, run_id: str, *args: str, **settings: Any
) -> SimpleNamespace:
    before = len(demo.requests())
    proc = run_crawl(
        [
            "-a",
            f"site={SITE}",
            "-a",
            f"origin={demo.origins[SITE]}",
            "-a",
            f"run_id={run_id}",
            *args,
        ],
        out,
        settings={**SETTINGS, "NEWSCRAWL_DATABASE_URL": db_url, **settings},
    )
    requests = demo.requests()[before:]
    stored = {"/" + p for p in article_paths(demo)}
    return SimpleNamespace(
        proc=proc,
        requests=requests,
        article_requests=[r for r in requests if r["path"] in stored],
        feed=read_feeds(out, run_id).get(SITE, []),
    )


def test_rerun_fetches_only_new_and_edited_articles(tmp_path: Path, db_url: str) -> None:
    out = tmp_path / "out"
    with DemoProcess(tmp_path / "demo", articles=20, seed=21, sites=[SITE]) as demo:
        first = crawl(demo, out, db_url, "first")
        assert first.proc.returncode == 0, first.proc.stderr[-3000:]
        exported = {canonical_url(r["url"]) for r in first.feed}
        assert len(exported) >= 15
        assert len(first.article_requests) >= len(exported)

        # unchanged site: not one article page is fetched
        second = crawl(demo, out, db_url, "second")
        assert second.proc.returncode == 0, second.proc.stderr[-3000:]
        assert second.article_requests == []
        assert second.feed == []
        assert f"0 new, 0 updated, 0 unchanged, {len(exported)} seen" in second.proc.stderr
        assert any(r["path"] == "/sitemap_index.xml" for r in second.requests)  # it did crawl

        new = {canonical_url(r["url"]) for r in demo.publish(SITE, 3)}
        edited = {canonical_url(r["url"]) for r in demo.edit(SITE, 2)}
        assert not new & edited and edited <= exported

        # edits are found through the sitemap's <lastmod>: only new and edited pages fetched
        third = crawl(demo, out, db_url, "third")
        assert third.proc.returncode == 0, third.proc.stderr[-3000:]
        assert {canonical_url(r["url"]) for r in third.feed} == new | edited
        fetched = {canonical_url(demo.origins[SITE] + r["path"]) for r in third.article_requests}
        assert fetched == new | edited
        assert "3 new, 2 updated" in third.proc.stderr

        # stored articles younger than N days are re-checked with a conditional GET:
        # nothing changed, so every one of them answers 304 and nothing is exported
        fourth = crawl(demo, out, db_url, "fourth", "-a", "recrawl_days=36500")
        assert fourth.proc.returncode == 0, fourth.proc.stderr[-3000:]
        assert fourth.feed == []
        assert fourth.article_requests
        assert {r["status"] for r in fourth.article_requests} == {304}
        assert all(r["ims"] or r["etag"] for r in fourth.article_requests)
        assert len(fourth.article_requests) == len(exported) + 3
        assert f"0 new, 0 updated, {len(exported) + 3} unchanged" in fourth.proc.stderr

    with Store(db_url) as store:
        assert store.count() == len(exported) + 3
        for url in edited:
            assert store.get_article(url)["version"] == 2
            assert [v["version"] for v in store.get_versions(url)] == [1]


def test_unreachable_database_stops_the_crawl_before_any_request(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql+psycopg://crawler:Secr3t-pw@127.0.0.1:{port}/news"
    with DemoProcess(tmp_path / "demo", articles=5, seed=2, sites=[SITE]) as demo:
        result = crawl(demo, tmp_path / "out", url, "nodb")
    assert result.proc.returncode != 0
    assert result.requests == []
    errors = [ln for ln in result.proc.stderr.splitlines() if "cannot open database" in ln]
    assert errors and f"127.0.0.1:{port}" in errors[0]
    assert "Traceback" not in result.proc.stderr  # one clear line, not a teardown dump
    assert "Secr3t-pw" not in result.proc.stderr + result.proc.stdout


@pytest.mark.postgres
def test_database_cut_mid_crawl_loses_nothing_after_replay(tmp_path: Path, pg_url: str) -> None:
    out = tmp_path / "out"
    engine = sa.create_engine(pg_url)
    with (
        DemoProcess(tmp_path / "demo", articles=40, seed=5, sites=[SITE]) as demo,
        TcpProxy("127.0.0.1", 5432) as proxy,
    ):
        via_proxy = pg_url.replace("@127.0.0.1:5432/", f"@127.0.0.1:{proxy.port}/")
        result: dict[str, SimpleNamespace] = {}
        worker = threading.Thread(
            target=lambda: result.update(
                run=crawl(
                    demo,
                    out,
                    via_proxy,
                    "cut",
                    NEWSCRAWL_STORE_BATCH_SIZE=4,
                    NEWSCRAWL_STORE_RETRY_SECONDS=600,
                    DOWNLOAD_DELAY=0.05,
                    CONCURRENT_REQUESTS_PER_DOMAIN=1,
                )
            )
        )
        worker.start()
        deadline = time.monotonic() + 120
        stored_before_cut = 0
        while time.monotonic() < deadline and worker.is_alive():
            try:
                with engine.connect() as conn:
                    stored_before_cut = conn.execute(
                        sa.text("SELECT count(*) FROM articles")
                    ).scalar()
            except sa.exc.ProgrammingError:  # tables not created yet
                stored_before_cut = 0
            if stored_before_cut >= 8:
                proxy.cut()
                break
            time.sleep(0.05)
        worker.join(300)
    engine.dispose()
    run = result["run"]
    assert stored_before_cut >= 8, "the crawl ended before the database was cut"
    assert run.proc.returncode == 0, run.proc.stderr[-3000:]
    feed = {canonical_url(r["url"]) for r in run.feed}
    spills = list((out / "spill").glob("*.jsonl"))
    assert len(spills) == 1, "the items after the cut went to one spill file"
    spilled = [json.loads(line) for line in spills[0].read_text(encoding="utf-8").splitlines()]
    assert spilled and "python -m newscrawl replay" in run.proc.stderr
    with Store(pg_url) as store:
        assert store.count() < len(feed)  # something really was missing before the replay
    assert main(["replay", str(spills[0]), "--database-url", pg_url]) == 0
    assert main(["replay", str(spills[0]), "--database-url", pg_url]) == 0
    with Store(pg_url) as store:
        assert store.count() == len(feed)
        assert all(store.get_article(url) is not None for url in feed)
        assert store.count("article_versions") == 0
