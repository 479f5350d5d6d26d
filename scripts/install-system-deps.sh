#!/usr/bin/env bash
# Install the Debian packages the project needs at run time and in its tests:
#   - the shared libraries PySide6 and QtWebEngine load (offscreen and on a desktop),
#     a font so that text renders, python3-venv to create .venv;
#   - PostgreSQL, the second database the server tests run against;
#   - Xvfb, a virtual X display for the test of the embedded map process.
# The list was found by running ldd over PySide6's Qt libraries, its offscreen and
# xcb platform plugins and QtWebEngineProcess, and mapping each library to its
# package with `dpkg -S`.
#
# Idempotent and quick: one dpkg-query; apt-get runs only when something is
# missing, and only as root (otherwise it prints what to install and carries on).
set -euo pipefail

# "a|b": either package will do (Debian 13 renamed some libraries, e.g. libasound2t64).
PACKAGES=(
  # Qt core, GUI, fonts
  libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libpng16-16 fonts-dejavu-core
  libegl1 libgl1 libopengl0 libglx0 libgbm1 libdrm2 libxkbcommon0
  # xcb platform (a real display or Xvfb)
  libx11-6 libx11-xcb1 libxcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xfixes0 libxcb-xkb1 libxcb-sync1
  # a virtual X display: the map process's window embedded in the window, tested on
  # xcb (tests/map/test_map_process.py; skipped without it)
  xvfb
  # QtWebEngine (Chromium)
  libnss3 libnspr4 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1
  libxext6 libxfixes3 libxrender1 "libasound2|libasound2t64"
  # Python and the tests' PostgreSQL
  python3 python3-venv postgresql
)

installed() {
  # Prints the names (without :arch) of the packages in "$@" that are installed.
  { dpkg-query -W -f='${db:Status-Abbrev} ${binary:Package}\n' "$@" 2>/dev/null || true; } |
    awk '$1 == "ii" { sub(/:.*/, "", $2); print $2 }' || true
}

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian-like system; install the equivalents of: ${PACKAGES[*]}" >&2
  exit 0
fi

# Every name we might ask about, alternatives included, in one dpkg-query call.
all_names=()
for spec in "${PACKAGES[@]}"; do
  IFS='|' read -r -a alts <<<"$spec"
  all_names+=("${alts[@]}")
done
have=" $(installed "${all_names[@]}" | tr '\n' ' ') "

missing=()
for spec in "${PACKAGES[@]}"; do
  IFS='|' read -r -a alts <<<"$spec"
  found=no
  for name in "${alts[@]}"; do
    [[ "$have" == *" $name "* ]] && found=yes && break
  done
  [ "$found" = yes ] || missing+=("$spec")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-system-deps: all system packages present."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps: missing Debian packages (run as root to install): ${missing[*]//|/ or }" >&2
  exit 0
fi

echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
to_install=()
for spec in "${missing[@]}"; do
  IFS='|' read -r -a alts <<<"$spec"
  chosen=""
  for name in "${alts[@]}"; do
    if apt-cache show "$name" >/dev/null 2>&1; then chosen=$name; break; fi
  done
  if [ -n "$chosen" ]; then
    to_install+=("$chosen")
  else
    echo "install-system-deps: no package named ${spec//|/ or } in this distribution; skipped." >&2
  fi
done
if [ ${#to_install[@]} -gt 0 ]; then
  apt-get install -y -qq --no-install-recommends "${to_install[@]}"
fi
echo "install-system-deps: done."
