"""Scoring extraction against a gold corpus (trafilatura's evaldata.json format).

Shared by ``bench/extraction.py`` (prints figures for newscrawl and trafilatura side by
side) and ``tests/test_corpus_gate.py`` (fails below pinned floors), so both count the
same way. Pure functions and small records: no Scrapy, no I/O beyond reading the corpus.

Body metric (upstream trafilatura's): a ``with`` snippet found in the whitespace-normalised
body is a true positive, a missing one a false negative; a ``without`` snippet found is a
false positive. Counts are summed over the corpus. Metadata accuracies are taken over the
entries whose gold value is non-empty.
"""

from __future__ import annotations

import gzip
import hashlib
import html as html_lib
import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

HALVES = ("dev", "check")

_WS = re.compile(r"\s+")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b)\s*", re.IGNORECASE)
#: Independent reference signal for "this page runs a tagDiv theme" (Newspaper/Newsmag):
#: the theme's stylesheet path, wrapper class or ad-placeholder class in the raw HTML.
_TAGDIV_MARKERS = re.compile(
    r"themes/(?:Newspaper|Newsmag)|td-theme-wrap|td_spot_img|td-post-content|tagdiv_theme"
)
#: Noise that must never reach a tagDiv body: ad placeholders, share widgets, related blocks.
_NOISE_LINE = re.compile(
    r"spot_img|^\s*(?:share(?: (?:this|post|on \w+))?|tweet|pin(?:terest)?|whatsapp|"
    r"related (?:articles|posts|news|stories)|more (?:articles|stories|news)|"
    r"you (?:may|might) also like|also read|read (?:also|more))\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def normalise_ws(text: str) -> str:
    """Collapse runs of whitespace to one space and strip.

    >>> normalise_ws(" a\\n\\n b\\t c ")
    'a b c'
    """
    return _WS.sub(" ", text).strip()


def normalise_text(text: str) -> str:
    """NFKC, casefold and whitespace collapse: the equality used for titles and names.

    >>> normalise_text("  Ｈello\\u00a0WORLD ")
    'hello world'
    """
    return normalise_ws(unicodedata.normalize("NFKC", text).casefold())


def author_set(value: str | Iterable[str] | None) -> frozenset[str]:
    """Names as a normalised set, splitting on ``,`` ``;`` ``&`` `` and `` `` und ``.

    >>> sorted(author_set("Jane Doe and John Roe; X"))
    ['jane doe', 'john roe', 'x']
    >>> author_set(["A & B"]) == author_set("b, a")
    True
    """
    if value is None:
        return frozenset()
    parts = [value] if isinstance(value, str) else list(value)
    names: set[str] = set()
    for part in parts:
        for name in _AUTHOR_SPLIT.split(unicodedata.normalize("NFKC", part or "")):
            norm = normalise_text(name)
            if norm:
                names.add(norm)
    return frozenset(names)


def half_of(key: str) -> str:
    """Stable split of the corpus: ``dev`` (tune on it) or ``check`` (only measure)."""
    return "dev" if hashlib.sha1(key.encode("utf-8")).digest()[-1] % 2 == 0 else "check"


def decode_html(raw: bytes) -> str:
    """Decode page bytes once for every tool: BOM, else declared (meta) charset, else UTF-8.

    Undecodable bytes are replaced, never fatal.

    >>> decode_html(b'<meta charset="iso-8859-1"><p>\\xe9</p>')
    '<meta charset="iso-8859-1"><p>é</p>'
    >>> decode_html(b"<p>\\xc3\\xa9\\xff</p>")
    '<p>é\\ufffd</p>'
    """
    bom, _ = read_bom(raw)
    if bom:
        return raw.decode(bom, errors="replace").lstrip("\ufeff")
    declared = html_body_declared_encoding(raw)
    encoding = resolve_encoding(declared) if declared else None
    if encoding:
        try:
            return raw.decode(encoding, errors="replace")
        except LookupError:
            pass
    return raw.decode("utf-8", errors="replace")


def looks_tagdiv(html: str) -> bool:
    """Whether the raw page carries tagDiv theme markers (reference signal for the bench)."""
    return _TAGDIV_MARKERS.search(html) is not None


def noise_lines(body: str) -> list[str]:
    """Ad placeholders, share labels and related-block headings left in a body.

    >>> noise_lines("Text.\\n\\nShare post:\\n\\nspot_imgspot_img\\n\\nRelated articles")
    ['Share post:', 'spot_imgspot_img', 'Related articles']
    >>> noise_lines("He shared related articles with spot colour.")
    []
    """
    found = []
    for line in body.splitlines():
        if _NOISE_LINE.search(line):
            found.append(line.strip())
    return found


def widget_texts(html: str) -> tuple[set[str], set[str]]:
    """(link titles of related blocks, texts of share widgets) found in a raw page.

    Reference for the tagDiv check: any of these in a body is related or share text.
    Related titles are link texts of >= 4 words under an element whose class or id
    names a related block; share texts are the short texts under a share widget.
    """
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(html.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return set(), set()
    related: set[str] = set()
    share: set[str] = set()
    for el in doc.xpath(
        "//*[contains(translate(@class, 'RELATD', 'relatd'), 'related')"
        " or contains(translate(@id, 'RELATD', 'relatd'), 'related')]"
    ):
        for a in el.iter("a"):
            text = normalise_ws(a.text_content())
            if len(text.split()) >= 4:
                related.add(text)
    for el in doc.xpath("//*[contains(@class, 'share') or contains(@class, 'sharing')]"):
        for node in el.iter():
            text = normalise_ws(node.text or "")
            if text and len(text.split()) <= 4:
                share.add(text)
    return related, share


def widget_noise(body: str, related: set[str], share: set[str]) -> list[str]:
    """Related titles contained in ``body`` and body lines that are share-widget texts.

    >>> body = "Story.\\nFacebook\\nOld title of another story here"
    >>> widget_noise(body, {"Old title of another story here"}, {"Facebook"})
    ['Old title of another story here', 'Facebook']
    """
    flat = normalise_ws(body)
    found = [title for title in sorted(related) if title in flat]
    found += [line.strip() for line in body.splitlines() if normalise_ws(line) in share]
    return found


@dataclass(frozen=True)
class Page:
    """One corpus entry, decoded once."""

    key: str
    url: str | None
    html: str
    gold: dict
    half: str


def _page_url(key: str) -> str | None:
    return key if key.startswith(("http://", "https://")) else None


def iter_corpus(
    corpus_dir: str | Path, half: str = "both", limit: int | None = None
) -> Iterator[Page]:
    """Pages of a corpus directory (``evaldata.json``; ``cache/`` then ``eval/``, gzipped).

    ``half`` is ``dev``, ``check`` or ``both``; ``limit`` caps the pages yielded.
    """
    root = Path(corpus_dir)
    gold_all = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    yielded = 0
    for key, gold in gold_all.items():
        page_half = half_of(key)
        if half != "both" and page_half != half:
            continue
        if limit is not None and yielded >= limit:
            return
        raw = _read_page(root, gold["file"])
        yielded += 1
        yield Page(key, _page_url(key), decode_html(raw), gold, page_half)


def _read_page(root: Path, name: str) -> bytes:
    for folder in ("cache", "eval"):
        for candidate in (root / folder / f"{name}.gz", root / folder / name):
            if candidate.exists():
                data = candidate.read_bytes()
                return gzip.decompress(data) if candidate.suffix == ".gz" else data
    raise FileNotFoundError(f"{name} not found under {root}/cache or {root}/eval")


@dataclass
class Prediction:
    """What an extractor produced for one page (``None`` body = crash or nothing)."""

    body: str | None
    title: str | None = None
    date: str | None = None
    authors: str | list[str] | None = None


@dataclass
class Tally:
    """Summed counts for a set of pages."""

    pages: int = 0
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    title_ok: int = 0
    title_n: int = 0
    date_ok: int = 0
    date_n: int = 0
    author_ok: int = 0
    author_n: int = 0
    seconds: float = 0.0
    errors: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else 0.0

    @property
    def title_acc(self) -> float:
        return self.title_ok / self.title_n if self.title_n else 0.0

    @property
    def date_acc(self) -> float:
        return self.date_ok / self.date_n if self.date_n else 0.0

    @property
    def author_acc(self) -> float:
        return self.author_ok / self.author_n if self.author_n else 0.0

    @property
    def ms_per_page(self) -> float:
        return 1000 * self.seconds / self.pages if self.pages else 0.0

    def figures(self) -> dict[str, float]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "title": self.title_acc,
            "date": self.date_acc,
            "author": self.author_acc,
            "ms_per_page": self.ms_per_page,
        }


def score_page(gold: dict, pred: Prediction) -> Tally:
    """Counts for one page: body snippets and the three metadata fields."""
    tally = Tally(pages=1)
    body = normalise_ws(pred.body) if pred.body else ""
    for snippet in gold.get("with", []):
        if body and normalise_ws(snippet) in body:
            tally.tp += 1
        else:
            tally.fn += 1
    for snippet in gold.get("without", []):
        if body and normalise_ws(snippet) in body:
            tally.fp += 1
        else:
            tally.tn += 1
    if gold.get("title"):
        tally.title_n = 1
        tally.title_ok = int(normalise_text(pred.title or "") == normalise_text(gold["title"]))
    if gold.get("date"):
        tally.date_n = 1
        tally.date_ok = int((pred.date or "")[:10] == gold["date"][:10])
    if gold.get("author"):
        tally.author_n = 1
        tally.author_ok = int(author_set(pred.authors) == author_set(gold["author"]))
    return tally


#: Why an author miss is one (``author_miss``), in the order they are tried.
AUTHOR_MISSES = (
    "gold credits no person",  # a desk, a wire, the site, "Staff", a place after a name
    "gold name not on the page",  # nowhere in the page's source, entities decoded
    "missed: no name given",
    "missed: another name given",
)
#: Who the author rules keep of a credit as a page prints it: ``credit_people``.
People = Callable[[str | list[str], str, str | None], list[str]]


def author_miss(page: Page, pred: Prediction, people: People) -> str | None:
    """Which of ``AUTHOR_MISSES`` a page's author miss is (None: a hit, or no gold).

    The first kind is the one the issue's rule "authors as people (no site name, no
    Staff)" forbids: ``people``, given the gold credit itself as the page's byline, does
    not give it back. The second names someone the page does not print.

    >>> page = Page("k", None, "<p>Ann Lee</p>", {"author": "Redaktion"}, "dev")
    >>> def people(credit, html, url):
    ...     return [] if credit == "Redaktion" else [credit]
    >>> author_miss(page, Prediction(body="", authors=[]), people)
    'gold credits no person'
    >>> page.gold["author"] = "Bo Wen"
    >>> author_miss(page, Prediction(body="", authors=["Ann Lee"]), people)
    'gold name not on the page'
    >>> page.gold["author"] = "Ann Lee"
    >>> author_miss(page, Prediction(body="", authors=[]), people)
    'missed: no name given'
    >>> author_miss(page, Prediction(body="", authors=["ann lee"]), people) is None
    True
    """
    gold = page.gold.get("author")
    if not gold or author_set(pred.authors) == author_set(gold):
        return None
    if author_set(people(gold, page.html, page.url)) != author_set(gold):
        return AUTHOR_MISSES[0]
    source = normalise_text(html_lib.unescape(page.html))
    if not all(name in source for name in author_set(gold)):
        return AUTHOR_MISSES[1]
    return AUTHOR_MISSES[2] if not author_set(pred.authors) else AUTHOR_MISSES[3]


Extractor = Callable[[str, str | None], Prediction]


@dataclass
class PageResult:
    page: Page
    prediction: Prediction
    tally: Tally


@dataclass
class Report:
    """Per-half tallies of one extractor, plus every page's result."""

    by_half: dict[str, Tally] = field(default_factory=lambda: {h: Tally() for h in HALVES})
    results: list[PageResult] = field(default_factory=list)

    @property
    def total(self) -> Tally:
        total = Tally()
        for tally in self.by_half.values():
            total.add(tally)
        return total


def run_extractor(
    extractor: Extractor, pages: Iterable[Page], report: Report | None = None
) -> Report:
    """Run ``extractor(html, url)`` over ``pages``, timing only the call, and score it.

    An exception counts as an error and as an empty prediction (nothing found).
    """
    report = report or Report()
    for page in pages:
        started = time.perf_counter()
        try:
            pred = extractor(page.html, page.url)
            errored = False
        except Exception:  # a crash is scored as "nothing found", never aborts the run
            pred = Prediction(body=None)
            errored = True
        elapsed = time.perf_counter() - started
        tally = score_page(page.gold, pred)
        tally.seconds = elapsed
        tally.errors = int(errored)
        report.by_half[page.half].add(tally)
        report.results.append(PageResult(page, pred, tally))
    return report


def newscrawl_extractor() -> Extractor:
    """newscrawl's extraction as the spider runs it (``extract_article``)."""
    from newscrawl.extraction import extract_article

    def run(html: str, url: str | None) -> Prediction:
        art = extract_article(html, url)
        return Prediction(
            body=art.body, title=art.title, date=art.published_at, authors=art.authors
        )

    return run


def trafilatura_extractor() -> Extractor:
    """Plain trafilatura, with the options upstream's evaluation uses."""
    import trafilatura

    def run(html: str, url: str | None) -> Prediction:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
        )
        if doc is None:
            return Prediction(body=None)
        return Prediction(body=doc.text, title=doc.title, date=doc.date, authors=doc.author)

    return run
