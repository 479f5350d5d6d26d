"""Files only their owner may read: what the workstation writes is 0600, its folders 0700.

Two layers:

- ``owner_only_umask()`` at the start of the program (``officer_app.__main__``):
  every file and folder the process creates from then on (SQLite and its -wal/-shm,
  copies, photos, logs, settings.ini, map pages, tiles, exports) is owner-only,
  whatever library creates it;
- ``make_private_dir`` / ``secure_tree`` where the app makes its own folders and at
  every profile unlock and start: they also tighten what an earlier version left
  readable (0644 files, 0755 folders).

Windows: permissions there are ACLs, not mode bits. The data directory is under
``%LOCALAPPDATA%`` (the user's profile), whose ACL allows only the user, SYSTEM and
Administrators, and what the app creates inherits it; these functions change nothing
there (``os.chmod`` only toggles the read-only flag on Windows).
Qt-free.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

FILE_MODE = 0o600
DIR_MODE = 0o700
UMASK = 0o077
_POSIX = os.name == "posix"


def owner_only_umask() -> int:
    """Make everything this process creates owner-only; the previous umask."""
    return os.umask(UMASK)


def make_private_dir(path: Path) -> Path:
    """``path`` (and missing parents) as a folder only its owner may enter."""
    path = Path(path)
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if _POSIX:
        os.chmod(path, DIR_MODE)
    return path


def make_private_file(path: Path) -> None:
    """Tighten one file the app wrote (0600)."""
    if _POSIX:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, FILE_MODE)


def secure_tree(root: Path) -> int:
    """Folders 0700 and files 0600 under ``root`` (itself included); symlinks are not
    followed. Returns how many modes were changed."""
    if not _POSIX:
        return 0
    changed = 0
    for current, dirs, files in os.walk(root, followlinks=False):
        for name, mode in [(current, DIR_MODE)] + [
            (os.path.join(current, f), FILE_MODE) for f in files
        ]:
            try:
                st = os.lstat(name)
            except FileNotFoundError:
                continue
            if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid():
                continue
            if stat.S_IMODE(st.st_mode) != mode:
                os.chmod(name, mode)
                changed += 1
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(current, d))]
    if changed:
        log.info("owner-only permissions restored on %d paths", changed)
    return changed
