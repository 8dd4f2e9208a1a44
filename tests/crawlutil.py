"""Helpers for tests that run real crawls: ``scrapy crawl`` as a subprocess, and the
loopback servers they crawl.

A subprocess keeps each crawl in its own process (Scrapy's reactor cannot be
restarted in one process) and exercises exactly what cron and Scrapyd run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_crawl(
    args: list[str],
    output_dir: Path,
    *,
    settings: dict[str, str] | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 600,
) -> subprocess.CompletedProcess[str]:
    """``scrapy crawl news ARGS`` with outputs under ``output_dir``; the finished process."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", *args]
    cmd += ["-s", f"NEWSCRAWL_OUTPUT_DIR={output_dir}", "-s", "LOG_LEVEL=INFO"]
    for key, value in (settings or {}).items():
        cmd += ["-s", f"{key}={value}"]
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    full_env.update(env or {})
    full_env["SCRAPY_SETTINGS_MODULE"] = "newscrawl.settings"
    return subprocess.run(
        cmd, cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout, check=False
    )


def read_feeds(output_dir: Path, run_id: str) -> dict[str, list[dict]]:
    """site -> exported rows of the run ``run_id`` (of all its workers' files, with Redis)."""
    feeds: dict[str, list[dict]] = {}
    mine = re.compile(re.escape(run_id) + r"(-[^./]+-\d+)?\.jsonl")
    for path in sorted(output_dir.glob(f"feeds/*/*/{run_id}*.jsonl")):
        if not mine.fullmatch(path.name):
            continue
        with path.open(encoding="utf-8") as fh:
            rows = feeds.setdefault(path.parent.parent.name, [])
            rows += [json.loads(line) for line in fh if line.strip()]
    return feeds


#: What a test server answers for a path: status, headers, body.
Answer = tuple[int, dict[str, str], bytes]


@contextmanager
def loopback_server(answer: Callable[[str], Answer]) -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1 (a free port) answering each GET with ``answer(path)``,
    in a thread, stopped on exit; yields its origin and the paths it was asked for."""
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            status, headers, body = answer(self.path)
            self.send_response(status)
            for name, value in {"Content-Type": "text/html", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", asked
    finally:
        server.shutdown()
        server.server_close()
