"""Entry point of the frozen build (PyInstaller): ``officer-app`` itself.

A frozen program has no Python interpreter to run ``python -m <module>``, yet the
demo mode (``officer-app --demo``) starts the reference central server as
``sys.executable -m central_server serve ...``. In the bundle ``sys.executable``
is this program, so ``officer-app -m central_server ...`` is recognised here and
runs that module; only the modules in ``RUNNABLE_MODULES`` may be run this way.
Anything else is the ordinary ``officer-app`` command line.
"""

from __future__ import annotations

import multiprocessing
import runpy
import sys

RUNNABLE_MODULES = frozenset({"central_server"})


def main() -> int:
    multiprocessing.freeze_support()
    argv = sys.argv
    if len(argv) >= 3 and argv[1] == "-m":
        module = argv[2]
        if module not in RUNNABLE_MODULES:
            sys.stderr.write(f"officer-app: -m {module}: not available in this build\n")
            return 2
        sys.argv = [argv[0], *argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from officer_app.__main__ import main as officer_main

    return officer_main()


if __name__ == "__main__":
    sys.exit(main())
