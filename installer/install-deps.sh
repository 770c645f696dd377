#!/bin/sh
# Installs every Debian 12 package needed to build, run and test Attest.
# Idempotent and non-interactive; run as root (or through sudo).
set -eu

PACKAGES="
  cmake ninja-build g++ pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite
  qt6-charts-dev qt6-pdf-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0 libspdlog-dev libssl-dev libsqlite3-dev libgl-dev libsodium-dev
  sqlite3 xvfb xauth dbus gnome-keyring
  poppler-utils qpdf imagemagick fonts-dejavu-core
  desktop-file-utils appstream shared-mime-info groff-base man-db dpkg-dev
  libxlsxwriter-dev python3-openpyxl
"

# The tests validate OSCAL exports with ajv (npm). A Node.js already on the machine (e.g. from NodeSource, which
# brings its own npm) is used as it is; otherwise Debian's nodejs and npm are installed.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    PACKAGES="$PACKAGES nodejs npm"
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
