#!/usr/bin/env bash
# Opens the packaged app under Xvfb, lets it take a screenshot of its own window, and checks the
# picture shows a map (many colours, the basemap's land colour present) rather than a blank window.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/situation-map.jar
shot=target/smoke/window.png
mkdir -p target/smoke
rm -f "$shot"
timeout 90 xvfb-run -a -s "-screen 0 1400x900x24" \
  java -Dsituationmap.screenshot="$shot" -Dsituationmap.screenshot.delay=6000 \
       -Dsituationmap.settings=target/smoke/settings.properties -jar "$jar" \
  > target/smoke/app.log 2>&1 || { echo "smoke: the app failed"; cat target/smoke/app.log; exit 1; }
[ -s "$shot" ] || { echo "smoke: no screenshot written"; cat target/smoke/app.log; exit 1; }
java .ci/PngCheck.java "$shot"
