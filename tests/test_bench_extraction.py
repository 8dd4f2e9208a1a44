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
