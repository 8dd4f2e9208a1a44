"""Shared fixtures: real services (PostgreSQL, Redis, Chromium), each isolated per test.

With ``CI=true`` a missing service fails the test; on a user's machine it skips
with the reason, so the suite still runs where only Python is installed.
"""

from __future__ import annotations

import os
import shutil
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BASE = os.environ.get("NEWSCRAWL_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_BASE = os.environ.get("NEWSCRAWL_TEST_REDIS", "redis://127.0.0.1:6379/0")
CORPUS = Path(
    os.environ.get(
        "NEWSCRAWL_EVAL_CORPUS",
        Path(__file__).resolve().parents[2] / "shared" / "eval" / "trafilatura-eval",
    )
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(available: bool, reason: str) -> None:
    """Skip (fail under CI=true) when a service or data set the test needs is missing."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A SQLAlchemy URL to the test PostgreSQL database, in a schema of this test's own."""
    require(_port_open("127.0.0.1", 5432), "PostgreSQL is not answering on 127.0.0.1:5432")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    plain = PG_BASE.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def redis_url() -> Iterator[tuple[str, str]]:
    """(Redis URL, a key prefix of this test's own); the prefix's keys are deleted after."""
    require(_port_open("127.0.0.1", 6379), "Redis is not answering on 127.0.0.1:6379")
    import redis

    prefix = f"newscrawl-test-{uuid.uuid4().hex[:12]}"
    yield REDIS_BASE, prefix
    client = redis.Redis.from_url(REDIS_BASE)
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
    client.close()


@pytest.fixture
def chromium_path() -> str:
    path = os.environ.get("NEWSCRAWL_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    require(Path(path).exists(), f"Chromium not found at {path} (apt-get install chromium)")
    return path


@pytest.fixture
def corpus_dir() -> Path:
    require((CORPUS / "evaldata.json").exists(), f"evaluation corpus not found at {CORPUS}")
    return CORPUS
