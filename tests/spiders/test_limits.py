"""What one run fetches per site: caps, pages that are not what their link promised."""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.http import HtmlResponse, Response

STORY = "".join(
    f"<p>Paragraph {i}: the bridge over the river opened on Friday after years of delays, "
    "and traders on both banks expect busier market days.</p>"
    for i in range(5)
)


def page(url: str, body: str, site: str, kind: str, **meta) -> HtmlResponse:
    request = Request(url, meta={"newscrawl_site": site, "newscrawl_kind": kind, **meta})
    return HtmlResponse(url=url, body=body.encode(), encoding="utf-8", request=request)


def test_listing_pages_stop_at_the_cap(spider_factory, caplog) -> None:
    # a calendar links to the next month, and the next: a trap without end
    spider = spider_factory({"NEWSCRAWL_MAX_PAGES": 3}, site=None, url="https://cal.example/")
    state = spider.sites["cal.example"]
    urls = [f"https://cal.example/calendar/{n}/" for n in range(10)]
    with caplog.at_level(logging.WARNING):
        requests = [r for u in urls if (r := spider._follow(state, u, "page"))]
    assert [r.url for r in requests] == urls[:3]
    assert spider.crawler.stats.get_value("newscrawl/max_pages_reached/cal.example") == 7
    assert "NEWSCRAWL_MAX_PAGES=3" in caplog.text  # logged once
    assert caplog.text.count("NEWSCRAWL_MAX_PAGES") == 1


def test_articles_past_max_articles_are_counted_on_a_site_without_profile(spider_factory) -> None:
    spider = spider_factory(site=None, url="https://news.example/", max_articles="1")
    html = f"<html><body><article><h1>Bridge</h1>{STORY}</article></body></html>"
    for n in (1, 2):
        url = f"https://news.example/2024/03/0{n}/bridge-{n}/"
        list(spider.parse_page(page(url, html, "news.example", "page")))
    stats = spider.crawler.stats
    assert stats.get_value("newscrawl/max_articles_reached/news.example") == 1
    # and no more pages are scheduled: each could be one more article
    assert spider._follow(spider.sites["news.example"], "https://news.example/x/", "page") is None


def test_an_article_redirected_to_a_section_is_read_as_a_listing(spider_factory, caplog) -> None:
    spider = spider_factory(site="herald")
    teasers = "".join(
        f'<div><h2><a href="/2024/03/story-{n}/">Story {n}</a></h2></div>' for n in range(6)
    )
    response = page(
        "https://herald.example/sections/local/",
        f"<html><body><h1>Local news</h1>{teasers}</body></html>",
        "herald",
        "article",
        redirect_urls=["https://herald.example/2024/03/deleted-story/"],
    )
    with caplog.at_level(logging.INFO):
        out = list(spider.parse_article(response))
    assert out and all(isinstance(r, Request) for r in out)  # its links, no Article
    assert "https://herald.example/2024/03/story-1/" in [r.url for r in out]
    assert "deleted-story/ redirected to https://herald.example/sections/local/" in caplog.text


def test_a_page_that_is_not_html_is_logged_with_its_type(spider_factory, caplog) -> None:
    spider = spider_factory(site="herald")
    request = Request(
        "https://herald.example/2024/03/report/",
        meta={"newscrawl_site": "herald", "newscrawl_kind": "article"},
    )
    pdf = Response(
        request.url, body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}, request=request
    )
    with caplog.at_level(logging.WARNING):
        assert list(spider.parse_article(pdf)) == []
    assert (
        "dropped https://herald.example/2024/03/report/ (not_html): application/pdf" in caplog.text
    )


def test_a_sitemap_may_be_larger_than_a_page(spider_factory) -> None:
    # sitemaps.org allows 50,000 URLs in 50 MB: past the 16 MB a page may have
    import gzip

    spider = spider_factory(site="herald")
    state = spider.sites["herald"]
    request = spider._follow(state, "https://herald.example/sitemap-news.xml.gz", "sitemap")
    assert request.meta["download_maxsize"] == 50 * 1024 * 1024
    url = "<url><loc>https://herald.example/2024/03/story-{n}/</loc></url>"
    entries = "".join(url.format(n=n) for n in range(3))
    padding = "<!-- " + " " * (17 * 1024 * 1024) + " -->"
    xml = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}{padding}</urlset>'
    response = Response(request.url, body=gzip.compress(xml.encode()), request=request)
    out = list(spider.parse_sitemap(response))
    assert [r.url for r in out] == [f"https://herald.example/2024/03/story-{n}/" for n in range(3)]
