"""The demo network as the crawler sees it: a real subprocess serving real loopback addresses."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import etree
from lxml import html as lxml_html
from protego import Protego

from newscrawl.demo.generator import human_date
from newscrawl.demo.process import DemoError, DemoProcess
from newscrawl.demo.sites import site_specs

ARTICLES = 30
SITES = ("demo-sentinel", "demo-chronicle")
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
    "atom": "http://www.w3.org/2005/Atom",
}
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_RAW = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect())


def get(url: str, headers: dict[str, str] | None = None, follow: bool = True):
    """(status, headers, body) of a loopback GET; errors and 304 are answers, not raises."""
    request = urllib.request.Request(url, headers={"User-Agent": "demo-test", **(headers or {})})
    try:
        with (_OPENER if follow else _RAW).open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoProcess]:
    with DemoProcess(
        tmp_path_factory.mktemp("demo"), articles=ARTICLES, seed=4, sites=list(SITES)
    ) as running:
        yield running


@pytest.fixture(scope="module")
def truth(demo: DemoProcess) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    for row in demo.truth():
        rows.setdefault(row["site"], []).append(row)
    return rows


def links(page: bytes, base: str) -> list[str]:
    doc = lxml_html.fromstring(page)
    return [urljoin(base, href) for href in doc.xpath("//a/@href")]


def article_links(page: bytes, base: str, urls: set[str]) -> list[str]:
    return [u for u in links(page, base) if u in urls]


def walk_pages(first: str) -> list[str]:
    """Follow a listing's next-page links; returns every page URL visited."""
    seen, url = [], first
    while url and url not in seen:
        seen.append(url)
        status, _, body = get(url)
        assert status == 200, url
        doc = lxml_html.fromstring(body)
        nxt = doc.xpath(
            '//a[@aria-label="next-page"]/@href | //a[contains(@class, "next page-numbers")]/@href'
        )
        url = nxt[0] if nxt else ""
    return seen


def test_sites_json_and_truth_are_written(demo: DemoProcess, truth: dict[str, list[dict]]) -> None:
    sites = json.loads((demo.out_dir / "sites.json").read_text())
    assert sites == demo.origins and set(sites) == set(SITES)
    assert not (demo.out_dir / "sites.json.tmp").exists()
    admin = json.loads((demo.out_dir / "admin.json").read_text())
    assert urlsplit(admin["origin"]).hostname == "127.0.0.1"
    for site in SITES:
        assert len(truth[site]) == ARTICLES
        assert {urlsplit(r["url"]).netloc for r in truth[site]} == {urlsplit(sites[site]).netloc}
    fields = set(truth["demo-sentinel"][0])
    assert {"site", "url", "alt_urls", "body", "story_id", "version", "robots_allowed"} <= fields


def test_each_site_answers_on_its_own_address(demo: DemoProcess) -> None:
    hosts = set()
    for site, origin in demo.origins.items():
        host = urlsplit(origin).hostname
        assert host == site_specs()[site].address
        hosts.add(host)
        status, headers, body = get(origin + "/")
        assert status == 200 and "text/html" in headers["Content-Type"]
        assert site_specs()[site].name.encode() in body
    assert len(hosts) == len(SITES)
    # An address that is not served refuses connections (the pages link to one).
    with pytest.raises(OSError):
        _OPENER.open(
            "http://127.0.0.9:" + str(urlsplit(demo.origins["demo-sentinel"]).port), timeout=3
        )


def test_robots_disallows_paths_the_pages_link_to(
    demo: DemoProcess, truth: dict[str, list[dict]]
) -> None:
    for site, origin in demo.origins.items():
        robots = Protego.parse(get(origin + "/robots.txt")[2].decode())
        rows = truth[site]
        hidden = [r for r in rows if not r["robots_allowed"]]
        assert hidden and all(not robots.can_fetch(r["url"], "newscrawl") for r in hidden)
        assert all(robots.can_fetch(r["url"], "newscrawl") for r in rows if r["robots_allowed"])
        assert all(robots.can_fetch(u, "newscrawl") for r in rows for u in r["alt_urls"])
        linked = set()
        for row in rows[:8]:
            linked.update(links(get(row["url"])[2], row["url"]))
        linked.update(links(get(origin + "/")[2], origin + "/"))
        disallowed = {u for u in linked if u.startswith(origin) and not robots.can_fetch(u, "x")}
        assert disallowed, f"{site}: no page links into a disallowed path"
        for url in disallowed:  # served all the same, to a crawler that ignores robots
            assert get(url, follow=False)[0] in (200, 302), url  # 302: ?share= goes off-site
        sitemaps = robots.sitemaps
        assert sitemaps and all(s.startswith(origin) for s in sitemaps)


@pytest.mark.parametrize("site", SITES)
def test_listings_feed_and_sitemap_agree_with_truth(
    demo: DemoProcess, truth: dict[str, list[dict]], site: str
) -> None:
    origin = demo.origins[site]
    rows = truth[site]
    urls = {r["url"] for r in rows}
    newest_first = [r["url"] for r in reversed(rows)]  # truth is in publication order
    spec = site_specs()[site]
    # Every article is on exactly one section's pages, in order, newest first.
    listed: dict[str, str] = {}
    for slug, name in spec.sections:
        pages = walk_pages(f"{origin}/category/{slug}/")
        expected = [r["url"] for r in reversed(rows) if r["section"] == name]
        assert len(pages) == max(1, -(-len(expected) // spec.articles_per_page))
        found = []
        for page in pages:
            found += list(dict.fromkeys(article_links(get(page)[2], page, urls)))
        assert [u for u in found if u in expected] == expected, slug
        listed.update(dict.fromkeys(expected, slug))
    assert set(listed) == urls
    first_section = f"{origin}/category/{spec.sections[0][0]}/"
    assert get(first_section + "page/99/")[0] == 404
    assert get(first_section + "page/1/", follow=False)[1]["Location"] == first_section
    # The feed lists the newest articles (tracking variants on the chronicle).
    status, headers, feed = get(origin + "/feed/")
    assert status == 200 and "xml" in headers["Content-Type"]
    feed_links = [e.text for e in etree.fromstring(feed).iterfind("channel/item/link")]
    assert [link.split("?")[0] for link in feed_links] == newest_first[: len(feed_links)]
    # The sitemaps list every article once, with lastmod.
    index_url = (
        f"{origin}/sitemap_index.xml" if site == "demo-sentinel" else f"{origin}/sitemap.xml"
    )
    index = etree.fromstring(get(index_url)[2])
    in_maps: list[str] = []
    for loc in index.iterfind("sm:sitemap/sm:loc", NS):
        doc = etree.fromstring(get(loc.text)[2])
        for url in doc.iterfind("sm:url", NS):
            if url.find("news:news", NS) is None and "/category/" not in url.findtext(
                "sm:loc", "", NS
            ):
                in_maps.append(url.findtext("sm:loc", "", NS))
                assert url.findtext("sm:lastmod", "", NS)
    assert sorted(in_maps) == sorted(urls)


def test_news_sitemap_has_publication_dates(
    demo: DemoProcess, truth: dict[str, list[dict]]
) -> None:
    origin = demo.origins["demo-sentinel"]
    doc = etree.fromstring(get(origin + "/news-sitemap.xml")[2])
    entries = doc.findall("sm:url", NS)
    by_url = {r["url"]: r for r in truth["demo-sentinel"]}
    assert len(entries) == ARTICLES
    for entry in entries:
        row = by_url[entry.findtext("sm:loc", "", NS)]
        published = entry.findtext("news:news/news:publication_date", "", NS)
        assert published[:10] == row["published_at"][:10]
        assert entry.findtext("news:news/news:title", "", NS) == row["title"]


def test_article_pages_carry_the_noise_and_the_body(
    demo: DemoProcess, truth: dict[str, list[dict]]
) -> None:
    sentinel = [r for r in truth["demo-sentinel"] if r["robots_allowed"]]
    chronicle = [r for r in truth["demo-chronicle"] if r["robots_allowed"]]
    today = datetime.now(site_specs()["demo-sentinel"].tz)
    empty_dates = 0
    for row in sentinel[:8]:
        page = get(row["url"])[2].decode()
        text = " ".join(lxml_html.fromstring(page).text_content().split())
        for noise in ('alt="spot_img"', 'class="td_spot_img_all"', "Share post:"):
            assert noise in page, noise
        assert 'alt="spot_img"/></a><a class="td_spot_img_all"' in page  # spot_imgspot_img
        empty_dates += bool(re.search(r"Date:</span><time [^>]*datetime=[^>]*></time>", page))
        assert "Related articles" in page or "RELATED ARTICLES" in page
        assert f">{human_date(today)}</time>" in page  # the sidebar's latest stories
        assert today.strftime("%A, ") + human_date(today) in text  # the header date
        assert "facebook.com/sharer.php" in page and "api.whatsapp.com/send" in page
        for para in row["body"].split("\n\n"):
            assert para in text, para[:60]
        for url in row["related_urls"]:
            assert f'href="{url}"' in page
    assert empty_dates, "no page shows the empty Date: label"
    for row in chronicle[:6]:
        page = get(row["url"])[2].decode()
        text = " ".join(lxml_html.fromstring(page).text_content().split())
        for noise in ("sharedaddy", "jp-relatedposts", "comments-area", "Subscribe", "entry-date"):
            assert noise in page, noise
        for para in row["body"].split("\n\n"):
            assert para in text, para[:60]
    with_bio = [r for r in chronicle if r["authors"]]
    assert "author-bio" in get(with_bio[0]["url"])[2].decode()


def test_every_same_site_link_resolves(demo: DemoProcess, truth: dict[str, list[dict]]) -> None:
    """No dead internal links: what a page links on its own origin is served (or redirects)."""
    for site, origin in demo.origins.items():
        pages = [origin + "/", truth[site][0]["url"], truth[site][-1]["url"]]
        linked = {u.split("#")[0] for p in pages for u in links(get(p)[2], p)}
        for url in sorted(u for u in linked if u.startswith(origin + "/")):
            assert get(url, follow=False)[0] in (200, 301, 302), url


def test_variants_point_to_the_canonical_url(
    demo: DemoProcess, truth: dict[str, list[dict]]
) -> None:
    for site in SITES:
        row = next(r for r in truth[site] if r["robots_allowed"])
        for url in row["alt_urls"]:
            status, _, body = get(url)
            canonical = lxml_html.fromstring(body).xpath('//link[@rel="canonical"]/@href')
            assert status == 200 and canonical == [row["url"]], url
        status, headers, _ = get(row["url"].rstrip("/"), follow=False)
        assert status == 301 and headers["Location"] == row["url"]


def test_conditional_get_answers_304(demo: DemoProcess, truth: dict[str, list[dict]]) -> None:
    url = truth["demo-chronicle"][3]["url"]
    status, headers, body = get(url)
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and etag and modified and body
    assert get(url, {"If-None-Match": etag})[0] == 304
    assert get(url, {"If-Modified-Since": modified})[0] == 304
    older = format_datetime(parsedate_to_datetime(modified).replace(year=2020), usegmt=True)
    assert get(url, {"If-Modified-Since": older})[0] == 200
    assert get(url, {"If-None-Match": '"stale"', "If-Modified-Since": modified})[0] == 200
    for feed in ("/feed/", "/feed/atom/"):  # feeds can be polled conditionally too
        status, headers, _ = get(demo.origins["demo-chronicle"] + feed)
        assert status == 200 and headers["ETag"] and headers["Last-Modified"]
        assert (
            get(demo.origins["demo-chronicle"] + feed, {"If-None-Match": headers["ETag"]})[0] == 304
        )
    log = [r for r in demo.requests() if r["path"] == urlsplit(url).path]
    assert {"etag": etag, "status": 304} in [
        {"etag": r["etag"], "status": r["status"]} for r in log
    ]
    assert {"ims": modified, "status": 304} in [
        {"ims": r["ims"], "status": r["status"]} for r in log
    ]


def test_request_log_records_every_request(demo: DemoProcess) -> None:
    origin = demo.origins["demo-sentinel"]
    marker = f"/no-such-page-{time.time_ns()}/"
    get(origin + marker + "?q=1", {"User-Agent": "log-check/1.0"})
    entry = next(r for r in demo.requests() if r["path"] == marker + "?q=1")
    assert entry == {
        "site": "demo-sentinel",
        "host": urlsplit(origin).netloc,
        "method": "GET",
        "path": marker + "?q=1",
        "status": 404,
        "user_agent": "log-check/1.0",
        "ims": None,
        "etag": None,
    }
    assert not [r for r in demo.requests() if r["path"].startswith(("/publish", "/edit"))]


def test_publish_and_edit_change_truth_feeds_and_sitemaps(tmp_path: Path) -> None:
    with DemoProcess(tmp_path, articles=12, seed=9, sites=list(SITES)) as demo:
        origin = demo.origins["demo-sentinel"]
        new = demo.publish("demo-sentinel", 2)
        assert len(new) == 2 and all(r["version"] == 1 for r in new)
        rows = [r for r in demo.truth() if r["site"] == "demo-sentinel"]
        assert len(rows) == 14 and [r["url"] for r in rows[-2:]] == [r["url"] for r in new]
        home = get(origin + "/")[2].decode()
        feed = get(origin + "/feed/")[2].decode()
        news = get(origin + "/news-sitemap.xml")[2].decode()
        for row in new:
            assert row["url"] in home and row["url"] in feed and row["url"] in news
            section = next(
                s for s, n in site_specs()["demo-sentinel"].sections if n == row["section"]
            )
            assert row["url"] in get(f"{origin}/category/{section}/")[2].decode()
            assert get(row["url"])[0] == 200

        chron = demo.origins["demo-chronicle"]
        before = {r["url"]: r for r in demo.truth() if r["site"] == "demo-chronicle"}
        old_etags = {u: get(u)[1]["ETag"] for u in before}
        edited = demo.edit("demo-chronicle", 2)
        assert len(edited) == 2
        after = {r["url"]: r for r in demo.truth() if r["site"] == "demo-chronicle"}
        for row in edited:
            assert after[row["url"]] == row and row["version"] == 2
            old = before[row["url"]]
            assert row["modified_at"] > old["modified_at"] and row["body"] != old["body"]
            assert get(row["url"], {"If-None-Match": old_etags[row["url"]]})[0] == 200
            sitemap = get(chron + "/sitemap-1.xml")[2]
            for entry in etree.fromstring(sitemap).iterfind("sm:url", NS):
                if entry.findtext("sm:loc", "", NS) == row["url"]:
                    lastmod = datetime.fromisoformat(entry.findtext("sm:lastmod", "", NS))
                    assert lastmod == datetime.fromisoformat(row["modified_at"])
        unchanged = [u for u in before if u not in {r["url"] for r in edited}]
        assert all(after[u] == before[u] for u in unchanged)
        atom = etree.fromstring(get(chron + "/feed/atom/")[2])
        updated = {
            e.find("atom:link", NS).get("href"): e.findtext("atom:updated", "", NS)
            for e in atom.iterfind("atom:entry", NS)
        }
        for row in edited:
            if row["url"] in updated:
                assert updated[row["url"]] == row["modified_at"]


def _normalised(rows: list[dict] | str) -> str:
    """Rows or a page with every loopback origin (free ports differ per run) blanked."""
    text = rows if isinstance(rows, str) else json.dumps(rows, sort_keys=True)
    return re.sub(r"http(://|%3A%2F%2F)127\.0\.0\.\d+(:|%3A)\d+", "<origin>", text)


def test_same_seed_same_network(tmp_path: Path) -> None:
    with DemoProcess(tmp_path / "a", articles=15, seed=11, sites=list(SITES)) as a:
        first = _normalised(a.truth())
        pages_a = [_normalised(get(r["url"])[2].decode()) for r in a.truth()[3::9]]
    with DemoProcess(tmp_path / "b", articles=15, seed=11, sites=list(SITES)) as b:
        second = _normalised(b.truth())
        pages_b = [_normalised(get(r["url"])[2].decode()) for r in b.truth()[3::9]]
    with DemoProcess(tmp_path / "c", articles=15, seed=12, sites=["demo-sentinel"]) as c:
        other = _normalised(c.truth())
    assert first == second
    assert pages_a == pages_b
    assert other != _normalised([r for r in a.truth() if r["site"] == "demo-sentinel"])


def test_stops_when_parent_dies_or_time_runs_out(tmp_path: Path) -> None:
    parent = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    out = tmp_path / "orphan"
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newscrawl",
            "demo",
            "--port",
            "0",
            "--articles",
            "5",
            "--out",
            str(out),
            "--parent-pid",
            str(parent.pid),
            "--sites",
            "demo-chronicle",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not (out / "sites.json").exists():
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(1)
        assert child.poll() is None, "exited while its parent was alive"
        parent.kill()
        parent.wait()
        assert child.wait(timeout=10) == 0
    finally:
        for proc in (parent, child):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    # SIGTERM (and Ctrl-C) stop it cleanly.
    term = DemoProcess(tmp_path / "term", articles=5, sites=["demo-sentinel"]).start()
    assert term.proc is not None
    term.proc.send_signal(signal.SIGTERM)
    assert term.proc.wait(timeout=15) == 0
    timed = DemoProcess(tmp_path / "timed", articles=5, sites=["demo-sentinel"], max_seconds=1.5)
    with timed:
        assert timed.proc is not None
        assert timed.proc.wait(timeout=15) == 0
    assert os.getpid()  # this process is unaffected


def test_startup_errors_are_clear(demo: DemoProcess, tmp_path: Path) -> None:
    with pytest.raises(DemoError, match="unknown demo site"):
        DemoProcess(tmp_path / "bad", articles=5, sites=["no-such-site"]).start()
    taken = urlsplit(demo.origins["demo-sentinel"]).port
    busy = DemoProcess(tmp_path / "busy", articles=5, sites=["demo-sentinel"], port=taken or 0)
    with pytest.raises(DemoError, match="cannot listen"):
        busy.start()
    assert busy.proc is None or busy.proc.poll() is not None
