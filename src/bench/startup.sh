#!/bin/sh
# Startup to first painted map (docs/performance.md): starts the app RUNS times under xvfb-run and
# prints the "first map frame with tiles painted N ms after JVM start" log line of each start.
# Usage: src/bench/startup.sh [FILE] [RUNS]   (build first: mvn -B -q package -DskipTests)
set -eu
FILE=${1:-data/donbas.geojson}
RUNS=${2:-5}
JAR=${JAR:-target/situation-map.jar}
TMP=$(mktemp -d)
i=0
while [ "$i" -lt "$RUNS" ]; do
  i=$((i + 1))
  timeout 60 xvfb-run -a java -Dsituationmap.exitAfterFirstFrame=true -Dsituationmap.network=off \
    -Dsituationmap.settings="$TMP/settings-$i.properties" -jar "$JAR" "$FILE" 2>&1 \
    | grep "first map frame" || echo "run $i: no first-frame line"
done
rm -rf "$TMP"
