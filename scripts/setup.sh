#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing (Debian/Ubuntu), configures, builds, then runs the app or the tests.
#   scripts/setup.sh run  [FILE.candor]   build and start Candor
#   scripts/setup.sh test                 build (warnings as errors) and run every test, then
#                                         the sanitizer and fuzzing stage (CANDOR_CI_FUZZ=0: not)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
shift || true
build_dir="${CANDOR_BUILD_DIR:-build/release}"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev libqt6opengl6-dev # Qt6Charts needs Qt6OpenGL (only recommended)
)
if [ "$mode" = test ]; then
    packages+=(taskwarrior)  # the Taskwarrior interop test runs the real `task`
    packages+=(qt6-pdf-dev)  # the report tests read the generated PDFs back (QPdfDocument)
    packages+=(clang-format) # every C++ file must be formatted with the project's .clang-format
    packages+=(python3)      # corpus_score runs ../shared/corpus/score.py
    # The packaging tests: validators of the installed desktop files, the system's MIME types,
    # and what cpack -G DEB needs (dpkg-shlibdeps) and checks (file: the binary is stripped).
    packages+=(desktop-file-utils appstream shared-mime-info dpkg-dev file)
    # scripts/ci-sanitize.sh: clang with its sanitizer and libFuzzer runtimes (libclang_rt, only
    # recommended by clang), and llvm-symbolizer (in llvm) to name the frames of a report.
    if [ "${CANDOR_CI_FUZZ:-1}" != 0 ]; then
        packages+=(clang libclang-rt-14-dev llvm)
    fi
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        sudo=()
    elif command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "candor setup: these Debian packages are missing: ${missing[*]}" >&2
        echo "Install them as root (apt-get install ${missing[*]}) and run this again." >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update
    "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
elif ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: install Qt 6.4+ and CMake 3.25+ yourself (see README.md)."
fi

jobs="$(nproc 2>/dev/null || echo 2)"
case "$mode" in
    run)
        cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
        cmake --build "$build_dir" --target candor -j "$jobs"
        exec "$build_dir/app/candor" "$@"
        ;;
    test)
        # Formatting first: a quick check that fails before a long build.
        if command -v git >/dev/null 2>&1 && git rev-parse --git-dir >/dev/null 2>&1; then
            git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror
        fi
        build_dir="${CANDOR_BUILD_DIR:-build/ci}"
        cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCANDOR_WERROR=ON -DBUILD_TESTING=ON
        cmake --build "$build_dir" -j "$jobs"
        (cd "$build_dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs")
        # The models tests under ASan and UBSan, then each fuzz target for a bounded time
        # (docs/fuzzing.md); CANDOR_CI_FUZZ=0 skips the stage.
        if [ "${CANDOR_CI_FUZZ:-1}" != 0 ]; then
            scripts/ci-sanitize.sh
        fi
        ;;
    *)
        echo "usage: scripts/setup.sh run [FILE.candor] | test" >&2
        exit 1
        ;;
esac
