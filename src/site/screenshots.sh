#!/usr/bin/env bash
# Takes the README's screenshots of the real window under Xvfb (a 1920x1080 screen: the window is 1600x1000, the projector view fills the screen): needs xvfb (apt-get install xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -DskipTests install
cd app
classpath=$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
xvfb-run -a -s "-screen 0 1920x1080x24" java -Deventstorm.preferences=org/eventstorm/studio-tour -Deventstorm.today=2026-12-01 \
  -cp "target/test-classes:target/classes:${classpath}" org.eventstorm.app.ScreenshotTour ../src/site/resources/images
