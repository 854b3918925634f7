#!/bin/sh
# SPDX-License-Identifier: MIT
# validate.sh TOOL ARGS...: runs a validator; skips (77) when it is not installed. Any warning
# fails too, not only errors: software centres and menus drop entries that warn.
tool="$1"
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "skipped: $tool is not installed (Debian: scripts/setup.sh test installs it)"
    exit 77
fi
output="$("$@" 2>&1)"
status=$?
printf '%s\n' "$output"
if [ "$status" -ne 0 ] || printf '%s\n' "$output" | grep -Eqi '(^|[^a-z])(error|warning)'; then
    exit 1
fi
exit 0
