"""Import costs a headless sync does not pay (issue 22), each checked in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_the_photo_store_loads_pillow_only_to_process_a_photo() -> None:
    code = """
import io, sys
from officer_app.store import photos
before = "PIL" in sys.modules
store = photos.PhotoStore(__import__("pathlib").Path("unused"))
after_store = "PIL" in sys.modules
from PIL import Image
buf = io.BytesIO(); Image.new("RGB", (40, 30), (200, 10, 10)).save(buf, "PNG")
processed = photos.process_photo(buf.getvalue())
print(before, after_store, processed.meta.width, processed.data[:3].hex())
"""
    assert _run(code) == "False False 40 ffd8ff"


def test_the_sync_modules_import_no_gui_pillow_or_alembic() -> None:
    code = """
import sys
import officer_app.__main__ as entry
entry.build_parser()
import officer_app.cli, officer_app.machine_config, officer_app.profile, officer_app.session
import officer_app.sync.engine, officer_app.sync.http_backend, officer_app.store.schema
print(sorted({"PySide6", "PIL", "alembic"} & {m.split(".")[0] for m in sys.modules}))
"""
    assert _run(code) == "[]"


def test_response_models_are_built_on_first_use_also_from_many_threads_at_once() -> None:
    # defer_build: no validator until the first use. Eight threads parse the same
    # never-built model at once; each must get the full validation (pydantic >= 2.14
    # builds deferred models under a lock).
    code = """
import json, threading
from crm_shared.protocol import wire
assert not wire.ChangesResponse.__pydantic_complete__
assert wire._Request.__pydantic_complete__ or wire.TokenRequest.__pydantic_complete__
page = {"reports": [], "removed": [], "cursor": 7, "has_more": False, "total_visible": 0}
start, results, errors = threading.Barrier(8), [], []
def parse():
    start.wait()
    try:
        results.append(wire.ChangesResponse.model_validate(page).cursor)
        wire.ChangesResponse.model_validate({**page, "cursor": "not a number"})
    except Exception as exc:
        errors.append(type(exc).__name__)
threads = [threading.Thread(target=parse) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps({"results": results, "errors": errors,
                  "built": wire.ChangesResponse.__pydantic_complete__}))
"""
    out = json.loads(_run(code))
    assert out == {"results": [7] * 8, "errors": ["ValidationError"] * 8, "built": True}
