#!/usr/bin/env bash
# Build the one-folder bundle dist/social-media-planner with PyInstaller.
#
#   bash packaging/build.sh
#
# Makes its own venv in build/venv (PYTHON picks the interpreter, default python3), installs
# the project and PyInstaller into it, and runs packaging/social-media-planner.spec.
# On Linux it then stages the desktop files and icons in build/stage/usr and validates them
# with desktop-file-validate and appstreamcli when those tools are installed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="$root/build"
venv="$build/venv"
python="${PYTHON:-python3}"
start=$(date +%s)

"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "build.sh: $python is older than Python 3.11" >&2; exit 1; }

if [ ! -d "$venv" ]; then
    echo "== creating $venv"
    "$python" -m venv "$venv"
fi
if [ -x "$venv/bin/python" ]; then vpy="$venv/bin/python"; else vpy="$venv/Scripts/python.exe"; fi

echo "== installing the project and PyInstaller"
"$vpy" -m pip install --quiet "$root[package]"
# The same version number would let pip keep an older copy; always take this checkout.
"$vpy" -m pip install --quiet --no-deps --force-reinstall "$root"

if [ "$(uname -s)" = Linux ] && command -v ldd >/dev/null; then
    # The bundle carries the X11 libraries Qt needs only if this machine has them.
    xcb="$("$vpy" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)')"
    xcb="$xcb/Qt/plugins/platforms/libqxcb.so"
    missing="$(ldd "$xcb" | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')"
    if [ -n "$missing" ]; then
        echo "build.sh: warning: not bundled, so needed on every user's machine: $missing"
        echo "build.sh: (Debian/Ubuntu: apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0)"
    fi
fi

echo "== running PyInstaller"
"$vpy" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$build/pyinstaller" \
    "$root/packaging/social-media-planner.spec"

bundle="$root/dist/social-media-planner"
case "$(uname -s)" in
Linux)
    stage="$build/stage"
    rm -rf "$stage"
    bash "$root/packaging/linux/install.sh" --destdir "$stage" --prefix /usr "$bundle" >/dev/null
    echo "== desktop integration staged in $stage/usr"
    desktop="$stage/usr/share/applications/org.smplanner.SocialMediaPlanner.desktop"
    metainfo="$stage/usr/share/metainfo/org.smplanner.SocialMediaPlanner.metainfo.xml"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop"
        echo "desktop-file-validate: ok"
    else
        echo "desktop-file-validate not installed (Debian: desktop-file-utils); not checked"
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$metainfo"
        appstreamcli validate-tree --no-net "$stage/usr"
    else
        echo "appstreamcli not installed (Debian: appstream); not checked"
    fi
    ;;
esac

echo "== built $bundle ($(du -sh "$bundle" | cut -f1)) in $(($(date +%s) - start)) s"
