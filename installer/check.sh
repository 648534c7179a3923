#!/usr/bin/env bash
# Checks the built installers as a person would use them (CI runs it after `mvn -Pinstaller package`):
# the app image starts under Xvfb on the sample board and its window is not blank; the image's `eventstorm validate`
# gives the sample's exit code and its class-data archive holds the app's classes; the .deb installs with dpkg -i and
# `eventstorm --version` answers from the PATH.
# Needs xvfb-run and ImageMagick's import, and root (or sudo) for dpkg.
set -euo pipefail
cd "$(dirname "$0")/.."
image="installer/target/image/eventstorm-studio"
deb=$(ls installer/target/eventstorm-studio_*.deb)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"

echo "check: image $(du -sh "$image" | cut -f1), .deb $(du -h "$deb" | cut -f1)"

# 1. The image on the sample board, under Xvfb: a screenshot of the screen must show the window (many colours).
cp -r samples/order-fulfillment "$work/board"
cat > "$work/shot.sh" <<'SHOT'
#!/usr/bin/env bash
"$1" "$2" > "$3/app.log" 2>&1 &
app=$!
for second in $(seq 1 60); do
  sleep 1
  import -window root "$3/shot.png" 2>/dev/null || continue
  colours=$(identify -format %k "$3/shot.png")
  if [ "$colours" -gt 200 ]; then
    echo "check: the window is drawn after ${second} s ($colours colours on screen)"
    kill "$app"; exit 0
  fi
done
kill "$app" 2>/dev/null || true
echo "check: the screen stayed blank for 60 s" >&2; cat "$3/app.log" >&2; exit 1
SHOT
xvfb-run -a -s "-screen 0 1600x1000x24" bash "$work/shot.sh" "$image/bin/EventStorm Studio" "$work/board" "$work"
cp "$work/shot.png" installer/target/image-screenshot.png

# 2. The image's command line: the sample has an open hotspot of high priority, an error, so validate exits 1.
set +e
"$image/bin/eventstorm" validate samples/order-fulfillment > "$work/validate.txt" 2>&1
code=$?
set -e
grep -q "unresolved-hotspot" "$work/validate.txt" || { cat "$work/validate.txt"; echo "check: validate printed no findings" >&2; exit 1; }
[ "$code" -eq 1 ] || { cat "$work/validate.txt"; echo "check: eventstorm validate exited $code, expected 1" >&2; exit 1; }
echo "check: the image's eventstorm validate exits 1 on the sample, as it should"

# 2b. The image's class-data archives hold the app's own classes (the JDK leaves them out, silently, when the image's
# path has a space in it, or when the class path differs from the one it was dumped with): the desktop's (the launcher
# maps it for open), export's, and the command line's (for every other command).
archived() { JAVA_TOOL_OPTIONS=-XX:+PrintSharedArchiveAndExit "$image/bin/eventstorm" "$@" 2>/dev/null || true; }
archived open > "$work/archive-desktop.txt"
archived export > "$work/archive-export.txt"
archived --version > "$work/archive-cli.txt"
for archive in desktop export cli; do
  app_classes=$(grep -c ' org\.eventstorm\..* app_loader$' "$work/archive-$archive.txt" || true)
  [ "$app_classes" -gt 300 ] || { echo "check: the $archive class-data archive holds $app_classes of the app's classes" >&2; exit 1; }
  echo "check: the $archive class-data archive holds $app_classes of the app's classes"
done
has() { grep -q " $2 app_loader\$" "$work/archive-$1.txt"; }
for class in org.eventstorm.app.cli.ValidateCommand org.eventstorm.model.validate.Validator; do
  has cli "$class" || { echo "check: the command line's class-data archive lacks $class" >&2; exit 1; }
done
has export org.eventstorm.exporters.ExportRun || { echo "check: export's class-data archive lacks the exporters (ExportRun)" >&2; exit 1; }
has desktop org.eventstorm.app.canvas.BoardCanvas || { echo "check: the desktop's class-data archive lacks the canvas (BoardCanvas)" >&2; exit 1; }
if has cli org.eventstorm.app.canvas.BoardCanvas || has cli org.eventstorm.exporters.ExportRun; then
  echo "check: the command line's class-data archive holds the desktop's or export's classes" >&2; exit 1
fi
echo "check: each command starts from its archive: validate's, export's, the desktop's"

# 3. The .deb: its dependencies from the archive, then dpkg -i, then the command line from the PATH.
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/ //g' | grep -v '^$' | tr '\n' ' ')
missing=""
for dep in $deps; do dpkg -s "$dep" >/dev/null 2>&1 || missing="$missing $dep"; done
if [ -n "$missing" ]; then
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing > /dev/null
fi
$SUDO dpkg -i "$deb"
version=$(eventstorm --version | head -1)
case "$version" in
  "EventStorm Studio "*) echo "check: installed; eventstorm --version says: $version" ;;
  *) echo "check: eventstorm --version said '$version'" >&2; exit 1 ;;
esac
