"""``officer-app``: the desktop app, and its headless commands.

``officer-app sync|act|outbox ...`` run without a window (see ``cli``).
Without a subcommand the GUI starts (``run_gui``), with its own flags
``--demo``, ``--smoke`` and ``--screenshot DIR``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import sys
from collections.abc import Sequence

from officer_app import __version__, cli


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="officer-app", description="CRM Officer Workstation (Jakarta)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    # Flags of the GUI (used when no subcommand is given).
    parser.add_argument("--demo", action="store_true", help="start with an embedded demo server")
    parser.add_argument("--smoke", action="store_true", help="start, render, and quit")
    parser.add_argument("--screenshot", metavar="DIR", help="save screenshots into DIR and quit")
    sub = parser.add_subparsers(dest="command")
    cli.add_commands(sub)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    """The hook for the desktop UI: ``officer_app.app.run(args) -> int`` when it exists."""
    if importlib.util.find_spec("officer_app.app") is None:
        print("Antarmuka grafis belum tersedia; gunakan 'officer-app sync|act|outbox'.")
        return 1
    app = importlib.import_module("officer_app.app")
    return int(app.run(args))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        return run_gui(args)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
