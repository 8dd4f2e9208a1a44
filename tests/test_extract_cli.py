"""``python -m newscrawl extract``: files, .gz, manifests, error rows and exit codes."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.__main__ import main
from newscrawl.extraction import extract_article

PAGES = Path(__file__).resolve().parent / "pages"
TDB = PAGES / "tagdiv_tdb_article.html"
WP = PAGES / "wordpress_article.html"
URL = "https://chronicle.example/kerry/"


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict]]:
    code = main(["extract", *argv])
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines()]


def test_files_plain_and_gz_match_extract_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(TDB.read_bytes()))
    argv = ["--url", URL, "--crawled-at", "2025-07-01T00:00:00+00:00", str(TDB), str(gz)]
    code, rows = run_cli(argv, capsys)
    assert code == 0
    assert [r["path"] for r in rows] == [str(TDB), str(gz)]
    expected = extract_article(TDB.read_bytes(), URL, crawled_at="2025-07-01T00:00:00+00:00")
    for row in rows:
        assert row["title"] == expected.title
        assert row["body"] == expected.body
        assert row["content_hash"] == expected.content_hash
        assert row["url"] == URL


def test_unreadable_and_unparseable_inputs_give_error_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "img.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    bad_gz = tmp_path / "bad.html.gz"
    bad_gz.write_bytes(b"\x1f\x8b\x08\x00garbage")
    missing = tmp_path / "missing.html"
    code, rows = run_cli([str(empty), str(binary), str(bad_gz), str(missing), str(WP)], capsys)
    assert code == 0
    assert [set(r) for r in rows[:4]] == [{"path", "error"}] * 4
    assert "empty" in rows[0]["error"]
    assert "binary" in rows[1]["error"]
    assert "cannot read" in rows[2]["error"] and "cannot read" in rows[3]["error"]
    assert rows[4]["title"] == "Nakuru county rations water as Lake Nakuru intake silts up"


def test_manifest_file_relative_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "a.html").write_bytes(TDB.read_bytes())
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        json.dumps({"path": "p/a.html", "url": URL})
        + "\n\nnot json\n"
        + json.dumps({"path": str(WP), "url": "https://riftvalleytimes.example/x/"})
        + "\n",
        encoding="utf-8",
    )
    code, rows = run_cli(["--manifest", str(manifest)], capsys)
    assert code == 0
    assert rows[0]["path"] == "p/a.html" and rows[0]["url"] == URL
    assert rows[0]["dateline"] == "Paris"
    assert "bad manifest line" in rows[1]["error"]
    assert rows[2]["site"] == "riftvalleytimes.example"


def test_manifest_from_stdin() -> None:
    from argparse import ArgumentParser

    from newscrawl.extraction import cli

    parser = ArgumentParser()
    cli.add_arguments(parser)
    args = parser.parse_args(["--manifest", "-"])
    stdin = io.StringIO(json.dumps({"path": str(TDB), "url": URL}) + "\n")
    out = io.StringIO()
    assert cli.run(args, stdout=out, stdin=stdin) == 0
    row = json.loads(out.getvalue())
    assert row["path"] == str(TDB) and row["agency"] == "IANS"


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract"]) == 2
    assert main(["extract", "--manifest", str(tmp_path / "nope.jsonl")]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--bogus"])
    assert exc.value.code == 2


def test_module_entry_point(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newscrawl", "extract", "--url", URL, str(TDB)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout)
    assert row["title"] == "Kerry refuses to cooperate with Iran to fight IS"


def test_corrupt_gzip_bombs_bad_manifests_and_extractor_bugs_give_error_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscrawl.extraction import cli

    corrupt = tmp_path / "corrupt.html.gz"
    corrupt.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff")
    truncated = tmp_path / "truncated.html.gz"
    truncated.write_bytes(gzip.compress(WP.read_bytes())[:-40])
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b" " * 4096))
    monkeypatch.setattr(cli, "MAX_PAGE_BYTES", 1024)
    manifest = tmp_path / "m.jsonl"
    manifest.write_bytes(
        b'\xff\xfe{"path": "x.html"}\n'
        + json.dumps({"path": "a\u0000b.html"}).encode()
        + b"\n"
        + json.dumps({"path": str(WP), "url": 5}).encode()
        + b"\n"
        + json.dumps({"path": str(WP), "theme": 7}).encode()
        + b"\n"
    )
    argv = [str(corrupt), str(truncated), str(bomb), "--manifest", str(manifest)]
    code, rows = run_cli(argv, capsys)
    assert code == 0
    assert len(rows) == 7 and all(set(r) == {"path", "error"} for r in rows), rows
    assert "cannot read" in rows[0]["error"] and "cannot read" in rows[1]["error"]
    assert "inflates to more than 1024 bytes" in rows[2]["error"]
    assert "bad manifest line" in rows[3]["error"]  # not UTF-8
    assert "cannot read" in rows[4]["error"]  # a NUL in the path
    assert "'url' must be a string" in rows[5]["error"]
    assert "'theme' must be a string" in rows[6]["error"]

    # a bug in the extractor is one error row, not the end of the batch
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "extract_article", broken)
    code, rows = run_cli([str(WP), str(TDB)], capsys)
    assert code == 0
    assert [r["error"] for r in rows] == ["extraction failed: RuntimeError: boom"] * 2


def test_a_timezone_gives_the_sites_dates_in_its_own_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        '<html lang="en"><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Council votes", "datePublished": "2025-07-01T03:30:00Z"}</script>'
        "</head><body><article><h1>Council votes</h1>"
        + "<p>The council voted on Monday night to repave the main street next spring.</p>" * 4
        + "</article></body></html>",
        encoding="utf-8",
    )
    url = "https://www.gazette.example.com/council/"
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        json.dumps({"path": "story.html", "url": url, "timezone": "Asia/Kolkata"})
        + "\n"
        + json.dumps({"path": "story.html", "url": url, "timezone": "Mars/Olympus"})
        + "\n",
        encoding="utf-8",
    )
    _, plain = run_cli(["--url", url, str(page)], capsys)
    _, zoned = run_cli(["--url", url, "--timezone", "America/Chicago", str(page)], capsys)
    _, listed = run_cli(["--manifest", str(manifest)], capsys)
    assert plain[0]["published_at"] == "2025-07-01T03:30:00+00:00"  # English: any zone
    assert zoned[0]["published_at"] == "2025-06-30T22:30:00-05:00"
    assert listed[0]["published_at"] == "2025-07-01T09:00:00+05:30"
    assert "no IANA time zone" in listed[1]["error"]
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--timezone", "Mars/Olympus", str(page)])
    assert exc.value.code == 2
