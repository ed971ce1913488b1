#!/usr/bin/env bash
# Smoke test of the bundle: build it, then run the built program as a user would.
#
#   bash packaging/smoke.sh            # build with packaging/build.sh, then check
#   bash packaging/smoke.sh --no-build # check the bundle already in dist/
#
# Every run works in a temporary folder with its own HOME, so no real data is touched.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
app="$root/dist/social-media-planner/social-media-planner"

if [ "${1:-}" != "--no-build" ]; then
    bash "$root/packaging/build.sh"
fi
[ -x "$app" ] || { echo "smoke: FAIL no bundle at $app" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config"
export XDG_CACHE_HOME="$tmp/home/cache" QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1
unset PLANNER_DB
mkdir -p "$HOME"
db="$tmp/smoke.db"
failures=0

pass() { echo "smoke: ok   $*"; }
fail() { echo "smoke: FAIL $*" >&2; failures=$((failures + 1)); }

# run NAME CMD...: run the bundle, keep stdout/stderr/exit code in $tmp/NAME.*
run() {
    local name="$1"
    shift
    local start=$SECONDS
    set +e
    "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
    echo $? >"$tmp/$name.rc"
    set -e
    echo "smoke: ran  $name in $((SECONDS - start)) s (exit $(cat "$tmp/$name.rc"))"
}
exit_code() { cat "$tmp/$1.rc"; }

# 1. --version prints "planner X.Y.Z", the version in planner/__init__.py.
want_version="planner $(sed -n 's/^__version__ = "\(.*\)"/\1/p' planner/__init__.py)"
run version "$app" --version
if [ "$(exit_code version)" = 0 ] && [ "$(cat "$tmp/version.out")" = "$want_version" ]; then
    pass "--version says '$want_version'"
else
    fail "--version: exit $(exit_code version), said '$(cat "$tmp/version.out" "$tmp/version.err")'"
fi

# 2. demo fills a new store with the sample fortnight around this week.
run demo "$app" demo --db "$db"
if [ "$(exit_code demo)" = 0 ] && [ -s "$db" ]; then
    pass "demo wrote $db"
else
    fail "demo: exit $(exit_code demo): $(cat "$tmp/demo.err")"
fi

# 3. export the current week (always part of the demo fortnight) as CSV.
week="$(date +%G-W%V)"
csv="$tmp/week.csv"
run export "$app" export --week "$week" --csv "$csv" --db "$db"
header="date,time,weekday,platform,kind,status,text,link,notes"
if [ "$(exit_code export)" != 0 ] || [ ! -s "$csv" ]; then
    fail "export --week $week: exit $(exit_code export): $(cat "$tmp/export.err")"
elif [ "$(head -c 3 "$csv" | od -An -tx1 | tr -d ' \n')" != "efbbbf" ]; then
    fail "export: $csv does not start with the UTF-8 byte-order mark"
elif [ "$(head -n 1 "$csv" | tail -c +4 | tr -d '\r')" != "$header" ]; then
    fail "export: header is '$(head -n 1 "$csv" | tail -c +4)'"
elif [ "$(wc -l <"$csv")" -lt 2 ]; then
    fail "export: $csv has a header but no posts"
else
    pass "export wrote $(($(wc -l <"$csv") - 1)) posts of $week with the right header"
fi

# 4. bad input: one line on stderr, non-zero exit, nothing written.
run bad "$app" export --week 2026-W99 --csv "$tmp/bad.csv" --db "$db"
if [ "$(exit_code bad)" != 0 ] && [ "$(wc -l <"$tmp/bad.err")" -eq 1 ] && [ ! -e "$tmp/bad.csv" ]; then
    pass "a bad week is refused in one line: $(cat "$tmp/bad.err")"
else
    fail "bad week: exit $(exit_code bad), $(wc -l <"$tmp/bad.err") stderr lines, wrote a file: $(test -e "$tmp/bad.csv" && echo yes || echo no)"
fi

# 5. the window, offscreen, saved as a PNG.
png="$tmp/window.png"
limit=()
command -v timeout >/dev/null && limit=(timeout 120) # a hung window must not hang CI
run screenshot ${limit[@]+"${limit[@]}"} "$app" --db "$db" --screenshot "$png"
if [ "$(exit_code screenshot)" != 0 ] || [ ! -s "$png" ]; then
    fail "--screenshot: exit $(exit_code screenshot): $(cat "$tmp/screenshot.err")"
elif [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
    fail "--screenshot: $png is not a PNG"
else
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    width=$(((w1 << 24) | (w2 << 16) | (w3 << 8) | w4))
    height=$(((h1 << 24) | (h2 << 16) | (h3 << 8) | h4))
    bytes=$(wc -c <"$png")
    if [ "$width" -ge 640 ] && [ "$height" -ge 400 ] && [ "$bytes" -ge 10000 ]; then
        pass "--screenshot wrote a ${width}x$height PNG of $bytes bytes"
    else
        fail "--screenshot: ${width}x$height, $bytes bytes is too small for the window"
    fi
fi

# 6. Linux: installed under a prefix, the program starts through its bin/ link.
if [ "$(uname -s)" = Linux ]; then
    bash "$root/packaging/linux/install.sh" --prefix "$tmp/prefix" "$(dirname "$app")" >/dev/null
    run installed "$tmp/prefix/bin/social-media-planner" --version
    if [ "$(exit_code installed)" = 0 ] && [ "$(cat "$tmp/installed.out")" = "$want_version" ]; then
        pass "the installed copy starts from $tmp/prefix/bin"
    else
        fail "installed copy: exit $(exit_code installed): $(cat "$tmp/installed.err")"
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "smoke: $failures check(s) failed" >&2
    exit 1
fi
echo "smoke: all checks passed"
