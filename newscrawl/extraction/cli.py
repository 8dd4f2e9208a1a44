"""``python -m newscrawl extract``: Articles from saved HTML files, one JSON object per line.

Inputs are files (``.gz`` allowed) named on the command line, or a JSON Lines manifest of
``{"path": ..., "url": ...}`` (also ``site``, ``theme``, ``timezone``; ``-`` reads it from
stdin). Every input goes through ``extract_article``; one that cannot be read or parsed
yields ``{"path": ..., "error": ...}`` and the run goes on. Exit status: 0 when every input
was processed, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newscrawl.cleaning import is_time_zone
from newscrawl.extraction import ExtractionError, extract_article

logger = logging.getLogger(__name__)

USAGE_ERROR = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="saved HTML page (.gz allowed)")
    parser.add_argument("--url", help="the URL the page(s) were served at (links, site, canonical)")
    parser.add_argument(
        "--manifest",
        metavar="M",
        help='JSON Lines of {"path": ..., "url": ...}; "-" reads stdin (paths relative to M)',
    )
    parser.add_argument("--site", help="site profile id to record (default: the URL's host)")
    parser.add_argument("--theme", help="CMS theme rules to use (default: detected)")
    parser.add_argument(
        "--timezone",
        type=_zone,
        help="the site's IANA time zone (Asia/Kolkata): UTC and zoneless times are given in it",
    )
    parser.add_argument("--crawled-at", help="crawled_at to record (default: now, UTC)")


def _zone(name: str) -> str:
    """``name`` when the time zone database knows it, else a usage error."""
    if not is_time_zone(name):
        raise argparse.ArgumentTypeError(f"{name!r} is no IANA time zone (such as 'Asia/Kolkata')")
    return name


#: A saved page inflates to at most this much (a gzip bomb is refused, not inflated).
MAX_PAGE_BYTES = 64 * 2**20


def read_page(path: Path) -> bytes:
    """The page's bytes, gunzipped when the file is gzip (by magic number, not by name).

    Raises ``OSError``/``EOFError``/``zlib.error`` for a truncated or corrupt gzip file and
    ``ValueError`` for one that inflates beyond :data:`MAX_PAGE_BYTES`.
    """
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)  # checks the gzip CRC
        page = inflate.decompress(data, MAX_PAGE_BYTES)
        if inflate.unconsumed_tail:
            raise ValueError(f"inflates to more than {MAX_PAGE_BYTES} bytes")
        if not inflate.eof:
            raise EOFError("truncated gzip file")
        data = page
    return data


def _inputs(args: argparse.Namespace, stdin: IO[str]) -> Iterator[dict[str, Any]]:
    for name in args.files:
        yield {"path": name, "url": args.url}
    if args.manifest:
        base = Path(".") if args.manifest == "-" else Path(args.manifest).resolve().parent
        lines = stdin if args.manifest == "-" else _manifest_lines(Path(args.manifest))
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if not line:
                continue
            try:
                entry = json.loads(line)
                if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
                    raise ValueError("each line must be an object with a string 'path'")
                for key in ("url", "site", "theme", "timezone"):
                    if entry.get(key) is not None and not isinstance(entry[key], str):
                        raise ValueError(f"'{key}' must be a string")
                if entry.get("timezone") is not None:
                    try:
                        _zone(entry["timezone"])
                    except argparse.ArgumentTypeError as exc:
                        raise ValueError(str(exc)) from None
            except ValueError as exc:
                yield {"path": f"{args.manifest}:{number}", "error": f"bad manifest line: {exc}"}
                continue
            path = Path(entry["path"])
            entry["path_resolved"] = str(path if path.is_absolute() else base / path)
            yield entry


def _manifest_lines(path: Path) -> Iterator[str]:
    # undecodable bytes become U+FFFD: that line is then refused, the others still read
    with path.open(encoding="utf-8", errors="replace") as fh:
        yield from fh


def _process(entry: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    path = entry["path"]
    if "error" in entry:
        return {"path": path, "error": entry["error"]}
    try:
        data = read_page(Path(entry.get("path_resolved", path)))
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        # ValueError: a NUL in the path; zlib.error: a corrupt gzip stream
        return {"path": path, "error": f"cannot read: {exc}"}
    try:
        article = extract_article(
            data,
            entry.get("url") or args.url,
            site=entry.get("site") or args.site,
            theme=entry.get("theme") or args.theme,
            crawled_at=args.crawled_at,
            timezone=entry.get("timezone") or args.timezone,
        )
    except ExtractionError as exc:
        return {"path": path, "error": str(exc)}
    except Exception as exc:  # an extractor bug: reported for this input, the batch goes on
        logger.exception("extract: %s: extraction failed", path)
        return {"path": path, "error": f"extraction failed: {type(exc).__name__}: {exc}"}
    return {"path": path, **dataclasses.asdict(article)}


def run(
    args: argparse.Namespace, stdout: IO[str] | None = None, stdin: IO[str] | None = None
) -> int:
    out = stdout or sys.stdout
    if not args.files and not args.manifest:
        print("extract: give FILE... or --manifest M", file=sys.stderr)
        return USAGE_ERROR
    if args.manifest and args.manifest != "-" and not Path(args.manifest).is_file():
        print(f"extract: manifest not found: {args.manifest}", file=sys.stderr)
        return USAGE_ERROR
    for entry in _inputs(args, stdin or sys.stdin):
        row = _process(entry, args)
        if "error" in row:
            logger.warning("extract: %s: %s", row["path"], row["error"])
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()
    return 0
