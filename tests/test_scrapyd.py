"""Deployment to a real Scrapyd: ``scrapyd-deploy`` with credentials from the
environment, ``schedule.json`` for a demo site, then the job's feed and log."""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from crawlutil import ROOT

from newscrawl.demo.process import DemoProcess

SITE = "demo-sentinel"
USER, PASSWORD = "deployer", "s3cret%$word"  # % and $ survive scrapy.cfg's ${...}
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _copy_project(dest: Path) -> Path:
    """What a deployment checkout holds (scrapyd-deploy writes setup.py/build/ into it)."""
    for name in ("scrapy.cfg", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(
        ROOT / "newscrawl", dest / "newscrawl", ignore=shutil.ignore_patterns("__pycache__")
    )
    return dest


class Scrapyd(SimpleNamespace):
    def call(self, path: str, data: dict | None = None, auth: bool = True) -> dict:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data else None
        request = urllib.request.Request(self.url + path, data=body)
        if auth:
            token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        with _OPENER.open(request, timeout=30) as response:
            raw = response.read()
        return json.loads(raw) if path.endswith(".json") or "json" in path else {"text": raw}


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[Scrapyd]:
    server = tmp_path / "scrapyd"
    server.mkdir()
    port = _free_port()
    (server / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        f"username = {USER}\n"
        f"password = {PASSWORD.replace('%', '%%')}\n"
        f"eggs_dir = {server / 'eggs'}\n"
        f"logs_dir = {server / 'logs'}\n"
        f"dbs_dir = {server / 'dbs'}\n"
        "items_dir =\n"
        "poll_interval = 0.5\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    env["NEWSCRAWL_OUTPUT_DIR"] = str(tmp_path / "jobs-output")  # what every job writes under
    # `timeout`: the server stops by itself even if this test process is killed.
    proc = subprocess.Popen(
        ["timeout", "600", sys.executable, "-m", "scrapyd"],
        cwd=server,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(server / "scrapyd.err").open("wb"),
    )
    api = Scrapyd(url=f"http://127.0.0.1:{port}/", proc=proc, server=server, out=tmp_path)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                api.call("daemonstatus.json")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail((server / "scrapyd.err").read_text()[-3000:])
                time.sleep(0.2)
        yield api
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.slow
def test_deploy_and_schedule_with_authentication(tmp_path: Path, scrapyd: Scrapyd) -> None:
    with pytest.raises(urllib.error.HTTPError) as denied:
        scrapyd.call("daemonstatus.json", auth=False)
    assert denied.value.code == 401

    project = tmp_path / "checkout"
    project.mkdir()
    _copy_project(project)
    deploy_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    deploy_env.update(
        SCRAPYD_URL=scrapyd.url.rstrip("/"), SCRAPYD_USERNAME=USER, SCRAPYD_PASSWORD=PASSWORD
    )
    deploy = subprocess.run(
        [str(Path(sys.executable).parent / "scrapyd-deploy"), "--version", "t1"],
        cwd=project,
        env=deploy_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert deploy.returncode == 0, deploy.stderr[-3000:]
    assert '"status": "ok"' in deploy.stderr + deploy.stdout
    assert scrapyd.call("listspiders.json?project=newscrawl")["spiders"] == ["news"]

    with DemoProcess(tmp_path / "demo", articles=12, seed=4, sites=[SITE]) as demo:
        job = scrapyd.call(
            "schedule.json",
            {
                "project": "newscrawl",
                "spider": "news",
                "site": SITE,
                "origin": demo.origins[SITE],
                # Per-job settings pass through too. This test is about deployment, not
                # about a dozen demo articles meeting the profile's coverage floors.
                "setting": ["NEWSCRAWL_FLOOR_MIN_ITEMS=1000"],
            },
        )
        assert job["status"] == "ok"
        deadline = time.monotonic() + 300
        finished: list[dict] = []
        while not finished and time.monotonic() < deadline:
            jobs = scrapyd.call("listjobs.json?project=newscrawl")
            finished = [j for j in jobs["finished"] if j["id"] == job["jobid"]]
            time.sleep(0.5)
        assert finished, f"job {job['jobid']} did not finish"
        truth = demo.truth()

    log = scrapyd.call(finished[0]["log_url"].lstrip("/"))["text"].decode()
    assert "Spider closed (finished)" in log
    assert f"health {SITE}:" in log and "health: run ok" in log
    assert "Traceback" not in log and "Deprecat" not in log
    # The run is named after the Scrapyd job; its feed and manifest are under the
    # NEWSCRAWL_OUTPUT_DIR of the Scrapyd service.
    feeds = list((tmp_path / "jobs-output" / "feeds" / SITE).glob(f"*/{job['jobid']}.jsonl"))
    assert len(feeds) == 1, log[-3000:]
    rows = [json.loads(line) for line in feeds[0].read_text().splitlines() if line.strip()]
    allowed = {row["url"] for row in truth if row["robots_allowed"]}
    assert {row["url"] for row in rows} == allowed
    manifest = json.loads(feeds[0].with_name(f"{job['jobid']}.manifest.json").read_text())
    assert manifest["items"] == len(rows) and manifest["run_id"] == job["jobid"]
