"""Benchmark: crawl the demo's JavaScript site through Chromium; pages/s and memory.

    .venv/bin/python bench/js.py [--articles 330] [--max-pages 4]

Starts the demo network with only ``demo-jsnews`` on a free port, runs
``scrapy crawl news`` against it (a subprocess, as cron would) and, while it runs,
samples the memory of the crawler and every Chromium process under it (PSS from
``/proc/<pid>/smaps_rollup``, so pages shared between Chromium's processes count
once). Pages are counted from the demo server's request log: every listing or
article page a browser loaded. Prints pages/s and the peak memory up to 100 and up
to 300 pages; the second should stay within 20% of the first (no leak per page).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.demo.process import DemoProcess  # noqa: E402

SITE = "demo-jsnews"
CHECKPOINTS = (100, 300)


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    seen, todo = [], [pid]
    while todo:
        p = todo.pop()
        seen.append(p)
        todo += _children(p)
    return seen


def pss_bytes(pid: int) -> int:
    """Proportional set size of one process (0 if it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def is_page(path: str) -> bool:
    """A page the browser navigated to: a listing or an article (not API, not assets)."""
    return path == "/" or path.startswith("/page/") or path[1:5].isdigit()


class Monitor(threading.Thread):
    """Samples memory and counts pages until stopped; records the peak at checkpoints."""

    def __init__(self, pid: int, requests_log: Path) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.log = requests_log
        self.pages = 0
        self.peak = 0
        self.processes = 0
        self.at: dict[int, tuple[int, float]] = {}
        self.stop = threading.Event()
        self._offset = 0
        self.started = time.monotonic()

    def _count_pages(self) -> None:
        try:
            with self.log.open(encoding="utf-8") as fh:
                fh.seek(self._offset)
                chunk = fh.read()
        except OSError:
            return
        complete = chunk[: chunk.rfind("\n") + 1]
        self._offset += len(complete.encode())
        for line in complete.splitlines():
            if line.strip() and is_page(json.loads(line)["path"]):
                self.pages += 1

    def run(self) -> None:
        while not self.stop.is_set():
            pids = tree(self.pid)
            self.processes = max(self.processes, len(pids))
            self.peak = max(self.peak, sum(pss_bytes(p) for p in pids))
            self._count_pages()
            for mark in CHECKPOINTS:
                if self.pages >= mark and mark not in self.at:
                    self.at[mark] = (self.peak, time.monotonic() - self.started)
            time.sleep(0.1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=330, help="demo articles (default 330)")
    parser.add_argument("--max-pages", type=int, default=4, help="open Chromium pages (default 4)")
    parser.add_argument("--output", type=Path, help="output folder (default: a temporary one)")
    args = parser.parse_args()
    out = args.output or Path(tempfile.mkdtemp(prefix="newscrawl-bench-js-"))
    with DemoProcess(out / "demo", articles=args.articles, seed=1, sites=[SITE]) as demo:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
        env["SCRAPY_SETTINGS_MODULE"] = "newscrawl.settings"
        if os.environ.get("NEWSCRAWL_CHROMIUM"):
            env["NEWSCRAWL_CHROMIUM"] = os.environ["NEWSCRAWL_CHROMIUM"]
        cmd = [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "news",
            "-a",
            f"site={SITE}",
            "-a",
            f"origin={demo.origins[SITE]}",
            "-a",
            "run_id=bench-js",
            "-s",
            f"NEWSCRAWL_OUTPUT_DIR={out}",
            "-s",
            f"NEWSCRAWL_PLAYWRIGHT_MAX_PAGES={args.max_pages}",
            "-s",
            "LOG_LEVEL=INFO",
        ]
        started = time.monotonic()
        with (out / "crawl.log").open("wb") as log:
            proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=log)
            monitor = Monitor(proc.pid, out / "demo" / "requests.jsonl")
            monitor.start()
            code = proc.wait()
        elapsed = time.monotonic() - started
        monitor.stop.set()
        monitor.join()
        monitor._count_pages()
    mib = 1024 * 1024
    print(f"demo-jsnews: {args.articles} articles, {args.max_pages} Chromium pages at once")
    print(f"crawl exit status {code}; log {out / 'crawl.log'}")
    print(
        f"pages rendered: {monitor.pages} in {elapsed:.1f}s = {monitor.pages / elapsed:.2f} pages/s"
    )
    print(f"processes (crawler + Chromium), at most: {monitor.processes}")
    for mark in CHECKPOINTS:
        if mark in monitor.at:
            peak, when = monitor.at[mark]
            print(f"peak memory (PSS) after {mark} pages: {peak / mib:.0f} MiB (at {when:.0f}s)")
        else:
            print(f"peak memory (PSS) after {mark} pages: not reached")
    if all(m in monitor.at for m in CHECKPOINTS):
        first, second = (monitor.at[m][0] for m in CHECKPOINTS)
        growth = second / first - 1
        verdict = "within" if growth <= 0.20 else "NOT within"
        print(f"growth from 100 to 300 pages: {growth:+.1%} ({verdict} 20%)")
    print(f"peak memory over the whole run: {monitor.peak / mib:.0f} MiB")
    return code


if __name__ == "__main__":
    sys.exit(main())
