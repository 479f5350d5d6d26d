#!/usr/bin/env bash
# Build the one-folder bundle: dist/officer-app/ (see installer/README.md).
#
#   installer/build.sh            compile translations, run PyInstaller, print size/time
#   installer/build.sh --check    the same, then run the built program's offscreen
#                                 smoke test (--demo --smoke --screenshot)
#
# Needs the project's venv with the `bundle` extra: .venv/bin/pip install -e '.[bundle]'.
# On Windows, run the same PyInstaller command from a Git Bash or use build.ps1-like
# steps by hand (see docs/deployment.md), then compile installer/officer-app.iss.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
BIN="$VENV/bin"
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}
check=0
[ "${1:-}" = "--check" ] && check=1

if [ ! -x "$BIN/pyinstaller" ]; then
  echo "build.sh: PyInstaller is missing; install the extra: $BIN/pip install -e '.[bundle]'" >&2
  exit 1
fi

# The English .qm files are build products (not committed).
for ts in resources/i18n/*.ts; do
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

started=$(date +%s)
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" installer/officer-app.spec
elapsed=$(($(date +%s) - started))

app="$DIST/officer-app"
size=$(du -sm "$app" | cut -f1)
echo "build.sh: $app built in ${elapsed} s, ${size} MB"
"$app/officer-app" --version

if [ "$check" -eq 1 ]; then
  shots=$(mktemp -d "${TMPDIR:-/tmp}/officer-app-bundle.XXXXXX")
  export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
  smoke_started=$(date +%s)
  "$app/officer-app" --demo --smoke --screenshot "$shots/shots" --data-dir "$shots/data"
  echo "build.sh: smoke test passed in $(($(date +%s) - smoke_started)) s;" \
    "$(find "$shots/shots" -name '*.png' | wc -l) screenshots in $shots/shots"
fi
