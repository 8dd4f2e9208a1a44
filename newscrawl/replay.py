"""``python -m newscrawl replay FILE...``: load spill files into the database, idempotently.

A spill file holds one JSON article per line, written by the storage pipeline while
the database was unreachable. Replaying upserts them by canonical URL, so running it
twice (or replaying items the crawl also managed to store) changes nothing. A line that
is not an article, or an article the database refuses (a value over one of its
limits), is reported with its line number and skipped; the others are loaded.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from newscrawl.store import Store, StoreError, database_url, short_url

logger = logging.getLogger(__name__)
BATCH = 200


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path, help="spill file(s)")
    parser.add_argument(
        "--database-url",
        default=None,
        help="SQLAlchemy URL (default: NEWSCRAWL_DATABASE_URL, else the SQLite file under "
        "NEWSCRAWL_OUTPUT_DIR)",
    )
    parser.add_argument("--output-dir", default=None, help="NEWSCRAWL_OUTPUT_DIR for the default")


def _settings(args: argparse.Namespace) -> dict[str, Any]:
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    if args.output_dir:
        settings.set("NEWSCRAWL_OUTPUT_DIR", args.output_dir, priority="cmdline")
    if args.database_url:
        settings.set("NEWSCRAWL_DATABASE_URL", args.database_url, priority="cmdline")
    return settings


def read_spill(path: Path) -> Iterator[tuple[int, dict[str, Any] | None]]:
    """(line number, item) per line; None for a line that is not a JSON object."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                yield n, None
                continue
            yield n, item if isinstance(item, dict) else None


def run(args: argparse.Namespace) -> int:
    store = Store(database_url(_settings(args)))
    try:
        store.open()
    except StoreError as exc:
        print(f"replay: {exc}", file=sys.stderr)
        return 2
    totals: dict[str, int] = {}
    bad = 0
    try:
        for path in args.files:
            if not path.is_file():
                print(f"replay: {path}: no such file", file=sys.stderr)
                return 2
            batch: list[tuple[int, dict[str, Any]]] = []
            for n, item in read_spill(path):
                if item is None or not (item.get("canonical_url") or item.get("url")):
                    print(f"replay: {path}:{n}: not an article, skipped", file=sys.stderr)
                    bad += 1
                    continue
                batch.append((n, item))
                if len(batch) >= BATCH:
                    bad += _write(store, path, batch, totals)
                    batch = []
            bad += _write(store, path, batch, totals)
    except SQLAlchemyError as exc:
        print(f"replay: {store.error(exc, 'database write failed')}", file=sys.stderr)
        return 1
    finally:
        store.close()
    summary = ", ".join(
        f"{totals.get(k, 0)} {k}" for k in ("new", "updated", "unchanged", "stale", "refused")
    )
    print(f"replayed {sum(totals.values())} item(s) into {store.safe_url}: {summary}")
    if bad:
        print(f"replay: {bad} line(s) skipped", file=sys.stderr)
        return 1
    return 0


def _write(
    store: Store, path: Path, batch: list[tuple[int, dict[str, Any]]], totals: dict[str, int]
) -> int:
    """Store ``batch`` ((line number, item) pairs); the number of lines the database refused."""
    if not batch:
        return 0
    outcomes, refused = store.write_articles_isolated([item for _, item in batch])
    for outcome in outcomes:
        totals[outcome] = totals.get(outcome, 0) + 1
    for i, reason in refused.items():
        n, item = batch[i]
        url = short_url(item.get("canonical_url") or item.get("url") or "")
        print(
            f"replay: {path}:{n}: {url} refused by the database, skipped: {reason}", file=sys.stderr
        )
    return len(refused)
