#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cohort Planner developer commands. On a fresh Debian 12 / Ubuntu machine:
#   tools/dev.sh run     install dependencies, build, start the app on the demo plan
#   tools/dev.sh test    install dependencies, build, run the whole test suite (ctest)
#   tools/dev.sh sanitize  build with ASan + UBSan (Clang) into build-asan, run the test suite
#   tools/dev.sh fuzz [SECONDS]  build the libFuzzer targets in build-asan and run each SECONDS
#   tools/dev.sh format [--check]  clang-format every C++ file in git (--check: change
#                        nothing, fail on a file that is not formatted; CI runs it)
#   tools/dev.sh screenshots [DIR]  every page and dialog on the demo plan, in English
#                        and Chinese, at 1280x720 and at 150 % (DIR/en, zh, en-150, zh-150);
#                        fails when one does not fit the screen
#   tools/dev.sh package   the Debian package (and its debug symbols) from build/, checked by
#                        tools/package-check.sh: lintian, desktop-file-validate, appstreamcli
# Other commands: deps, build, bench, demo FILE [cli options], clean.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${COHORT_BUILD_DIR:-"$root/build"}
build_type=${COHORT_BUILD_TYPE:-RelWithDebInfo}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql postgresql qt6-svg-dev libsqlite3-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    libxlsxwriter-dev libminizip-dev libical-dev qtkeychain-qt6-dev
    fonts-noto-cjk fonts-wqy-microhei qt6-translations-l10n poppler-utils
    liblemon-dev libglpk-dev
    clang libclang-rt-dev clang-format lld
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "dev.sh: all dependencies are installed"
        return
    fi
    echo "dev.sh: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@" >/dev/null
}

build() {
    configure "$@"
    cmake --build "$build" --parallel "$(nproc)"
}

# The sanitizer tree (ASan + UBSan + libFuzzer coverage, Clang), shared by sanitize and
# tools/fuzz.sh. A tree configured with another compiler is started afresh.
# Sets sanitizer_options (after deps, which installs Clang).
sanitizer_tree() {
    local cache="$1/CMakeCache.txt"
    if [ -f "$cache" ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++' "$cache"; then
        echo "dev.sh: $1 was built with another compiler; starting it afresh"
        rm -rf "$1"
    fi
    sanitizer_options=(-DCOHORT_SANITIZE=ON -DCOHORT_FUZZ=ON -DCOHORT_BUILD_BENCH=OFF
        -DCMAKE_CXX_COMPILER="$(command -v clang++)")
}

# A throwaway PostgreSQL cluster for the server tests (tst_serverstore), in a temporary
# folder, on a Unix socket only, removed when the script exits: exports COHORT_TEST_PG.
# Without PostgreSQL the tests skip, saying why.
start_test_server() {
    pg_dir=$(mktemp -d)
    chmod 755 "$pg_dir"
    trap '"$root/tools/pg-cluster.sh" stop "$pg_dir/cluster" 2>/dev/null || true; rm -rf "$pg_dir"' EXIT
    if COHORT_TEST_PG=$("$root/tools/pg-cluster.sh" start "$pg_dir/cluster"); then
        export COHORT_TEST_PG
        echo "dev.sh: a throwaway PostgreSQL cluster for the tests: $COHORT_TEST_PG"
    else
        echo "dev.sh: no PostgreSQL cluster for the tests (the server tests skip)"
    fi
}

# The demo plan the GUI starts on: made once by the CLI, kept in the build tree.
demo_plan() {
    local plan="$build/demo.cohortplan"
    if [ ! -f "$plan" ]; then
        "$build/bin/cohortplanner-cli" demo --out "$plan" >/dev/null
    fi
    echo "$plan"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    deps) deps ;;
    build) deps; build "$@" ;;
    run)
        deps
        build
        exec "$build/bin/cohortplanner" "$(demo_plan)" "$@"
        ;;
    test)
        deps
        build
        start_test_server
        cd "$build"
        # Widget tests run on the offscreen platform: no display needed. One test per core:
        # each test program has its own temporary files and settings.
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
        ;;
    sanitize)
        deps
        # Its own build tree: sanitized objects never mix with the plain build. Clang, with
        # the fuzzers' coverage too, so that tools/fuzz.sh links its targets from the same
        # objects instead of building everything a third time.
        build="${COHORT_ASAN_BUILD_DIR:-"$root/build-asan"}"
        sanitizer_tree "$build"
        build "${sanitizer_options[@]}"
        start_test_server
        cd "$build"
        # Qt and fontconfig keep caches alive until exit, which LeakSanitizer reports as
        # leaks that are not ours: leak checking is off, everything else stops the test.
        QT_QPA_PLATFORM=offscreen \
            ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1} \
            UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
            ctest --output-on-failure --timeout 1200 -j "$(nproc)" "$@"
        ;;
    fuzz)
        deps
        build="${COHORT_FUZZ_BUILD_DIR:-${COHORT_ASAN_BUILD_DIR:-"$root/build-asan"}}"
        sanitizer_tree "$build"
        configure "${sanitizer_options[@]}"
        COHORT_FUZZ_BUILD_DIR="$build" exec "$root/tools/fuzz.sh" "$@"
        ;;
    bench)
        deps
        COHORT_BUILD_TYPE=Release build
        "$build/bench/bench_demo" "$@"
        QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/bench_open" "$@"
        ;;
    demo)
        deps
        build
        "$build/bin/cohortplanner-cli" demo --out "$@"
        ;;
    format)
        deps
        cd "$root"
        mapfile -t sources < <(git ls-files '*.cpp' '*.h')
        if [ "${1:-}" = "--check" ]; then
            # Every file that differs from .clang-format's layout, with the lines.
            clang-format --dry-run --Werror "${sources[@]}"
            echo "dev.sh: ${#sources[@]} files formatted as .clang-format says"
        else
            clang-format -i "${sources[@]}"
        fi
        ;;
    package)
        packages+=(lintian desktop-file-utils appstream file)
        deps
        build
        cd "$build"
        rm -f cohortplanner_*.deb cohortplanner-debug-*.tar.gz
        cpack -G DEB >/dev/null
        ls -l cohortplanner_*.deb cohortplanner-debug-*.tar.gz
        "$root/tools/package-check.sh" "$build"/cohortplanner_*.deb
        ;;
    clean) rm -rf "$build" ;;
    screenshots)
        deps
        for p in xvfb xauth; do
            dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
                as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p"
        done
        build
        out=${1:-"$build/screenshots"}
        failed=0
        for variant in en zh en-150 zh-150; do
            case "$variant" in zh*) locale=zh_CN.UTF-8 ;; *) locale=en_US.UTF-8 ;; esac
            # The screen the variant stands for: 1280x720, or 1920x1080 at 150 % (the same in
            # device-independent pixels), so that dialogs size themselves as they would there.
            case "$variant" in *-150) scale=1.5 screen=1920x1080 ;; *) scale=1 screen=1280x720 ;; esac
            # A copy of the demo plan and a settings folder of their own for each run: the
            # tools open the plan for writing and remember recent plans.
            work=$(mktemp -d)
            cp "$(demo_plan)" "$work/demo.cohortplan"
            mkdir -p "$out/$variant"
            for tool in cohort-screenshots cohort-dialog-screenshots; do
                size=(); [ "$tool" = cohort-screenshots ] && size=(1280x720)
                HOME="$work" LANG=$locale LC_ALL=$locale QT_SCALE_FACTOR=$scale QT_QPA_PLATFORM=xcb \
                    xvfb-run -a -s "-screen 0 ${screen}x24" "$build/tools/$tool" \
                    "$work/demo.cohortplan" "$out/$variant" "${size[@]}" >/dev/null || failed=1
            done
            rm -rf "$work"
        done
        echo "dev.sh: screenshots in $out/{en,zh,en-150,zh-150}"
        exit $failed
        ;;
    *)
        sed -n '3,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
