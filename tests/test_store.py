"""The store on SQLite and a real PostgreSQL: schema, upserts, versions, hostile strings."""

from __future__ import annotations

import socket
import sqlite3
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from newscrawl import neardup
from newscrawl.items import Article
from newscrawl.store import (
    STORE_SCHEMA_VERSION,
    SchemaTooNewError,
    Store,
    StoreError,
    content_hash,
    database_url,
    meta_table,
    redact,
    url_key,
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'newscrawl.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url: str) -> Any:
    with Store(db_url) as s:
        yield s


def article(n: int = 1, **kw: Any) -> dict[str, Any]:
    body = kw.pop("body", f"Story {n}. " + " ".join(f"word{n}x{i}" for i in range(60)))
    values = {
        "url": f"https://a.example/news/{n}/?utm_source=x",
        "canonical_url": f"https://a.example/news/{n}/",
        "site": "a",
        "title": f"Title {n}",
        "body": body,
        "content_hash": content_hash(body),
        "published_at": "2025-07-01T10:00:00+05:30",
        "crawled_at": "2025-07-02T00:00:00+00:00",
        "authors": ["A. Writer"],
        "tags": ["assam"],
        "word_count": len(body.split()),
    }
    values.update(kw)
    return asdict(Article(**values))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_schema_created_once_with_its_version(db_url: str) -> None:
    with Store(db_url) as s:
        assert s.schema_version() == STORE_SCHEMA_VERSION
        assert {"articles", "article_versions", "article_urls", "fetch_state"} <= set(
            sa.inspect(s.engine).get_table_names()
        )
    with Store(db_url) as s:  # a second open finds the schema and keeps the data layout
        assert s.schema_version() == STORE_SCHEMA_VERSION


def test_workers_starting_together_create_the_schema_once(db_url: str) -> None:
    """Several workers of a distributed crawl open an empty database at the same moment."""
    n = 8
    barrier = threading.Barrier(n)
    errors: list[BaseException] = []

    def opener() -> None:
        barrier.wait()
        try:
            Store(db_url).open().close()
        except StoreError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with Store(db_url) as s:
        assert s.schema_version() == STORE_SCHEMA_VERSION


def test_sqlite_waits_for_a_writer_holding_a_new_database(tmp_path: Path) -> None:
    """The WAL switch meets another worker's write lock on a rollback-mode file.

    SQLite fails that switch at once instead of waiting like other statements: the
    store waits for the lock to go, as the race above needs one time in a hundred.
    """
    path = tmp_path / "db" / "newscrawl.sqlite3"
    path.parent.mkdir()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE other_tool (x INTEGER)")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO other_tool VALUES (1)")
    released = threading.Timer(0.3, holder.execute, ["COMMIT"])
    released.start()
    try:
        with Store(f"sqlite:///{path}") as s:
            assert s.schema_version() == STORE_SCHEMA_VERSION
            with s.engine.connect() as conn:
                mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        released.join()
        holder.close()
    assert mode == "wal"


def test_newer_schema_is_refused_with_a_clear_message(db_url: str) -> None:
    with Store(db_url) as s, s.engine.begin() as conn:
        conn.execute(
            meta_table.update().where(meta_table.c.key == "schema_version").values(value="99")
        )
    with pytest.raises(SchemaTooNewError) as info:
        Store(db_url).open()
    message = str(info.value)
    assert "99" in message and f"only up to {STORE_SCHEMA_VERSION}" in message
    assert "\n" not in message


def test_upsert_is_idempotent(store: Store) -> None:
    items = [article(1), article(2)]
    assert store.write_articles(items) == ["new", "new"]
    assert store.write_articles(items) == ["unchanged", "unchanged"]
    assert store.count() == 2
    assert store.count("article_versions") == 0
    row = store.get_article("https://a.example/news/1/")
    assert row is not None and row["version"] == 1
    assert row["authors"] == ["A. Writer"] and row["tags"] == ["assam"]


def test_changed_content_bumps_version_and_keeps_the_old_one(store: Store) -> None:
    store.write_articles([article(1)])
    old = store.get_article("https://a.example/news/1/")
    changed = article(
        1, title="Title 1 (updated)", body="A corrected body.", crawled_at="2025-07-03T00:00:00Z"
    )
    assert store.write_articles([changed]) == ["updated"]
    row = store.get_article("https://a.example/news/1/")
    assert row["version"] == 2 and row["title"] == "Title 1 (updated)"
    assert row["body"] == "A corrected body."
    versions = store.get_versions("https://a.example/news/1/")
    assert len(versions) == 1
    v = versions[0]
    assert (v["version"], v["title"], v["body"], v["content_hash"]) == (
        1,
        old["title"],
        old["body"],
        old["content_hash"],
    )
    # the same change again is not a new version; an older copy (old spill) is ignored
    assert store.write_articles([changed]) == ["unchanged"]
    assert store.write_articles([article(1, body="stale", crawled_at="2025-07-01T00:00:00Z")]) == [
        "stale"
    ]
    assert store.get_article("https://a.example/news/1/")["version"] == 2
    assert store.count("article_versions") == 1


def test_two_edits_in_one_batch_make_two_versions(store: Store) -> None:
    store.write_articles([article(1)])
    edits = [
        article(1, body="second", crawled_at="2025-07-03T00:00:00+00:00"),
        article(1, body="third", crawled_at="2025-07-04T00:00:00+00:00"),
    ]
    assert store.write_articles(edits) == ["updated", "updated"]
    assert store.get_article("https://a.example/news/1/")["version"] == 3
    assert [v["body"] for v in store.get_versions("https://a.example/news/1/")][1] == "second"


HOSTILE = [
    "He said \"no\" and 'yes' and `maybe`",
    "'); DROP TABLE articles; --",
    "Robert'); DELETE FROM article_versions WHERE ('1'='1",
    "emoji 📰🗞️👍🏽 and ZWJ 👩‍👩‍👧",
    "עיתון חדשות מקומי — صحيفة محلية",
    "back\\slash %s %(x)s {0} $1 ? :name",
]


def test_hostile_strings_round_trip(store: Store) -> None:
    big = "Lorem ipsum dolor sit amet 🗞️ ".join(str(i) for i in range(60_000))[:1_048_576]
    assert len(big) == 1_048_576
    items = [
        article(i, title=text, body=f"{text}\n\n{i}", description=text, authors=[text], tags=[text])
        for i, text in enumerate(HOSTILE)
    ]
    items.append(article(100, body=big))
    items.append(article(101, title="nul\x00title", body="a\x00b\n\nc", authors=["x\x00y"]))
    assert store.write_articles(items) == ["new"] * len(items)
    for i, text in enumerate(HOSTILE):
        row = store.get_article(f"https://a.example/news/{i}/")
        assert (row["title"], row["body"], row["authors"]) == (text, f"{text}\n\n{i}", [text])
    assert store.get_article("https://a.example/news/100/")["body"] == big
    nul = store.get_article("https://a.example/news/101/")
    assert (nul["title"], nul["body"], nul["authors"]) == ("nultitle", "ab\n\nc", ["xy"])
    with store.engine.connect() as conn:  # nothing was executed from the strings
        assert conn.execute(sa.text("SELECT count(*) FROM articles")).scalar() == len(items)


def test_a_url_with_quotes_is_a_key_not_sql(store: Store) -> None:
    url = "https://a.example/q/?x=%27);DROP%20TABLE%20articles;--"
    store.write_articles([article(1, url=url, canonical_url=url)])
    assert store.get_article(url)["canonical_url"] == url
    assert store.load_seen().find(url) >= 0


def test_seen_state_holds_canonical_and_fetched_urls(store: Store) -> None:
    store.write_articles([article(1), article(2, published_at=None)])
    # fetched as ?p=3, rel=canonical elsewhere: both addresses lead to the stored article
    store.write_articles([article(3, url="https://a.example/?p=3&utm_source=x")])
    seen = store.load_seen()
    assert len(seen) == 4
    assert seen.find("https://a.example/?p=3") >= 0 and seen.find("https://a.example/news/3/") >= 0
    # a tracking parameter or a fragment does not make a URL new
    assert seen.find("https://a.example/news/1/?utm_medium=mail#top") >= 0
    assert seen.find("https://a.example/news/4/") == -1
    i = seen.find("https://a.example/news/1/")
    assert seen.fresh_ts[i] == 1751344200  # published_at, with its offset
    j = seen.find("https://a.example/news/2/")
    assert seen.fresh_ts[j] == seen.checked_ts[j] == 1751414400  # unknown date: first crawl
    store.write_fetch_state({"https://a.example/news/1/": ('W/"e1"', None, 1_900_000_000)})
    assert store.load_seen().checked_ts[i] == 1_900_000_000


def test_fetch_state_keeps_validators_a_304_did_not_resend(store: Store) -> None:
    url = "https://a.example/news/1/"
    store.write_fetch_state({url: ('"abc"', "Tue, 01 Jul 2025 10:00:00 GMT", 1)})
    store.write_fetch_state({url: (None, None, 2)})
    assert store.validators(url + "?utm_source=feed") == (
        '"abc"',
        "Tue, 01 Jul 2025 10:00:00 GMT",
    )


def test_signatures_persist_and_duplicates_repoint(store: Store) -> None:
    a, b = article(1, site="a"), article(2, site="b", canonical_url="https://b.example/2/")
    b["duplicate_of"] = "https://a.example/news/1/"
    store.write_articles([a, b])
    entries = {e.canonical_url: e for e in store.iter_signatures()}
    assert set(entries) == {"https://a.example/news/1/", "https://b.example/2/"}
    sig = neardup.signature(a["body"])
    assert neardup.similarity(entries["https://a.example/news/1/"].signature, sig) == 1.0
    assert entries["https://b.example/2/"].duplicate_of == "https://a.example/news/1/"
    assert store.repoint_duplicates(["https://a.example/news/1/"], "https://c.example/0/") == 2
    assert store.get_article("https://b.example/2/")["duplicate_of"] == "https://c.example/0/"


def test_unreachable_database_is_one_line_without_password() -> None:
    port = free_port()
    url = f"postgresql+psycopg://newscrawl:s3cr3t-pw@127.0.0.1:{port}/news"
    with pytest.raises(StoreError) as info:
        Store(url, connect_timeout=2).open()
    message = str(info.value)
    assert "s3cr3t-pw" not in message and "\n" not in message
    assert f"127.0.0.1:{port}" in message
    assert "s3cr3t-pw" not in repr(Store(url)) and "***" in redact(url)


def test_a_sqlite_folder_that_cannot_be_made_is_one_line() -> None:
    with pytest.raises(StoreError) as info:
        Store("sqlite:////proc/newscrawl-nope/x.sqlite3").open()
    message = str(info.value)
    assert "\n" not in message and "/proc/newscrawl-nope" in message
    assert message.startswith("cannot create the folder of database sqlite:////proc/")


def test_default_database_is_a_sqlite_file_under_the_output_dir(tmp_path: Path) -> None:
    settings = {"NEWSCRAWL_DATABASE_URL": "", "NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "out")}
    url = database_url(settings)
    assert url == f"sqlite:///{tmp_path / 'out' / 'newscrawl.sqlite3'}"
    with Store(url) as s:
        s.write_articles([article(1)])
    assert (tmp_path / "out" / "newscrawl.sqlite3").exists()


def test_url_key_is_stable() -> None:
    # The seen-state of one run is read by the next one: the key must not depend on the process.
    assert url_key("https://a.example/news/1/") == url_key("https://a.example/news/1/")
    assert url_key("https://a.example/news/1/") != url_key("https://a.example/news/2/")
    assert url_key("https://a.example/") == 9036103942708129340


@pytest.mark.postgres
def test_a_row_stored_by_another_worker_meanwhile_is_not_new(pg_url: str) -> None:
    """Two workers of a distributed crawl store the same new article at the same time."""
    with Store(pg_url) as mine, Store(pg_url) as theirs:
        fired: list[bool] = []

        def other_worker_commits(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if statement.startswith("SELECT articles.id") and not fired:
                fired.append(True)
                assert theirs.write_articles([article(1, body="their copy")]) == ["new"]

        sa.event.listen(mine.engine, "after_cursor_execute", other_worker_commits)
        assert mine.write_articles([article(1), article(2)]) == ["unchanged", "new"]
        assert fired
        assert mine.count() == 2
        assert mine.get_article("https://a.example/news/1/")["body"] == "their copy"
        assert mine.load_seen().find("https://a.example/news/1/") >= 0
