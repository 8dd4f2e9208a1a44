"""``python -m newscrawl demo``: serve the demo network of regional news sites on loopback.

Each site listens on its own 127.0.0.x address (default port 8780; ``--port 0``
picks a free port per address). Files written into ``--out``:

- ``truth.jsonl``: the ground truth (format in :mod:`newscrawl.demo.generator`),
  rewritten after every publish/edit;
- ``requests.jsonl``: one JSON object per site request served;
- ``admin.json``: ``{"origin": "http://127.0.0.1:PORT"}`` of the admin API
  (:mod:`newscrawl.demo.server`);
- ``sites.json``: ``{site_id: origin}``, written last, atomically, once every
  listener is up (wait for it before crawling).

The process stops on Ctrl-C/SIGTERM, when ``--parent-pid`` dies, or after
``--max-seconds``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from newscrawl.demo.sites import site_specs

logger = logging.getLogger(__name__)

DEFAULT_PORT = 8780


def add_arguments(parser: argparse.ArgumentParser) -> None:
    specs = site_specs()
    parser.add_argument("--articles", type=int, default=60, help="articles per site (default 60)")
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port on every site address (default {DEFAULT_PORT}; 0 = a free port per address)",
    )
    parser.add_argument("--out", default="output/demo", help="output folder (default output/demo)")
    parser.add_argument("--seed", type=int, default=1, help="content seed (default 1)")
    parser.add_argument(
        "--sites",
        default=",".join(specs),
        help=f"comma-separated site ids (default: all of {', '.join(specs)})",
    )
    parser.add_argument("--parent-pid", type=int, default=None, help="exit when this process dies")
    parser.add_argument("--max-seconds", type=float, default=None, help="exit after this long")


def write_json_atomic(path: Path, data: object) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie counts as dead)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def run(args: argparse.Namespace) -> int:
    from twisted.internet import reactor, task
    from twisted.internet.error import CannotListenError
    from twisted.web.server import Site

    from newscrawl.demo.generator import Network
    from newscrawl.demo.server import AdminResource, PageCache, RequestLog, SiteResource
    from newscrawl.demo.themes import THEMES, NetworkLinks

    logging.basicConfig(level=logging.INFO, format="%(asctime)s [demo] %(levelname)s: %(message)s")
    specs = site_specs()
    wanted = [s.strip() for s in args.sites.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in specs]
    if unknown or not wanted:
        print(
            f"unknown demo site(s): {', '.join(unknown) or '(none)'}; known: {', '.join(specs)}",
            file=sys.stderr,
        )
        return 2
    if args.articles < 1:
        print("--articles must be at least 1", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("sites.json", "admin.json"):
        (out / name).unlink(missing_ok=True)

    started = time.monotonic()
    network = Network([specs[s] for s in wanted], seed=args.seed, articles=args.articles)
    log = RequestLog(out / "requests.jsonl")
    cache = PageCache()
    resources: dict[str, SiteResource] = {}
    origins: dict[str, str] = {}
    try:
        for site_id in wanted:
            spec = specs[site_id]
            resource = SiteResource(site_id, None, log, cache)  # type: ignore[arg-type]
            site = Site(resource)
            site.noisy = False
            port = reactor.listenTCP(args.port, site, interface=spec.address)  # type: ignore[attr-defined]
            origins[site_id] = f"http://{spec.address}:{port.getHost().port}"
            resources[site_id] = resource
        admin_site = Site(
            AdminResource(network, cache, lambda: network.write_truth(out / "truth.jsonl"))
        )
        admin_site.noisy = False
        admin_port = reactor.listenTCP(0, admin_site, interface="127.0.0.1")  # type: ignore[attr-defined]
    except CannotListenError as exc:
        print(f"cannot listen: {exc}", file=sys.stderr)
        return 1
    first_port = origins[wanted[0]].rsplit(":", 1)[1]
    links = NetworkLinks(origins=dict(origins), unserved=f"http://127.0.0.9:{first_port}")
    for site_id, resource in resources.items():
        content = network.sites[site_id]
        content.origin = origins[site_id]
        resource.theme = THEMES[specs[site_id].theme](content, links)

    network.write_truth(out / "truth.jsonl")
    write_json_atomic(
        out / "admin.json", {"origin": f"http://127.0.0.1:{admin_port.getHost().port}"}
    )
    write_json_atomic(out / "sites.json", origins)
    logger.info(
        "serving %s with %d articles per site (seed %d) in %.1fs; output in %s",
        ", ".join(f"{k}={v}" for k, v in origins.items()),
        args.articles,
        args.seed,
        time.monotonic() - started,
        out,
    )

    def stop(reason: str) -> None:
        if reactor.running:  # type: ignore[attr-defined]
            logger.info("stopping: %s", reason)
            reactor.stop()  # type: ignore[attr-defined]

    if args.parent_pid is not None:
        parent = args.parent_pid
        original_ppid = os.getppid()

        def watch() -> None:
            if not _alive(parent) or (parent == original_ppid and os.getppid() != parent):
                stop(f"parent process {parent} is gone")

        task.LoopingCall(watch).start(0.5)
    if args.max_seconds is not None:
        reactor.callLater(args.max_seconds, stop, f"--max-seconds {args.max_seconds} passed")  # type: ignore[attr-defined]
    try:
        reactor.run()  # type: ignore[attr-defined]
    finally:
        log.close()
    return 0
