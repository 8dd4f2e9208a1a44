"""A third measure: newspaper4k's test pages, newscrawl vs trafilatura, on the body.

    .venv/bin/pip download --no-deps --no-binary :all: newspaper4k==0.9.6
    tar xzf newspaper4k-0.9.6.tar.gz
    .venv/bin/python bench/newspaper4k_pages.py newspaper4k-0.9.6/

newspaper4k's source distribution holds real pages (``tests/data/html/NAME.html``: CNN,
Time, Wired, Nikkei, Prachatai, Xinhua, a Latvian, an Arabic and a Burmese paper, ...),
the text its tests expect newspaper4k to extract from each (``tests/data/txt/NAME.txt``)
and its metadata (``tests/data/metadata/NAME.json``, with the page's ``url``). None of it
was written for newscrawl. Both tools get the same decoded page; for each, the body's
word tokens (lower-cased ``\\w+``, counted as a multiset) are compared with the expected
text's: precision, recall and F1 per page, then averaged over the pages, and how many
pages reach an F1 of 0.95.

The expected text is newspaper4k's own output as its maintainers accepted it, not a
gold written by hand: now and then it keeps a caption, a related story's title or an
editor's credit, which a cleaner body then "misses". Read the figures side by side.
Nothing is fetched.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newscrawl.extraction.evaluation import (
    Extractor,
    decode_html,
    newscrawl_extractor,
    trafilatura_extractor,
)

_TOKEN = re.compile(r"\w+")
#: A page whose body scores at least this F1 counts as right.
GOOD_F1 = 0.95


@dataclass
class Case:
    """One test page: its name, address (None when its metadata gives none), the page's
    file and the text expected of it."""

    name: str
    url: str | None
    html: Path
    expected: str


def read_cases(root: Path) -> list[Case]:
    """The pages under ``root/tests/data`` that have both an HTML file and expected text."""
    data = root / "tests" / "data"
    cases = []
    for text in sorted((data / "txt").glob("*.txt")):
        html = data / "html" / f"{text.stem}.html"
        if not html.is_file():
            continue
        meta = data / "metadata" / f"{text.stem}.json"
        url = json.loads(meta.read_text(encoding="utf-8")).get("url") if meta.is_file() else None
        cases.append(Case(text.stem, url or None, html, text.read_text(encoding="utf-8")))
    return cases


def token_scores(body: str, expected: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``body``'s word tokens against ``expected``'s.

    >>> token_scores("the council met", "the council met on Monday")
    (1.0, 0.6, 0.75)
    >>> token_scores("", "text")
    (0.0, 0.0, 0.0)
    """
    got, want = Counter(_TOKEN.findall(body.lower())), Counter(_TOKEN.findall(expected.lower()))
    common = sum((got & want).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return precision, recall, round(2 * precision * recall / (precision + recall), 6)


@dataclass
class Score:
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    seconds: float = 0.0
    errors: int = 0

    def mean(self, values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0


def score(extractors: dict[str, Extractor], cases: list[Case]) -> dict[str, Score]:
    """Run each extractor over the cases (after a warm-up on the first; the tools
    alternate going first, page by page, as they share htmldate's and dateparser's
    caches) and score their bodies."""
    results = {name: Score() for name in extractors}
    order = list(extractors)
    if cases:  # warm up: loading languages and models is no page's cost
        html = decode_html(cases[0].html.read_bytes())
        for extractor in extractors.values():
            with contextlib.suppress(Exception):  # (counted when the page is scored)
                extractor(html, cases[0].url)
    for i, case in enumerate(cases):
        html = decode_html(case.html.read_bytes())
        for name in order if i % 2 == 0 else order[::-1]:
            result = results[name]
            started = time.perf_counter()
            try:
                body = extractors[name](html, case.url).body or ""
            except Exception:  # scored as nothing found, never aborts the run
                result.errors += 1
                body = ""
            result.seconds += time.perf_counter() - started
            p, r, f = token_scores(body, case.expected)
            result.precision.append(p)
            result.recall.append(r)
            result.f1.append(f)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sdist", type=Path, help="the unpacked source distribution")
    args = parser.parse_args(argv)
    if not (args.sdist / "tests" / "data" / "txt").is_dir():
        parser.error(f"{args.sdist} holds no tests/data/txt/: give the unpacked sdist's folder")
    cases = read_cases(args.sdist)
    print(f"{len(cases)} pages with expected text")
    print(f"{'tool':<12} {'P':>6} {'R':>6} {'F1':>6} {'F1>=' + str(GOOD_F1):>9} {'ms/page':>8} err")
    extractors = {"newscrawl": newscrawl_extractor(), "trafilatura": trafilatura_extractor()}
    for name, s in score(extractors, cases).items():
        good = sum(f >= GOOD_F1 for f in s.f1)
        ms = 1000 * s.seconds / len(cases) if cases else 0.0
        print(
            f"{name:<12} {s.mean(s.precision):6.3f} {s.mean(s.recall):6.3f} {s.mean(s.f1):6.3f}"
            f" {f'{good}/{len(cases)}':>9} {ms:8.1f} {s.errors:3d}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
