"""The storage pipeline: batched writes, a fatal start without a database, spill + replay."""

from __future__ import annotations

import asyncio
import logging
import random
import socket
import threading
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler

from newscrawl.__main__ import main
from newscrawl.items import Article
from newscrawl.pipelines.storage import StoragePipeline
from newscrawl.store import Store, StoreError, content_hash


class TcpProxy:
    """Forwards a free 127.0.0.1 port to ``target``; :meth:`cut` drops every connection.

    Runs its own asyncio loop in a thread, so the synchronous pipeline under test can
    talk through it. After ``cut()`` the port refuses connections: the database is gone
    for the client while the shared server keeps running.
    """

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.loop = asyncio.new_event_loop()
        self.server: asyncio.AbstractServer | None = None
        self.writers: set[asyncio.StreamWriter] = set()
        self.port = 0
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> TcpProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(5)
        return self

    def __exit__(self, *exc: object) -> None:
        self.cut()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)

    async def _start(self) -> None:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self.writers |= {writer, up_writer}

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (OSError, asyncio.CancelledError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    async def _cut(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        for w in self.writers:
            w.transport.abort()
        self.writers.clear()

    def cut(self) -> None:
        if self.loop.is_running():
            asyncio.run_coroutine_threadsafe(self._cut(), self.loop).result(5)


def article(n: int, site: str = "a", **kw: Any) -> Article:
    body = kw.pop("body", f"Body of story {n}.\n\n" + " ".join(f"w{n}_{i}" for i in range(40)))
    return Article(
        url=f"https://{site}.example/news/{n}/",
        canonical_url=f"https://{site}.example/news/{n}/",
        site=site,
        title=f"Story {n}",
        body=body,
        content_hash=content_hash(body),
        crawled_at=kw.pop("crawled_at", "2025-07-02T00:00:00+00:00"),
        **kw,
    )


def pipeline(tmp_path: Path, db_url: str, **settings: Any) -> StoragePipeline:
    crawler = get_crawler(
        settings_dict={
            "NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "out"),
            "NEWSCRAWL_DATABASE_URL": db_url,
            **settings,
        }
    )
    return StoragePipeline.from_crawler(crawler)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db.sqlite3'}"
    return request.getfixturevalue("pg_url")


def test_writes_are_batched(tmp_path: Path, db_url: str) -> None:
    p = pipeline(tmp_path, db_url, NEWSCRAWL_STORE_BATCH_SIZE=50)
    p.open_spider()
    commits: list[int] = []
    sa.event.listen(p.store.engine, "commit", lambda conn: commits.append(1))
    for n in range(120):
        p.process_item(article(n))
    assert len(commits) == 2  # two full batches so far, not one transaction per item
    p.close_spider()
    assert len(commits) == 3
    stats = p.crawler.stats
    assert stats.get_value("newscrawl/articles/new") == 120
    with Store(db_url) as s:
        assert s.count() == 120


def test_a_rerun_drops_unchanged_and_counts_updates(tmp_path: Path, db_url: str) -> None:
    p = pipeline(tmp_path, db_url)
    p.open_spider()
    for n in range(3):
        p.process_item(article(n))
    p.close_spider()

    p = pipeline(tmp_path, db_url)
    p.open_spider()
    with pytest.raises(DropItem):
        p.process_item(article(0, crawled_at="2025-07-03T00:00:00+00:00"))
    edited = article(1, body="An edited body.", crawled_at="2025-07-03T00:00:00+00:00")
    assert p.process_item(edited) is edited
    p.close_spider()
    stats = p.crawler.stats
    assert stats.get_value("newscrawl/articles/updated") == 1
    assert stats.get_value("newscrawl/articles/unchanged") == 1
    assert stats.get_value("newscrawl/dropped/unchanged") == 1
    assert stats.get_value("newscrawl/dropped/unchanged/a") == 1
    with Store(db_url) as s:
        assert s.get_article("https://a.example/news/1/")["version"] == 2


def test_unreachable_database_at_start_is_one_clear_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"postgresql+psycopg://crawler:hunter2-secret@127.0.0.1:{free_port()}/news"
    p = pipeline(tmp_path, url)
    with caplog.at_level(logging.ERROR), pytest.raises(StoreError):
        p.open_spider()
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "\n" not in errors[0]
    assert "hunter2-secret" not in caplog.text and "cannot open database" in errors[0]


def test_switched_off_is_not_configured(tmp_path: Path) -> None:
    with pytest.raises(NotConfigured):
        pipeline(tmp_path, "sqlite://", NEWSCRAWL_STORE_ENABLED=False)


@pytest.mark.postgres
def test_database_cut_mid_crawl_spills_and_replay_loses_nothing(
    tmp_path: Path, pg_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert "@127.0.0.1:5432/" in pg_url
    with TcpProxy("127.0.0.1", 5432) as proxy:
        via_proxy = pg_url.replace(
            "postgres@127.0.0.1:5432/", f"postgres:hunter2-secret@127.0.0.1:{proxy.port}/"
        )
        p = pipeline(tmp_path, via_proxy, NEWSCRAWL_STORE_BATCH_SIZE=10)
        p.open_spider()
        items = [article(n) for n in range(55)]
        for item in items[:25]:
            p.process_item(item)
        proxy.cut()
        with caplog.at_level(logging.INFO):
            for item in items[25:]:
                assert p.process_item(item) is item  # the crawl goes on
            p.close_spider()
    stats = p.crawler.stats
    assert stats.get_value("newscrawl/articles/new") == 20  # two batches made it
    assert stats.get_value("newscrawl/store/spilled") == 35
    assert stats.get_value("newscrawl/store/errors") >= 1
    assert "hunter2-secret" not in caplog.text
    assert p.spill_path is not None and p.spill_path.parent == tmp_path / "out" / "spill"
    assert len(p.spill_path.read_text(encoding="utf-8").splitlines()) == 35
    assert "python -m newscrawl replay" in caplog.text

    assert main(["replay", str(p.spill_path), "--database-url", pg_url]) == 0
    assert main(["replay", str(p.spill_path), "--database-url", pg_url]) == 0  # idempotent
    with Store(pg_url) as s:
        assert s.count() == 55
        assert s.count("article_versions") == 0
        stored = {s.get_article(i.canonical_url)["body"] for i in items}
    assert stored == {asdict(i)["body"] for i in items}


# Random characters do not compress: over PostgreSQL's btree limit (2704 bytes) on the
# unique index of articles.canonical_url.
HUGE_URL = "https://a.example/news/?id=" + "".join(
    random.Random(1).choices("abcdefghijklmnopqrstuvwxyz0123456789", k=3200)
)


@pytest.mark.postgres
def test_a_row_the_database_refuses_is_counted_and_the_batch_stored(
    tmp_path: Path, pg_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    p = pipeline(tmp_path, pg_url, NEWSCRAWL_STORE_BATCH_SIZE=5)
    p.open_spider()
    items = [article(n) for n in range(10)]
    items[2] = replace(article(2), url=HUGE_URL, canonical_url=HUGE_URL)
    with caplog.at_level(logging.INFO):
        for item in items:
            assert p.process_item(item) is item  # exported all the same
        p.close_spider()
    stats = p.crawler.stats
    assert stats.get_value("newscrawl/articles/new") == 9
    assert stats.get_value("newscrawl/articles/refused") == 1
    assert stats.get_value("newscrawl/articles/refused/a") == 1
    assert not stats.get_value("newscrawl/store/errors")  # the database was not "down"
    assert not stats.get_value("newscrawl/store/spilled") and p.spill_path is None
    refused = [r.getMessage() for r in caplog.records if "refused the article" in r.getMessage()]
    assert len(refused) == 1 and "3227 characters" in refused[0] and "index row" in refused[0]
    assert "1 refused by the database; 0 spilled" in caplog.text
    with Store(pg_url) as s:
        assert s.count() == 9


@pytest.mark.postgres
def test_replay_skips_a_row_the_database_refuses(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from newscrawl.store import dumps_item

    rows = [asdict(article(n)) for n in range(3)]
    rows[1] = asdict(replace(article(1), url=HUGE_URL, canonical_url=HUGE_URL))
    spill = tmp_path / "spill.jsonl"
    spill.write_text("".join(dumps_item(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["replay", str(spill), "--database-url", pg_url]) == 1
    err = capsys.readouterr().err
    assert f"{spill}:2: " in err and "refused by the database, skipped" in err
    with Store(pg_url) as s:
        assert s.count() == 2
