"""Extraction benchmark: newscrawl vs trafilatura on a gold corpus, side by side.

    .venv/bin/python bench/extraction.py CORPUS_DIR [--half dev|check|both] [--limit N]
                                         [--only newscrawl|trafilatura] [--by-theme]
                                         [--author-misses]

CORPUS_DIR holds trafilatura's ``evaldata.json`` with its pages under ``cache/`` and
``eval/`` (gzipped). Every page is decoded once and handed, as the same string, to
``newscrawl.extraction.extract_article(html, url)`` and to
``trafilatura.bare_extraction(html, url=url, with_metadata=True)``; only the extraction
call is timed (the tools alternate going first, page by page: they share htmldate's and
dateparser's caches). The corpus is split by a stable hash of each key into ``dev`` (tune on
it) and ``check`` (only measure) halves; figures are printed for both and the total.
``--by-theme`` adds the generic body extractor alone and body F1 per detected theme, to
see where theme rules beat it. ``--author-misses`` sorts newscrawl's author misses by kind
(``author_miss``: a gold credit that names no person, a gold name the page does not
print, a name missed) and prints the accuracy if every name missed were found. Last, how
many pages ``classify_page`` reads as articles (a crawl without a profile exports only
those).
Nothing is fetched: the corpus is read from disk.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newscrawl.extraction.evaluation import (
    AUTHOR_MISSES,
    HALVES,
    Extractor,
    Page,
    Prediction,
    Report,
    Tally,
    author_miss,
    iter_corpus,
    looks_tagdiv,
    newscrawl_extractor,
    noise_lines,
    run_extractor,
    trafilatura_extractor,
    widget_noise,
    widget_texts,
)

TOOLS = ("newscrawl", "trafilatura")


def _acc(ok: int, n: int) -> str:
    return f"{ok / n:>6.3f}" if n else f"{'n/a':>6}"


def _row(label: str, tool: str, t: Tally, body_only: bool = False) -> str:
    fields = (
        f"{'-':>6} {'-':>6} {'-':>6}"
        if body_only
        else f"{_acc(t.title_ok, t.title_n)} {_acc(t.date_ok, t.date_n)} "
        f"{_acc(t.author_ok, t.author_n)}"
    )
    return (
        f"{label:<6} {tool:<12} {t.pages:>5} {t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f} "
        f"{fields} {t.ms_per_page:>8.1f} {t.errors:>4}"
    )


def print_table(reports: dict[str, Report], halves: list[str]) -> None:
    print(
        f"{'half':<6} {'tool':<12} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'title':>6} {'date':>6} {'author':>6} {'ms/page':>8} {'err':>4}"
    )
    for label in [*halves, "total"]:
        for tool, report in reports.items():
            tally = report.total if label == "total" else report.by_half[label]
            print(_row(label, tool, tally))
    if len(reports) == 2:
        nc, tf = reports["newscrawl"].total, reports["trafilatura"].total
        if tf.ms_per_page:
            print(
                f"speed: newscrawl/trafilatura ms per page = {nc.ms_per_page / tf.ms_per_page:.2f}x"
            )
    counts = next(iter(reports.values())).total
    print(
        f"gold entries: title {counts.title_n}, date {counts.date_n}, author {counts.author_n}; "
        f"snippets with {counts.tp + counts.fn}, without {counts.fp + counts.tn}"
    )


def _detect_theme():
    try:
        from newscrawl.extraction import detect_theme
    except ImportError:
        return None
    return detect_theme


def print_tagdiv(pages: list[Page], reports: dict[str, Report]) -> None:
    """tagDiv pages of the corpus: detected as such, and noise left in their bodies."""
    tagdiv = [p for p in pages if looks_tagdiv(p.html)]
    detect = _detect_theme()
    if detect is None:
        print(f"\ntagDiv pages (theme markers in the HTML): {len(tagdiv)}; detect_theme: n/a")
    else:
        detected = []
        for page in tagdiv:
            try:
                theme = detect(page.html)
            except Exception:  # an unparseable page counts as not detected
                theme = None
            if theme == "tagdiv":
                detected.append(page.key)
        print(
            f"\ntagDiv pages (theme markers in the HTML): {len(tagdiv)}; "
            f"detected as tagDiv by detect_theme: {len(detected)}"
        )
        for page in tagdiv:
            if page.key not in detected:
                print(f"  not detected: {page.key}")
    widgets = {p.key: widget_texts(p.html) for p in tagdiv}
    for tool, report in reports.items():
        dirty = []
        for r in report.results:
            if r.page.key not in widgets:
                continue
            body = r.prediction.body or ""
            dirty.append((r.page.key, noise_lines(body) + widget_noise(body, *widgets[r.page.key])))
        dirty = [(key, lines) for key, lines in dirty if lines]
        print(f"  {tool}: tagDiv bodies with spot_img/share/related text: {len(dirty)}")
        for key, lines in dirty:
            print(f"    {key}: {lines[:4]}")


def print_classification(pages: list[Page], halves: list[str]) -> None:
    """How many pages a crawl without a profile reads as articles (``classify_page``): the
    corpus holds real article pages (and a few home pages), so this is its recall."""
    from newscrawl.extraction import classify_page

    kinds: dict[str, Counter[str]] = {half: Counter() for half in halves}
    for page in pages:
        kinds[page.half][classify_page(page.html, page.url)] += 1
    print("\npages read as articles by classify_page (a crawl without a profile):")
    for half in halves:
        counts = kinds[half]
        total = sum(counts.values())
        print(
            f"  {half:<6} article {counts['article']}/{total}, "
            f"listing {counts['listing']}, other {counts['other']}"
        )


def generic_body_extractor() -> Extractor:
    """The generic body extractor alone (``extract_body``), on extract_article's parse."""
    try:
        from newscrawl.extraction import parse_html
    except ImportError:
        from trafilatura.utils import load_html as parse_html

    from newscrawl.extraction.body import extract_body

    def run(html: str, url: str | None) -> Prediction:
        return Prediction(body="\n\n".join(extract_body(parse_html(html), url)))

    return run


def print_by_theme(pages: list[Page], reports: dict[str, Report]) -> None:
    """Body F1 per detected theme: what each tool (and the generic extractor) scores."""
    detect = _detect_theme()
    if detect is None:
        print("\nby theme: detect_theme not available")
        return
    themes: dict[str, str] = {}
    for page in pages:
        try:
            themes[page.key] = str(detect(page.html) or "-")
        except Exception:  # an unparseable page has no theme
            themes[page.key] = "-"
    print("\nbody F1 by detected theme (pages: F1 per tool)")
    print(f"{'theme':<12} {'pages':>5} " + " ".join(f"{tool:>12}" for tool in reports))
    for theme in sorted(set(themes.values())):
        cells = []
        count = 0
        for report in reports.values():
            tally = Tally()
            for result in report.results:
                if themes[result.page.key] == theme:
                    tally.add(result.tally)
            cells.append(f"{tally.f1:>12.3f}")
            count = tally.pages
        print(f"{theme:<12} {count:>5} " + " ".join(cells))


def print_author_misses(report: Report, halves: list[str]) -> None:
    """newscrawl's author misses by kind, per half, and the accuracy if every name it
    missed (the last two kinds) were found: what the author rules can reach."""
    from newscrawl.extraction import credit_people

    kinds: dict[str, Counter[str]] = {half: Counter() for half in halves}
    for result in report.results:
        kind = author_miss(result.page, result.prediction, credit_people)
        if kind:
            kinds[result.page.half][kind] += 1
    print("\nnewscrawl's author misses by kind:")
    print(f"  {'half':<6} " + " ".join(f"{k[:26]:>26}" for k in AUTHOR_MISSES) + "  reachable")
    for half in halves:
        tally, counts = report.by_half[half], kinds[half]
        missed = counts[AUTHOR_MISSES[2]] + counts[AUTHOR_MISSES[3]]
        reach = f"{tally.author_ok + missed}/{tally.author_n}"
        if tally.author_n:
            reach += f" = {(tally.author_ok + missed) / tally.author_n:.3f}"
        print(f"  {half:<6} " + " ".join(f"{counts[k]:>26}" for k in AUTHOR_MISSES) + f"  {reach}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--half", choices=[*HALVES, "both"], default="both")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--only", choices=TOOLS, default=None)
    parser.add_argument(
        "--by-theme",
        action="store_true",
        help="also run the generic body extractor alone and print body F1 per detected theme",
    )
    parser.add_argument(
        "--author-misses",
        action="store_true",
        help="sort newscrawl's author misses by kind and print what finding every name reaches",
    )
    args = parser.parse_args(argv)
    if not (args.corpus_dir / "evaldata.json").exists():
        parser.error(f"no evaldata.json in {args.corpus_dir}")

    pages = list(iter_corpus(args.corpus_dir, args.half, args.limit))
    factories = {"newscrawl": newscrawl_extractor, "trafilatura": trafilatura_extractor}
    tools = [args.only] if args.only else list(TOOLS)
    extractors: dict[str, Extractor] = {tool: factories[tool]() for tool in tools}
    if args.by_theme:
        extractors["generic-body"] = generic_body_extractor()
        tools.append("generic-body")
    reports = {tool: Report() for tool in tools}
    # Interleaved page by page, so both tools run under the same machine load; which
    # tool goes first alternates, because they share libraries' caches in this process
    # (htmldate's per-string date cache, dateparser's locales, loaded on first use): the
    # first to read a page pays for what the second then reuses.
    for index, page in enumerate(pages):
        for tool in tools if index % 2 == 0 else reversed(tools):
            run_extractor(extractors[tool], [page], reports[tool])

    halves = list(HALVES) if args.half == "both" else [args.half]
    print(f"corpus: {args.corpus_dir} ({len(pages)} pages, half={args.half})\n")
    main_reports = {tool: reports[tool] for tool in tools if tool in TOOLS}
    print_table(main_reports, halves)
    if args.by_theme:
        generic = reports["generic-body"]
        print("generic-body (extract_body alone, body only):")
        for label in [*halves, "total"]:
            tally = generic.total if label == "total" else generic.by_half[label]
            print(_row(label, "generic-body", tally, body_only=True))
        print_by_theme(pages, reports)
    print_tagdiv(pages, reports)
    if "newscrawl" in tools:
        if args.author_misses:
            print_author_misses(reports["newscrawl"], halves)
        print_classification(pages, halves)
    return 0


if __name__ == "__main__":
    sys.exit(main())
