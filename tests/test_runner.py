"""``python -m newscrawl run`` and ``make crawl``: arguments reach the crawl as given,
and contradictory ones are refused instead of silently ignored."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from crawlutil import ROOT


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newscrawl", "run", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # Each of these used to start a crawl that ignored one of the arguments (the
        # first one crawled the whole demo network instead of the mirror).
        (["--origin", "http://127.0.0.2:9"], "--origin moves the profile of a single --site"),
        (["--site", "demo-sentinel", "--url", "http://127.0.0.2:9/"], "--site or --url"),
        (["--site", "a,b", "--origin", "http://127.0.0.2:9"], "--origin overrides one site"),
        (["--url", "http://127.0.0.2:9/", "--max-articles", "0"], "not a positive integer"),
        (["--url", "http://127.0.0.2:9/", "--max-articles", "-3"], "not a positive integer"),
        (["--articles", "0"], "not a positive integer"),
    ],
)
def test_contradictory_or_bad_arguments_are_refused(
    tmp_path: Path, args: list[str], message: str
) -> None:
    proc = _run(*args, "--output", str(tmp_path / "out"))
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr and "running:" not in proc.stdout
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_crawl_passes_urls_with_shell_characters_intact(tmp_path: Path) -> None:
    """``make crawl URL=...?a=1&b=2`` ran ``--url ...?a=1`` in the background and
    ``b=2`` as a command: the values were pasted into the recipe unquoted."""
    stamp = tmp_path / "stamp"  # newer than pyproject.toml: no set-up step runs
    stamp.touch()
    argv = tmp_path / "argv.py"
    argv.write_text("import json, sys\nprint(json.dumps(sys.argv[1:]))\n")
    url = "https://news.example/search?q=flood&page=2&x='y'"
    proc = subprocess.run(
        [
            "make",
            "-s",
            "crawl",
            f"STAMP={stamp}",
            f"PY={sys.executable} {argv}",
            f"URL={url}",
            "SITE=a b",
            "ARTICLES=5",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [
        "-m",
        "newscrawl",
        "run",
        "--site",
        "a b",
        "--url",
        url,
        "--articles",
        "5",
    ]


def test_the_summary_lists_gzip_and_distributed_worker_feeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With NEWSCRAWL_REDIS_URL a feed is named <run_id>-<host>-<pid>.jsonl: the summary
    said "no feed was written" after a crawl that wrote them."""
    import gzip

    from newscrawl.runner import _summarise

    day = tmp_path / "feeds" / "demo-sentinel" / "2026-11-29"
    day.mkdir(parents=True)
    row = json.dumps({"title": "T", "published_at": "2025-01-01", "authors": ["A"]})
    (day / "r1-vm-123.jsonl").write_text(row + "\n" + row + "\n")
    (day / "r1-vm-123.manifest.json").write_text("{}")
    (day / "r10.jsonl").write_text(row + "\n")  # another run
    other = tmp_path / "feeds" / "demo-chronicle" / "2026-11-29"
    other.mkdir(parents=True)
    (other / "r1.jsonl.gz").write_bytes(gzip.compress((row + "\n").encode()))
    _summarise(tmp_path, "r1")
    out = capsys.readouterr().out
    assert "demo-sentinel: 2 articles (published_at 2/2, authors 2/2" in out
    assert "demo-chronicle: 1 articles" in out
    assert "r10.jsonl" not in out and "manifest" not in out


@pytest.mark.slow
def test_make_crawl_run_twice_passes_the_second_time_with_nothing_new(tmp_path: Path) -> None:
    # the demo serves the same addresses every run (its own port when free): the second
    # run finds its articles stored, rather than the same stories under new addresses
    # (copies of the stored ones, dropped, and every coverage floor failed)
    out = tmp_path / "out"
    runs = [_run("--articles", "3", "--output", str(out), timeout=300) for _ in range(2)]
    for run in runs:
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    assert " 0 new, " in runs[1].stdout + runs[1].stderr
    assert "seen (skipped)" in runs[1].stdout + runs[1].stderr
