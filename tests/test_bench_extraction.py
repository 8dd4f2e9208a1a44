"""bench/extraction.py on a small corpus of this project's own pages (no timing asserted)."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import extraction as bench
from newscrawl.extraction.evaluation import Prediction

PAGES = Path(__file__).resolve().parent / "pages"


def _corpus(root: Path) -> Path:
    """Our own test pages as a corpus in the eval format (gold from each page's text)."""
    gold = {}
    (root / "cache").mkdir(parents=True)
    for i, path in enumerate(sorted(PAGES.glob("*.html"))):
        name = f"page{i}.html"
        (root / "cache" / f"{name}.gz").write_bytes(gzip.compress(path.read_bytes()))
        gold[f"https://site{i}.example/2024/03/05/story-{i}/"] = {
            "file": name,
            "with": [],
            "without": ["Share on Facebook"],
        }
    (root / "evaldata.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def test_prints_both_tools_for_both_halves(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path / "corpus")
    assert bench.main([str(corpus)]) == 0
    out = capsys.readouterr().out
    for half in ("dev", "check", "total"):
        for tool in ("newscrawl", "trafilatura"):
            assert any(line.split()[:2] == [half, tool] for line in out.splitlines()), out
    assert "speed: newscrawl/trafilatura ms per page = " in out
    assert "tagDiv pages (theme markers in the HTML): 2; detected as tagDiv by detect_theme: 2" in (
        out
    )
    # every page of our own is an article page: a crawl without a profile exports each
    read = [
        line.split() for line in out.splitlines() if line.startswith("  ") and "article " in line
    ]
    assert sum(int(words[2].split("/")[0]) for words in read) == len(list(PAGES.glob("*.html")))


def test_the_tools_alternate_going_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path / "corpus")
    calls: list[tuple[str, str | None]] = []

    def recording(tool: str):
        def factory():
            def run(html: str, url: str | None) -> Prediction:
                calls.append((tool, url))
                return Prediction(body="")

            return run

        return factory

    monkeypatch.setattr(bench, "newscrawl_extractor", recording("newscrawl"))
    monkeypatch.setattr(bench, "trafilatura_extractor", recording("trafilatura"))
    assert bench.main([str(corpus)]) == 0
    pairs = [calls[i : i + 2] for i in range(0, len(calls), 2)]
    assert len(pairs) == len(list(PAGES.glob("*.html")))
    for index, pair in enumerate(pairs):
        assert pair[0][1] == pair[1][1]  # both tools on the same page, one after the other
        first = "newscrawl" if index % 2 == 0 else "trafilatura"
        assert pair[0][0] == first


def _story(byline: str = "", footer: str = "") -> bytes:
    paras = "".join(
        f"<p>Paragraph {i} of the story: the council met on Monday and voted to repair the"
        " old bridge over the river before the monsoon, the mayor said.</p>"
        for i in range(4)
    )
    return (
        '<html lang="en"><head><title>Bridge vote</title></head><body><article>'
        f"<h1>Bridge vote</h1>{byline}{paras}</article><footer>{footer}</footer></body></html>"
    ).encode()


def test_author_misses_are_sorted_by_kind(tmp_path: Path, capsys) -> None:
    pages = {
        # a desk the rules refuse as a person, a name the page never prints, a name printed
        # only in the site's footer (no byline there), and a hit
        "desk": (_story('<p class="byline">By Staff</p>'), "Staff"),
        "absent": (_story(), "Zed Quill"),
        "missed": (_story(footer="<p>Site run by Ann Lee</p>"), "Ann Lee"),
        "hit": (_story('<p class="byline">By Bo Wen</p>'), "Bo Wen"),
    }
    root = tmp_path / "corpus"
    (root / "cache").mkdir(parents=True)
    gold = {}
    for name, (page, author) in pages.items():
        (root / "cache" / f"{name}.html.gz").write_bytes(gzip.compress(page))
        gold[f"https://herald.example/2024/03/05/{name}/"] = {
            "file": f"{name}.html",
            "with": ["the council met on Monday"],
            "without": ["Site run by"],
            "author": author,
        }
    (root / "evaldata.json").write_text(json.dumps(gold), encoding="utf-8")
    assert bench.main([str(root), "--only", "newscrawl", "--author-misses"]) == 0
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines() if line.startswith(("  dev ", "  check "))]
    rows = [r for r in rows if len(r) == 8]  # (the classification's rows have other words)
    kinds = [sum(int(r[i]) for r in rows) for i in range(1, 5)]
    assert kinds == [1, 1, 1, 0], out
    reached = sum(int(r[5].split("/")[0]) for r in rows)
    assert reached == 2  # the hit and the name missed
