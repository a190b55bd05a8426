"""Rewrite the hand-written TSV resources in the project's normalised spelling, in place.

    python tools/normalize_resources.py [FILE ...]     # default: every src/ghotona/resources/*.tsv

Editors and keyboards often type য় as য + nukta or leave ZWNJ in; the lexicons must match
normalised running text, so data lines (not the # comment header) go through
ghotona.text.normalize. The generated gazetteer files are left to their build script.
"""
from __future__ import annotations

import sys
from pathlib import Path

from ghotona.text.normalize import normalize

# normalize.tsv spells out the raw sequences it rewrites; suffixes.tsv notes cite raw forms.
KEEP = {"normalize.tsv", "suffixes.tsv"}
RES = Path(__file__).resolve().parents[1] / "src" / "ghotona" / "resources"


def main(paths: list[str]) -> None:
    files = [Path(p) for p in paths] or [p for p in sorted(RES.glob("*.tsv")) if p.name not in KEEP]
    for path in files:
        lines = path.read_text(encoding="utf-8").split("\n")
        out = [line if line.startswith("#") or not line else normalize(line)[0] for line in lines]
        if out != lines:
            path.write_text("\n".join(out), encoding="utf-8")
            print(f"normalised {path.name}: {sum(a != b for a, b in zip(lines, out))} lines")


if __name__ == "__main__":
    main(sys.argv[1:])
