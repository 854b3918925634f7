#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CI stage after the normal tests (scripts/setup.sh test): builds candor_models, its tests and the
# fuzz targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer (every report stops
# the program), runs every models test under them, then fuzzes each reader of outside input for
# a bounded time. A report or a crash fails the stage; a crash's input is kept and its path
# printed. See docs/fuzzing.md.
#   CANDOR_FUZZ_SECONDS         fuzzing time per target (default 45; 0 replays the seeds only)
#   CANDOR_SANITIZE_BUILD_DIR   build folder (default build/ci-sanitize)
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir="${CANDOR_SANITIZE_BUILD_DIR:-build/ci-sanitize}"
seconds="${CANDOR_FUZZ_SECONDS:-45}"
jobs="$(nproc 2>/dev/null || echo 2)"
fuzz_targets=(markdown csv taskwarrior projectfile)
started=$SECONDS

say() { echo "ci-sanitize [$((SECONDS - started)) s]: $*"; }

# -O1 -g0: fast enough to fuzz, cheap to build. Debug keeps Q_ASSERT. One unity batch per eight
# files of the library (cmake/CandorSanitizers.cmake builds the tests at -O0).
configure() {
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g0" \
        -DCANDOR_FUZZ=ON -DBUILD_TESTING=ON -DCANDOR_BUILD_BENCH=OFF \
        -DCMAKE_UNITY_BUILD="$1" >/dev/null
}

say "configuring $build_dir (clang, ASan + UBSan, libFuzzer)"
configure ON
# Only what this stage runs: the models tests (each test's name is its target), the fuzz targets.
mapfile -t targets < <(ctest --test-dir "$build_dir/tests/models" -N |
    sed -n 's/^ *Test *#[0-9]*: *\(tst_[a-z_]*\)$/\1/p')
targets+=("${fuzz_targets[@]/#/fuzz_}")
say "building ${#targets[@]} targets"
if ! cmake --build "$build_dir" -j "$jobs" --target "${targets[@]}"; then
    # A new file whose file-local names clash with another's in a unity batch: say which, and
    # build file by file so that the stage still runs (models/CMakeLists.txt lists such files).
    say "the unity build failed (a name clash? see above); building file by file" >&2
    configure OFF
    cmake --build "$build_dir" -j "$jobs" --target "${targets[@]}"
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

say "running the models tests under ASan and UBSan"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir/tests/models" --output-on-failure \
    -j "$jobs"

# Each target fuzzes a fresh working corpus, seeded from the committed seeds, the repository's
# fixtures and ../shared/corpus where present (read, never copied into the repository).
fuzz_dir="$build_dir/fuzz"
artifacts="$fuzz_dir/artifacts"
rm -rf "$fuzz_dir"
mkdir -p "$artifacts" "$fuzz_dir/logs"
seeds_of() {
    echo "tests/fuzz/corpus/$1"
    case "$1" in
        markdown)
            echo tests/data/markdown
            for shared in ../shared/corpus/trackers ../shared/corpus/seeds; do
                [ -d "$shared" ] && echo "$shared"
            done
            ;;
        csv) echo "$fuzz_dir/data-csv" ;;
        taskwarrior) echo "$fuzz_dir/data-json" ;;
    esac
    return 0
}
mkdir -p "$fuzz_dir/data-csv" "$fuzz_dir/data-json"
cp tests/data/*.csv "$fuzz_dir/data-csv/"
cp tests/data/*.json "$fuzz_dir/data-json/"

fuzz() {
    local name="$1" binary="$build_dir/tests/fuzz/fuzz_$1" work="$fuzz_dir/corpus/$1"
    local options=(-timeout=30 -rss_limit_mb=2048 -print_final_stats=1
        "-artifact_prefix=$artifacts/$name-")
    [ -f "tests/fuzz/dict/$name.dict" ] && options+=("-dict=tests/fuzz/dict/$name.dict")
    mkdir -p "$work"
    local rc=0
    if [ "$seconds" -gt 0 ]; then
        # New inputs go to the first folder only; the seed folders are read.
        mapfile -t seed_dirs < <(seeds_of "$name")
        "$binary" "${options[@]}" -max_total_time="$seconds" "$work" "${seed_dirs[@]}" || rc=$?
    else
        "$binary" "${options[@]}" "tests/fuzz/corpus/$name"/* || rc=$?
    fi
    echo "$rc" >"$fuzz_dir/logs/$name.rc"
}

say "fuzzing ${#fuzz_targets[@]} targets, ${seconds} s each, $jobs at a time"
for name in "${fuzz_targets[@]}"; do
    fuzz "$name" >"$fuzz_dir/logs/$name.log" 2>&1 &
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
done
wait

failed=0
for name in "${fuzz_targets[@]}"; do
    rc="$(cat "$fuzz_dir/logs/$name.rc" 2>/dev/null || echo missing)"
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$fuzz_dir/logs/$name.log")"
    if [ "$rc" = 0 ]; then
        say "fuzz_$name: no crash in ${runs:-?} runs"
        continue
    fi
    failed=1
    echo "ci-sanitize: fuzz_$name FAILED (exit $rc); the end of its log:" >&2
    tail -n 60 "$fuzz_dir/logs/$name.log" >&2
    for input in "$artifacts/$name-"*; do
        [ -e "$input" ] || continue
        echo "ci-sanitize: reproducer saved: $(realpath "$input")" >&2
        echo "  replay: $build_dir/tests/fuzz/fuzz_$name $input" >&2
    done
done
if [ "$failed" -ne 0 ]; then
    say "failed; the reproducers are in $artifacts" >&2
    exit 1
fi
say "passed"
