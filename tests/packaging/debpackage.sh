#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# debpackage.sh BUILD_DIR VERSION APP_ID LANGUAGE...: builds the .deb with cpack, checks its
# control fields, unpacks it with dpkg -x into a temporary root and runs the packaged candor
# from there as a user would: --version, --help in each complete language and in French, and its
# menu entry's Exec line on a project. Skips (77) without Debian's packaging tools.
set -euo pipefail
build="$1" version="$2" id="$3"
shift 3
languages=("$@")

for tool in dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "skipped: $tool is not installed (Debian: dpkg-dev; scripts/setup.sh test installs it)"
        exit 77
    fi
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

start=$SECONDS
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G DEB"
fi
shopt -s nullglob
debs=("$work"/candor_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one candor_*.deb, found: ${debs[*]:-none}"
deb="${debs[0]}"
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1), cpack took $((SECONDS - start)) s"

# The control fields: the version from CMake, Depends from dpkg-shlibdeps plus the plugins.
[ "$(dpkg-deb -f "$deb" Package)" = candor ] || fail "Package is not candor"
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "Version is not $version-1"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
names="$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//')"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6svg6 libc6 \
    libqt6sql6-sqlite; do
    grep -qx "$package" <<<"$names" || fail "Depends lacks $package"
done

dpkg -x "$deb" "$work/root"
usr="$work/root/usr"
for file in bin/candor share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
    share/mime/packages/$id.xml share/icons/hicolor/scalable/apps/$id.svg \
    share/icons/hicolor/16x16/apps/$id.png share/icons/hicolor/512x512/apps/$id.png \
    share/doc/candor/copyright; do
    [ -f "$usr/$file" ] || fail "the package lacks /usr/$file"
done
if command -v file >/dev/null 2>&1; then
    file -b "$usr/bin/candor" | grep -q ', stripped' || fail "/usr/bin/candor is not stripped"
fi

# The packaged binary with the system's Qt only, in a home of its own (no saved language).
mkdir -p "$work/home" && mkdir -m 700 "$work/runtime"
candor() {
    env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" \
        XDG_DATA_HOME="$work/home/data" XDG_RUNTIME_DIR="$work/runtime" LC_ALL=C.UTF-8 LANGUAGE= \
        QT_QPA_PLATFORM=offscreen "$usr/bin/candor" "$@"
}
[ "$(candor --version)" = "candor $version" ] || fail "candor --version does not say $version"
candor --lang fr --help >"$work/fr.txt" || fail "candor --lang fr --help"
grep -q 'candor' "$work/fr.txt" || fail "candor --lang fr --help printed no usage"
english="$(candor --lang en --help)"
for language in "${languages[@]}"; do
    translated="$(candor --lang "$language" --help)" || fail "candor --lang $language --help"
    [ "$translated" != "$english" ] || fail "candor --lang $language --help is not translated"
    # Qt's own catalogue comes along: the command-line parser's "Usage:" is translated too.
    qt="$(candor --lang "$language" generate --help)"
    [ "$(head -1 <<<"$qt")" != "$(candor --lang en generate --help | head -1)" ] ||
        fail "Qt's strings are not translated in $language"
done

# The menu entry's command, as a desktop would run it on a double-clicked project.
exec_line="$(sed -n 's/^Exec=//p' "$usr/share/applications/$id.desktop")"
[ "${exec_line%% *}" = candor ] || fail "Exec does not run candor: $exec_line"
candor generate --tasks 20 -o "$work/double-clicked.candor" >/dev/null
command_line="${exec_line/\%f/$work/double-clicked.candor}"
# shellcheck disable=SC2086 # split as the desktop splits Exec (no quoting needed here)
started="$(CANDOR_REPORT_STARTUP=1 candor ${command_line#candor })" ||
    fail "the Exec line did not start: $command_line"
grep -q '^startup_ms ' <<<"$started" || fail "the window did not show: $started"
echo "Exec ran: $started; all checks took $((SECONDS - start)) s"
