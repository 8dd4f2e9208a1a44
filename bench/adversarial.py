"""Worst cases: extraction time on pathological pages, newscrawl beside trafilatura.

    .venv/bin/python bench/adversarial.py [--repeat N]

Each page is a shape real crawls meet in exaggerated form (a title stuffed with
separators, a text node of digits, dozens of unparseable dates, a byline of thousands of
names, thousands of author spans, long runs of blocks in two ``<article>`` elements,
40,000 paragraphs, 100,000 headings that open a paragraph and are never closed). Both
tools get the same string; each is warmed up first (models,
date-parser caches) and the best of ``--repeat`` runs is printed, in milliseconds, with
the page size. newscrawl must stay within a small multiple of trafilatura's time on
every page (it runs trafilatura as its fallback body extractor).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newscrawl.extraction.evaluation import newscrawl_extractor, trafilatura_extractor

URL = "https://news.example/2025/07/01/story/"
P = "<p>Floods hit the valley again on Tuesday, officials said.</p>"


def _page(head: str, body: str) -> str:
    return f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>"


DATES = _page(
    "".join(
        f'<meta property="article:published_time" content="{i} Blorp 2020 x{i}">' for i in range(70)
    ),
    P * 5,
)
PAGES: dict[str, str] = {
    "title of 1,000 separators": _page("<title>" + "a | " * 1000 + "</title>", P * 5),
    "headline of 20,000 words": _page(
        "<title>" + "a : " * 2000 + "</title>", "<h1>" + "w " * 20000 + "</h1>" + P * 5
    ),
    "10,000-digit line": _page("", "<p>" + "1" * 10000 + "</p>" + P * 5),
    "70 unparseable dates": DATES,
    "byline of 10,000 names": _page(
        '<meta name="author" content="' + "Ann Lee, " * 10000 + '">', P * 5
    ),
    "1,000 author spans": _page("", "<span class='author'>Ann Lee</span>" * 1000 + P * 5),
    "2 articles of 4,000 blocks": _page(
        "", ("<article>" + "\n<div>\n<p>x</p>\n</div>" * 4000 + "</article>") * 2
    ),
    "40,000 paragraphs": _page("", "<p>Some paragraph text.</p>" * 40000),
    "100,000 unclosed headings": _page("", "<h1><p>" * 100000 + P * 5),
}


def best_ms(run: Callable[[str, str | None], object], html: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run(html, URL)
        best = min(best, time.perf_counter() - started)
    return 1000 * best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs per page; the best counts")
    args = parser.parse_args(argv)
    tools = {"newscrawl": newscrawl_extractor(), "trafilatura": trafilatura_extractor()}
    for run in tools.values():  # models and caches loaded before anything is timed
        run(_page("<title>Warm up - Site</title>", P * 5), URL)
        run(DATES, URL)
    print(f"{'page':<28} {'KB':>6} {'newscrawl ms':>13} {'trafilatura ms':>15} {'ratio':>6}")
    for name, html in PAGES.items():
        nc, tf = (best_ms(run, html, args.repeat) for run in tools.values())
        print(f"{name:<28} {len(html) // 1024:>6} {nc:>13.0f} {tf:>15.0f} {nc / tf:>6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
