"""The incremental middleware: skip stored articles, re-check changed or young ones."""

from __future__ import annotations

import time
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from newscrawl.items import Article
from newscrawl.middlewares import (
    PARSED_SITEMAP,
    AlreadyStored,
    IncrementalMiddleware,
    NotModified,
)
from newscrawl.store import Store

NOW = datetime.now(UTC)


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def stored(db_url: str) -> str:
    """Two stored articles: an old one (published 30 days ago) and a young one (1 day)."""
    with Store(db_url) as s:
        s.write_articles(
            [
                asdict(
                    Article(
                        url=f"https://a.example/news/{name}/",
                        canonical_url=f"https://a.example/news/{name}/",
                        site="a",
                        title=name,
                        body=f"{name} body",
                        published_at=iso(NOW - timedelta(days=age)),
                        crawled_at=iso(NOW - timedelta(hours=1)),
                    )
                )
                for name, age in (("old", 30), ("young", 1))
            ]
        )
        s.write_fetch_state({"https://a.example/news/old/": ('"v1"', "Mon, 01 Jul 2025", 0)})
    return db_url


def middleware(db_url: str, recrawl_days: Any = None, **settings: Any) -> IncrementalMiddleware:
    crawler = get_crawler(Spider, settings_dict={"NEWSCRAWL_DATABASE_URL": db_url, **settings})
    mw = IncrementalMiddleware.from_crawler(crawler)
    spider = Spider("news")
    if recrawl_days is not None:
        spider.recrawl_days = recrawl_days  # as -a recrawl_days=N sets it
    mw.spider_opened(spider)
    return mw


def article_request(url: str, lastmod: str | None = None) -> Request:
    meta = {"newscrawl_kind": "article", "newscrawl_lastmod": lastmod, "newscrawl_site": "a"}
    return Request(url, meta=meta)


def test_stored_articles_are_skipped_and_counted(stored: str) -> None:
    mw = middleware(stored)
    with pytest.raises(AlreadyStored):
        mw.process_request(article_request("https://a.example/news/old/?utm_source=rss"))
    assert mw.process_request(article_request("https://a.example/news/new/")) is None
    # listings, feeds and sitemaps are always fetched
    listing = Request("https://a.example/news/old/", meta={"newscrawl_kind": "listing"})
    assert mw.process_request(listing) is None
    assert mw.crawler.stats.get_value("newscrawl/articles/seen") == 1
    assert mw.crawler.stats.get_value("newscrawl/articles/seen/a") == 1
    assert mw.crawler.stats.get_value("newscrawl/incremental/stored_urls") == 2


def test_without_a_profile_a_page_at_a_stored_url_is_skipped(stored: str) -> None:
    # A crawl with -a url= requests every link as a "page" that decides what it is: one
    # whose URL is a stored article's is that article, skipped like an article request.
    mw = middleware(stored)
    page = Request(
        "https://a.example/news/old/?utm_source=rss",
        meta={"newscrawl_kind": "page", "newscrawl_site": "a"},
    )
    with pytest.raises(AlreadyStored):
        mw.process_request(page)
    other = Request("https://a.example/news/", meta={"newscrawl_kind": "page"})
    assert mw.process_request(other) is None
    assert mw.crawler.stats.get_value("newscrawl/articles/seen/a") == 1
    # re-checked (its sitemap says it changed), it is fetched as a conditional GET
    dated = Request(
        "https://a.example/news/old/",
        meta={"newscrawl_kind": "page", "newscrawl_site": "a", "newscrawl_lastmod": iso(NOW)},
    )
    assert mw.process_request(dated) is None
    assert dated.headers[b"If-None-Match"] == b'"v1"'
    with pytest.raises(NotModified):
        mw.process_response(dated, Response(dated.url, status=304, request=dated))


def test_a_newer_lastmod_refetches_with_validators(stored: str) -> None:
    mw = middleware(stored)
    old = "https://a.example/news/old/"
    with pytest.raises(AlreadyStored):  # lastmod before our last check: unchanged
        mw.process_request(article_request(old, iso(NOW - timedelta(days=2))))
    request = article_request(old, iso(NOW))
    assert mw.process_request(request) is None
    assert request.headers[b"If-None-Match"] == b'"v1"'
    assert request.headers[b"If-Modified-Since"] == b"Mon, 01 Jul 2025"
    assert mw.crawler.stats.get_value("newscrawl/incremental/recheck/lastmod") == 1


def test_recrawl_days_rechecks_young_articles_only(stored: str) -> None:
    mw = middleware(stored, recrawl_days="7")
    assert mw.process_request(article_request("https://a.example/news/young/")) is None
    with pytest.raises(AlreadyStored):
        mw.process_request(article_request("https://a.example/news/old/"))
    mw = middleware(stored, NEWSCRAWL_RECRAWL_DAYS=60)
    assert mw.process_request(article_request("https://a.example/news/old/")) is None


def test_304_counts_as_unchanged_and_200_validators_are_saved(stored: str) -> None:
    mw = middleware(stored, recrawl_days=7)
    old = article_request("https://a.example/news/old/", iso(NOW))
    mw.process_request(old)
    with pytest.raises(NotModified):
        mw.process_response(old, Response(old.url, status=304, request=old))
    assert mw.crawler.stats.get_value("newscrawl/articles/unchanged") == 1
    assert mw.crawler.stats.get_value("newscrawl/incremental/not_modified") == 1

    fresh = article_request("https://a.example/news/fresh/")
    response = HtmlResponse(
        fresh.url,
        body=b"<html></html>",
        request=fresh,
        headers={"ETag": '"f1"', "Last-Modified": "Tue, 02 Jul 2025 10:00:00 GMT"},
    )
    assert mw.process_response(fresh, response) is response
    mw.spider_closed(Spider("news"))
    with Store(stored) as s:
        assert s.validators(fresh.url) == ('"f1"', "Tue, 02 Jul 2025 10:00:00 GMT")
        assert s.validators(old.url) == ('"v1"', "Mon, 01 Jul 2025")  # a 304 keeps them
        # the 304 counts as a check: the next run's lastmod comparison starts from now
        seen = s.load_seen()
        assert seen.checked_ts[seen.find(old.url)] >= int(time.time()) - 60


def test_an_empty_database_skips_nothing(tmp_path: Path) -> None:
    mw = middleware(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert mw.process_request(article_request("https://a.example/news/old/")) is None


def test_bad_recrawl_days_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="recrawl_days"):
        middleware(f"sqlite:///{tmp_path / 'db.sqlite3'}", recrawl_days="a week")


def test_switched_off_is_not_configured(tmp_path: Path) -> None:
    crawler = get_crawler(Spider, settings_dict={"NEWSCRAWL_INCREMENTAL": False})
    with pytest.raises(NotConfigured):
        IncrementalMiddleware.from_crawler(crawler)


class _Engine:
    def __init__(self) -> None:
        self.crawled: list[Request] = []

    def crawl(self, request: Request) -> None:
        self.crawled.append(request)


def _sitemap(edited: str, unchanged: str) -> tuple[Request, bytes]:
    """A sitemap request and its body: ``edited`` modified now, ``unchanged`` 2 days ago."""
    body = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{edited}</loc><lastmod>{iso(NOW)}</lastmod></url>"
        f"<url><loc>{unchanged}</loc><lastmod>{iso(NOW - timedelta(days=2))}</lastmod></url>"
        "</urlset>"
    ).encode()
    return Request("https://a.example/post-sitemap.xml", meta={"newscrawl_kind": "sitemap"}), body


def test_a_sitemap_read_later_brings_back_a_skipped_changed_article(stored: str) -> None:
    mw = middleware(stored)
    engine = _Engine()
    mw.crawler.engine = engine
    old = "https://a.example/news/old/"
    young = "https://a.example/news/young/"
    for url in (old, young):  # found on a listing first: no date, skipped
        with pytest.raises(AlreadyStored):
            mw.process_request(article_request(url))
    assert mw.crawler.stats.get_value("newscrawl/articles/seen") == 2
    request, sitemap = _sitemap(old, young)
    response = Response(request.url, body=sitemap, request=request)
    assert mw.process_response(request, response) is response
    assert [r.url for r in engine.crawled] == [old]  # edited after our check; young was not
    again = engine.crawled[0]
    assert again.dont_filter and again.meta["newscrawl_lastmod"] == iso(NOW)
    assert mw.process_request(again) is None  # now fetched, with validators
    assert again.headers[b"If-None-Match"] == b'"v1"'
    assert mw.crawler.stats.get_value("newscrawl/articles/seen") == 1
    mw.process_response(request, response)  # the same sitemap twice: no second request
    assert len(engine.crawled) == 1


def test_a_feed_date_read_later_brings_back_a_skipped_changed_article(stored: str) -> None:
    mw = middleware(stored)
    engine = _Engine()
    mw.crawler.engine = engine
    old = "https://a.example/news/old/"
    with pytest.raises(AlreadyStored):
        mw.process_request(article_request(old + "?utm_source=home"))
    updated = (NOW + timedelta(minutes=1)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>A</title>'
        f"<item><title>Old</title><link>{old}</link><pubDate>{updated}</pubDate></item>"
        "</channel></rss>"
    ).encode()
    request = Request("https://a.example/feed/", meta={"newscrawl_kind": "feed"})
    mw.process_response(request, Response(request.url, body=rss, request=request))
    assert [r.url for r in engine.crawled] == [old + "?utm_source=home"]


def test_a_news_sitemaps_old_date_does_not_hide_a_post_sitemaps_newer_lastmod(
    stored: str,
) -> None:
    """The article's request came from the news sitemap, dated with its publication (before
    our last check); the post sitemap, read first, says it was edited since: re-fetched."""
    mw = middleware(stored)
    mw.crawler.engine = _Engine()
    old = "https://a.example/news/old/"
    request, sitemap = _sitemap(old, "https://a.example/news/young/")
    mw.process_response(request, Response(request.url, body=sitemap, request=request))
    from_news_sitemap = article_request(old, lastmod=iso(NOW - timedelta(days=30)))
    assert mw.process_request(from_news_sitemap) is None
    assert from_news_sitemap.meta["newscrawl_recheck"] == "lastmod"


def test_a_sitemap_read_before_a_queued_listing_request_dates_it(stored: str) -> None:
    """The listing queued the article first, so the sitemap's own request for it was
    dropped as a duplicate; when the listing's request (no date) comes out of the
    queue after the sitemap was read, the sitemap's <lastmod> still counts."""
    mw = middleware(stored)
    mw.crawler.engine = _Engine()
    old = "https://a.example/news/old/"
    young = "https://a.example/news/young/"
    request, sitemap = _sitemap(old, young)
    mw.process_response(request, Response(request.url, body=sitemap, request=request))
    queued = article_request(old + "?utm_source=home")
    assert mw.process_request(queued) is None  # edited after our last check: fetched
    assert queued.meta["newscrawl_recheck"] == "lastmod"
    assert queued.headers[b"If-None-Match"] == b'"v1"'
    with pytest.raises(AlreadyStored):  # dated before our last check: still skipped
        mw.process_request(article_request(young))
    assert mw.crawler.engine.crawled == []
    # the spider gets the entries read here, and does not parse the sitemap again
    kind, entries = request.meta[PARSED_SITEMAP]
    assert kind == "urlset" and [e.url for e in entries] == [old, young]
