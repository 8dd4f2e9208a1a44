"""Benchmark: load the incremental seen-state of N stored article URLs (default 1,000,000).

Fills a throw-away PostgreSQL schema (or a SQLite file) with N articles through SQL
(``generate_series``) and their URL keys through ``COPY``, then loads the seen-state
in a fresh process, as a crawl does at start, and prints the time, the peak memory
the load needed (RSS growth and tracemalloc peak) and the size of what it keeps.
Targets: under 10 s and under 100 MB for 1,000,000 URLs from PostgreSQL.

    .venv/bin/python bench/seen_state.py                  # PostgreSQL on 127.0.0.1:5432
    .venv/bin/python bench/seen_state.py --sqlite /tmp/seen.sqlite3 -n 200000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.store import Store, url_key  # noqa: E402

PG = os.environ.get("NEWSCRAWL_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def url_of(i: int) -> str:
    return f"https://site{i % 50}.example/news/2025/07/{i}-a-regional-story-headline/"


FILL_ARTICLES = """
INSERT INTO articles (id, canonical_url, url, site, title, body, authors, tags, related_urls,
    word_count, content_hash, crawled_at, schema_version, version, first_crawled_at,
    published_ts, fresh_ts, checked_ts)
SELECT g, u, u, 'site' || (g %% 50), 'Title ' || g, 'Body ' || g, '[]', '[]', '[]', 2,
    md5(g::text), '2025-07-01T00:00:00+00:00', 1, 1, '2025-07-01T00:00:00+00:00',
    1751328000 - g, 1751328000 - g, 1751328000
FROM (SELECT g, 'https://site' || (g %% 50) || '.example/news/2025/07/' || g
      || '-a-regional-story-headline/' AS u FROM generate_series(1, %(n)s) AS g) AS s
"""


def fill_postgres(url: str, n: int) -> None:
    with Store(url) as store, store.engine.begin() as conn:
        raw = conn.connection.driver_connection
        with raw.cursor() as cur:
            cur.execute(FILL_ARTICLES, {"n": n})
            with cur.copy("COPY article_urls (url_key, article_id) FROM STDIN") as copy:
                for i in range(1, n + 1):
                    copy.write(f"{url_key(url_of(i))}\t{i}\n")
            cur.execute("ANALYZE articles")
            cur.execute("ANALYZE article_urls")


def fill_sqlite(url: str, n: int) -> None:
    with Store(url) as store, store.engine.begin() as conn:
        raw = conn.connection.driver_connection
        sql = (
            FILL_ARTICLES.replace("%(n)s", str(n))
            .replace("%%", "%")
            .replace("md5(g::text)", "hex(g)")
        )
        sql = sql.replace(
            f"generate_series(1, {n}) AS g",
            f"(WITH RECURSIVE c(g) AS (SELECT 1 UNION ALL SELECT g+1 FROM c WHERE g < {n}) "
            "SELECT g FROM c) AS t",
        )
        raw.execute(sql)
        raw.executemany(
            "INSERT INTO article_urls (url_key, article_id) VALUES (?, ?)",
            ((url_key(url_of(i)), i) for i in range(1, n + 1)),
        )


def measure(url: str, n: int) -> dict[str, float]:
    """Run in a fresh process: what one crawl pays at start."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    store = Store(url).open()
    tracemalloc.start()
    started = time.perf_counter()
    seen = store.load_seen()
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    store.close()
    found = sum(seen.find(url_of(i)) >= 0 for i in range(1, n + 1, max(1, n // 1000)))
    missing = sum(seen.find(url_of(i) + "x") >= 0 for i in range(1, 1001))
    started = time.perf_counter()
    for i in range(1, 100_001):
        seen.find(url_of(i))
    lookup_us = (time.perf_counter() - started) / 100_000 * 1e6
    return {
        "urls": len(seen),
        "seconds": elapsed,
        "peak_rss_growth_mb": rss_after - rss_before,
        "tracemalloc_peak_mb": peak / 1e6,
        "kept_mb": seen.nbytes / 1e6,
        "sampled_found": found,
        "false_hits": missing,
        "lookup_us": lookup_us,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1_000_000, help="stored article URLs")
    parser.add_argument("--sqlite", type=Path, help="benchmark a SQLite file instead")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.n)))
        return 0

    schema = None
    if args.sqlite:
        args.sqlite.unlink(missing_ok=True)
        url = f"sqlite:///{args.sqlite.resolve()}"
    else:
        import psycopg

        schema = f"bench_{uuid.uuid4().hex[:10]}"
        plain = PG.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        url = f"{PG}?options=-csearch_path%3D{schema}"
    try:
        started = time.perf_counter()
        (fill_sqlite if args.sqlite else fill_postgres)(url, args.n)
        print(f"filled {args.n:,} articles in {time.perf_counter() - started:.1f} s")
        proc = subprocess.run(
            [sys.executable, __file__, "-n", str(args.n), "--measure", url],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(proc.stdout)
        backend = "SQLite" if args.sqlite else "PostgreSQL"
        print(f"seen-state from {backend}: {r['urls']:,} URL keys")
        print(f"  load time            {r['seconds']:.2f} s   (target < 10 s)")
        print(f"  peak RSS growth      {r['peak_rss_growth_mb']:.1f} MB (target < 100 MB)")
        print(f"  tracemalloc peak     {r['tracemalloc_peak_mb']:.1f} MB")
        print(f"  kept in memory       {r['kept_mb']:.1f} MB")
        print(f"  lookup               {r['lookup_us']:.1f} us per URL (canonicalised)")
        print(f"  sampled stored URLs found: {r['sampled_found']}, false hits: {r['false_hits']}")
    finally:
        if schema:
            with psycopg.connect(plain, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    return 0


if __name__ == "__main__":
    sys.exit(main())
