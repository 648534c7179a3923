#!/bin/bash
# EventStorm Studio's launchers on Linux ("EventStorm Studio" and "eventstorm" in the image's bin/ are this script):
# starts the image's JVM from the launcher's .cfg exactly as jpackage's own launcher would (the cfg's class path, main
# class and java-options, $APPDIR, $BINDIR and $ROOTDIR in them, then -Djpackage.app-path), without the owner lookup
# jpackage's launcher makes on every start: it asks rpm and dpkg which package holds it (dpkg -S, dpkg -L, twice),
# a quarter of a second or more each time. See ADR 18.
set -euo pipefail
# Every line below runs in this shell: a command substitution or an outside command per line of the cfg forked a
# process for each of its 70 class-path lines, 0.4 CPU-s a start (more than the JVM took to validate the sample).
launcher=$(readlink -f "${BASH_SOURCE[0]}")
bin_dir=${launcher%/*}
root_dir=${bin_dir%/*}
app_dir="$root_dir/lib/app"
name=${launcher##*/}
cfg="$app_dir/$name.cfg"
[ -r "$cfg" ] || { echo "$launcher: $cfg is missing; reinstall EventStorm Studio" >&2; exit 1; }

# Sets $expanded to $1 with $APPDIR, $BINDIR and $ROOTDIR replaced, as jpackage's launcher replaces them.
expand() {
  expanded=$1
  expanded=${expanded//\$APPDIR/$app_dir}
  expanded=${expanded//\$BINDIR/$bin_dir}
  expanded=${expanded//\$ROOTDIR/$root_dir}
}

class_path="" main_class="" options=() defaults=() expanded=""
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    app.classpath=*) expand "${line#app.classpath=}"; class_path="${class_path:+$class_path:}$expanded" ;;
    app.mainclass=*) main_class="${line#app.mainclass=}" ;;
    app.mainmodule=* | app.modulepath=*)
      echo "$cfg: '${line%%=*}' is not understood by this launcher (it starts class-path apps only)" >&2; exit 1 ;;
    java-options=*) expand "${line#java-options=}"; options+=("$expanded") ;;
    arguments=*) expand "${line#arguments=}"; defaults+=("$expanded") ;;
  esac
done < "$cfg"
[ -n "$main_class" ] || { echo "$cfg: no app.mainclass; reinstall EventStorm Studio" >&2; exit 1; }
# As jpackage's launcher: the cfg's arguments only when the command line gives none.
[ $# -gt 0 ] || set -- ${defaults[@]+"${defaults[@]}"}
# The command line's runs are short batches: the JIT's top tier (C2) costs them more than it gives back, and the serial
# collector with a small young generation keeps the heap near what the board needs instead of letting it grow
# (ADR 32). open and serve run long, with a window or participants waiting on pauses, and keep the defaults.
# Their class-data archive holds the command line's classes only (package.sh, postinst), export's also its drawing
# engines: a smaller archive to map at every start.
if [ "$name" = eventstorm ]; then
  case "${1:-}" in
    open | serve) ;;
    *)
      archive=eventstorm-cli
      [ "${1:-}" = export ] && archive=eventstorm-export
      desktop_archive="-XX:SharedArchiveFile=$app_dir/eventstorm.jsa"
      options=("${options[@]/#"$desktop_archive"/-XX:SharedArchiveFile=$app_dir/$archive.jsa}")
      options+=("-XX:TieredStopAtLevel=1" "-XX:+UseSerialGC" "-Xmn24m") ;;
  esac
fi
exec "$root_dir/lib/runtime/bin/java" ${options[@]+"${options[@]}"} "-Djpackage.app-path=$launcher" \
  -cp "$class_path" "$main_class" "$@"
