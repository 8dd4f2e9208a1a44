"""bench/mercury_fixtures.py on a hand-made package laid out as Mercury parser's npm one."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import mercury_fixtures as bench

PAGE = """<html><head><title>Bridge reopens after two years - The Courier</title>
<meta property="og:title" content="Bridge reopens after two years">
<meta property="article:published_time" content="2016-12-09T17:51:26-05:00"></head>
<body><article><h1>Bridge reopens after two years</h1>
<p class="byline">By <a rel="author" href="/author/ann-lee/">Ann Lee</a></p>
<p>The old bridge over the Barak reopened on Friday after two years of repairs that cost
the city more than it had planned, officials said.</p>
<p>Traffic is expected to return to normal by the end of the month, the council said in a
statement on Friday evening.</p></article></body></html>"""

TEST = """import assert from 'assert';
describe('CourierExtractor', () => {
  describe('initial test case', () => {
    let result;
    let url;
    beforeAll(() => {
      url =
        'http://courier.example/2016/12/09/bridge-reopens';
      const html = fs.readFileSync('./fixtures/courier.example/1.html');
      result = Mercury.parse(url, html, { fallback: false });
    });
    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(title, `Bridge reopens after two years`);
    });
    it('returns the author', async () => {
      const { author } = await result;
      assert.equal(author, 'Ann Lee');
    });
    it('returns the date_published', async () => {
      const { date_published } = await result;
      assert.equal(date_published, '2016-12-09T22:51:26.000Z');
    });
    it('returns the content', async () => {
      const first13 = excerptContent(
        $('*').first().text(),
        13
      );
      // Update these values with the expected values from
      // the article.
      assert.equal(
        first13,
        "The old bridge over the Barak reopened on Friday after two years of repairs"
      );
    });
  });
  describe('a page without a fixture', () => {
    beforeAll(() => {
      url = 'http://courier.example/gone';
      const html = fs.readFileSync('./fixtures/courier.example/missing.html');
    });
  });
});
"""


def _package(root: Path) -> Path:
    (root / "fixtures" / "courier.example").mkdir(parents=True)
    (root / "fixtures" / "courier.example" / "1.html").write_text(PAGE, encoding="utf-8")
    tests = root / "src" / "extractors" / "custom" / "courier.example"
    tests.mkdir(parents=True)
    (tests / "index.test.js").write_text(TEST, encoding="utf-8")
    return root


def test_reads_the_expectations_of_each_test_block(tmp_path: Path) -> None:
    cases, unread = bench.read_cases(_package(tmp_path))
    assert unread == 1  # the block whose fixture is not on disk
    [case] = cases
    assert case.url == "http://courier.example/2016/12/09/bridge-reopens"
    assert case.fixture == tmp_path / "fixtures" / "courier.example" / "1.html"
    assert case.expected == {
        "title": "Bridge reopens after two years",
        "author": "Ann Lee",
        "date_published": "2016-12-09T22:51:26.000Z",
        "lead": "The old bridge over the Barak reopened on Friday after two years of repairs",
    }


def test_a_date_matches_on_the_printed_day_or_in_utc() -> None:
    assert bench._days("2016-12-09T17:51:26-05:00") == {"2016-12-09"}
    assert bench._days("2016-12-09T20:51:26-05:00") == {"2016-12-09", "2016-12-10"}
    assert bench._days("2016-12-09") == {"2016-12-09"}
    assert bench._days(None) == set()


def test_prints_both_tools_and_scores_the_page(tmp_path: Path, capsys) -> None:
    assert bench.main([str(_package(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "1 pages with expectations (1 test blocks not readable)" in out
    rows = {line.split()[0]: line for line in out.splitlines()[2:]}
    # newscrawl gets every field of this plain page right
    assert rows["newscrawl"].split()[1:11] == ["1.000", "(1/1)"] * 5
    assert "trafilatura" in rows


def test_meta_tags_saved_with_value_get_their_content_back() -> None:
    html = (
        '<meta value="Bridge reopens" property="og:title">'
        '<meta name="author" content="Ann Lee" value="x">'
        '<input value="kept" name="q">'
    )
    assert bench.restore_meta_content(html) == (
        '<meta content="Bridge reopens" property="og:title">'
        '<meta name="author" content="Ann Lee" value="x">'
        '<input value="kept" name="q">'
    )
