#!/usr/bin/env bash
# Headless export: the packaged jar writes a PNG and a GIF with no X server (DISPLAY unset), and
# the PNG shows the offline map.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/situation-map.jar
out=target/smoke
mkdir -p "$out"
data=src/test/resources/app/small.geojson
env -u DISPLAY java -jar "$jar" export "$data" --date 2022-06-26 --out "$out/export.png" \
  --bbox 36.5,47.0,40.0,49.8 --force --verbose
env -u DISPLAY java -jar "$jar" animate "$data" --from 2022-05-01 --to 2022-07-03 --step 7d \
  --out "$out/animate.gif" --width 400 --height 250 --force
[ -s "$out/animate.gif" ] || { echo "export smoke: no GIF written"; exit 1; }
java .ci/PngCheck.java "$out/export.png"
