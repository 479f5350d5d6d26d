"""PyInstaller runtime hook: environment the frozen officer-app needs before any import.

- qtawesome goes through QtPy, which must pick PySide6 (the only binding bundled).
- The third-party data (kelurahan boundaries, code lists), when the build bundled
  it, is at ``<bundle>/_internal/data``; ``CRM_DATA_DIR`` set by IT still wins.
"""

import os
import sys

os.environ.setdefault("QT_API", "pyside6")
_bundle = getattr(sys, "_MEIPASS", None)
if _bundle and not os.environ.get("CRM_DATA_DIR"):
    _data = os.path.join(_bundle, "data")
    if os.path.isdir(_data):
        os.environ["CRM_DATA_DIR"] = _data
