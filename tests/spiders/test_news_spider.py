"""NewsSpider's discovery rules on responses built inline (no network)."""

from __future__ import annotations

import gzip
from dataclasses import replace

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpErrorMiddleware

from newscrawl.feeds import SiteItemFilter
from newscrawl.items import Article
from newscrawl.rendering import PLAYWRIGHT_HANDLER
from newscrawl.sites import ProfileError
from newscrawl.spiders.news import SHELL_RENDERED, NewsSpider

LISTING = b"""<html><body>
<a href="/2025/07/kerry-refuses/">story</a>
<a href="/2025/07/kerry-refuses/?utm_source=fb#comments">same story, tracked</a>
<a href="https://herald.example/2025/07/kerry-refuses/amp/">same story, AMP</a>
<a href="/2025/07/assam-bjp/">another</a>
<a href="/category/state/page/2/">next page</a>
<a href="https://www.facebook.com/sharer.php?u=x">share</a>
<a href="http://herald.example/2025/07/other-scheme/">other scheme</a>
<a href="https://herald.example:8443/2025/07/other-port/">other port</a>
<a href="mailto:desk@herald.example">mail</a>
<a href="/2025/07/assam-bjp/?share=facebook&nb=1">share on facebook (redirects off-site)</a>
<a href="/2025/07/assam-bjp/?print=1">print version</a>
<a href="/wp-content/uploads/photo.jpg">photo</a>
<a href="#top">top</a>
</body></html>"""


def response(spider: NewsSpider, url: str, body: bytes, kind: str, cls=HtmlResponse):
    request = Request(url, meta={"newscrawl_site": "herald", "newscrawl_kind": kind})
    if cls is Response:  # bytes with no declared type (a gzip file)
        return Response(url=url, body=body, request=request)
    return cls(url=url, body=body, encoding="utf-8", request=request)


def test_listing_links_stay_on_origin_and_fold_variants(spider_factory) -> None:
    spider = spider_factory()
    out = list(
        spider.parse_listing(response(spider, "https://herald.example/", LISTING, "listing"))
    )
    by_kind = {}
    for request in out:
        by_kind.setdefault(request.meta["newscrawl_kind"], []).append(request.url)
    assert by_kind["article"] == [
        "https://herald.example/2025/07/kerry-refuses/",
        "https://herald.example/2025/07/assam-bjp/",
    ]
    assert by_kind["listing"] == ["https://herald.example/category/state/page/2/"]
    assert all(r.meta["newscrawl_site"] == "herald" for r in out)


def test_max_articles_stops_scheduling(spider_factory) -> None:
    spider = spider_factory(max_articles="1")
    out = list(
        spider.parse_listing(response(spider, "https://herald.example/", LISTING, "listing"))
    )
    assert [r.url for r in out if r.meta["newscrawl_kind"] == "article"] == [
        "https://herald.example/2025/07/kerry-refuses/"
    ]
    assert spider.crawler.stats.get_value("newscrawl/max_articles_reached/herald") == 1


def test_feed_and_sitemap_entries_become_article_requests(spider_factory) -> None:
    spider = spider_factory()
    rss = b"""<rss version="2.0"><channel><item><link>https://herald.example/2025/07/a-b/</link>
    <pubDate>Tue, 01 Jul 2025 10:00:00 +0530</pubDate></item>
    <item><link>https://elsewhere.example/2025/07/x/</link></item></channel></rss>"""
    out = list(
        spider.parse_feed(
            response(spider, "https://herald.example/feed/", rss, "feed", XmlResponse)
        )
    )
    assert [(r.url, r.meta["newscrawl_lastmod"]) for r in out] == [
        ("https://herald.example/2025/07/a-b/", "Tue, 01 Jul 2025 10:00:00 +0530")
    ]
    index = gzip.compress(
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>https://herald.example/news-sitemap.xml</loc></sitemap></sitemapindex>"
    )
    resp = response(spider, "https://herald.example/sitemap.xml.gz", index, "sitemap", TextResponse)
    out = list(spider.parse_sitemap(resp))
    assert [(r.url, r.meta["newscrawl_kind"]) for r in out] == [
        ("https://herald.example/news-sitemap.xml", "sitemap")
    ]


def test_entries_the_incremental_middleware_parsed_are_not_parsed_again(
    spider_factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscrawl.middlewares import PARSED_FEED, PARSED_SITEMAP
    from newscrawl.spiders import discovery

    spider = spider_factory()
    entry = discovery.Entry("https://herald.example/2025/07/a-b/", "2025-07-01")

    def no_second_parse(*args: object) -> None:
        raise AssertionError("parsed twice")

    monkeypatch.setattr(discovery, "sitemap_entries", no_second_parse)
    monkeypatch.setattr(discovery, "feed_entries", no_second_parse)
    resp = response(spider, "https://herald.example/s.xml", b"<urlset/>", "sitemap", TextResponse)
    resp.meta[PARSED_SITEMAP] = ("urlset", [entry])
    assert [r.url for r in spider.parse_sitemap(resp)] == [entry.url]
    item = discovery.Entry("https://herald.example/2025/07/c-d/", "2025-07-02")
    resp = response(spider, "https://herald.example/feed/", b"<rss/>", "feed", XmlResponse)
    resp.meta[PARSED_FEED] = [item]
    assert [r.url for r in spider.parse_feed(resp)] == [item.url]


def test_bad_sitemap_is_counted_not_raised(spider_factory) -> None:
    spider = spider_factory()
    resp = response(spider, "https://herald.example/sitemap.xml", b"<html>oops</html>", "sitemap")
    assert list(spider.parse_sitemap(resp)) == []
    assert spider.crawler.stats.get_value("newscrawl/dropped/bad_sitemap") == 1


def test_feeds_configured_per_site_and_loopback_unthrottled(spider_factory) -> None:
    spider = spider_factory(origin="http://127.0.0.2:9999", run_id="r1")
    settings = spider.crawler.settings
    feeds = settings.getdict("FEEDS")
    ((uri, options),) = feeds.items()
    assert uri.endswith("/feeds/herald/" + spider.run_started.strftime("%Y-%m-%d") + "/r1.jsonl")
    assert options["newscrawl_site"] == "herald"
    assert settings.getbool("AUTOTHROTTLE_ENABLED") is False
    assert settings.getfloat("DOWNLOAD_DELAY") == 0
    item_filter = SiteItemFilter(options)
    assert item_filter.accepts(Article(site="herald"))
    assert not item_filter.accepts(Article(site="other"))


def test_real_sites_stay_polite(spider_factory) -> None:
    spider = spider_factory()
    assert spider.crawler.settings.getbool("AUTOTHROTTLE_ENABLED") is True
    assert spider.crawler.settings.getbool("ROBOTSTXT_OBEY") is True


def test_argument_errors(spider_factory) -> None:
    with pytest.raises(ValueError, match="exactly one of"):
        spider_factory(url="https://x.example/")
    with pytest.raises(ProfileError, match="no site profile nope"):
        spider_factory(site="nope")
    with pytest.raises(ValueError, match="positive integer"):
        spider_factory(max_articles="zero")
    with pytest.raises(ValueError, match="-a timezone is for -a url=URL"):
        spider_factory(timezone="Asia/Kolkata")
    with pytest.raises(ProfileError, match="'Mars/Olympus' is no IANA time zone"):
        spider_factory(site=None, url="https://x.example/", timezone="Mars/Olympus")
    spider = spider_factory(site=None, url="https://x.example/", timezone="Asia/Kolkata")
    assert spider.sites["x.example"].profile.timezone == "Asia/Kolkata"


@pytest.mark.parametrize("content", ['["herald"]', '{"herald": 5}', "null"])
def test_an_origins_file_of_the_wrong_shape_is_a_profile_error(
    spider_factory, tmp_path, content: str
) -> None:
    """A list or a number in it ended in a TypeError/AttributeError traceback."""
    origins = tmp_path / "origins.json"
    origins.write_text(content)
    with pytest.raises(ProfileError, match="must hold a JSON object"):
        spider_factory(origins=str(origins))


def profile_less_links(spider: NewsSpider, body: bytes) -> list[Request]:
    """The requests a profile-less spider makes from its home page's ``body``."""
    req = Request(
        "https://news.example.org/",
        meta={"newscrawl_site": "news.example.org", "newscrawl_kind": "page"},
    )
    resp = HtmlResponse(url=req.url, body=body, encoding="utf-8", request=req)
    return list(spider._follow_links(spider.sites["news.example.org"], resp))


def test_profile_less_spider_checks_each_page(spider_factory) -> None:
    spider = spider_factory(site=None, url="https://news.example.org/")
    assert set(spider.sites) == {"news.example.org"}
    body = (
        b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss/"></head>'
        b'<body><a href="/2025/07/x/">x</a></body></html>'
    )
    out = profile_less_links(spider, body)
    assert [(r.url, r.meta["newscrawl_kind"]) for r in out] == [
        ("https://news.example.org/rss/", "feed"),
        ("https://news.example.org/2025/07/x/", "page"),
    ]


BAD_URLS = ("http://[oops/", "http://partner.example:80x/")


def test_malformed_urls_are_counted_and_the_rest_followed(spider_factory, caplog) -> None:
    spider = spider_factory()
    links = "".join(f'<a href="{u}">bad</a>' for u in BAD_URLS)
    listing = f'<html><body>{links}<a href="/2025/07/good-one/">good</a></body></html>'
    rss = (
        '<rss version="2.0"><channel>'
        + "".join(f"<item><link>{u}</link></item>" for u in BAD_URLS)
        + "<item><link>https://herald.example/2025/07/good-two/</link></item></channel></rss>"
    )
    sitemap = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{u}</loc></url>" for u in BAD_URLS)
        + "<url><loc>https://herald.example/2025/07/good-three/</loc></url></urlset>"
    )
    robots = "".join(f"Sitemap: {u}sitemap.xml\n" for u in BAD_URLS)
    robots += "Sitemap: https://herald.example/news-sitemap.xml\n"
    cases = [
        (spider.parse_listing, "/", listing, "listing", HtmlResponse),
        (spider.parse_feed, "/feed/", rss, "feed", XmlResponse),
        (spider.parse_sitemap, "/sitemap.xml", sitemap, "sitemap", XmlResponse),
        (spider.parse_robots, "/robots.txt", robots, "robots", TextResponse),
    ]
    with caplog.at_level("INFO", logger="newscrawl.spiders.news"):
        urls = [
            r.url
            for parse, path, body, kind, cls in cases
            for r in parse(
                response(spider, "https://herald.example" + path, body.encode(), kind, cls)
            )
        ]
    assert urls == [
        "https://herald.example/2025/07/good-one/",
        "https://herald.example/2025/07/good-two/",
        "https://herald.example/2025/07/good-three/",
        "https://herald.example/news-sitemap.xml",
    ]
    assert spider.crawler.stats.get_value("newscrawl/dropped/bad_url") == 8
    assert spider.crawler.stats.get_value("newscrawl/dropped/bad_url/herald") == 8
    assert "http://[oops/" in caplog.text and "http://partner.example:80x/" in caplog.text


def test_malformed_announced_feed_is_counted(spider_factory) -> None:
    spider = spider_factory(site=None, url="https://news.example.org/")
    body = (
        b'<html><head><link rel="alternate" type="application/rss+xml" href="http://[oops/">'
        b'<link rel="alternate" type="application/rss+xml" href="/rss/"></head></html>'
    )
    out = profile_less_links(spider, body)
    assert [r.url for r in out] == ["https://news.example.org/rss/"]
    assert spider.crawler.stats.get_value("newscrawl/dropped/bad_url") == 1


def test_gzipped_sitemaps_and_feeds_are_requested(spider_factory) -> None:
    spider = spider_factory()
    index = (
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>https://herald.example/sitemap-news.xml.gz</loc></sitemap>"
        b"</sitemapindex>"
    )
    resp = response(spider, "https://herald.example/sitemap.xml", index, "sitemap", XmlResponse)
    robots = b"Sitemap: https://herald.example/sitemap-posts.xml.gz\n"
    robots_resp = response(spider, "https://herald.example/robots.txt", robots, "robots")
    out = [*spider.parse_sitemap(resp), *spider.parse_robots(robots_resp)]
    assert [(r.url, r.meta["newscrawl_kind"]) for r in out] == [
        ("https://herald.example/sitemap-news.xml.gz", "sitemap"),
        ("https://herald.example/sitemap-posts.xml.gz", "sitemap"),
    ]
    state = spider.sites["herald"]
    assert spider._follow(state, "https://herald.example/feed.xml.gz", "feed") is not None
    # an archive linked from a page is still no page
    assert spider._follow(state, "https://herald.example/files/data.tar.gz", "listing") is None


def test_gzip_sitemap_past_the_size_limit_is_a_counted_bad_sitemap(spider_factory, caplog) -> None:
    spider = spider_factory()
    limit = spider.crawler.settings.getint("DOWNLOAD_MAXSIZE")
    body = gzip.compress(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + b" " * limit
    )
    resp = response(spider, "https://herald.example/sitemap.xml", body, "sitemap", Response)
    assert list(spider.parse_sitemap(resp)) == []
    assert spider.crawler.stats.get_value("newscrawl/dropped/bad_sitemap") == 1
    assert "https://herald.example/sitemap.xml (bad_sitemap)" in caplog.text


def test_gzipped_feed_is_inflated(spider_factory) -> None:
    spider = spider_factory()
    rss = b"""<rss version="2.0"><channel><item><link>https://herald.example/2025/07/a-b/</link>
    </item></channel></rss>"""
    url = "https://herald.example/feed.xml.gz"
    resp = response(spider, url, gzip.compress(rss), "feed", Response)
    assert [r.url for r in spider.parse_feed(resp)] == ["https://herald.example/2025/07/a-b/"]
    assert spider.crawler.stats.get_value("newscrawl/dropped/bad_feed") is None
    broken = response(spider, url, gzip.compress(rss)[:20], "feed", Response)
    assert list(spider.parse_feed(broken)) == []
    assert spider.crawler.stats.get_value("newscrawl/dropped/bad_feed") == 1


def test_json_feed_entries_become_article_requests(spider_factory) -> None:
    spider = spider_factory()
    body = (
        b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", '
        b'"url": "https://herald.example/2025/07/a-b/", "date_published": "2025-07-01"}]}'
    )
    resp = response(spider, "https://herald.example/feed.json", body, "feed", TextResponse)
    out = list(spider.parse_feed(resp))
    assert [(r.url, r.meta["newscrawl_lastmod"]) for r in out] == [
        ("https://herald.example/2025/07/a-b/", "2025-07-01")
    ]
    assert spider.crawler.stats.get_value("newscrawl/dropped/bad_feed") is None


def test_guessed_feed_paths_follow_redirects_and_pass_404_quietly(spider_factory) -> None:
    spider = spider_factory(site=None, url="https://news.example.org/")
    crawler = spider.crawler
    profile = spider.sites["news.example.org"].profile
    guess = next(
        r for r in spider._start_requests(profile) if r.url == "https://news.example.org/feed/"
    )
    moved = Response(guess.url, status=301, headers={"Location": "/feed/rss2/"}, request=guess)
    redirected = RedirectMiddleware.from_crawler(crawler).process_response(guess, moved)
    assert isinstance(redirected, Request)
    assert redirected.url == "https://news.example.org/feed/rss2/"
    assert redirected.callback == spider.parse_feed
    # where the guess lands is read as a feed; not being one is still no drop
    home = HtmlResponse(redirected.url, body=b"<html>home</html>", request=redirected)
    assert list(spider.parse_feed(home)) == []
    rss = b"<rss><channel><item><link>/2025/07/x/</link></item></channel></rss>"
    feed = XmlResponse(redirected.url, body=rss, request=redirected)
    assert [r.url for r in spider.parse_feed(feed)] == ["https://news.example.org/2025/07/x/"]
    # a guess that is not there reaches the callback (no HttpError) and is ignored
    errors = HttpErrorMiddleware(crawler.settings)
    for status in (404, 410, 500):
        missing = Response(guess.url, status=status, request=guess)
        errors.process_spider_input(missing)
        assert list(spider.parse_feed(missing)) == []
    assert crawler.stats.get_value("newscrawl/dropped/bad_feed") is None


def test_guessed_sitemap_paths_are_read_and_pass_404_and_soft_404_quietly(spider_factory) -> None:
    spider = spider_factory(site=None, url="https://news.example.org/")
    crawler = spider.crawler
    profile = spider.sites["news.example.org"].profile
    guesses = [r for r in spider._start_requests(profile) if r.meta["newscrawl_kind"] == "sitemap"]
    assert [r.url for r in guesses] == [
        "https://news.example.org/sitemap.xml",
        "https://news.example.org/sitemap_index.xml",
        "https://news.example.org/news-sitemap.xml",
        "https://news.example.org/sitemap-news.xml",
    ]
    guess = guesses[0]
    urlset = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://news.example.org/2025/07/x/</loc></url></urlset>"
    )
    found = XmlResponse(guess.url, body=urlset, request=guess)
    assert [r.url for r in spider.parse_sitemap(found)] == ["https://news.example.org/2025/07/x/"]
    errors = HttpErrorMiddleware(crawler.settings)
    missing = Response(guess.url, status=404, request=guess)
    errors.process_spider_input(missing)
    assert list(spider.parse_sitemap(missing)) == []
    # a site answering every address with its home page: no sitemap, and no drop either
    home = HtmlResponse(guess.url, body=b"<html><body>home</body></html>", request=guess)
    assert list(spider.parse_sitemap(home)) == []
    assert crawler.stats.get_value("newscrawl/dropped/bad_sitemap") is None


def test_relative_robots_sitemap_is_requested_on_the_origin_only(spider_factory) -> None:
    spider = spider_factory()
    robots = b"Sitemap: /news-sitemap.xml\nSitemap: //cdn.example/sitemap.xml\n"
    resp = response(spider, "https://herald.example/robots.txt", robots, "robots", TextResponse)
    assert [(r.url, r.meta["newscrawl_kind"]) for r in spider.parse_robots(resp)] == [
        ("https://herald.example/news-sitemap.xml", "sitemap")
    ]


# -- JavaScript shells in place of articles ---------------------------------------------

SHELL_PAGE = b"""<!DOCTYPE html><html lang="en"><head><title>River rises | Herald</title>
<meta property="og:type" content="article"><script src="/app.js" defer></script></head>
<body><header><a href="/">The Herald</a></header>
<main id="app"><p class="loading">Loading&hellip;</p></main></body></html>"""
BRIEF_PAGE = b"""<!DOCTYPE html><html lang="en"><head><title>Ferry resumes | Herald</title>
<meta property="og:type" content="article"><script src="/app.js" defer></script></head>
<body><article><h1>Ferry resumes</h1><p>Ferry services between Guwahati and North
Guwahati resumed on Tuesday after a two-day suspension caused by strong winds.</p>
<p>About 1,200 passengers crossed the river by noon, officials said.</p></article>
<div id="comments">Loading comments&hellip;</div></body></html>"""
ARTICLE_URL = "https://herald.example/2025/07/river-rises/"
PLAYWRIGHT = {"DOWNLOAD_HANDLERS": {"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER}}


def rendering_spider(spider_factory, render_js: str | None, settings: dict | None = None):
    """The herald spider with ``render_js`` (the add-on that would install Chromium is
    skipped: ``settings`` say whether the run renders)."""
    spider = spider_factory(settings)
    state = spider.sites["herald"]
    state.profile = replace(state.profile, render_js=render_js)
    return spider


def test_a_shell_article_is_dropped_when_its_site_renders_nothing(spider_factory, caplog) -> None:
    spider = rendering_spider(spider_factory, None, PLAYWRIGHT)
    with caplog.at_level("WARNING", logger="newscrawl.spiders.news"):
        out = list(spider.parse_article(response(spider, ARTICLE_URL, SHELL_PAGE, "article")))
    assert out == []
    stats = spider.crawler.stats
    assert stats.get_value("newscrawl/dropped/js_shell") == 1
    assert stats.get_value("newscrawl/dropped/js_shell/herald") == 1
    assert stats.get_value("newscrawl/js_shell/rendered") is None
    assert f"dropped {ARTICLE_URL} (js_shell): a JavaScript shell (placeholder 'Loading…')" in (
        caplog.text
    )
    assert 'the site needs render_js = "articles" or "both" in its profile' in caplog.text


def test_a_shell_article_of_a_site_rendering_listings_is_rendered_once(
    spider_factory, caplog
) -> None:
    spider = rendering_spider(spider_factory, "listings", PLAYWRIGHT)
    with caplog.at_level("WARNING", logger="newscrawl.spiders.news"):
        [again] = spider.parse_article(response(spider, ARTICLE_URL, SHELL_PAGE, "article"))
    assert isinstance(again, Request)
    assert again.url == ARTICLE_URL and again.dont_filter
    assert again.callback == spider.parse_article
    assert again.meta["playwright"] is True and again.meta[SHELL_RENDERED] is True
    assert again.meta["newscrawl_kind"] == "article"
    stats = spider.crawler.stats
    assert stats.get_value("newscrawl/js_shell/rendered/herald") == 1
    assert stats.get_value("newscrawl/dropped/js_shell") is None
    assert 'render_js = "both" in the profile renders its articles at once' in caplog.text
    # Still a shell in the browser (its API down): dropped, never asked for a third time.
    rendered = HtmlResponse(ARTICLE_URL, body=SHELL_PAGE, encoding="utf-8", request=again)
    with caplog.at_level("WARNING", logger="newscrawl.spiders.news"):
        assert list(spider.parse_article(rendered)) == []
    assert stats.get_value("newscrawl/dropped/js_shell/herald") == 1
    assert stats.get_value("newscrawl/js_shell/rendered") == 1
    assert "still one rendered in Chromium" in caplog.text


def test_a_shell_article_is_dropped_when_the_run_has_no_browser(spider_factory) -> None:
    """render_js names listings but scrapy-playwright is not installed in this run."""
    spider = rendering_spider(spider_factory, "listings")
    assert list(spider.parse_article(response(spider, ARTICLE_URL, SHELL_PAGE, "article"))) == []
    assert spider.crawler.stats.get_value("newscrawl/dropped/js_shell/herald") == 1


def test_a_short_article_beside_a_placeholder_is_exported(spider_factory) -> None:
    spider = rendering_spider(spider_factory, "listings", PLAYWRIGHT)
    out = list(spider.parse_article(response(spider, ARTICLE_URL, BRIEF_PAGE, "article")))
    assert [type(o) for o in out] == [Article]
    assert out[0].body.startswith("Ferry services between Guwahati")
    assert spider.crawler.stats.get_value("newscrawl/js_shell/rendered") is None


def test_a_profile_less_shell_article_is_dropped_naming_the_profile_it_needs(
    spider_factory, caplog
) -> None:
    spider = spider_factory(site=None, url="https://news.example.org/")
    req = Request(
        "https://news.example.org/2025/07/river-rises/",
        meta={"newscrawl_site": "news.example.org", "newscrawl_kind": "page"},
    )
    resp = HtmlResponse(req.url, body=SHELL_PAGE, encoding="utf-8", request=req)
    with caplog.at_level("WARNING", logger="newscrawl.spiders.news"):
        assert list(spider.parse_page(resp)) == []
    assert spider.crawler.stats.get_value("newscrawl/dropped/js_shell/news.example.org") == 1
    assert 'the site needs a profile with render_js = "articles" or "both"' in caplog.text


def test_a_profile_less_home_page_that_is_a_shell_says_what_the_site_needs(
    spider_factory, caplog
) -> None:
    # the home page draws its links with a script: nothing to follow, and the run says why
    spider = spider_factory(site=None, url="https://news.example.org/")
    home = b"""<!DOCTYPE html><html lang="en"><head><title>The Herald</title>
<script src="/app.js" defer></script></head><body><div id="root"></div>
<noscript>You need to enable JavaScript to run this app.</noscript></body></html>"""
    req = Request(
        "https://news.example.org/",
        meta={"newscrawl_site": "news.example.org", "newscrawl_kind": "page"},
    )
    resp = HtmlResponse(req.url, body=home, encoding="utf-8", request=req)
    with caplog.at_level("WARNING", logger="newscrawl.spiders.news"):
        assert list(spider.parse_page(resp)) == []
    assert spider.crawler.stats.get_value("newscrawl/pages/js_shell/news.example.org") == 1
    assert 'is a JavaScript shell (empty <div id="root">) with no link to follow' in caplog.text
    # a masthead's link home leads nowhere new: still a shell that says why
    masthead = home.replace(b"<body>", b'<body><header><a href="/">The Herald</a></header>')
    resp = HtmlResponse(req.url, body=masthead, encoding="utf-8", request=req)
    list(spider.parse_page(resp))
    assert spider.crawler.stats.get_value("newscrawl/pages/js_shell/news.example.org") == 2
    # a listing with links to follow is no shell, whatever its scripts
    listing = home.replace(b'<div id="root"></div>', b'<div id="root"><a href="/a/">A</a></div>')
    resp = HtmlResponse(req.url, body=listing, encoding="utf-8", request=req)
    assert len(list(spider.parse_page(resp))) == 1
    assert spider.crawler.stats.get_value("newscrawl/pages/js_shell/news.example.org") == 2


def test_the_profiles_timezone_and_language_reach_the_sites_articles(spider_factory) -> None:
    page = (
        b'<html lang="en"><head><script type="application/ld+json">{"@type": "NewsArticle",'
        b' "headline": "Council votes", "datePublished": "2025-07-01T03:30:00Z"}</script>'
        b"</head><body><article><h1>Council votes</h1>"
        + b"<p>The council voted on Monday night to repave the main street next spring.</p>" * 4
        + b"</article></body></html>"
    )
    spider = spider_factory()
    [plain] = spider.parse_article(response(spider, ARTICLE_URL, page, "article"))
    state = spider.sites["herald"]
    state.profile = replace(state.profile, timezone="America/Chicago")
    [zoned] = spider.parse_article(response(spider, ARTICLE_URL, page, "article"))
    assert plain.published_at == "2025-07-01T03:30:00+00:00"
    assert zoned.published_at == "2025-06-30T22:30:00-05:00"
    # and its language stands for pages that declare none
    state.profile = replace(state.profile, language="en-CA")
    undeclared = page.replace(b' lang="en"', b"")
    [british] = spider.parse_article(response(spider, ARTICLE_URL, undeclared, "article"))
    assert british.language == "en-CA"
