"""Corpus regression gate: newscrawl's extraction must not fall below pinned floors.

``test_corpus_floors`` runs ``extract_article`` (what the spider runs) over the whole
evaluation corpus (the ``corpus_dir`` fixture: skipped when absent, a failure under
``CI=true``) and compares body F1 and title/date/author accuracy, per half, with
``tests/corpus_floors.json``. The other tests check the shared scoring code
(``newscrawl/extraction/evaluation.py``) on small inline inputs.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newscrawl.extraction.evaluation import (
    HALVES,
    Prediction,
    Report,
    author_set,
    decode_html,
    half_of,
    iter_corpus,
    newscrawl_extractor,
    noise_lines,
    run_extractor,
    score_page,
)

FLOORS = Path(__file__).with_name("corpus_floors.json")
METRICS = ("f1", "title", "date", "author")


@pytest.mark.corpus
@pytest.mark.slow
def test_corpus_floors(corpus_dir: Path) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    report = run_extractor(newscrawl_extractor(), iter_corpus(corpus_dir))
    assert report.total.pages == len(json.loads((corpus_dir / "evaldata.json").read_bytes()))
    below = []
    for half in HALVES:
        figures = report.by_half[half].figures()
        for metric in METRICS:
            if figures[metric] < floors[half][metric]:
                below.append(f"{half} {metric}: {figures[metric]:.4f} < {floors[half][metric]}")
    assert not below, "below the pinned floors: " + "; ".join(below)


def test_floors_file_covers_both_halves_and_all_metrics() -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    for half in HALVES:
        for metric in METRICS:
            assert 0.0 < floors[half][metric] < 1.0, (half, metric)


GOLD = {
    "with": ["first  real\nsentence", "second sentence"],
    "without": ["Share post", "Related articles"],
    "title": "Bridge reopens",
    "date": "2024-05-03",
    "author": "Jane Doe und John Roe",
}


def test_score_page_counts_snippets_and_fields() -> None:
    pred = Prediction(
        body="The first real sentence.\n\nShare post\n\nMore text.",
        title="  BRIDGE  reopens ",
        date="2024-05-03T10:00:00+02:00",
        authors=["John Roe", "Jane Doe"],
    )
    tally = score_page(GOLD, pred)
    assert (tally.tp, tally.fn, tally.fp, tally.tn) == (1, 1, 1, 1)
    assert (tally.title_ok, tally.date_ok, tally.author_ok) == (1, 1, 1)
    assert (tally.title_n, tally.date_n, tally.author_n) == (1, 1, 1)
    assert tally.precision == 0.5 and tally.recall == 0.5 and tally.f1 == 0.5


def test_score_page_empty_prediction_finds_nothing() -> None:
    tally = score_page(GOLD, Prediction(body=None))
    assert (tally.tp, tally.fn, tally.fp, tally.tn) == (0, 2, 0, 2)
    assert (tally.title_ok, tally.date_ok, tally.author_ok) == (0, 0, 0)


def test_metadata_counted_only_where_gold_has_a_value() -> None:
    tally = score_page({"with": ["x"], "without": [], "title": "", "author": None}, Prediction("x"))
    assert (tally.title_n, tally.date_n, tally.author_n) == (0, 0, 0)
    assert tally.f1 == 1.0


def test_author_sets() -> None:
    assert author_set("A. Smith, B. Jones & C. Brown") == {"a. smith", "b. jones", "c. brown"}
    assert author_set(["C. BROWN", "a. smith &  b. jones"]) == author_set(
        "A. Smith, B. Jones & C. Brown"
    )
    assert author_set("Anna und Ben") == {"anna", "ben"}
    assert author_set("Anna; Ben and Carl") == {"anna", "ben", "carl"}
    assert author_set("Rolando Martínez") != author_set("Rolando Martinez")
    assert author_set(None) == frozenset()


def test_half_split_is_stable_and_balanced() -> None:
    keys = [f"https://example.org/{i}" for i in range(400)]
    halves = [half_of(k) for k in keys]
    assert halves == [half_of(k) for k in keys]
    assert 150 < halves.count("dev") < 250


def test_decode_html_charsets() -> None:
    assert decode_html(b"\xef\xbb\xbf<p>\xc3\xa9</p>") == "<p>é</p>"
    assert decode_html(b"<meta charset='windows-1252'><p>\x93q\x94</p>").endswith("“q”</p>")
    assert "\ufffd" in decode_html(b"<p>\xff caf\xc3\xa9</p>")
    assert "café" in decode_html(b"<p>\xff caf\xc3\xa9</p>")


def test_noise_lines() -> None:
    assert noise_lines("Body.\nspot_img\nShare:\nRelated posts") == [
        "spot_img",
        "Share:",
        "Related posts",
    ]
    assert noise_lines("He shared related posts about spot prices.") == []


def _write_corpus(root: Path) -> None:
    gold = {
        "https://a.example/1": {"file": "a.html", "with": ["alpha body"], "without": ["menu"]},
        "hard::b.html": {"file": "b.html", "with": ["beta body"], "without": ["footer"]},
    }
    (root / "cache").mkdir()
    (root / "eval").mkdir()
    (root / "evaldata.json").write_text(json.dumps(gold), encoding="utf-8")
    (root / "cache" / "a.html.gz").write_bytes(
        gzip.compress(b"<meta charset='iso-8859-1'><p>alpha body \xe9</p><nav>menu</nav>")
    )
    (root / "eval" / "b.html.gz").write_bytes(gzip.compress(b"<p>beta body</p>"))


def test_iter_corpus_and_run_extractor(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    pages = list(iter_corpus(tmp_path))
    assert [p.url for p in pages] == ["https://a.example/1", None]
    assert "alpha body é" in pages[0].html
    assert list(iter_corpus(tmp_path, limit=1)) == pages[:1]
    assert {p.key for p in iter_corpus(tmp_path, "dev")} | {
        p.key for p in iter_corpus(tmp_path, "check")
    } == {p.key for p in pages}

    def extractor(html: str, url: str | None) -> Prediction:
        if url is None:
            raise RuntimeError("boom")
        return Prediction(body=html)

    report = run_extractor(extractor, pages, Report())
    total = report.total
    assert total.pages == 2 and total.errors == 1
    assert (total.tp, total.fn, total.fp, total.tn) == (1, 1, 1, 1)
    assert total.seconds >= 0
