"""Deduplication: URL, same-site content, near-duplicates across sites and across runs."""

from __future__ import annotations

import contextlib
import tracemalloc
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from datasketch import MinHash
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler

from newscrawl import neardup
from newscrawl.items import Article
from newscrawl.pipelines.dedup import DedupPipeline
from newscrawl.pipelines.storage import StoragePipeline
from newscrawl.store import Store, content_hash

STORY = [
    "GUWAHATI, July 1: The state government on Monday announced a relief package of Rs 500 "
    "crore for families affected by the floods in the Brahmaputra valley, officials said.",
    "Chief Minister told reporters that the money would be released in two instalments, the "
    "first of them before the end of the month, and that district commissioners would "
    "identify the beneficiaries within a week.",
    "More than two lakh people in eighteen districts have been displaced since the river "
    "crossed the danger mark at Neamatighat last Thursday, according to the disaster "
    "management authority.",
    "The opposition said the package came too late and demanded a special session of the "
    "assembly to discuss embankment repairs that had been pending since the last monsoon.",
    "Rescue teams of the national disaster response force were deployed in Morigaon and "
    "Dhemaji, where several villages remained cut off by road on Monday evening.",
]
OTHER = [
    "SHILLONG, July 1: A landslide blocked the national highway between Shillong and Silchar "
    "on Monday, stranding hundreds of trucks carrying essential goods to Tripura and Mizoram.",
    "Police said the debris would take at least two days to clear because of continuous rain, "
    "and advised travellers to use the alternative route through the Barak valley.",
    "Traders in Aizawl warned that prices of rice and fuel could rise if the road stayed shut "
    "for longer than a week, as happened during the monsoon two years ago.",
]


def make(site: str, n: int, paragraphs: list[str], published: str | None = None) -> Article:
    body = "\n\n".join(paragraphs)
    return Article(
        url=f"https://{site}.example/story/{n}/",
        canonical_url=f"https://{site}.example/story/{n}/",
        site=site,
        title=f"{site} story {n}",
        body=body,
        content_hash=content_hash(body),
        published_at=published,
        crawled_at="2025-07-02T00:00:00+00:00",
    )


def crawler_for(tmp_path: Path, **settings: Any) -> Any:
    values = {
        "NEWSCRAWL_OUTPUT_DIR": str(tmp_path),
        "NEWSCRAWL_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "NEWSCRAWL_NEARDUP_DAYS": 0,  # the items below were crawled in 2025
        **settings,
    }
    return get_crawler(settings_dict=values)


def run(tmp_path: Path, items: list[Article], **settings: Any) -> tuple[list[Article], Any]:
    """One 'crawl': dedup then storage, like ITEM_PIPELINES; returns the kept items."""
    crawler = crawler_for(tmp_path, **settings)
    dedup, storage = DedupPipeline.from_crawler(crawler), StoragePipeline.from_crawler(crawler)
    dedup.open_spider()
    storage.open_spider()
    kept = []
    for item in items:
        with contextlib.suppress(DropItem):
            kept.append(storage.process_item(dedup.process_item(item)))
    storage.close_spider()
    dedup.close_spider()
    return kept, crawler.stats


# -- signatures ----------------------------------------------------------------------------


def test_signature_is_datasketch_minhash_of_the_shingles() -> None:
    text = "\n\n".join(STORY)
    hashes = neardup.shingle_hashes(text)
    m = MinHash(num_perm=neardup.NUM_PERM, seed=1, hashfunc=lambda v: v, scheme="affine32")
    m.update_batch([int(h) for h in hashes])
    assert np.array_equal(neardup.signature(text), m.hashvalues)
    nums = neardup.numbers(text)
    sig, back = neardup.from_bytes(neardup.to_bytes(m.hashvalues, nums))
    assert np.array_equal(sig, m.hashvalues) and np.array_equal(back, nums)


def test_a_long_body_is_signed_in_bounded_memory_with_the_same_minhash() -> None:
    rng = np.random.default_rng(3)
    text = " ".join(f"w{n}" for n in rng.integers(0, 50_000, size=150_000))
    hashes = neardup.shingle_hashes(text)
    assert len(hashes) > 100_000
    m = MinHash(num_perm=neardup.NUM_PERM, seed=1, hashfunc=lambda v: v, scheme="affine32")
    m.update_batch([int(h) for h in hashes])
    tracemalloc.start()
    try:
        sig, _ = neardup.fingerprint(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert np.array_equal(sig, m.hashvalues)  # stored signatures stay comparable
    # shingles x 128 permutations x 4 bytes would be 77 MB at once
    assert peak < 20e6, peak


def test_similarity_tracks_edits() -> None:
    base = neardup.signature("\n\n".join(STORY))
    edited = neardup.signature("\n\n".join(["DISPUR: " + STORY[0][18:], *STORY[1:4]]))
    other = neardup.signature("\n\n".join(OTHER))
    assert neardup.similarity(base, edited) >= neardup.THRESHOLD
    assert neardup.similarity(base, other) < 0.1


def test_index_finds_copies_on_other_sites_only() -> None:
    index = neardup.NearDupIndex()
    sig = neardup.signature("\n\n".join(STORY))
    index.add(neardup.Entry("https://a.example/1/", "a", 100.0, 1, None, sig))
    assert [e.canonical_url for e in index.matches(sig)] == ["https://a.example/1/"]
    assert index.matches(sig, exclude_site="a") == []
    assert index.matches(neardup.signature("\n\n".join(OTHER))) == []


def _sharing(sig: np.ndarray, share: float) -> np.ndarray:
    """A signature agreeing with ``sig`` on the first ``share`` of its positions only."""
    out = sig.copy()
    keep = int(len(sig) * share)
    out[keep:] = sig[keep:] ^ np.uint32(0x5BD1E995)
    return out


def test_a_story_with_an_exact_copy_is_not_matched_to_a_look_alike_too() -> None:
    # yesterday's weather report in the same words is just over the threshold; today's
    # copy on another site is the same text: only that copy is the story's
    index = neardup.NearDupIndex()
    sig = neardup.signature("\n\n".join(STORY))
    index.add(neardup.Entry("https://a.example/today/", "a", 200.0, 1, None, sig))
    index.add(
        neardup.Entry("https://b.example/yesterday/", "b", 100.0, 2, None, _sharing(sig, 0.45))
    )
    assert [e.canonical_url for e in index.matches(sig)] == ["https://a.example/today/"]
    # copies edited by their sites, about as close as each other, are all matched
    index = neardup.NearDupIndex()
    index.add(neardup.Entry("https://a.example/1/", "a", 200.0, 1, None, _sharing(sig, 0.8)))
    index.add(neardup.Entry("https://b.example/1/", "b", 100.0, 2, None, _sharing(sig, 0.5)))
    assert sorted(e.canonical_url for e in index.matches(sig)) == [
        "https://a.example/1/",
        "https://b.example/1/",
    ]


# -- the pipeline ---------------------------------------------------------------------------


def test_same_url_twice_is_dropped(tmp_path: Path) -> None:
    a = make("a", 1, STORY)
    kept, stats = run(tmp_path, [a, replace(a, url=a.url + "?utm_source=tw")])
    assert len(kept) == 1
    assert stats.get_value("newscrawl/dropped/duplicate_url") == 1
    assert stats.get_value("newscrawl/dropped/duplicate_url/a") == 1  # per site, for health


def test_same_body_under_another_url_of_the_site_is_dropped(tmp_path: Path) -> None:
    a = make("a", 1, STORY)
    kept, stats = run(tmp_path, [a, make("a", 2, STORY)])
    assert [k.canonical_url for k in kept] == [a.canonical_url]
    assert stats.get_value("newscrawl/dropped/duplicate_content") == 1
    # the stored copy counts in the next run too
    kept, stats = run(tmp_path, [make("a", 3, STORY)])
    assert kept == [] and stats.get_value("newscrawl/dropped/duplicate_content") == 1


def test_a_same_body_url_is_recorded_as_seen(tmp_path: Path) -> None:
    a = make("a", 1, STORY)
    printed = replace(make("a", 2, STORY), url="https://a.example/story/2/?print=1&utm_source=x")
    _, stats = run(tmp_path, [a, printed])  # dropped while a is still in the batch
    assert stats.get_value("newscrawl/dropped/duplicate_content") == 1
    with Store(f"sqlite:///{tmp_path / 'db.sqlite3'}") as store:
        seen = store.load_seen()
        assert seen.find(printed.canonical_url) >= 0  # the next run skips it
        assert seen.find("https://a.example/story/2/?print=1") >= 0
        assert store.count() == 1
    assert stats.get_value("newscrawl/dedup/aliases") == 2
    # a duplicate of an article stored by an earlier run
    run(tmp_path, [make("a", 3, STORY)])
    with Store(f"sqlite:///{tmp_path / 'db.sqlite3'}") as store:
        assert store.load_seen().find("https://a.example/story/3/") >= 0


def test_syndicated_copy_is_kept_and_points_to_the_earliest(tmp_path: Path) -> None:
    original = make("a", 1, STORY, "2025-07-01T09:00:00+05:30")
    edited = ["DISPUR, July 1: " + STORY[0][18:], *STORY[1:4], "(IANS)"]
    copy = make("b", 7, edited, "2025-07-01T11:00:00+05:30")
    unrelated = make("c", 3, OTHER, "2025-07-01T08:00:00+05:30")
    kept, stats = run(tmp_path, [original, copy, unrelated])
    assert [k.duplicate_of for k in kept] == [None, original.canonical_url, None]
    assert stats.get_value("newscrawl/dedup/near_duplicate") == 1
    with Store(f"sqlite:///{tmp_path / 'db.sqlite3'}") as store:
        assert store.get_article(copy.canonical_url)["duplicate_of"] == original.canonical_url


def test_a_copy_crawled_tomorrow_points_to_todays(tmp_path: Path) -> None:
    run(tmp_path, [make("a", 1, STORY, "2025-07-01")])
    kept, _ = run(tmp_path, [make("b", 1, STORY, "2025-07-02")])
    assert kept[0].duplicate_of == "https://a.example/story/1/"


def test_only_recently_crawled_copies_are_loaded(tmp_path: Path) -> None:
    run(tmp_path, [make("a", 1, STORY, "2025-07-01")])  # crawled_at 2025-07-02
    kept, _ = run(tmp_path, [make("b", 1, STORY, "2025-07-02")], NEWSCRAWL_NEARDUP_DAYS=30)
    assert kept[0].duplicate_of is None  # a's copy is older than the window
    kept, _ = run(tmp_path, [make("c", 1, STORY, "2025-07-03")])
    assert kept[0].duplicate_of == "https://a.example/story/1/"


def test_a_copy_of_an_original_outside_the_window_points_to_the_original(tmp_path: Path) -> None:
    run(tmp_path, [make("a", 1, STORY, "2025-07-01")])  # crawled_at 2025-07-02
    later = [replace(make("b", 1, STORY, "2025-07-03"), crawled_at=datetime.now(UTC).isoformat())]
    kept, _ = run(tmp_path, later)  # a is in the window (0: all) when b is crawled
    assert kept[0].duplicate_of == "https://a.example/story/1/"
    # c is crawled when only b is recent: it points to a (b's original), not to b.
    kept, _ = run(tmp_path, [make("c", 1, STORY, "2025-07-04")], NEWSCRAWL_NEARDUP_DAYS=30)
    assert kept[0].duplicate_of == "https://a.example/story/1/"
    with Store(f"sqlite:///{tmp_path / 'db.sqlite3'}") as store:
        assert store.get_article("https://c.example/story/1/")["duplicate_of"] == (
            "https://a.example/story/1/"
        )


def test_without_the_database_a_copy_still_points_past_a_copy(tmp_path: Path) -> None:
    dedup = DedupPipeline.from_crawler(crawler_for(tmp_path))  # not opened: no database
    sig, nums = neardup.fingerprint("\n\n".join(STORY))
    b = neardup.Entry("https://b.example/story/1/", "b", 2.0, 2, "https://a.example/story/1/", sig)
    dedup.index.add(replace(b, numbers=nums))
    item = dedup.process_item(make("c", 1, STORY, "2025-07-04"))
    assert item.duplicate_of == "https://a.example/story/1/"


def test_ties_go_to_the_copy_stored_first(tmp_path: Path) -> None:
    run(tmp_path, [make("a", 1, STORY, "2025-07-01")])
    kept, _ = run(tmp_path, [make("b", 1, STORY, "2025-07-01"), make("c", 1, STORY, None)])
    assert [k.duplicate_of for k in kept] == ["https://a.example/story/1/"] * 2


def test_an_earlier_copy_found_later_becomes_the_original(tmp_path: Path) -> None:
    run(tmp_path, [make("b", 1, STORY, "2025-07-02"), make("c", 1, STORY, "2025-07-03")])
    kept, stats = run(tmp_path, [make("a", 1, STORY, "2025-07-01")])
    assert kept[0].duplicate_of is None
    assert stats.get_value("newscrawl/dedup/new_original") == 1
    with Store(f"sqlite:///{tmp_path / 'db.sqlite3'}") as store:
        for site in "bc":
            row = store.get_article(f"https://{site}.example/story/1/")
            assert row["duplicate_of"] == "https://a.example/story/1/"
    kept, _ = run(tmp_path, [make("d", 1, STORY, "2025-07-04")])
    assert kept[0].duplicate_of == "https://a.example/story/1/"


def test_an_edited_original_recrawled_stays_the_original(tmp_path: Path) -> None:
    original = make("a", 1, STORY, "2025-07-01")
    run(tmp_path, [original, make("b", 1, ["Advertisement", *STORY], "2025-07-01")])
    edited = replace(
        make("a", 1, [*STORY[:-1], STORY[-1] + " (IANS)"], "2025-07-01"),
        crawled_at="2025-07-03T00:00:00+00:00",
    )
    kept, stats = run(tmp_path, [edited])
    assert [k.duplicate_of for k in kept] == [None]  # not a copy of itself
    assert not stats.get_value("newscrawl/articles/duplicates")
    with Store(f"sqlite:///{tmp_path / 'db.sqlite3'}") as store:
        row = store.get_article(original.canonical_url)
        assert (row["version"], row["duplicate_of"]) == (2, None)
        copy = store.get_article("https://b.example/story/1/")
        assert copy["duplicate_of"] == original.canonical_url


def test_a_recrawled_original_that_became_a_copy_hands_over_its_copies(tmp_path: Path) -> None:
    earlier = make("c", 1, [*OTHER, *STORY[:2]], "2025-07-01")
    original = make("a", 1, STORY, "2025-07-02")
    run(tmp_path, [earlier, original, make("b", 1, STORY, "2025-07-03")])
    # The edit adds the text that an earlier article of site c also has.
    edited = replace(make("a", 1, [*STORY, *OTHER], "2025-07-02"), crawled_at="2025-07-04T00:00Z")
    kept, _ = run(tmp_path, [edited])
    assert [k.duplicate_of for k in kept] == [earlier.canonical_url]
    with Store(f"sqlite:///{tmp_path / 'db.sqlite3'}") as store:
        for url in (original.canonical_url, "https://b.example/story/1/"):
            assert store.get_article(url)["duplicate_of"] == earlier.canonical_url


def test_setting_drops_near_duplicates(tmp_path: Path) -> None:
    kept, stats = run(
        tmp_path,
        [make("a", 1, STORY), make("b", 1, STORY)],
        NEWSCRAWL_NEARDUP_DROP=True,
    )
    assert len(kept) == 1
    assert stats.get_value("newscrawl/dropped/near_duplicate") == 1
    assert stats.get_value("newscrawl/dropped/near_duplicate/b") == 1
    assert stats.get_value("newscrawl/articles/duplicates") == 1


def test_each_body_is_fingerprinted_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = neardup.fingerprint

    def counted(text: str) -> tuple[np.ndarray, np.ndarray]:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(neardup, "fingerprint", counted)
    monkeypatch.setattr(neardup, "_recent", {}, raising=False)
    run(tmp_path, [make("a", 1, STORY), make("b", 2, OTHER)])  # dedup, then the store
    assert len(calls) == 2


def test_switched_off_is_not_configured(tmp_path: Path) -> None:
    with pytest.raises(NotConfigured):
        DedupPipeline.from_crawler(crawler_for(tmp_path, NEWSCRAWL_DEDUP_ENABLED=False))


@pytest.mark.slow
def test_demo_syndicated_copies_point_to_the_earliest_in_the_database(tmp_path: Path) -> None:
    """Crawl two demo sites; judge duplicate_of in the database against the demo's truth."""
    import json

    from crawlutil import run_crawl

    from newscrawl.demo.process import DemoProcess
    from newscrawl.store import to_epoch
    from newscrawl.urls import canonical_url

    sites = ("demo-sentinel", "demo-chronicle")
    with DemoProcess(tmp_path / "demo", articles=36, seed=4, sites=list(sites)) as demo:
        origins = tmp_path / "origins.json"
        origins.write_text(json.dumps({s: demo.origins[s] for s in sites}))
        proc = run_crawl(
            ["-a", f"site={','.join(sites)}", "-a", f"origins={origins}"],
            tmp_path / "out",
            settings={"NEWSCRAWL_HEALTH_ENABLED": "False"},
        )
        truth = demo.truth()
    assert proc.returncode == 0, proc.stderr[-3000:]
    by_story: dict[str, list[dict[str, Any]]] = {}
    with Store(f"sqlite:///{tmp_path / 'out' / 'newscrawl.sqlite3'}") as store:
        for row in truth:
            stored = store.get_article(canonical_url(row["url"]))
            if stored is not None:
                by_story.setdefault(row["story_id"], []).append(stored)
    syndicated = {k: v for k, v in by_story.items() if len(v) > 1}
    assert len(syndicated) >= 3, "the demo crawl should store several syndicated stories"
    for copies in syndicated.values():
        first = min(copies, key=lambda r: (to_epoch(r["published_at"]), r["id"]))
        assert first["duplicate_of"] is None
        for other in copies:
            if other is not first:
                assert other["duplicate_of"] == first["canonical_url"]
    singles = [v[0] for v in by_story.values() if len(v) == 1]
    assert singles and all(r["duplicate_of"] is None for r in singles)
