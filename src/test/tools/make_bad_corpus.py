#!/usr/bin/env python3
"""Writes the bad-input corpus into src/test/resources/io/bad/ (run from the repository root).

Each file holds one kind of bad input. Most are a FeatureCollection with one valid place
(lysychansk, line 2) and one bad feature on line 3, so a partial load can be checked. The expected
outcome of every file is in expected.txt beside them (kept by hand: regenerate, then review).
"""
import json
import os
import zlib
import struct

OUT = "src/test/resources/io/bad"
SRC = '[{"publisher": "ISW", "date": "2022-02-24"}]'
GOOD = ('{"type": "Feature", "id": "lysychansk", "geometry": {"type": "Point", "coordinates": '
        '[38.4256, 48.9048]}, "properties": {"name": "Lysychansk", "control": [{"from": '
        '"2022-02-24", "status": "ukraine", "sources": ' + SRC + '}]}}')


def place(geometry='{"type": "Point", "coordinates": [38.0, 48.5]}', props=None, fid='"bad"',
          control=None, extra=""):
    if control is None:
        control = '[{"from": "2022-02-24", "status": "ukraine", "sources": ' + SRC + '}]'
    if props is None:
        props = '{"name": "Bad", "control": ' + control + extra + '}'
    idpart = '' if fid is None else '"id": ' + fid + ', '
    return '{"type": "Feature", ' + idpart + '"geometry": ' + geometry + ', "properties": ' + props + '}'


def collection(bad):
    return '{"type": "FeatureCollection", "features": [\n' + GOOD + ',\n' + bad + '\n]}\n'


def status(word):
    return place(control='[{"from": "2022-02-24", "status": "' + word + '", "sources": ' + SRC + '}]')


def date(text):
    return place(control='[{"from": "' + text + '", "status": "ukraine", "sources": ' + SRC + '}]')


def note(n):
    return place(extra=', "notes": [' + n + ']')


def url(u):
    return note('{"date": "2022-03-01", "text": "Shelling.", "sources": [{"publisher": "X", '
                '"date": "2022-03-01", "url": "' + u + '"}]}')


def geometry(g):
    return place(geometry=g)


def covered(coverage):
    """Both places in Luhansk Oblast, with situation.coverage on line 1."""
    good = GOOD.replace('"name": "Lysychansk", ', '"name": "Lysychansk", "admin1": "Luhansk Oblast", ')
    return ('{"type": "FeatureCollection", "situation": {"coverage": ' + coverage
            + '}, "features": [\n' + good + ',\n' + place(extra=', "admin1": "Luhansk Oblast"')
            + '\n]}\n')


def png():
    raw = b"\x00\x00\x00\x00"
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def zipfile():
    import io
    import zipfile as z
    buf = io.BytesIO()
    with z.ZipFile(buf, "w") as f:
        f.writestr("data.geojson", collection(place()))
    return buf.getvalue()


VALID = collection(place())
FILES = {
    # Not a readable FeatureCollection at all (fatal).
    "truncated.geojson": VALID[: len(VALID) // 2],
    "truncated-in-string.geojson": '{"type": "FeatureCollection", "features": [{"type": "Feat',
    "png-image.geojson": png(),
    "zip-archive.geojson": zipfile(),
    "empty.geojson": b"",
    "whitespace-only.geojson": " \n\t \r\n  \n",
    "utf16-le-bom.geojson": b"\xff\xfe" + VALID.encode("utf-16-le"),
    "utf16-be-bom.geojson": b"\xfe\xff" + VALID.encode("utf-16-be"),
    "utf16-le-no-bom.geojson": VALID.encode("utf-16-le"),
    "invalid-utf8.geojson": collection(place(props='{"name": "Bad\xff\xfe name"}'))
    .encode("utf-8").replace("\xff\xfe".encode("utf-8"), b"\xff\xfe"),
    "top-level-feature.geojson": GOOD + "\n",
    "top-level-geometry.geojson": '{"type": "Point", "coordinates": [38.0, 48.5]}\n',
    "top-level-array.geojson": "[\n" + GOOD + "\n]\n",
    "features-object.geojson": '{"type": "FeatureCollection", "features": {"0": ' + GOOD + '}}\n',
    "features-number.geojson": '{"type": "FeatureCollection", "features": 3}\n',
    "features-null.geojson": '{"type": "FeatureCollection", "features": null}\n',
    "no-features.geojson": '{"type": "FeatureCollection"}\n',
    "content-after-end.geojson": VALID + '{"type": "FeatureCollection", "features": []}\n',
    "nan-coordinate.geojson": collection(geometry('{"type": "Point", "coordinates": [NaN, 48.5]}')),
    "infinity-coordinate.geojson": collection(geometry('{"type": "Point", "coordinates": [Infinity, 48.5]}')),
    "duplicate-object-keys.geojson": collection(place(props='{"name": "Bad", "name": "Worse"}')),
    "comment.geojson": collection(place()).replace("[\n", "[\n// a comment\n", 1),
    "trailing-comma.geojson": collection(place()).replace("\n]}", ",\n]}"),
    "single-quotes.geojson": collection("{'type': 'Feature'}"),
    "nesting-10000.geojson": '{"type": "FeatureCollection", "features": [\n' + GOOD + ',\n'
    + place(extra=', "deep": ' + "[" * 10000 + "]" * 10000) + '\n]}\n',
    "string-over-1mib.geojson": collection(place(extra=', "story": "' + "a" * (1 << 20 + 0) + 'a"')),
    "number-101-digits.geojson": collection(geometry('{"type": "Point", "coordinates": [3' + "1" * 100 + ', 48.5]}')),
    # Some features skipped (partial load).
    "feature-is-string.geojson": collection('"Bad"'),
    "null-geometry.geojson": collection(geometry("null")),
    "no-geometry.geojson": collection('{"type": "Feature", "id": "bad", "properties": {"name": "Bad"}}'),
    "linestring.geojson": collection(geometry('{"type": "LineString", "coordinates": [[38.0, 48.5], [38.1, 48.6]]}')),
    "polygon.geojson": collection(geometry('{"type": "Polygon", "coordinates": [[[38.0, 48.5], [38.1, 48.6], [38.2, 48.5], [38.0, 48.5]]]}')),
    "multipoint.geojson": collection(geometry('{"type": "MultiPoint", "coordinates": [[38.0, 48.5], [38.1, 48.6]]}')),
    "geometry-collection.geojson": collection(geometry('{"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [38.0, 48.5]}]}')),
    "coordinates-as-strings.geojson": collection(geometry('{"type": "Point", "coordinates": ["38.0", "48.5"]}')),
    "coordinate-1e400.geojson": collection(geometry('{"type": "Point", "coordinates": [1e400, 48.5]}')),
    "lat-lon-swapped.geojson": collection(geometry('{"type": "Point", "coordinates": [-33.8688, 151.2093]}')),
    "longitude-out-of-range.geojson": collection(geometry('{"type": "Point", "coordinates": [238.0, 48.5]}')),
    "one-coordinate.geojson": collection(geometry('{"type": "Point", "coordinates": [38.0]}')),
    "duplicate-ids.geojson": collection(place(fid='"lysychansk"')),
    "empty-id.geojson": collection(place(fid='""')),
    "feature-type-lowercase.geojson": collection(place().replace('"Feature"', '"feature"', 1)),
    "properties-null.geojson": collection(place(props="null")),
    "name-missing.geojson": collection(place(props='{"control": []}')),
    "name-not-string.geojson": collection(place(props='{"name": 42}')),
    "control-not-sorted.geojson": collection(place(control='[{"from": "2022-05-08", "status": "ukraine", "sources": ' + SRC + '}, {"from": "2022-03-01", "status": "russia", "sources": ' + SRC + '}]')),
    "control-same-date.geojson": collection(place(control='[{"from": "2022-05-08", "status": "ukraine", "sources": ' + SRC + '}, {"from": "2022-05-08", "status": "russia", "sources": ' + SRC + '}]')),
    "control-not-array.geojson": collection(place(control='{"from": "2022-05-08"}')),
    "status-capitalised.geojson": collection(status("Ukraine")),
    "status-uppercase.geojson": collection(status("RUSSIA")),
    "status-ukrainian.geojson": collection(status("україна")),
    "status-russian.geojson": collection(status("Россия")),
    "status-unknown-written.geojson": collection(status("unknown")),
    "date-february-30.geojson": collection(date("2022-02-30")),
    "date-dotted.geojson": collection(date("24.06.2022")),
    "date-month-only.geojson": collection(date("2022-06")),
    "date-timestamp.geojson": collection(date("2022-06-24T10:00:00Z")),
    "note-without-sources.geojson": collection(note('{"date": "2022-03-01", "text": "Shelling."}')),
    "note-empty-sources.geojson": collection(note('{"date": "2022-03-01", "text": "Shelling.", "sources": []}')),
    "control-without-sources.geojson": collection(place(control='[{"from": "2022-02-24", "status": "ukraine"}]')),
    "source-is-string.geojson": collection(place(control='[{"from": "2022-02-24", "status": "ukraine", "sources": ["ISW"]}]')),
    "url-javascript.geojson": collection(url("javascript:alert(1)")),
    "url-file.geojson": collection(url("file:///etc/passwd")),
    "url-data.geojson": collection(url("data:text/html,<script>alert(1)</script>")),
    "population-negative.geojson": collection(place(extra=', "population": -5')),
    "population-huge.geojson": collection(place(extra=', "population": 123456789012345678901234567890')),
    "kind-unknown.geojson": collection(place(extra=', "kind": "hamlet"')),
    # Loads, with notices.
    "utf8-bom.geojson": b"\xef\xbb\xbf" + VALID.encode("utf-8"),
    "coordinates-3d.geojson": collection(geometry('{"type": "Point", "coordinates": [38.0, 48.5, 120.0]}')),
    "numeric-id.geojson": collection(place(fid="17")),
    "html-in-text.geojson": collection(note('{"date": "2022-03-01", "text": "<b>bold</b> <script>alert(1)</script> [link](javascript:alert(1))", "sources": ' + SRC + '}')),
    "coverage-bad-date.geojson": covered('{"Luhansk Oblast": "31.05.2024"}'),
    "coverage-unknown-oblast.geojson": covered('{"Luhansk Oblast": "2024-05-31", "Luhansk": "2024-05-31"}'),
    "coverage-not-object.geojson": covered('"2024-05-31"'),
    "one-mb-note.geojson": collection(note('{"date": "2022-03-01", "text": "' + "b" * 1_000_000 + '", "sources": ' + SRC + '}')),
}


def generic():
    """Points exported by another GIS tool: name only, no ids, no control, extra members."""
    cities = [("Kramatorsk", 37.5847, 48.7389), ("Sloviansk", 37.6164, 48.8533),
              ("Bakhmut", 38.0003, 48.5947), ("Pokrovsk", 37.1753, 48.2819)]
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                 "properties": {"name": n, "marker-color": "#7e7e7e", "osm_id": 1000 + i}}
                for i, (n, lon, lat) in enumerate(cities)]
    return json.dumps({"type": "FeatureCollection", "name": "export", "crs": {"type": "name",
                       "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
                       "features": features}, indent=1, ensure_ascii=False) + "\n"


FILES["generic-points-name-only.geojson"] = generic()

os.makedirs(OUT, exist_ok=True)
for name, content in FILES.items():
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
print(len(FILES), "files")
