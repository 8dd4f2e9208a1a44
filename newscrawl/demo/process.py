"""Run the demo network as a child process, for tests and tools.

>>> with DemoProcess(tmp_path, articles=20) as demo:            # doctest: +SKIP
...     demo.origins            # {"demo-sentinel": "http://127.0.0.2:40123", ...}
...     demo.publish("demo-sentinel", 3)   # truth rows of the new articles

The child is ``python -m newscrawl demo ... --parent-pid <this pid>``, so it exits
on its own if this process dies without stopping it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

#: Loopback only: never route admin calls through an environment proxy.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class DemoError(RuntimeError):
    """The demo network did not start, or an admin call failed."""


class DemoProcess:
    """The demo network in a subprocess; a context manager."""

    def __init__(
        self,
        out_dir: Path,
        articles: int = 20,
        seed: int = 1,
        sites: list[str] | None = None,
        port: int = 0,
        timeout: float = 60.0,
        max_seconds: float | None = None,
    ) -> None:
        self.out_dir = Path(out_dir)
        self.articles = articles
        self.seed = seed
        self.sites = sites
        self.port = port
        self.timeout = timeout
        self.max_seconds = max_seconds
        self.proc: subprocess.Popen[bytes] | None = None
        self._origins: dict[str, str] = {}
        self._admin = ""

    @property
    def command(self) -> list[str]:
        cmd = [
            sys.executable,
            "-m",
            "newscrawl",
            "demo",
            "--articles",
            str(self.articles),
            "--port",
            str(self.port),
            "--out",
            str(self.out_dir),
            "--seed",
            str(self.seed),
            "--parent-pid",
            str(os.getpid()),
        ]
        if self.sites:
            cmd += ["--sites", ",".join(self.sites)]
        if self.max_seconds is not None:
            cmd += ["--max-seconds", str(self.max_seconds)]
        return cmd

    @property
    def stderr_path(self) -> Path:
        return self.out_dir / "demo.stderr.log"

    def start(self) -> DemoProcess:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for name in ("sites.json", "admin.json"):
            (self.out_dir / name).unlink(missing_ok=True)
        with self.stderr_path.open("wb") as err:
            self.proc = subprocess.Popen(
                self.command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err
            )
        sites_json = self.out_dir / "sites.json"
        deadline = time.monotonic() + self.timeout
        while not sites_json.exists():
            if self.proc.poll() is not None:
                raise DemoError(
                    f"demo network exited with {self.proc.returncode} before writing "
                    f"{sites_json}:\n{self._stderr()}"
                )
            if time.monotonic() > deadline:
                self.stop()
                raise DemoError(
                    f"demo network did not write {sites_json} within {self.timeout:.0f}s:\n"
                    f"{self._stderr()}"
                )
            time.sleep(0.05)
        self._origins = json.loads(sites_json.read_text(encoding="utf-8"))
        self._admin = json.loads((self.out_dir / "admin.json").read_text(encoding="utf-8"))[
            "origin"
        ]
        return self

    def _stderr(self) -> str:
        try:
            return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-4000:]
        except OSError:
            return "(no stderr)"

    def __enter__(self) -> DemoProcess:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def origins(self) -> dict[str, str]:
        """{site_id: origin} as the running network reported it in sites.json."""
        return dict(self._origins)

    @property
    def admin_origin(self) -> str:
        return self._admin

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def _jsonl(self, name: str) -> list[dict[str, Any]]:
        path = self.out_dir / name
        if not path.exists():
            return []
        lines = path.read_text(encoding="utf-8").split("\n")
        # The last piece is "" after a complete file, or a line the server is still writing.
        return [json.loads(line) for line in lines[:-1] if line.strip()]

    def truth(self) -> list[dict[str, Any]]:
        """The current ground truth (truth.jsonl), one dict per article per site."""
        return self._jsonl("truth.jsonl")

    def requests(self) -> list[dict[str, Any]]:
        """Every site request served so far (requests.jsonl)."""
        return self._jsonl("requests.jsonl")

    def _admin_call(self, action: str, site: str, count: int) -> list[dict[str, Any]]:
        if not self._admin:
            raise DemoError("the demo network is not running")
        url = f"{self._admin}/{action}?site={site}&count={count}"
        request = urllib.request.Request(url, data=b"", method="POST")
        try:
            with _OPENER.open(request, timeout=60) as response:
                return json.loads(response.read())
        except OSError as exc:
            raise DemoError(f"admin {action} on {site} failed: {exc}") from exc

    def publish(self, site: str, count: int) -> list[dict[str, Any]]:
        """Publish ``count`` new articles on ``site``; returns their truth rows."""
        return self._admin_call("publish", site, count)

    def edit(self, site: str, count: int) -> list[dict[str, Any]]:
        """Edit ``count`` existing articles on ``site``; returns their new truth rows."""
        return self._admin_call("edit", site, count)

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        self._admin = ""
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
