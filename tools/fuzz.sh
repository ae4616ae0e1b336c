#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (tests/fuzz) with Clang, ASan and UBSan in the sanitizer
# tree, build-asan/ (tools/dev.sh sanitize builds the same objects), and runs each one for
# SECONDS (default 60) from the committed seeds, as many at once as there are cores (each
# fuzzer is one process on one core: two cores fuzz two targets in the time of one).
#   tools/fuzz.sh [SECONDS] [TARGET...]
# New inputs go to build-asan/corpus/TARGET (the committed seeds stay as they are); a
# crash leaves its input in build-asan/artifacts/TARGET/ and fails the run: copy it to
# tests/fuzz/regressions/TARGET/ so that ctest replays it from then on.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${COHORT_FUZZ_BUILD_DIR:-"$root/build-asan"}
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=()
    for f in "$root"/tests/fuzz/fuzz_*.cpp; do
        targets+=("$(basename "$f" .cpp)")
    done
fi

cxx=${COHORT_FUZZ_CXX:-$(command -v clang++ || command -v clang++-14 || true)}
cc=${COHORT_FUZZ_CC:-$(command -v clang || command -v clang-14 || true)}
if [ -z "$cxx" ]; then
    echo "fuzz.sh: clang++ is needed (apt-get install clang libclang-rt-dev)" >&2
    exit 1
fi

# Configured like tools/dev.sh sanitize's tree (which dev.sh fuzz passes as the build
# directory): the targets then link the objects that build made.
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="$cc" \
        -DCOHORT_SANITIZE=ON -DCOHORT_FUZZ=ON -DCOHORT_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# Qt keeps caches until exit that LeakSanitizer would report; everything else stops the run.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export QT_QPA_PLATFORM=offscreen

# One target: its summary line in $build/$t.summary, its exit status 0 or 1.
fuzz_one() {
    local t=$1
    local corpus="$build/corpus/$t"
    local artifacts="$build/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    cp -n "$root/tests/fuzz/corpus/$t/"* "$corpus/" 2>/dev/null || true
    local log="$build/$t.log"
    local status=0
    # -timeout: an input that takes 10 s is a hang, reported like a crash.
    "$build/tests/fuzz/$t" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || status=$?
    local runs units crashes
    runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
    units=$(find "$corpus" -type f | wc -l)
    crashes=$(find "$artifacts" -type f | wc -l)
    if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        tail -40 "$log"
        echo "$t: FAILED after $runs runs, $crashes crash input(s) in $artifacts" >"$build/$t.summary"
        return 1
    fi
    echo "$t: $runs runs in $seconds s, corpus $units inputs, 0 crashes" >"$build/$t.summary"
}

jobs_at_once=$(nproc)
failed=0
running=()
for t in "${targets[@]}"; do
    echo "==== fuzzing $t for $seconds s ===="
    fuzz_one "$t" &
    running+=($!)
    if [ ${#running[@]} -ge "$jobs_at_once" ]; then
        wait "${running[0]}" || failed=1
        running=("${running[@]:1}")
    fi
done
for pid in "${running[@]}"; do
    wait "$pid" || failed=1
done
summary=()
for t in "${targets[@]}"; do
    summary+=("$(cat "$build/$t.summary" 2>/dev/null || echo "$t: no result")")
done
echo "==== fuzzing summary ===="
printf '%s\n' "${summary[@]}"
exit $failed
