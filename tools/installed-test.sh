#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tools/installed-test.sh [DEB]: installs the package into a clean Debian 12 root made by
# debootstrap (from this machine's Debian mirror) and checks it there as a user's machine
# would have it: apt resolves its dependencies, both programs start (the GUI on the
# offscreen platform), the menu entry and the plan file type are registered, the man
# pages open. Root only (debootstrap, chroot). About a minute; CI runs it after the
# package checks.
set -euo pipefail
# The package given, or the one tools/dev.sh package made last.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deb=${1:-$(ls -t "${COHORT_BUILD_DIR:-"$root/build"}"/cohortplanner_*.deb 2>/dev/null | head -1 || true)}
[ -f "$deb" ] || { echo "usage: tools/installed-test.sh [cohortplanner_VERSION_ARCH.deb] (none built yet: tools/dev.sh package)" >&2; exit 2; }
deb=$(realpath "$deb")
[ "$(id -u)" -eq 0 ] || { echo "installed-test: run as root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
target=$(mktemp -d /var/tmp/cohort-installed.XXXXXX)
chmod 755 "$target" # the root's "/": its users (man, _apt) must be able to enter it
cleanup() {
    umount "$target/proc" 2>/dev/null || true
    rm -rf "$target"
}
trap cleanup EXIT
start=$SECONDS
step() { echo "installed-test: [$((SECONDS - start)) s] $*"; }
in_root() { chroot "$target" env LANG=C.UTF-8 HOME=/root "$@"; }

step "debootstrap bookworm from $mirror"
debootstrap --variant=minbase bookworm "$target" "$mirror" >"$target.log" 2>&1 ||
    { tail -20 "$target.log"; exit 1; }
rm -f "$target.log"
mount -t proc proc "$target/proc"
cp "$deb" "$target/tmp/"
step "apt install ./$(basename "$deb") (with a desktop's MIME and menu tools)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" shared-mime-info desktop-file-utils xdg-utils man-db >/dev/null

step "the programs"
in_root cohortplanner-cli --version
in_root cohortplanner-cli demo --out /tmp/demo.cohortplan --json >/dev/null
in_root cohortplanner-cli verify /tmp/demo.cohortplan
in_root env QT_QPA_PLATFORM=offscreen cohortplanner /tmp/demo.cohortplan --render-chart progress \
    --year 2026 --out /tmp/progress.png
[ -s "$target/tmp/progress.png" ] || { echo "installed-test: the GUI rendered no chart" >&2; exit 1; }
# The window itself: it must still be running after 8 s (timeout's 124), not have crashed.
status=0
in_root env QT_QPA_PLATFORM=offscreen timeout 8 cohortplanner /tmp/demo.cohortplan || status=$?
[ "$status" -eq 124 ] || { echo "installed-test: the GUI ended with $status" >&2; exit 1; }
echo "the window ran 8 s on the demo plan"

step "the desktop: menu entry, plan file type, man pages"
grep -q '^application/x-cohortplan:\*\.cohortplan$' "$target/usr/share/mime/globs" ||
    { echo "installed-test: *.cohortplan is not in the MIME database" >&2; exit 1; }
default=$(in_root xdg-mime query default application/x-cohortplan)
[ "$default" = cohortplanner.desktop ] ||
    { echo "installed-test: plan files open with '$default', not cohortplanner.desktop" >&2; exit 1; }
echo "*.cohortplan: application/x-cohortplan, opens with $default"
in_root desktop-file-validate /usr/share/applications/cohortplanner.desktop
in_root man -w cohortplanner cohortplanner-cli
in_root sh -c 'MANWIDTH=80 man cohortplanner-cli 2>&1 | head -5'
step "passed"
