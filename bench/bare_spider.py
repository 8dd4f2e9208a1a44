"""The baseline for bench/crawl.py: a bare Scrapy spider that follows the links
newscrawl follows (start pages, pagination, article links of the profiles' patterns)
and extracts nothing."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from scrapy import Request, Spider
from scrapy.http import Response

from newscrawl.sites import load_profiles
from newscrawl.urls import same_origin


class BareSpider(Spider):
    name = "bare"

    def __init__(self, site: str, origins: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        mapping = json.loads(Path(origins).read_text())
        profiles = load_profiles()
        self.profiles = [profiles[s].with_origin(mapping[s]) for s in site.split(",")]
        self.allowed_domains = sorted({p.host for p in self.profiles})

    async def start(self) -> AsyncIterator[Request]:
        for profile in self.profiles:
            for url in profile.start_urls:
                yield Request(profile.url(url), cb_kwargs={"profile": profile})

    def parse(self, response: Response, profile: Any = None) -> Iterator[Request]:
        is_article = any(p.search(response.url) for p in profile.article_patterns)
        for href in response.xpath("//a/@href").getall():
            url = response.urljoin(href).split("#", 1)[0]
            if not same_origin(url, profile.origin):
                continue
            if is_article and not any(p.search(url) for p in profile.article_patterns):
                continue
            yield Request(url, cb_kwargs={"profile": profile})
