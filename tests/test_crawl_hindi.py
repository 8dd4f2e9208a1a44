"""A crawl without a profile of a Hindi regional news site (tests/hindi_site.py), end to
end: Devanagari URLs spelt several ways fold to one article, listings are not exported,
every field is read from Hindi markup, the feed and the database agree, and a re-run
exports nothing and fetches no stored article again."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote, unquote

import hindi_site
import pytest
from crawlutil import loopback_server, read_feeds, run_crawl

SITE = "127.0.0.1"


@pytest.mark.slow
def test_a_hindi_site_without_a_profile(tmp_path: Path) -> None:
    box: dict[str, str] = {}
    with loopback_server(lambda path: hindi_site.answer(box["origin"], path)) as (origin, asked):
        box["origin"] = origin
        first = run_crawl(["-a", f"url={origin}/", "-a", "run_id=r1"], tmp_path)
        assert first.returncode == 0, first.stderr[-3000:]
        fetched_first = len(asked)
        second = run_crawl(["-a", f"url={origin}/", "-a", "run_id=r2"], tmp_path)
        assert second.returncode == 0, second.stderr[-3000:]
        again = [unquote(p) for p in asked[fetched_first:]]

    rows = read_feeds(tmp_path, "r1")[SITE]
    by_url = {row["canonical_url"]: row for row in rows}
    expected = {origin + s.url_path: s for s in hindi_site.STORIES}
    # every article once, under its one canonical (percent-encoded, upper-case) URL;
    # no section, pagination, tag, author or "about" page
    assert sorted(by_url) == sorted(expected)
    assert len(rows) == len(expected)

    for url, story in expected.items():
        row = by_url[url]
        assert row["site"] == SITE
        assert row["url"] == url  # (the tracked and lower-case spellings were not fetched)
        assert row["title"] == story.title
        wire = story.author == "भाषा"
        assert row["authors"] == ([] if wire else [story.author]), url
        assert row["agency"] == story.agency, url
        assert row["published_at"] == f"2024-01-{story.day:02d}T{story.time}:00+05:30", url
        assert row["dateline"] == story.dateline, url
        assert row["section"] == story.section_name, url
        assert row["tags"] == story.tags, url
        assert row["language"].startswith("hi"), url
        assert row["related_urls"] == [origin + quote(p) for p in story.related], url
        body = row["body"]
        assert body.split("\n\n")[0] == story.paragraphs[0], url
        assert body.split("\n\n")[-1] == story.paragraphs[-1], url
        for noise in ("शेयर करें", "WhatsApp", "यह भी पढ़ें", "संबंधित खबरें", "रिपोर्ट:", "टैग"):
            assert noise not in body, (url, noise)
        assert row["word_count"] == len(body.split()), url

    # the two copies of the Bhasha (PTI) story: same site, so kept and not linked (only
    # copies on other sites get duplicate_of, see newscrawl/pipelines/dedup.py)
    assert all(row["duplicate_of"] is None for row in rows)

    with sqlite3.connect(tmp_path / "newscrawl.sqlite3") as db:
        stored = dict(db.execute("SELECT canonical_url, content_hash FROM articles"))
    assert stored == {row["canonical_url"]: row["content_hash"] for row in rows}

    # the re-run exports nothing and asks for no stored article again
    assert read_feeds(tmp_path, "r2").get(SITE, []) == []
    article_paths = {s.path for s in hindi_site.STORIES}
    assert not article_paths.intersection(p.split("?")[0] for p in again)
    assert f"'newscrawl/articles/seen/{SITE}': {len(expected)}" in second.stderr
