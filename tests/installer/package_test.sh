#!/bin/sh
# The installable package: builds the .deb with CPack from the build tree, checks what it holds and declares,
# validates the desktop entry, AppStream metadata, MIME type and manual page, then installs it and runs
# `attest --version` and `attest demo` from /usr/bin. As root the package is installed on this machine with dpkg and
# removed again afterwards (unless an attest package was already installed, which is left alone: then, as for other
# users, it is unpacked into a private root instead).
#
# usage: package_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
source=$2
work=$(mktemp -d)
installed_here=
cleanup() {
    if [ -n "$installed_here" ]; then
        dpkg -r attest >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "package_test: FAIL: $*" >&2
    exit 1
}

# Desktop integration files, as shipped.
desktop-file-validate "$source/installer/org.attest.Attest.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$source/installer/org.attest.Attest.metainfo.xml" || fail "appstreamcli validate"
mkdir -p "$work/mime/packages"
cp "$source/installer/org.attest.Attest.mime.xml" "$work/mime/packages/org.attest.Attest.xml"
update-mime-database "$work/mime" 2>"$work/mime.log" || fail "update-mime-database: $(cat "$work/mime.log")"
grep -q '^60:application/x-attest-workspace:\*\.attest$' "$work/mime/globs2" || fail "the *.attest glob is not registered"
grep -q '^MimeType=application/x-attest-workspace;$' "$source/installer/org.attest.Attest.desktop" ||
    fail "the desktop entry does not open workspaces"
# The manual page renders without warnings and names every command the CLI lists.
groff -man -ww -z "$source/installer/attest.1" 2>"$work/groff.log"
[ ! -s "$work/groff.log" ] || fail "groff: $(cat "$work/groff.log")"
man_text=$(sed 's/\\-/-/g' "$source/installer/attest.1")
"$build/app/attest" --help | sed -n '/^Commands:/,/^$/p' | tail -n +2 | cut -c3-21 | sed 's/ *$//' |
    while read -r command; do
        [ -z "$command" ] && continue
        printf '%s\n' "$man_text" | grep -q "attest $command" || fail "the manual page lacks 'attest $command'"
    done

# The package.
(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/pkg/attest_*.deb)
dpkg-deb -c "$deb" >"$work/contents"
for f in ./usr/bin/attest ./usr/share/applications/org.attest.Attest.desktop \
    ./usr/share/metainfo/org.attest.Attest.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/org.attest.Attest.svg \
    ./usr/share/mime/packages/org.attest.Attest.xml ./usr/share/man/man1/attest.1; do
    grep -q " $f\$" "$work/contents" || fail "the package lacks $f"
done
# Bitmap icons for every usual size up to 512 px (high-density screens).
for size in 16 22 24 32 48 64 128 256 512; do
    f=./usr/share/icons/hicolor/${size}x${size}/apps/org.attest.Attest.png
    grep -q " $f\$" "$work/contents" || fail "the package lacks $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
# Found by dpkg-shlibdeps, and what Qt loads at run time that it cannot see.
for dep in libqt6widgets6 libqt6sql6 libqt6pdf6 libqt6keychain1 libsodium23 libxlsxwriter libqt6sql6-sqlite libqt6svg6 \
    fonts-dejavu-core libsecret-1-0; do
    printf '%s' "$depends" | grep -q "$dep" || fail "Depends lacks $dep: $depends"
done
echo "package_test: $(basename "$deb"): $(wc -l <"$work/contents") entries; Depends: $depends"

# Installed, from /usr/bin.
prefix=
if [ "$(id -u)" = 0 ] && ! dpkg -s attest >/dev/null 2>&1; then
    dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i"; }
    installed_here=yes
    [ "$(command -v attest)" = /usr/bin/attest ] || fail "attest is not /usr/bin/attest"
    man -w attest >/dev/null 2>&1 || fail "man attest does not find the page"
else
    dpkg-deb -x "$deb" "$work/root"
    prefix="$work/root"
    echo "package_test: not installed on this machine (not root, or an attest package is installed): unpacked"
fi
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
version=$("$prefix/usr/bin/attest" --version) || fail "attest --version"
echo "package_test: $version"
"$prefix/usr/bin/attest" demo --db "$work/demo.attest" >/dev/null || fail "attest demo"
"$prefix/usr/bin/attest" systems list --db "$work/demo.attest" | grep -q FIN-CREDIT-01 || fail "the demo has no systems"
"$prefix/usr/bin/attest" report soa --db "$work/demo.attest" --out "$work/soa.pdf" >/dev/null || fail "a report"
pdffonts "$work/soa.pdf" | grep -q DejaVuSans || fail "the report's font"
echo "package_test: ok"
