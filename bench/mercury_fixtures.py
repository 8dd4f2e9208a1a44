"""A second, independent measure: Mercury parser's fixture pages, newscrawl vs trafilatura.

    npm pack @postlight/mercury-parser@1.1.1 && tar xzf postlight-mercury-parser-1.1.1.tgz
    .venv/bin/python bench/mercury_fixtures.py package/

Mercury parser's npm package holds 110 news pages saved from 91 publishers
(``fixtures/``) and, for each publisher, a test (``src/extractors/custom/*/index.test.js``)
naming the page's address and the title, author, publication date and first words of
the body its maintainers expect. None of them was written for newscrawl, so they measure
how its generic extraction does on pages that nobody here tuned it on. Both tools get the
same decoded page (with its meta tags' ``content`` restored, see
``restore_meta_content``); printed per tool:

- title: equal after NFKC, casefold and whitespace collapse (as ``bench/extraction.py``);
- author: the same set of names (Mercury keeps a desk, "TMZ STAFF", "Smart Shopping
  Team", as the author; newscrawl names people only, so those count against it);
- date: the expected instant (UTC) on the same day as the extracted date, read as the
  page printed it or converted to UTC;
- lead: the body opens with the expected first words (Mercury's content often opens with
  a photo caption, which newscrawl drops), and ``in body``: they are in it at all.

The tests are read with regular expressions (string literals only), so a test written
otherwise is skipped, and counted. Nothing is fetched.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newscrawl.extraction.evaluation import (
    Extractor,
    Prediction,
    author_set,
    decode_html,
    newscrawl_extractor,
    normalise_text,
    normalise_ws,
    trafilatura_extractor,
)

#: A JavaScript string literal in single, double or back quotes.
_STRING = r"""(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\])*)`)"""
_URL = re.compile(r"\burl\s*=\s*" + _STRING)
_FIXTURE = re.compile(r"readFileSync\(\s*" + _STRING)
_FIRST_WORDS = re.compile(
    r"const first\d+ = excerptContent\(.*?\);\s*(?://[^\n]*\n\s*)*"
    r"assert\.equal\(\s*first\d+\s*,\s*" + _STRING,
    re.S,
)
FIELDS = ("title", "author", "date_published")


def _literal(m: re.Match[str], first_group: int = 1) -> str:
    raw = next(g for g in m.groups()[first_group - 1 : first_group + 2] if g is not None)
    return re.sub(r"\\(.)", r"\1", raw)


@dataclass
class Case:
    """One fixture page and what Mercury's test expects of it (``None``: not asserted)."""

    url: str
    fixture: Path
    expected: dict[str, str | None] = field(default_factory=dict)


def read_cases(package: Path) -> tuple[list[Case], int]:
    """The cases of the custom extractors' tests under ``package``, and how many test
    blocks could not be read (no address or fixture as a string literal, or no file)."""
    cases: list[Case] = []
    unread = 0
    for test in sorted(package.glob("src/extractors/custom/*/index.test.js")):
        for block in test.read_text(encoding="utf-8").split("beforeAll(")[1:]:
            url, fixture = _URL.search(block), _FIXTURE.search(block)
            path = package / _literal(fixture).removeprefix("./") if fixture else None
            if not (url and path and path.is_file()):
                unread += 1
                continue
            case = Case(_literal(url), path)
            for name in FIELDS:
                m = re.search(rf"assert\.equal\(\s*{name}\s*,\s*(null|{_STRING})", block)
                if m:
                    case.expected[name] = None if m.group(1) == "null" else _literal(m, 2)
            if m := _FIRST_WORDS.search(block):
                case.expected["lead"] = _literal(m)
            cases.append(case)
    return cases, unread


_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_VALUE_ATTR = re.compile(r"(\s)value=", re.I)
_CONTENT_ATTR = re.compile(r"\scontent=", re.I)


def restore_meta_content(html: str) -> str:
    """``html`` with its ``<meta value=...>`` tags given back their ``content``.

    Mercury saved most fixtures from its own normalised DOM, which renames a meta tag's
    ``content`` to ``value``: no browser or crawler meets such a page, so both tools get
    the attribute back.

    >>> restore_meta_content('<meta value="2016-12-09" name="article:published_time">')
    '<meta content="2016-12-09" name="article:published_time">'
    """

    def fix(m: re.Match[str]) -> str:
        tag = m.group(0)
        return tag if _CONTENT_ATTR.search(tag) else _VALUE_ATTR.sub(r"\1content=", tag, count=1)

    return _META_TAG.sub(fix, html)


def _days(value: str | None) -> set[str]:
    """The day a date names as printed and, when it has a zone, in UTC."""
    if not value:
        return set()
    days = {value[:10]}
    try:
        instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return days
    if instant.tzinfo is not None:
        days.add(instant.astimezone(UTC).date().isoformat())
    return days


@dataclass
class Score:
    ok: dict[str, int] = field(default_factory=dict)
    n: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    errors: int = 0

    def add(self, name: str, hit: bool) -> None:
        self.ok[name] = self.ok.get(name, 0) + int(hit)
        self.n[name] = self.n.get(name, 0) + 1

    def acc(self, name: str) -> str:
        n = self.n.get(name, 0)
        return f"{self.ok[name] / n:.3f} ({self.ok[name]}/{n})" if n else "n/a"


COLUMNS = ("title", "author", "date", "lead", "in body")


def score(extractors: dict[str, Extractor], cases: list[Case]) -> dict[str, Score]:
    """Run each extractor over the cases (timing only its call; the tools alternate going
    first, page by page, as they share htmldate's and dateparser's caches) and count."""
    results = {name: Score() for name in extractors}
    order = list(extractors)
    if cases:  # warm up: loading languages and models is no page's cost
        html = restore_meta_content(decode_html(cases[0].fixture.read_bytes()))
        for name in order:
            _score_one(extractors[name], html, cases[0], Score())
    for i, case in enumerate(cases):
        html = restore_meta_content(decode_html(case.fixture.read_bytes()))
        for name in order if i % 2 == 0 else order[::-1]:
            _score_one(extractors[name], html, case, results[name])
    return results


def _score_one(extractor: Extractor, html: str, case: Case, result: Score) -> None:
    started = time.perf_counter()
    try:
        pred: Prediction | None = extractor(html, case.url)
    except Exception:  # scored as nothing found, never aborts the run
        result.errors += 1
        pred = None
    result.seconds += time.perf_counter() - started
    want = case.expected
    if title := want.get("title"):
        result.add("title", normalise_text((pred and pred.title) or "") == normalise_text(title))
    if author := want.get("author"):
        result.add("author", author_set(pred and pred.authors) == author_set(author))
    if day := want.get("date_published"):
        result.add("date", bool(_days(pred and pred.date) & _days(day)))
    if lead := want.get("lead"):
        body, lead = normalise_ws((pred and pred.body) or ""), normalise_ws(lead)
        result.add("lead", body.startswith(lead))
        result.add("in body", lead in body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("package", type=Path, help="the unpacked npm package (its package/)")
    args = parser.parse_args(argv)
    if not (args.package / "fixtures").is_dir():
        parser.error(f"{args.package} holds no fixtures/: give the unpacked package's folder")
    cases, unread = read_cases(args.package)
    print(f"{len(cases)} pages with expectations ({unread} test blocks not readable)")
    print(f"{'tool':<12} " + " ".join(f"{c:<16}" for c in COLUMNS) + " ms/page  err")
    extractors = {"newscrawl": newscrawl_extractor(), "trafilatura": trafilatura_extractor()}
    for name, s in score(extractors, cases).items():
        ms = 1000 * s.seconds / len(cases) if cases else 0.0
        print(
            f"{name:<12} "
            + " ".join(f"{s.acc(c):<16}" for c in COLUMNS)
            + f" {ms:7.1f} {s.errors:4d}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
