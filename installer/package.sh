#!/usr/bin/env bash
# Builds EventStorm Studio's installers with jpackage (JDK 17): run by `mvn -Pinstaller package`, which sets the
# environment below (see installer/pom.xml). TYPES is a comma-separated list of app-image, deb, rpm, msi, dmg.
#
# 1. the app's jar and libraries (app/target) become the image's input; JavaFX's platform jars go on the module path
# 2. the icon is drawn in each platform's format (IconFiles)
# 3. a start of the app on the sample board is recorded (the classes it loads), headless, for the class-data archive
# 4. jpackage makes the app image: the "EventStorm Studio" launcher (the desktop app) and "eventstorm" (the command line);
#    on Linux both become launcher.sh, which starts the JVM without jpackage's launcher's package lookup (ADR 18), and the
#    image's folder is named without a space (the JDK's class-data archive leaves out classes from a path with one)
# 5. the class-data archive is dumped into the image by its own runtime (Linux, macOS); on Linux the command line gets
#    one of its own
# 6. packages are made from the image (the .deb makes its archive again where it is installed, see postinst)
set -euo pipefail
: "${APP_TARGET:?}" "${SAMPLE:?}" "${OUT:?}" "${TOOL_CLASSPATH_FILE:?}" "${TOOL_CLASSES:?}" "${VERSION:?}" "${TYPES:?}" "${RESOURCES:?}" "${LICENSE:?}"
NAME="EventStorm Studio"
PACKAGE=eventstorm-studio
APP_VERSION="${VERSION%-SNAPSHOT}"
MODULES=javafx.controls,javafx.swing,java.desktop,java.logging,java.management,java.prefs,java.scripting,java.sql,java.compiler,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs
work="$OUT/jpackage"
image_root="$OUT/image"
rm -rf "$work" "$image_root"
mkdir -p "$work/input" "$work/javafx" "$work/icons" "$image_root"

case "$(uname -s)" in
  Linux) fx=linux ;;
  Darwin) fx=$([ "$(uname -m)" = arm64 ] && echo mac-aarch64 || echo mac) ;;
  MINGW*|MSYS*|CYGWIN*) fx=win ;;
  *) echo "package.sh: no JavaFX platform jars known for $(uname -s)" >&2; exit 1 ;;
esac

cp "$APP_TARGET/eventstorm.jar" "$work/input/"
for jar in "$APP_TARGET"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-"$fx".jar) cp "$jar" "$work/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$work/input/" ;;
  esac
done
cp "$LICENSE" "$work/input/LICENSE"
cp "$RESOURCES/eventstorm-board-yaml.xml" "$work/input/"
ls "$work/javafx"/javafx-graphics-*.jar >/dev/null || { echo "package.sh: no JavaFX $fx jars in $APP_TARGET/lib" >&2; exit 1; }

tool_cp="$TOOL_CLASSES:$(cat "$TOOL_CLASSPATH_FILE")"
java -Djava.awt.headless=true -cp "$tool_cp" org.eventstorm.installer.IconFiles "$work/icons"
case "$fx" in linux) icon="$work/icons/eventstorm.png" ;; win) icon="$work/icons/eventstorm.ico" ;; *) icon="$work/icons/eventstorm.icns" ;; esac

# The classes a start loads: the app opened on a copy of the sample, on Monocle's headless screen, quitting once the
# window is drawn. The few display-specific classes differ from a real start; the archive leaves out what it lacks.
cp -r "$SAMPLE" "$work/sample"
java -Xshare:off -XX:DumpLoadedClassList="$work/input/eventstorm.classlist" \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32 -Djava.awt.headless=true \
  -Deventstorm.exit-when-shown=true -Deventstorm.preferences=org/eventstorm/studio-packaging \
  -Deventstorm.recovery="$work/recovery" -Deventstorm.system-theme=light \
  -cp "$tool_cp" org.eventstorm.app.Main open "$work/sample" > "$work/classlist.log" 2>&1 \
  || { cat "$work/classlist.log"; echo "package.sh: recording the start failed" >&2; exit 1; }
# And the classes the command line loads to validate and export the sample, so that `eventstorm validate` in CI starts
# from the archive too; the lists are merged, each line once, in the order first seen.
: > "$work/cli-all.classlist"
for command in "validate $work/sample" "export $work/sample --to $work/cli-export --format all"; do
  # shellcheck disable=SC2086 # the command's words are split on purpose
  java -Xshare:off -XX:DumpLoadedClassList="$work/cli.classlist" -Djava.awt.headless=true \
    -cp "$tool_cp" org.eventstorm.app.CommandLineMain $command > "$work/cli-classlist.log" 2>&1 \
    || [ $? -eq 1 ] || { cat "$work/cli-classlist.log"; echo "package.sh: recording the command line failed" >&2; exit 1; }
  # The first command recorded is validate's: what every command but export starts from.
  [ -f "$work/input/eventstorm-cli.classlist" ] || cp "$work/cli.classlist" "$work/input/eventstorm-cli.classlist"
  cat "$work/cli.classlist" >> "$work/cli-all.classlist"
done
cat "$work/cli-all.classlist" >> "$work/input/eventstorm.classlist"
awk '!seen[$0]++' "$work/input/eventstorm.classlist" > "$work/merged.classlist" && mv "$work/merged.classlist" "$work/input/eventstorm.classlist"
# On Linux the command line also gets archives of its own classes only (launcher.sh picks them): an archive is mapped
# and relocated whole at every start, so the desktop's classes in it cost each validate some 0.1 CPU-s for nothing,
# and export's drawing engines another 0.07. export gets one of validate's and export's classes, every other command
# one of validate's.
awk '!seen[$0]++' "$work/cli-all.classlist" > "$work/input/eventstorm-export.classlist"
echo "package.sh: $(wc -l < "$work/input/eventstorm.classlist") classes recorded ($(grep -o 'shown in [0-9]* ms' "$work/classlist.log"), then validate and export; $(wc -l < "$work/input/eventstorm-cli.classlist") for validate, $(wc -l < "$work/input/eventstorm-export.classlist") for export)"

# The desktop app holds back the JIT's top tier (C2) until code is ten times as hot as by default: on two cores its
# compiles took a core's worth of the start-up (ADR 19). The command line keeps the default thresholds.
DESKTOP_JIT="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"

# The desktop app keeps G1 (short pauses while people draw) but is told to keep its heap near what the board needs:
# G1 may spend up to half its time collecting before it grows the heap, and gives memory back when more than 30 % is
# free. Opening 50,000 stickies peaked at 1.2 GiB instead of 1.7-1.9, with no more CPU (ADR 35).
DESKTOP_GC="-XX:GCTimeRatio=1 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"

# The command-line launcher: the same jars, CommandLineMain, headless, no menu entry (see eventstorm.properties).
{ cat "$RESOURCES/eventstorm.properties"; echo "icon=$icon"; } > "$work/eventstorm.properties"

jpackage --type app-image --dest "$image_root" --name "$NAME" --app-version "$APP_VERSION" \
  --vendor "EventStorm Studio" --copyright "Copyright 2026 the EventStorm Studio authors, Apache License 2.0" \
  --description "Event Storming boards as plain-text spec folders" --icon "$icon" \
  --input "$work/input" --main-jar eventstorm.jar --main-class org.eventstorm.app.Main \
  --module-path "$work/javafx" --add-modules "$MODULES" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages$([ "$fx" = linux ] || echo " --strip-native-commands")" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/eventstorm.jsa' \
  --java-options "$DESKTOP_JIT" \
  --java-options "$DESKTOP_GC" \
  --java-options '--add-exports=javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED' \
  --add-launcher eventstorm="$work/eventstorm.properties"
image="$image_root/$NAME"
[ "$fx" = mac ] || [ "$fx" = mac-aarch64 ] && image="$image_root/$NAME.app"
if [ "$fx" = linux ]; then
  mv "$image" "$image_root/$PACKAGE"
  image="$image_root/$PACKAGE"
  for launcher in "$NAME" eventstorm; do
    install -m 755 "$RESOURCES/launcher.sh" "$image/bin/$launcher"
  done
  rm -f "$image/lib/libapplauncher.so"
  # The runtime keeps only the java launcher (the script's) of the JDK's commands.
  find "$image/lib/runtime/bin" -type f ! -name java -delete
fi
echo "package.sh: app image $image ($(du -sh "$image" | cut -f1))"

# The class-data archive, dumped by the image's own runtime through its command-line launcher (the launcher's
# -XX:SharedArchiveFile names where it goes). It is valid while the image stays where it is.
if [ "$fx" = linux ]; then
  app_dir="$image/lib/app"; cli="$image/bin/eventstorm"
elif [ "$fx" != win ]; then
  app_dir="$image/Contents/app"; cli="$image/Contents/MacOS/eventstorm"
fi
if [ "$fx" != win ]; then
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$work/input/eventstorm.classlist" "$cli" open > "$work/cds.log" 2>&1 \
    || { tail -20 "$work/cds.log"; echo "package.sh: the class-data archive could not be made" >&2; exit 1; }
  echo "package.sh: class-data archive $(du -h "$app_dir/eventstorm.jsa" | cut -f1)"
fi
if [ "$fx" = linux ]; then
  # The launcher names the archive by the command, so each is dumped where that command looks for it.
  for command in validate export; do
    archive=$([ "$command" = export ] && echo eventstorm-export || echo eventstorm-cli)
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app_dir/$archive.classlist" "$cli" "$command" > "$work/cds-$command.log" 2>&1 \
      || { tail -20 "$work/cds-$command.log"; echo "package.sh: the class-data archive for $command could not be made" >&2; exit 1; }
    echo "package.sh: $command's class-data archive $(du -h "$app_dir/$archive.jsa" | cut -f1)"
  done
fi

IFS=',' read -r -a types <<< "$TYPES"
for type in "${types[@]}"; do
  case "$type" in
    app-image) ;;
    deb|rpm)
      # Packaged without the archive made for this folder; the package makes its own where it is installed.
      packaged="$work/packaged"
      rm -rf "$packaged" && mkdir -p "$packaged" && cp -a "$image" "$packaged/"
      rm -f "$packaged/$PACKAGE/lib/app/"eventstorm*.jsa
      resources="$work/resources-$type" && mkdir -p "$resources" && cp "$RESOURCES/postinst" "$RESOURCES/prerm" "$RESOURCES/$NAME.desktop" "$RESOURCES/eventstorm.desktop" "$resources/"
      jpackage --type "$type" --app-image "$packaged/$PACKAGE" --dest "$OUT" --name "$NAME" --app-version "$APP_VERSION" \
        --vendor "EventStorm Studio" --description "Event Storming boards as plain-text spec folders" \
        --license-file "$LICENSE" --resource-dir "$resources" --install-dir /opt --icon "$icon" \
        --linux-deb-maintainer "team@eventstorm.invalid" \
        --linux-package-name "$PACKAGE" --linux-app-category Development --linux-menu-group Development \
        --linux-shortcut --linux-package-deps libgtk-3-0 \
        --file-associations "$RESOURCES/storm.properties"
      ;;
    msi)
      jpackage --type msi --app-image "$image" --dest "$OUT" --name "$NAME" --app-version "$APP_VERSION" \
        --vendor "EventStorm Studio" --license-file "$LICENSE" --win-menu --win-shortcut --win-dir-chooser \
        --file-associations "$RESOURCES/storm.properties"
      ;;
    dmg)
      jpackage --type dmg --app-image "$image" --dest "$OUT" --name "$NAME" --app-version "$APP_VERSION" \
        --license-file "$LICENSE" --file-associations "$RESOURCES/storm.properties"
      ;;
    *) echo "package.sh: unknown type $type; use app-image, deb, rpm, msi or dmg" >&2; exit 1 ;;
  esac
done
ls -la "$OUT"/*.deb "$OUT"/*.rpm "$OUT"/*.msi "$OUT"/*.dmg 2>/dev/null || true
