"""extract_article on the demo network's pages, checked against its truth.jsonl.

The demo sites are written from templates of real themes (tagDiv Newspaper on
demo-sentinel, WordPress + Jetpack on demo-chronicle), independently of the
extraction rules; every Article field must equal the published truth.
demo-jsnews builds its pages in the browser, so its raw HTML has no article to extract.
"""

from __future__ import annotations

import dataclasses
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newscrawl.demo.process import DemoProcess
from newscrawl.extraction import classify_page, detect_theme, extract_article
from newscrawl.sites import get_profile

#: Loopback only: no environment proxy.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
SERVER_SIDE_SITES = {"demo-sentinel": "tagdiv", "demo-chronicle": "wordpress"}
FIELDS = (
    "title", "description", "body", "authors", "published_at", "modified_at", "section",
    "tags", "agency", "dateline", "image_url", "related_urls",
)  # fmt: skip


@pytest.fixture(scope="module")
def demo_pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[tuple[dict, bytes]]]:
    out = tmp_path_factory.mktemp("demo")
    with DemoProcess(Path(out), articles=25, max_seconds=300) as demo:
        rows = [r for r in demo.truth() if r["site"] in SERVER_SIDE_SITES]
        pages = []
        for row in rows:
            with _OPENER.open(row["url"], timeout=30) as response:
                pages.append((row, response.read()))
        yield pages


def _article(
    row: dict[str, Any], page: bytes, theme: str | None, url: str | None = None
) -> dict[str, Any]:
    url = url or row["url"]
    return dataclasses.asdict(extract_article(page, url, site=row["site"], theme=theme))


def test_every_field_matches_the_truth(demo_pages: list[tuple[dict, bytes]]) -> None:
    assert {row["site"] for row, _ in demo_pages} == set(SERVER_SIDE_SITES)
    assert len(demo_pages) >= 40
    for row, page in demo_pages:
        # as the spider calls it: with the profile's theme; and with the theme detected
        for theme in (get_profile(row["site"]).theme, None):
            article = _article(row, page, theme)
            for name in FIELDS:
                assert article[name] == row[name], (row["url"], name)
            assert article["url"] == row["url"]
            assert article["canonical_url"] == row["url"]
            assert article["site"] == row["site"]
            assert article["language"] == row["language"]  # as the page declares it


#: What the AMP (WordPress AMP plugin reader template) variant shows of an article.
AMP_FIELDS = ("title", "body", "authors", "section", "agency", "dateline", "image_url")


def test_alternate_urls_give_the_canonical_url(demo_pages: list[tuple[dict, bytes]]) -> None:
    checked = 0
    for row, _ in demo_pages:
        for alt in row.get("alt_urls", []):
            with _OPENER.open(alt, timeout=30) as response:
                article = _article(row, response.read(), None, alt)
            assert article["url"] == alt
            assert article["canonical_url"] == row["url"]
            amp = alt.rstrip("/").endswith("/amp")
            for name in AMP_FIELDS if amp else FIELDS:
                assert article[name] == row[name], (alt, name)
            checked += 1
    assert checked >= 20


def test_themes_detected_and_pages_classified(demo_pages: list[tuple[dict, bytes]]) -> None:
    for row, page in demo_pages:
        assert detect_theme(page) == SERVER_SIDE_SITES[row["site"]]
        assert classify_page(page, row["url"]) == "article"
