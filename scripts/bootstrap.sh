#!/usr/bin/env bash
# Prepare this checkout to run asfdesk: system libraries Qt needs (Debian/Ubuntu, when
# missing and we may install them), a virtual environment in .venv, and the package itself.
# Usage: scripts/bootstrap.sh [runtime|dev]
# Once installed, it does nothing until pyproject.toml changes (the install is editable: the code
# itself needs no reinstall); ASFDESK_REINSTALL=1 forces it.
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-runtime}"

# What the install was made from: the dependencies (pyproject.toml) and the Python.
stamp="$({ cat pyproject.toml; "${PYTHON:-python3}" --version 2>&1; } | sha256sum | cut -d' ' -f1)"
installed() { [ "$(cat ".venv/.installed-$1" 2>/dev/null)" = "$stamp" ]; }
if [ "${ASFDESK_REINSTALL:-0}" != 1 ] && [ -x .venv/bin/python ] \
    && { installed "$profile" || { [ "$profile" = runtime ] && installed dev; }; } \
    && .venv/bin/python -c 'import asfdesk' 2>/dev/null; then
    exit 0  # installed from this pyproject.toml already: start at once, offline too
fi

# Libraries the Qt wheels load: offscreen needs the first group, a real X11 window the second.
qt_packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
             libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
             libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-randr0)
if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for pkg in "${qt_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "Installing system packages: ${missing[*]}"
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
        elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
            sudo apt-get update -qq
            sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
        else
            echo "Note: these system packages may be needed by Qt: ${missing[*]}" >&2
        fi
    fi
fi

python_bin="${PYTHON:-python3}"
if ! "$python_bin" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "asfdesk needs Python 3.11 or newer ($python_bin is $("$python_bin" --version 2>&1))." >&2
    exit 1
fi
[ -x .venv/bin/python ] || "$python_bin" -m venv .venv
if [ "$profile" = dev ]; then target='.[dev]'; else target='.'; fi
pip_options=(--quiet --disable-pip-version-check)
# An install that works already is not held up long by a missing network: one short try, then on.
if .venv/bin/python -c 'import asfdesk' 2>/dev/null; then pip_options+=(--retries 1 --timeout 5); fi
.venv/bin/python -m pip install "${pip_options[@]}" --upgrade pip 2>&1 | awk -f scripts/pip-output.awk || true
set +e
.venv/bin/python -m pip install "${pip_options[@]}" -e "$target" 2>&1 | awk -f scripts/pip-output.awk
pip_status=${PIPESTATUS[0]}
set -e
.venv/bin/python -c 'import asfdesk' # fail here, not later, when the install did not work
if [ "$pip_status" = 0 ]; then
    echo "$stamp" > ".venv/.installed-$profile"  # complete: the next start skips all of this
else
    echo "Installationen kunde inte göras klar (ingen nätverksanslutning?); den som finns används." >&2
fi
