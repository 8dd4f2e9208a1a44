"""bench/newspaper4k_pages.py on a hand-made tree laid out as newspaper4k's sdist."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import newspaper4k_pages as bench

STORY = (
    "The old bridge over the Barak reopened on Friday after two years of repairs that cost "
    "the city more than it had planned, officials said.",
    "Traffic is expected to return to normal by the end of the month, the council said in a "
    "statement on Friday evening.",
)
PAGE = f"""<html><head><title>Bridge reopens after two years - The Courier</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge reopens after two years</h1><p>{STORY[0]}</p><p>{STORY[1]}</p>
<h3>Related articles</h3><ul><li><a href="/a">Council meets</a></li></ul></article>
<footer>Copyright The Courier</footer></body></html>"""


def _sdist(root: Path) -> Path:
    data = root / "tests" / "data"
    for folder in ("html", "txt", "metadata"):
        (data / folder).mkdir(parents=True)
    (data / "html" / "courier.html").write_text(PAGE, encoding="utf-8")
    (data / "txt" / "courier.txt").write_text("\n\n".join(STORY), encoding="utf-8")
    url = {"url": "https://courier.example/2024/03/bridge"}
    (data / "metadata" / "courier.json").write_text(json.dumps(url), encoding="utf-8")
    # expected text without its page: not a case
    (data / "txt" / "orphan.txt").write_text("Nothing to compare.", encoding="utf-8")
    return root


def test_reads_the_pages_that_have_expected_text(tmp_path: Path) -> None:
    [case] = bench.read_cases(_sdist(tmp_path))
    assert (case.name, case.url) == ("courier", "https://courier.example/2024/03/bridge")
    assert case.expected.startswith("The old bridge")


@pytest.mark.parametrize(
    ("body", "expected", "scores"),
    [
        ("a b c", "a b c", (1.0, 1.0, 1.0)),
        ("a b", "a b c d", (1.0, 0.5, 0.666667)),
        ("a a b", "a b", (2 / 3, 1.0, 0.8)),  # (a multiset: the second "a" is extra)
        ("x y", "a b", (0.0, 0.0, 0.0)),
    ],
)
def test_token_scores(body: str, expected: str, scores: tuple[float, float, float]) -> None:
    assert bench.token_scores(body, expected) == pytest.approx(scores, abs=1e-6)


def test_prints_both_tools_side_by_side(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert bench.main([str(_sdist(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "1 pages with expected text" in out
    rows = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    assert set(rows) == {"newscrawl", "trafilatura"}
    # newscrawl's body is the story alone: every token, nothing else
    assert rows["newscrawl"][1:5] == ["1.000", "1.000", "1.000", "1/1"]


def test_refuses_a_folder_without_the_test_data(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        bench.main([str(tmp_path)])
