"""The spider, built as a crawl builds it, on a profile of its own (no network)."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.crawler import Crawler

import newscrawl.settings
from newscrawl.spiders.news import NewsSpider

PROJECT = {k: v for k, v in vars(newscrawl.settings).items() if k.isupper()}
PROFILE = """
id = "herald"
origin = "https://herald.example"
start_urls = ["/"]
feeds = ["/feed/"]
sitemaps = ["/sitemap.xml"]
article_url_patterns = ['/\\d{4}/\\d{2}/[a-z0-9-]+/$']
"""


@pytest.fixture
def spider_factory(tmp_path: Path):
    (tmp_path / "herald.toml").write_text(PROFILE, encoding="utf-8")

    def make(settings: dict | None = None, **kwargs) -> NewsSpider:
        base = {**PROJECT, "NEWSCRAWL_PROFILE_DIRS": [str(tmp_path)], "EXTENSIONS": {}}
        crawler = Crawler(NewsSpider, {**base, **(settings or {})})
        kwargs.setdefault("site", "herald")
        spider = NewsSpider.from_crawler(crawler, **kwargs)  # may change settings, as in a crawl
        crawler.spider = spider
        crawler._apply_settings()
        return spider

    return make
