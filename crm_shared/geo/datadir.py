"""Where the third-party data files (boundaries, code lists, category names) live.

The files are never part of the repository (see ``../shared/data/PROVENANCE.md``);
they are found at run time: an explicit path, else the ``CRM_DATA_DIR``
environment variable, else ``<repo root>/../shared/data`` when it exists (CI lays
a copy of ``shared/`` beside the clone).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "CRM_DATA_DIR"

KELURAHAN_GEOJSON = "jakarta_kelurahan.geojson"
KECAMATAN_GEOJSON = "jakarta_kecamatan.geojson"
KOTA_GEOJSON = "jakarta_kota.geojson"
KELURAHAN_CODES_CSV = "jakarta_kelurahan_kemendagri_2025.csv"
CATEGORIES_CSV = "jaki_crm_categories_observed.csv"

REQUIRED_FILES: tuple[str, ...] = (
    KELURAHAN_GEOJSON,
    KECAMATAN_GEOJSON,
    KOTA_GEOJSON,
    KELURAHAN_CODES_CSV,
    CATEGORIES_CSV,
)

_REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = _REPO_ROOT.parent / "shared" / "data"


class DataDirError(FileNotFoundError):
    """A data directory was named (argument or environment) but is not usable."""


def missing_files(path: Path) -> list[str]:
    """The expected data files that ``path`` lacks (all of them if it is no directory)."""
    return [name for name in REQUIRED_FILES if not (path / name).is_file()]


def find_data_dir(explicit: Path | str | None = None) -> Path | None:
    """The data directory to use, or None when there is none (synthetic mode).

    A directory that was asked for explicitly (argument or ``CRM_DATA_DIR``) but
    lacks the expected files raises ``DataDirError``: a typo in the configuration
    should be loud, not a silent switch to synthetic data. The default location is
    only used when it is complete.
    """
    for source, value in (("argument", explicit), (ENV_VAR, os.environ.get(ENV_VAR))):
        if value is None or str(value).strip() == "":
            continue
        path = Path(value).expanduser().resolve()
        missing = missing_files(path)
        if missing:
            raise DataDirError(f"data directory {path} (from {source}) lacks: {', '.join(missing)}")
        return path
    if not missing_files(DEFAULT_DATA_DIR):
        return DEFAULT_DATA_DIR.resolve()
    return None
