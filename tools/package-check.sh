#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tools/package-check.sh DEB: the checks a Debian package of Cohort Planner must pass
# (tools/dev.sh package runs it; so does CI). Fails on the first check that fails:
#   - lintian: no error and no warning (informational tags are listed, and each one left
#     is explained in docs/PACKAGING.md);
#   - desktop-file-validate and appstreamcli validate: nothing at all to report;
#   - the contents: every ELF file stripped, no build or source path inside any file,
#     the files a desktop needs (menu entry, MIME type, icons, man pages, copyright).
set -euo pipefail
deb=${1:?usage: tools/package-check.sh cohortplanner_VERSION_ARCH.deb}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${COHORT_BUILD_DIR:-"$root/build"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "package-check: $*" >&2
    exit 1
}

echo "package-check: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$work/contents"

# 1. lintian. --fail-on: an error or a warning fails; info and pedantic tags are shown.
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" | tee "$work/lintian" ||
    fail "lintian reports errors or warnings (above)"
echo "package-check: lintian: $(grep -c '^[EW]:' "$work/lintian" || true) errors and warnings," \
    "$(grep -c '^I:' "$work/lintian" || true) informational tags"

# 2. The desktop entry and the AppStream metadata, validated as the desktops read them.
desktop="$work/root/usr/share/applications/cohortplanner.desktop"
[ -f "$desktop" ] || fail "no desktop entry in the package"
out=$(desktop-file-validate "$desktop" 2>&1) || true
[ -z "$out" ] || fail "desktop-file-validate: $out"
metainfo="$work/root/usr/share/metainfo/io.github.cohortplanner.CohortPlanner.metainfo.xml"
[ -f "$metainfo" ] || fail "no AppStream metainfo in the package"
appstreamcli validate --no-net --strict --explain "$metainfo" || fail "appstreamcli validate: see above"

# 3. Contents.
for file in /usr/bin/cohortplanner /usr/bin/cohortplanner-cli \
    /usr/share/mime/packages/cohortplanner.xml \
    /usr/share/icons/hicolor/scalable/apps/cohortplanner.svg \
    /usr/share/icons/hicolor/48x48/apps/cohortplanner.png \
    /usr/share/icons/hicolor/256x256/apps/cohortplanner.png \
    /usr/share/man/man1/cohortplanner.1.gz /usr/share/man/man1/cohortplanner-cli.1.gz \
    /usr/share/doc/cohortplanner/copyright /usr/share/doc/cohortplanner/changelog.gz; do
    grep -qx "$file" "$work/contents" || fail "$file is missing from the package"
done
while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q '^ELF'; then
        readelf -S "$file" | grep -qE '\.debug_(info|line)|\.symtab' &&
            fail "${file#"$work/root"} is not stripped"
    fi
done < <(find "$work/root" -type f -print0)
for path in "$root" "$build"; do
    hits=$(grep -rlF -- "$path" "$work/root" || true)
    [ -z "$hits" ] || fail "the build path $path is inside: ${hits//$work\/root/}"
done
grep -q 'application/x-cohortplan' "$desktop" || fail "the desktop entry does not open plan files"
grep -q '\*\.cohortplan' "$work/root/usr/share/mime/packages/cohortplanner.xml" ||
    fail "the MIME type does not match *.cohortplan"
echo "package-check: $(basename "$deb") passed: lintian, desktop-file-validate, appstreamcli," \
    "stripped binaries, no build path, $(wc -l < "$work/contents") entries"
