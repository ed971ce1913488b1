#!/usr/bin/env bash
# Install the built bundle with its desktop entry, AppStream metainfo and icons.
#
#   bash packaging/linux/install.sh [--prefix DIR] [--destdir DIR] [--uninstall] [BUNDLE]
#
# PREFIX defaults to ~/.local (no root needed); BUNDLE to dist/social-media-planner.
# DESTDIR stages the files for a package (build.sh uses build/stage) and skips the caches.
set -euo pipefail

APP_ID=org.smplanner.SocialMediaPlanner
APP_NAME=social-media-planner
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../../resources/icons"
prefix="$HOME/.local"
destdir=""
uninstall=0
bundle="$here/../../dist/$APP_NAME"

while [ $# -gt 0 ]; do
    case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --destdir) destdir="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    -*) echo "install.sh: unknown option $1" >&2; exit 2 ;;
    *) bundle="$1"; shift ;;
    esac
done

root="$destdir$prefix"
share="$root/share"
sizes="16 32 48 64 128 256 512"

if [ "$uninstall" = 1 ]; then
    rm -rf "${root:?}/lib/$APP_NAME"
    rm -f "$root/bin/$APP_NAME" "$share/applications/$APP_ID.desktop" \
        "$share/metainfo/$APP_ID.metainfo.xml" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $sizes; do rm -f "$share/icons/hicolor/${size}x$size/apps/$APP_ID.png"; done
    echo "removed $APP_NAME from $root"
    exit 0
fi

if [ ! -x "$bundle/$APP_NAME" ]; then
    echo "install.sh: no bundle at $bundle; run packaging/build.sh first" >&2
    exit 1
fi

# The bundle keeps its own folder; bin/ gets a link (the bootloader follows it back).
mkdir -p "$root/lib" "$root/bin"
rm -rf "${root:?}/lib/$APP_NAME"
cp -a "$bundle" "$root/lib/$APP_NAME"
ln -sfn "../lib/$APP_NAME/$APP_NAME" "$root/bin/$APP_NAME"

# Outside /usr the bin folder may not be on the desktop's PATH: name the program in full.
exec_line="Exec=$APP_NAME"
[ "$prefix" = /usr ] || exec_line="Exec=\"$prefix/bin/$APP_NAME\""
install -d "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
sed "s|^Exec=.*|$exec_line|" "$here/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
chmod 644 "$share/applications/$APP_ID.desktop"
install -m 644 "$here/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$icons/app.svg" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $sizes; do
    install -D -m 644 "$icons/app-$size.png" "$share/icons/hicolor/${size}x$size/apps/$APP_ID.png"
done

if [ -z "$destdir" ]; then
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi
echo "installed $APP_NAME into $root"
