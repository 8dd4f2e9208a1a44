"""Requests stay on the site's origin, redirects included (newscrawl/origin.py)."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest
from crawlutil import loopback_server, read_feeds, run_crawl
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

import newscrawl.settings
from newscrawl.origin import OriginMiddleware
from newscrawl.spiders.news import NewsSpider

PROJECT = {k: v for k, v in vars(newscrawl.settings).items() if k.isupper()}


def story(title: str) -> str:
    paragraphs = "".join(
        f"<p>Paragraph {i} of {title}: the bridge over the river opened on Friday after "
        "years of delays, and traders on both banks expect busier market days.</p>"
        for i in range(5)
    )
    return (
        f"<html><head><title>{title}</title>"
        '<meta property="og:type" content="article"></head>'
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def test_redirects_off_the_origin_are_dropped_and_counted(tmp_path: Path) -> None:
    elsewhere = {f"/2024/03/05/{p}/": (200, {}, story("Other").encode()) for p in ("one", "two")}
    links = "".join(
        f'<a href="/2024/03/05/{slug}/">{slug}</a>' for slug in ("http", "meta", "stays", "moves")
    )
    with ExitStack() as stack:
        other, other_asked = stack.enter_context(
            loopback_server(lambda path: elsewhere.get(path, (404, {}, b"")))
        )
        refresh = f'<meta http-equiv="refresh" content="0; url={other}/2024/03/05/two/">'
        routes = {
            "/": (200, {}, f"<html><body>{links}</body></html>"),
            "/robots.txt": (200, {"Content-Type": "text/plain"}, ""),
            "/2024/03/05/http/": (301, {"Location": f"{other}/2024/03/05/one/"}, ""),
            "/2024/03/05/meta/": (200, {}, f"<html><head>{refresh}</head><body></body></html>"),
            "/2024/03/05/moves/": (301, {"Location": "/2024/03/05/stays/?from=old"}, ""),
            "/2024/03/05/stays/": (200, {}, story("Bridge opens")),
            "/2024/03/05/stays/?from=old": (200, {}, story("Bridge opens")),
        }

        def answer(path: str) -> tuple[int, dict[str, str], bytes]:
            status, headers, body = routes.get(path, (404, {}, ""))
            return status, headers, body.encode()

        origin, _ = stack.enter_context(loopback_server(answer))
        result = run_crawl(["-a", f"url={origin}/", "-a", "run_id=r1"], tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert other_asked == []  # not even its robots.txt
    assert "(offsite_redirect): redirects to " + other in result.stderr
    assert "'newscrawl/dropped/offsite_redirect': 2" in result.stderr
    rows = read_feeds(tmp_path, "r1")["127.0.0.1"]
    assert [row["title"] for row in rows] == ["Bridge opens"]


@pytest.fixture
def spider(tmp_path: Path) -> NewsSpider:
    crawler = Crawler(NewsSpider, {**PROJECT, "EXTENSIONS": {}})
    spider = NewsSpider.from_crawler(crawler, url="http://herald.example/")
    crawler.spider = spider
    crawler._apply_settings()
    return spider


def redirected(spider: NewsSpider, source: str, target: str) -> Request:
    return Request(target, meta={"newscrawl_site": "herald.example", "redirect_urls": [source]})


def test_the_sites_own_move_to_https_and_www_is_followed(spider: NewsSpider) -> None:
    mw = OriginMiddleware(spider.crawler)
    state = spider.sites["herald.example"]
    mw.process_request(redirected(spider, "http://herald.example/", "https://www.herald.example/"))
    assert state.profile.origin == "https://www.herald.example"
    # its pages are crawled on the new origin, and links to the old one still count
    assert state.on_site("https://www.herald.example/2024/03/05/a/")
    assert state.on_site("http://herald.example/2024/03/05/b/")
    with pytest.raises(IgnoreRequest):
        mw.process_request(
            redirected(spider, "https://www.herald.example/a/", "https://wire.example/a/")
        )
    assert spider.crawler.stats.get_value("newscrawl/dropped/offsite_redirect") == 1
