"""``python -m newscrawl replay``: spill files into the database, idempotently."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from newscrawl.__main__ import main
from newscrawl.items import Article
from newscrawl.store import Store, content_hash

ROOT = Path(__file__).resolve().parents[1]


def spill(path: Path, bodies: dict[int, str]) -> Path:
    lines = []
    for n, body in bodies.items():
        a = Article(
            url=f"https://a.example/{n}/",
            canonical_url=f"https://a.example/{n}/",
            site="a",
            title=f"T{n} ‘quoted’ 🗞️",
            body=body,
            content_hash=content_hash(body),
            crawled_at=f"2025-07-0{n % 9 + 1}T00:00:00+00:00",
        )
        lines.append(json.dumps(asdict(a), ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db.sqlite3'}"
    return request.getfixturevalue("pg_url")


def test_replay_loads_and_is_idempotent(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    f = spill(tmp_path / "s.jsonl", {n: f"body {n}" for n in range(1, 6)})
    assert main(["replay", str(f), "--database-url", db_url]) == 0
    assert "5 new" in capsys.readouterr().out
    assert main(["replay", str(f), "--database-url", db_url]) == 0
    assert "5 unchanged" in capsys.readouterr().out
    with Store(db_url) as s:
        assert s.count() == 5 and s.count("article_versions") == 0
        assert s.get_article("https://a.example/3/")["title"] == "T3 ‘quoted’ 🗞️"


def test_replay_of_an_edit_makes_a_version(tmp_path: Path, db_url: str) -> None:
    main(["replay", str(spill(tmp_path / "a.jsonl", {1: "first"})), "--database-url", db_url])
    # the same article, crawled later with another body
    main(["replay", str(spill(tmp_path / "b.jsonl", {10: "x"})), "--database-url", db_url])
    edited = spill(tmp_path / "c.jsonl", {1: "second"})
    text = edited.read_text(encoding="utf-8").replace("2025-07-02", "2025-07-09")
    edited.write_text(text, encoding="utf-8")
    assert main(["replay", str(edited), "--database-url", db_url]) == 0
    with Store(db_url) as s:
        assert s.get_article("https://a.example/1/")["version"] == 2


def test_bad_lines_are_reported_and_the_rest_loaded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = spill(tmp_path / "s.jsonl", {1: "one", 2: "two"})
    f.write_text(f.read_text(encoding="utf-8") + '{"broken\n[1, 2]\n', encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert main(["replay", str(f), "--database-url", url]) == 1
    assert "s.jsonl:3" in capsys.readouterr().err
    with Store(url) as s:
        assert s.count() == 2


def test_unreachable_database_exits_non_zero_without_password(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    f = spill(tmp_path / "s.jsonl", {1: "one"})
    url = f"postgresql+psycopg://u:pa55-word@127.0.0.1:{port}/x"
    proc = subprocess.run(
        [sys.executable, "-m", "newscrawl", "replay", str(f), "--database-url", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "pa55-word" not in proc.stdout + proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "cannot open database" in proc.stderr
