"""``python -m newscrawl COMMAND``: the project's command-line tools.

Each command lives in its own module exposing ``add_arguments(parser)`` and
``run(args) -> int``; this file only dispatches, importing just the command asked for.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = {
    "run": ("newscrawl.runner", "crawl the demo network (default) or a real site, then summarise"),
    "demo": ("newscrawl.demo.cli", "serve the demo network of regional news sites on loopback"),
    "extract": ("newscrawl.extraction.cli", "extract Articles from saved HTML files as JSON lines"),
    "replay": ("newscrawl.replay", "load a spill file of items into the database, idempotently"),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m newscrawl", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if argv and argv[0] == name:
            module = importlib.import_module(module_name)
            module.add_arguments(p)
            p.set_defaults(_run=module.run)
    args = parser.parse_args(argv)
    return int(args._run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
