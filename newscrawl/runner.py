"""``python -m newscrawl run`` (``make crawl``): one command from nothing to feeds.

With no site given it starts the bundled demo network on loopback (free ports),
crawls every demo site into the configured outputs, prints a summary and stops the
demo. With ``--site``/``--origin`` or ``--url`` it crawls that real site instead.
The crawl itself is a plain ``scrapy crawl news`` subprocess, exactly what cron or
Scrapyd would run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
from collections import Counter
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from newscrawl.sites import load_profiles

if TYPE_CHECKING:
    from newscrawl.demo.process import DemoProcess

SUMMARY_FIELDS = ("published_at", "authors", "agency", "dateline", "related_urls")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", help="profile id(s), comma-separated (default: the demo sites)")
    parser.add_argument("--origin", help="override the origin of a single --site")
    parser.add_argument("--url", help="crawl a site that has no profile, from this URL")
    parser.add_argument(
        "--articles", type=_positive, default=60, help="demo articles per site (default 60)"
    )
    parser.add_argument(
        "--max-articles", type=_positive, help="stop after this many articles a site"
    )
    parser.add_argument(
        "--output", type=Path, help="output folder (default: $NEWSCRAWL_OUTPUT_DIR or ./output)"
    )
    parser.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra Scrapy setting, as for scrapy crawl -s",
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive integer: {value!r}")
    return number


def argument_problem(args: argparse.Namespace) -> str | None:
    """Arguments that contradict one another (each would otherwise be ignored silently)."""
    if args.url and args.site:
        return "give --site or --url, not both"
    if args.origin and not args.site:
        return "--origin moves the profile of a single --site; give --site too"
    if args.origin and "," in args.site:
        return "--origin overrides one site; --site names several"
    return None


def run(args: argparse.Namespace) -> int:
    problem = argument_problem(args)
    if problem:
        print(f"python -m newscrawl run: error: {problem}", file=sys.stderr)
        return 2
    output = (args.output or Path(os.environ.get("NEWSCRAWL_OUTPUT_DIR") or "output")).resolve()
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + secrets.token_hex(3)
    crawl_args: list[str] = []
    with ExitStack() as stack:
        if args.url:
            crawl_args += ["-a", f"url={args.url}"]
        elif args.site:
            crawl_args += ["-a", f"site={args.site}"]
            if args.origin:
                crawl_args += ["-a", f"origin={args.origin}"]
        else:
            demo = _demo_network(output / "demo", args.articles)
            stack.callback(demo.stop)
            sites = _demo_sites(demo.origins)
            print(f"demo network up: {', '.join(f'{s} {demo.origins[s]}' for s in sites)}")
            origins_file = output / "demo" / "crawl-origins.json"
            origins_file.write_text(json.dumps({s: demo.origins[s] for s in sites}))
            crawl_args += ["-a", f"site={','.join(sites)}", "-a", f"origins={origins_file}"]
        if args.max_articles:
            crawl_args += ["-a", f"max_articles={args.max_articles}"]
        crawl_args += ["-a", f"run_id={run_id}", "-s", f"NEWSCRAWL_OUTPUT_DIR={output}"]
        for setting in args.set:
            crawl_args += ["-s", setting]
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newscrawl.settings"}
        cmd = [sys.executable, "-m", "scrapy", "crawl", "news", *crawl_args]
        print("running:", " ".join(cmd), flush=True)
        code = subprocess.call(cmd, env=env)
    _summarise(output, run_id)
    if code:
        print(f"crawl failed (exit status {code}); see the log above", file=sys.stderr)
    return code


def _demo_network(out_dir: Path, articles: int) -> DemoProcess:
    """The demo network, started on its own port (``make demo``'s, 8780) when it is free: the
    same addresses every run, so a second ``make crawl`` finds its articles stored ("nothing
    new") rather than the same stories again under new addresses (copies of the stored ones,
    dropped, and every site's coverage floor failed). Else on free ports."""
    from newscrawl.demo.cli import DEFAULT_PORT
    from newscrawl.demo.process import DemoError, DemoProcess

    try:
        return DemoProcess(out_dir, articles=articles, port=DEFAULT_PORT).start()
    except DemoError as exc:
        why = str(exc).strip().splitlines()[-1:] or ["?"]
        print(f"the demo could not start on port {DEFAULT_PORT} ({why[0]}): on free ports then")
        return DemoProcess(out_dir, articles=articles).start()


def _demo_sites(origins: dict[str, str]) -> list[str]:
    """The demo sites to crawl: those with a profile, minus browser-only ones without Chromium."""
    profiles = load_profiles()
    sites = []
    for site_id in sorted(origins):
        profile = profiles.get(site_id)
        if profile is None:
            continue
        if profile.render_js and not _chromium_available():
            print(f"skipping {site_id}: it needs Chromium (apt-get install chromium)")
            continue
        sites.append(site_id)
    return sites


def _chromium_available() -> bool:
    path = os.environ.get("NEWSCRAWL_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return Path(path).exists()


def _summarise(output: Path, run_id: str) -> None:
    # <run_id>.jsonl[.gz]; <run_id>-<host>-<pid>.jsonl[.gz] for a worker of a distributed run
    pattern = re.compile(re.escape(run_id) + r"(-[^/]+-\d+)?\.jsonl(\.gz)?")
    feeds = sorted(p for p in output.glob(f"feeds/*/*/{run_id}*") if pattern.fullmatch(p.name))
    if not feeds:
        print(f"no feed was written under {output / 'feeds'}")
        return
    print(f"\nrun {run_id}")
    for feed in feeds:
        rows = _read_jsonl(feed)
        filled = Counter(f for row in rows for f in SUMMARY_FIELDS if row.get(f))
        coverage = ", ".join(f"{f} {filled[f]}/{len(rows)}" for f in SUMMARY_FIELDS)
        print(f"  {feed.parent.parent.name}: {len(rows)} articles ({coverage})")
        print(f"    {feed}")


def _read_jsonl(path: Path) -> list[dict]:
    import gzip

    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
