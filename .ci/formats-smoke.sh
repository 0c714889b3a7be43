#!/usr/bin/env bash
# Formats: the bundled layer converted to KML is read by GDAL (ogrinfo) as an independent reader,
# with one feature per control period (plus one per place without entries); and a CSV control
# sheet round trip gives back a layer that validates with the same places.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/situation-map.jar
out=target/formats
mkdir -p "$out"
data=data/donbas.geojson
java -jar "$jar" convert "$data" "$out/donbas.kml" --force
expected=$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(sum(max(1, len(f["properties"].get("control", []))) for f in d["features"]))
' "$data")
got=$(ogrinfo -ro -al -q "$out/donbas.kml" | grep -c '^OGRFeature')
if [ "$got" != "$expected" ]; then
  echo "formats smoke: ogrinfo read $got KML features, expected $expected"
  exit 1
fi
java -jar "$jar" convert "$data" "$out/donbas.csv" --force
java -jar "$jar" convert "$out/donbas.csv" "$out/back.geojson" --force
places=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["features"]))' "$data")
java -jar "$jar" validate "$out/back.geojson" | grep -q "no problems; $places of $places features valid"
echo "formats smoke: ogrinfo read $got KML features; CSV round trip of $places places validates"
