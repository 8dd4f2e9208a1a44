"""End to end: crawl the demo network on free ports and compare the feeds with its truth.

What is checked comes from the demo server's side (its truth file and its request
log), never from the spider's own view of what it did.
"""

from __future__ import annotations

import json
import re
import urllib.request
from collections import Counter
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from crawlutil import read_feeds, run_crawl
from jsonschema import Draft202012Validator
from protego import Protego

from newscrawl.demo.process import DemoProcess
from newscrawl.pipelines.validate import article_schema
from newscrawl.sites import load_profiles
from newscrawl.store import Store, to_epoch
from newscrawl.urls import canonical_url

SITES = ("demo-sentinel", "demo-chronicle")
COMPARED = (
    "title",
    "description",
    "body",
    "authors",
    "published_at",
    "modified_at",
    "section",
    "tags",
    "language",
    "agency",
    "dateline",
    "image_url",
    "related_urls",
)
NOISE = ("spot_img", "Share post", "Related articles", "Date:", "Also Read", "Leave a Reply")
USER_AGENT = "newscrawl"


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    tmp = tmp_path_factory.mktemp("crawl")
    with DemoProcess(tmp / "demo", articles=24, seed=7, sites=list(SITES)) as demo:
        origins = tmp / "origins.json"
        origins.write_text(json.dumps({s: demo.origins[s] for s in SITES}))
        proc = run_crawl(
            ["-a", f"site={','.join(SITES)}", "-a", f"origins={origins}", "-a", "run_id=e2e"],
            tmp / "out",
        )
        robots = {site: Protego.parse(_get(demo.origins[site] + "/robots.txt")) for site in SITES}
        return SimpleNamespace(
            proc=proc,
            truth=demo.truth(),
            requests=demo.requests(),
            feeds=read_feeds(tmp / "out", "e2e"),
            output=tmp / "out",
            origins=dict(demo.origins),
            robots=robots,
        )


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:  # loopback demo only
        return response.read().decode("utf-8")


def test_crawl_succeeds_and_writes_one_feed_per_site(crawl: SimpleNamespace) -> None:
    assert crawl.proc.returncode == 0, crawl.proc.stderr[-3000:]
    assert set(crawl.feeds) == set(SITES)
    for site, rows in crawl.feeds.items():
        assert rows and all(row["site"] == site for row in rows)


def test_every_allowed_article_exported_once(crawl: SimpleNamespace) -> None:
    for site in SITES:
        truth = [t for t in crawl.truth if t["site"] == site]
        allowed = {canonical_url(t["url"]) for t in truth if t["robots_allowed"]}
        hidden = {canonical_url(t["url"]) for t in truth if not t["robots_allowed"]}
        exported = Counter(row["canonical_url"] for row in crawl.feeds[site])
        assert hidden, "the demo should hide some articles behind robots.txt"
        assert not [u for u, n in exported.items() if n > 1], "an article was exported twice"
        missing, extra = sorted(allowed - set(exported)), sorted(set(exported) - allowed)
        assert not missing and not extra, f"missing {missing[:5]}, extra {extra[:5]}"


def test_every_field_matches_the_truth(crawl: SimpleNamespace) -> None:
    truth = {(t["site"], canonical_url(t["url"])): t for t in crawl.truth}
    mismatches = []
    for site, rows in crawl.feeds.items():
        for row in rows:
            expected = truth[(site, row["canonical_url"])]
            for field in COMPARED:
                if row[field] != expected[field]:
                    mismatches.append((row["url"], field, expected[field], row[field]))
    report = "\n".join(f"{u} {f}: expected {e!r:.150} got {g!r:.150}" for u, f, e, g in mismatches)
    assert not mismatches, f"{len(mismatches)} field mismatches:\n{report[:6000]}"


def test_bodies_carry_no_noise_and_dates_are_not_the_header(crawl: SimpleNamespace) -> None:
    titles = [t["title"] for t in crawl.truth if len(t["title"].split()) >= 5]
    today = date.today().isoformat()
    published_today = {
        canonical_url(t["url"]) for t in crawl.truth if str(t["published_at"]).startswith(today)
    }
    for rows in crawl.feeds.values():
        for row in rows:
            for noise in NOISE:
                assert noise not in row["body"], (row["url"], noise)
            others = [t for t in titles if t != row["title"] and t in row["body"]]
            assert not others, f"{row['url']} body contains other stories' titles {others[:2]}"
            if row["canonical_url"] not in published_today:
                assert not str(row["published_at"]).startswith(today), row["url"]


def test_agency_and_dateline_set_exactly_where_published(crawl: SimpleNamespace) -> None:
    truth = {canonical_url(t["url"]): t for t in crawl.truth}
    rows = [row for rows in crawl.feeds.values() for row in rows]
    with_agency = {r["canonical_url"] for r in rows if r["agency"]}
    with_dateline = {r["canonical_url"] for r in rows if r["dateline"]}
    assert with_agency == {r["canonical_url"] for r in rows if truth[r["canonical_url"]]["agency"]}
    assert with_dateline == {
        r["canonical_url"] for r in rows if truth[r["canonical_url"]]["dateline"]
    }
    assert 0 < len(with_agency) < len(rows) and 0 < len(with_dateline) < len(rows)


def test_syndicated_copies_point_to_the_earliest(crawl: SimpleNamespace) -> None:
    """The database is authoritative: every copy points to the earliest-published one.

    The feed is a stream: a copy exported before its earlier original was crawled
    cannot be re-pointed, so in the feed a copy points to the earliest or to nothing.
    """
    feed = {r["canonical_url"]: r for rows in crawl.feeds.values() for r in rows}
    stories: dict[str, list[dict]] = {}
    for t in crawl.truth:
        if t["robots_allowed"]:
            stories.setdefault(t["story_id"], []).append(t)
    syndicated = [copies for copies in stories.values() if len({c["site"] for c in copies}) > 1]
    assert syndicated, "the demo should syndicate a wire story across sites"
    with Store(f"sqlite:///{crawl.output / 'newscrawl.sqlite3'}") as store:
        for copies in syndicated:
            urls = [canonical_url(c["url"]) for c in copies]
            earliest = min(urls, key=lambda u: to_epoch(feed[u]["published_at"]) or 0)
            stored = {u: store.get_article(u)["duplicate_of"] for u in urls}
            assert stored == {u: (None if u == earliest else earliest) for u in urls}
            exported = [feed[u]["duplicate_of"] for u in urls]
            assert all(d in (None, earliest) for d in exported), exported


def test_feed_rows_are_valid_against_the_schema(crawl: SimpleNamespace) -> None:
    validator = Draft202012Validator(article_schema())
    for rows in crawl.feeds.values():
        for row in rows:
            errors = [e.message for e in validator.iter_errors(row)]
            assert not errors, (row["url"], errors)


def test_requests_obey_robots_and_stay_on_the_sites(crawl: SimpleNamespace) -> None:
    assert crawl.requests, "the demo server logged no requests"
    for req in crawl.requests:
        assert req["site"] in SITES
        if req["path"] == "/robots.txt":
            continue
        url = crawl.origins[req["site"]] + req["path"]
        assert crawl.robots[req["site"]].can_fetch(url, USER_AGENT), f"disallowed: {url}"
        assert USER_AGENT in (req.get("user_agent") or "")


def test_single_site_with_max_articles(tmp_path: Path) -> None:
    profile = load_profiles()["demo-sentinel"]
    with DemoProcess(tmp_path / "demo", articles=30, seed=2, sites=list(SITES)) as demo:
        proc = run_crawl(
            [
                "-a",
                "site=demo-sentinel",
                "-a",
                f"origin={demo.origins['demo-sentinel']}",
                "-a",
                "max_articles=5",
                "-a",
                "run_id=limited",
            ],
            tmp_path / "out",
        )
        requests = demo.requests()
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert {r["site"] for r in requests} == {"demo-sentinel"}, "a request left the site"
    articles = {
        r["path"]
        for r in requests
        if any(
            p.search(demo.origins["demo-sentinel"] + r["path"]) for p in profile.article_patterns
        )
    }
    assert len(articles) == 5, sorted(articles)
    assert len(read_feeds(tmp_path / "out", "limited")["demo-sentinel"]) <= 5


def test_unknown_site_is_a_clear_error(tmp_path: Path) -> None:
    proc = run_crawl(["-a", "site=no-such-site"], tmp_path / "out", timeout=120)
    assert proc.returncode != 0
    assert re.search(r"no site profile no-such-site", proc.stderr)


@pytest.mark.parametrize("site", SITES)
def test_profile_less_crawl_finds_the_articles_and_no_listing(tmp_path: Path, site: str) -> None:
    with DemoProcess(tmp_path / "demo", articles=40, seed=5, sites=list(SITES)) as demo:
        origin = demo.origins[site]
        proc = run_crawl(
            ["-a", f"url={origin}/", "-a", "run_id=noprofile"],
            tmp_path / "out",
            settings={"NEWSCRAWL_HEALTH_ENABLED": "0"},
        )
        truth = [t for t in demo.truth() if t["site"] == site]
        requests = demo.requests()
    assert proc.returncode == 0, proc.stderr[-3000:]
    host = origin.split("//", 1)[1].split(":", 1)[0]
    rows = read_feeds(tmp_path / "out", "noprofile")[host]
    allowed = {canonical_url(t["url"]) for t in truth if t["robots_allowed"]}
    exported = {row["canonical_url"] for row in rows}
    assert len(exported & allowed) >= 0.95 * len(allowed)
    assert exported <= allowed, f"non-articles exported: {sorted(exported - allowed)[:5]}"
    assert all(row["site"] == host for row in rows)
    assert {r["site"] for r in requests} == {site}
