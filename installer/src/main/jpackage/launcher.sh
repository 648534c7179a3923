#!/bin/bash
# EventStorm Studio's launchers on Linux ("EventStorm Studio" and "eventstorm" in the image's bin/ are this script):
# starts the image's JVM from the launcher's .cfg exactly as jpackage's own launcher would (the cfg's class path, main
# class and java-options, $APPDIR, $BINDIR and $ROOTDIR in them, then -Djpackage.app-path), without the owner lookup
# jpackage's launcher makes on every start: it asks rpm and dpkg which package holds it (dpkg -S, dpkg -L, twice),
# a quarter of a second or more each time. See ADR 18.
set -euo pipefail
launcher=$(readlink -f "${BASH_SOURCE[0]}")
bin_dir=$(dirname "$launcher")
root_dir=$(dirname "$bin_dir")
app_dir="$root_dir/lib/app"
cfg="$app_dir/$(basename "$launcher").cfg"
[ -r "$cfg" ] || { echo "$launcher: $cfg is missing; reinstall EventStorm Studio" >&2; exit 1; }

expand() {
  local value=$1
  value=${value//\$APPDIR/$app_dir}
  value=${value//\$BINDIR/$bin_dir}
  value=${value//\$ROOTDIR/$root_dir}
  printf '%s' "$value"
}

class_path="" main_class="" options=() defaults=()
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    app.classpath=*) class_path="${class_path:+$class_path:}$(expand "${line#app.classpath=}")" ;;
    app.mainclass=*) main_class="${line#app.mainclass=}" ;;
    app.mainmodule=* | app.modulepath=*)
      echo "$cfg: '${line%%=*}' is not understood by this launcher (it starts class-path apps only)" >&2; exit 1 ;;
    java-options=*) options+=("$(expand "${line#java-options=}")") ;;
    arguments=*) defaults+=("$(expand "${line#arguments=}")") ;;
  esac
done < "$cfg"
[ -n "$main_class" ] || { echo "$cfg: no app.mainclass; reinstall EventStorm Studio" >&2; exit 1; }
# As jpackage's launcher: the cfg's arguments only when the command line gives none.
[ $# -gt 0 ] || set -- ${defaults[@]+"${defaults[@]}"}
# The command line's runs are short batches: the JIT's top tier (C2) costs them more than it gives back, and the serial
# collector with a small young generation keeps the heap near what the board needs instead of letting it grow
# (ADR 32). open and serve run long, with a window or participants waiting on pauses, and keep the defaults.
if [ "$(basename "$launcher")" = eventstorm ]; then
  case "${1:-}" in open | serve) ;; *) options+=("-XX:TieredStopAtLevel=1" "-XX:+UseSerialGC" "-Xmn24m") ;; esac
fi
exec "$root_dir/lib/runtime/bin/java" ${options[@]+"${options[@]}"} "-Djpackage.app-path=$launcher" \
  -cp "$class_path" "$main_class" "$@"
