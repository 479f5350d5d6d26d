"""``officer-app``: the desktop app, and its headless commands.

``officer-app sync|act|outbox ...`` run without a window (see ``cli``).
Without a subcommand the GUI starts (``run_gui``), with its own flags
``--demo``, ``--smoke`` and ``--screenshot DIR``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from officer_app import __version__, cli


def _gui_module() -> ModuleType | None:
    """``officer_app.gui_main`` when the desktop UI is installed (imports no Qt itself)."""
    if importlib.util.find_spec("officer_app.gui_main") is None:
        return None
    return importlib.import_module("officer_app.gui_main")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="officer-app", description="CRM Officer Workstation (Jakarta)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    gui = _gui_module()
    if gui is not None:
        gui.add_gui_arguments(parser)  # --demo, --smoke, --screenshot DIR, ...
    else:
        parser.add_argument("--demo", action="store_true", help="start with a demo server")
        parser.add_argument("--smoke", action="store_true", help="start, render, and quit")
        parser.add_argument("--screenshot", metavar="DIR", help="save screenshots and quit")
    sub = parser.add_subparsers(dest="command")
    cli.add_commands(sub)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    """The desktop UI, when no subcommand is given: ``gui_main.run_gui(args)``."""
    gui = _gui_module()
    if gui is None:
        print("Antarmuka grafis belum tersedia; gunakan 'officer-app sync|act|outbox'.")
        return 1
    return int(gui.run_gui(args))


def main(argv: Sequence[str] | None = None) -> int:
    from officer_app.store.private import owner_only_umask

    owner_only_umask()  # everything this program writes is its user's alone (0600/0700)
    given = sys.argv[1:] if argv is None else list(argv)
    if given[:1] == ["--map-process"]:  # views.map_protocol.FLAG: the built program's map
        from officer_app.views.map_process import main as map_process

        return map_process(given[1:])
    if argv is None:  # run as the program (not called by a test or a script)
        # A short ``sync`` is mostly imports, which make ~80k objects that live as
        # long as the process: no collections until they are all there (``sync``
        # turns them back on after its imports, ``cli.imports_done``; ~10 % of
        # its CPU), and they are never searched for cycles afterwards.
        gc.disable()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None or args.handler is not cli.cmd_sync:
        gc.enable()
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        return run_gui(args)
    code = int(args.handler(args))
    if argv is None:  # run as the program (not called by a test or a script)
        # Done: the interpreter's teardown would now walk every object the imports
        # made, in several collections (~0.1-0.4 s of a short sync). Everything the
        # command opened is closed; frozen objects are still freed, just not searched
        # for reference cycles on the way out.
        gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
