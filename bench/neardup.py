"""Benchmark: near-duplicate detection (precision, recall) and indexing cost.

Labelled set (every document on a site of its own, so every pair is cross-site):

- the demo network's syndicated wire stories (``story_id`` shared across sites; the
  demo rewords the lead, drops and adds a paragraph) and all its other articles,
  which are written from the same sentence templates (natural hard negatives);
- edited variants of demo stories: reworded lead, added paragraph, dropped paragraph,
  other dateline, other byline, and two of these at once;
- hard negatives: another story on the same topic and place with the same agency
  boilerplate, a follow-up of the same event (shares the background paragraph and
  the names), templated briefs (weather, markets) on other days and places.

Precision and recall are over unordered pairs: a predicted pair is two documents the
index returns for each other (LSH candidate confirmed by estimated Jaccard >=
threshold); a true pair is two documents of one story.

Then the cost of indexing N (default 100,000) synthetic articles of 250-600 words:
signature + LSH insert, wall time and peak memory (RSS growth, tracemalloc); and of
signing one very long body (8.5 MB).

With ``--redis URL``, also the cost of a distributed run's shared index
(:mod:`newscrawl.neardup_redis`): per article, what a worker does under the run's
lock (look up the story's copies, publish the article), and the Redis memory used.

    .venv/bin/python bench/neardup.py [--articles 100000] [--threshold 0.4]
        [--redis redis://127.0.0.1:6379/0 [--redis-articles 5000]]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl import neardup  # noqa: E402
from newscrawl.demo import text  # noqa: E402
from newscrawl.demo.generator import Network  # noqa: E402
from newscrawl.demo.sites import site_specs  # noqa: E402

Doc = tuple[str, str, str]  # (story label, kind, body)


def sentences(rng: random.Random, place: str, n: int) -> str:
    return " ".join(text.fill(rng.choice(text.SENTENCE_TEMPLATES), rng, place) for _ in range(n))


def story(rng: random.Random, place: str, paragraphs: int) -> list[str]:
    return [sentences(rng, place, rng.randint(2, 4)) for _ in range(paragraphs)]


BOILERPLATE = (
    "This story has not been edited by our staff and is published from a syndicated "
    "agency feed. For the latest news and updates from the region, follow us on our "
    "social media channels and subscribe to our daily newsletter."
)


SKIES = ("generally cloudy sky", "partly cloudy sky", "rain or thundershowers", "clear sky")


def weather(rng: random.Random, place: str, day: int) -> str:
    lo = rng.randint(12, 26)
    hi, rain = lo + rng.randint(6, 12), f"{rng.randint(0, 80)}.{rng.randint(0, 9)}"
    return "\n\n".join(
        [
            f"{place.upper()}, July {day}: The maximum temperature in {place} on "
            f"{rng.choice(text.WEEKDAYS)} was {hi}.{rng.randint(0, 9)} degrees Celsius and the "
            f"minimum {lo}.{rng.randint(0, 9)} degrees Celsius, the Regional Meteorological "
            "Centre said.",
            f"The relative humidity ranged between {rng.randint(40, 60)} and "
            f"{rng.randint(61, 98)} per cent. The city received {rain} mm of rain in the 24 "
            "hours ending at 8.30 am.",
            f"The forecast for the next 48 hours is {rng.choice(SKIES)} with "
            f"{rng.choice(('light', 'moderate', 'heavy'))} rain at a few places, and the "
            f"maximum temperature is likely to be around {hi + rng.randint(-2, 2)} degrees "
            "Celsius.",
        ]
    )


def market(rng: random.Random, day: int) -> str:
    def move() -> str:
        verb = rng.choice(("rose", "fell", "gained", "lost"))
        return f"{verb} {rng.randint(20, 900)}.{rng.randint(10, 99)} points"

    sensex = f"{rng.randint(70000, 82000)}.{rng.randint(10, 99)}"
    nifty = f"{rng.randint(21000, 25000)}.{rng.randint(10, 99)}"
    return "\n\n".join(
        [
            f"MUMBAI, July {day}: The BSE Sensex {move()} to close at {sensex} on "
            f"{rng.choice(text.WEEKDAYS)}, while the NSE Nifty {move()} to settle at {nifty}.",
            f"{rng.choice(('Banking', 'IT', 'Metal', 'Auto', 'Pharma', 'FMCG'))} stocks led the "
            f"{rng.choice(('gains', 'losses'))}, with {rng.randint(2, 20)} of the 30 Sensex "
            "components ending in the green, traders said.",
            f"The rupee {rng.choice(('rose', 'fell'))} {rng.randint(1, 40)} paise to "
            f"{rng.randint(82, 86)}.{rng.randint(10, 99)} against the US dollar, and Brent crude "
            f"traded at {rng.randint(65, 90)}.{rng.randint(10, 99)} dollars a barrel.",
        ]
    )


def labelled_set(seed: int, per_site: int) -> list[Doc]:
    rng = random.Random(seed)
    net = Network(list(site_specs().values()), seed=seed, articles=per_site)
    rows = list(net.truth_rows())
    docs: list[Doc] = [(r["story_id"], "demo", r["body"]) for r in rows]
    bases = [r for r in rows if not r["story_id"].startswith("wire-")][: per_site // 2]
    for n, row in enumerate(bases):
        label = row["story_id"]
        paras = row["body"].split("\n\n")
        place = rng.choice(text.PLACES)
        # edited variants: the same story
        lead = paras[:]
        lead[0] = sentences(rng, place, 2)
        added = [*paras[:3], sentences(rng, place, 3), *paras[3:]]
        dropped = paras[:2] + paras[3:]
        first = paras[0].split(": ", 1)[-1] if ": " in paras[0][:40] else paras[0]
        dateline = [f"{rng.choice(text.PLACES).upper()}, July {rng.randint(1, 28)}: {first}"]
        dateline += paras[1:]
        byline = [f"By {text.person(rng)}", *paras, f"-- {rng.choice(('PTI', 'IANS', 'UNI'))}"]
        both = [sentences(rng, place, 2), *paras[1:3], *paras[4:]]
        for kind, body in (
            ("reworded_lead", lead),
            ("added_paragraph", added),
            ("dropped_paragraph", dropped),
            ("other_dateline", dateline),
            ("other_byline", byline),
            ("lead_and_dropped", both),
        ):
            docs.append((label, kind, "\n\n".join(body)))
        # hard negatives: other stories
        docs.append(
            (
                f"neg-topic-{n}",
                "same_topic_boilerplate",
                "\n\n".join([*story(rng, place, len(paras)), BOILERPLATE]),
            )
        )
        docs.append((label, "with_boilerplate", "\n\n".join([*paras, BOILERPLATE])))
        follow = story(rng, place, 4)
        follow.insert(2, paras[min(2, len(paras) - 1)])  # the background paragraph again
        follow.append(f"Earlier, {paras[0][:120]}")
        docs.append((f"neg-follow-{n}", "follow_up", "\n\n".join(follow)))
        docs.append(
            (f"neg-weather-{n}", "weather_brief", weather(rng, rng.choice(text.PLACES), n % 28 + 1))
        )
        docs.append((f"neg-market-{n}", "market_report", market(rng, n % 28 + 1)))
    return docs


def evaluate(docs: list[Doc], threshold: float) -> dict[str, float]:
    """Pairwise and per-document (as the dedup pipeline decides) precision and recall."""
    index = neardup.NearDupIndex(threshold=threshold)
    sigs = [neardup.fingerprint(body) for _, _, body in docs]
    labels = [label for label, _, _ in docs]
    # Per document, in order, as DedupPipeline does: a copy is flagged when the index
    # holds a similar document of another site; its duplicate_of is that copy's root.
    flagged = correct = should = 0
    first_of: dict[str, int] = {}
    wrong_kinds: Counter[str] = Counter()
    missed_kinds: Counter[str] = Counter()
    for i, (sig, nums) in enumerate(sigs):
        found = index.matches(sig, nums, exclude_site=str(i))
        is_copy = labels[i] in first_of
        should += is_copy
        if found:
            flagged += 1
            root = min((index.root_of(e) for e in found), key=lambda e: e.order)
            if labels[root.seq] == labels[i]:
                correct += 1
            else:
                wrong_kinds[f"{docs[i][1]}->{docs[root.seq][1]}"] += 1
            dup = root.canonical_url
        else:
            dup = None
            if is_copy:
                missed_kinds[docs[i][1]] += 1
        first_of.setdefault(labels[i], i)
        index.add(neardup.Entry(str(i), str(i), None, i, dup, sig, nums))
    doc_p = correct / flagged if flagged else 1.0
    doc_r = correct / should if should else 1.0
    # Pairwise: every two documents of one story should find each other.
    predicted: set[tuple[int, int]] = set()
    for i, (sig, nums) in enumerate(sigs):
        for e in index.matches(sig, nums, exclude_site=str(i)):
            predicted.add((min(i, e.seq), max(i, e.seq)))
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        by_label[label].append(i)
    truth = {(a, b) for ids in by_label.values() for a in ids for b in ids if a < b}
    tp = len(predicted & truth)
    pair_p = tp / len(predicted) if predicted else 1.0
    pair_r = tp / len(truth) if truth else 1.0
    demo = {p for p in truth if docs[p[0]][1] == docs[p[1]][1] == "demo"}
    kinds = Counter(k for _, k, _ in docs)
    print(f"labelled set: {len(docs)} documents, {len(by_label)} stories")
    print(f"  kinds: {dict(kinds)}")
    print(
        f"  threshold {threshold}, {neardup.SHINGLE_WORDS}-word shingles, "
        f"{neardup.NUM_PERM} permutations"
    )
    print(
        f"  per document (the pipeline's decision): precision {doc_p:.3f}  recall {doc_r:.3f}"
        f"  ({correct} right of {flagged} flagged, {should} copies)"
    )
    print(f"    missed copies by kind: {dict(missed_kinds) or 'none'}")
    print(f"    wrong flags: {dict(wrong_kinds) or 'none'}")
    print(
        f"  pairwise (every two copies find each other): precision {pair_p:.3f}  "
        f"recall {pair_r:.3f}  ({tp} of {len(truth)} true pairs, {len(predicted)} predicted)"
    )
    print(f"    demo syndicated pairs found: {len(demo & predicted)}/{len(demo)}")
    return {"doc_p": doc_p, "doc_r": doc_r, "pair_p": pair_p, "pair_r": pair_r}


def synthetic(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        place = rng.choice(text.PLACES)
        out.append("\n\n".join(story(rng, place, rng.randint(5, 12))))
    return out


def cost(n: int, threshold: float, seed: int) -> None:
    started = time.perf_counter()
    bodies = synthetic(n, seed)
    words = sum(len(b.split()) for b in bodies) / len(bodies)
    print(
        f"generated {n:,} articles (mean {words:.0f} words) in "
        f"{time.perf_counter() - started:.1f} s (not counted)"
    )
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    index = neardup.NearDupIndex(threshold=threshold)
    for i, body in enumerate(bodies):
        sig, nums = neardup.fingerprint(body)
        index.add(
            neardup.Entry(f"https://s{i % 40}.example/{i}/", f"s{i % 40}", None, i, None, sig, nums)
        )
    elapsed = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    hits = sum(bool(index.matches(*neardup.fingerprint(b))) for b in bodies[:1000])
    query_s = time.perf_counter() - started
    print(
        f"indexed {len(index):,} articles (signature + insert) in {elapsed:.1f} s (target < 60 s)"
    )
    print(
        f"  peak process RSS grew {rss_after - rss_before:.0f} MB while indexing (target < 500 MB)"
    )
    print(f"  1,000 queries (fingerprint + lookup) in {query_s:.2f} s; {hits} found themselves")
    # The same again under tracemalloc (slow: it traces every allocation) for Python's view.
    small = bodies[: n // 10]
    tracemalloc.start()
    index = neardup.NearDupIndex(threshold=threshold)
    for i, body in enumerate(small):
        sig, nums = neardup.fingerprint(body)
        index.add(
            neardup.Entry(f"https://s{i % 40}.example/{i}/", f"s{i % 40}", None, i, None, sig, nums)
        )
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  tracemalloc, {len(small):,} articles: index holds {current / 1e6:.0f} MB, "
        f"peak {peak / 1e6:.0f} MB (x10 for {n:,}: {current * 10 / 1e6:.0f} MB)"
    )


def long_body(mb: float, seed: int) -> None:
    """One very long body (a live blog, a page near DOWNLOAD_MAXSIZE): time and memory."""
    rng = random.Random(seed)
    words = [f"w{rng.randrange(200_000)}" for _ in range(int(mb * 1e6 / 7))]
    body = "\n\n".join(" ".join(words[i : i + 100]) for i in range(0, len(words), 100))
    del words
    tracemalloc.start()
    started = time.perf_counter()
    neardup.fingerprint(body)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"one {len(body) / 1e6:.1f} MB body: fingerprint in {elapsed:.1f} s, "
        f"peak {peak / 1e6:.0f} MB (tracemalloc)"
    )


def shared_cost(url: str, n: int, threshold: float, seed: int) -> None:
    """Lock, look-up and publish per article on a real Redis, under a key prefix of its own."""
    import uuid

    from newscrawl.neardup_redis import SharedNearDupIndex

    bodies = synthetic(n, seed + 1)
    prints = [neardup.fingerprint(b) for b in bodies]
    base = f"newscrawl-bench-{uuid.uuid4().hex[:8]}"
    shared = SharedNearDupIndex.from_url(
        url, base, neardup.NearDupIndex(threshold=threshold).band_hashes, threshold=threshold
    )
    before = int(shared.client.info("memory")["used_memory"])
    started = time.perf_counter()
    found = 0
    try:
        for i, (sig, nums) in enumerate(prints):
            with shared.locked():
                found += bool(shared.related(sig, [f"https://s{i % 40}.example/{i}/"]))
                entry = neardup.Entry(
                    f"https://s{i % 40}.example/{i}/", f"s{i % 40}", None, i, None, sig, nums
                )
                shared.publish([entry])
        elapsed = time.perf_counter() - started
        used = int(shared.client.info("memory")["used_memory"]) - before
    finally:
        for key in shared.client.scan_iter(f"{base}:*"):
            shared.client.delete(key)
        shared.close()
    print(
        f"shared index on {url}: {n:,} articles (lock, look-up, publish) in {elapsed:.1f} s, "
        f"{elapsed / n * 1000:.2f} ms each; {found} matched an earlier one; "
        f"Redis memory +{used / 1e6:.1f} MB ({used / n / 1e3:.1f} KB per article)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles to index")
    parser.add_argument("--per-site", type=int, default=300, help="demo articles per site")
    parser.add_argument("--threshold", type=float, default=neardup.THRESHOLD)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-cost", action="store_true")
    parser.add_argument("--long-body-mb", type=float, default=8.5, help="size of the long body")
    parser.add_argument("--redis", metavar="URL", help="also measure the shared index there")
    parser.add_argument("--redis-articles", type=int, default=5000)
    args = parser.parse_args()
    evaluate(labelled_set(args.seed, args.per_site), args.threshold)
    if not args.skip_cost:
        cost(args.articles, args.threshold, args.seed)
        long_body(args.long_body_mb, args.seed)
    if args.redis:
        shared_cost(args.redis, args.redis_articles, args.threshold, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
