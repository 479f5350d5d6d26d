#!/usr/bin/env bash
# Regenerate docs/img from the smoke run at the design size (1366x768), every role
# and both languages, so the user guide shows what the app shows today.
#
#   scripts/screenshots.sh [--out DIR] [--scaled] [--no-copy]
#
# --out DIR   where the smoke run writes (default: build/screenshots, emptied first); it
#             keeps every PNG and the PDFs the app wrote (the desk's receipt, the
#             supervisor's dashboard), to look at before committing.
# --scaled    also run at 125 % and 150 % display scaling (QT_SCALE_FACTOR, the
#             logical sizes 1093x614 and 1280x720) into DIR/scale-125, DIR/scale-150;
#             these are for review and are not copied to docs/img.
# --no-copy   leave docs/img as it is.
#
# Only the pictures the docs refer to (img/NAME.png in docs/*.md) are copied (and
# reduced to 256 colours);
# a referenced picture the run did not make is an error. Pictures made elsewhere are
# left alone: performance.png (the benchmarks), id-lacak*.png (the tracking page in
# headless Chromium, docs/user-guide.md "Lacak dan nilai"), id-training*.png
# (CRM_SCREENSHOT_DIR on tests/training/test_field_officer.py).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PYTHON="$VENV/bin/python"
out=""
scaled=0
copy=1
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --scaled) scaled=1; shift ;;
    --no-copy) copy=0; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "screenshots: unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ -z "${CRM_DATA_DIR:-}" ] && [ -d ../shared/data ]; then
  CRM_DATA_DIR=$(cd ../shared/data && pwd)
  export CRM_DATA_DIR
fi
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QTWEBENGINE_DISABLE_SANDBOX=1
export PYTHONPATH=${PYTHONPATH:-$PWD}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$out" ]; then
  out=build/screenshots
  rm -rf "$out"
fi
mkdir -p "$out"

smoke() {  # smoke SIZE DIR [scale]
  local size=$1 dir=$2 scale=${3:-}
  echo "screenshots: smoke at $size${scale:+ (QT_SCALE_FACTOR=$scale)} -> $dir"
  rm -rf "$work/data"
  if [ -n "$scale" ]; then
    QT_SCALE_FACTOR=$scale "$PYTHON" -m officer_app --demo --smoke --lang all \
      --demo-user all --size "$size" --screenshot "$dir" --data-dir "$work/data"
  else
    "$PYTHON" -m officer_app --demo --smoke --lang all \
      --demo-user all --size "$size" --screenshot "$dir" --data-dir "$work/data"
  fi
}

smoke 1366x768 "$out"
if [ "$scaled" -eq 1 ]; then
  smoke 1093x614 "$out/scale-125" 1.25
  smoke 1280x720 "$out/scale-150" 1.5
fi

if [ "$copy" -eq 1 ]; then
  missing=0
  for name in $(grep -oh 'img/[A-Za-z0-9_-]*\.png' docs/*.md | sed 's|img/||' | sort -u); do
    case "$name" in performance.png | id-lacak*.png | id-training*.png) continue ;; esac
    if [ -f "$out/$name" ]; then
      cp "$out/$name" "docs/img/$name"
    else
      echo "screenshots: the docs show img/$name but the smoke run made no $name" >&2
      missing=1
    fi
  done
  [ "$missing" -eq 0 ] || exit 1
  # 256 colours without dithering: the same picture of a UI at a third of the bytes.
  "$PYTHON" - <<'PY'
from pathlib import Path

from PIL import Image

for path in sorted(Path("docs/img").glob("*.png")):
    if path.name == "performance.png" or path.name.startswith(("id-lacak", "id-training")):
        continue
    with Image.open(path) as image:
        if image.mode == "P":
            continue
        small = image.convert("RGB").quantize(
            256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    small.save(path, optimize=True)
PY
  echo "screenshots: docs/img updated from $out"
fi
ls "$out"/*.pdf 2>/dev/null | sed 's/^/screenshots: PDF written by the app: /' || true
