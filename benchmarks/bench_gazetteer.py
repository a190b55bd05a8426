"""Gazetteer speed: cold load time, alias lookups per second, and place finding in running text.

    python benchmarks/bench_gazetteer.py
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

COLD = "import time; t=time.perf_counter(); from ghotona.geo.gazetteer import Gazetteer; g=Gazetteer.load(); " \
       "a=time.perf_counter(); g.find_places('ঢাকা'); print(a-t, time.perf_counter()-a)"


def main() -> None:
    runs = [tuple(map(float, subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True,
                                            cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src")}).stdout.split()))
            for _ in range(3)]
    load = min(r[0] for r in runs)
    auto = min(r[1] for r in runs)
    print(f"cold load (import + TSVs): {load:.3f} s; automaton build on first text match: {auto:.3f} s")
    from ghotona.geo.gazetteer import Gazetteer
    from ghotona.geo.places import place_entities
    from ghotona.api import text_pipeline
    from ghotona.doc import Document
    from ghotona.options import Options

    g = Gazetteer.load()
    words = ["ঢাকা", "ইরবিল", "কক্স বাজার", "নেই", "মার্কিন", "মুর্শিদাবাদ", "গাজা", "কোম্পানীগঞ্জ", "xyz"] * 20000
    t = time.perf_counter()
    for w in words:
        g.lookup(w)
    print(f"lookups: {len(words) / (time.perf_counter() - t):,.0f}/s")
    path = ROOT.parent / "shared" / "data" / "news-bdnews" / "articles-bn.jsonl"
    if path.exists():
        texts = [json.loads(line)["article"] for line in path.open(encoding="utf-8")]
        chars = sum(map(len, texts))
        t = time.perf_counter()
        n = sum(len(g.find_places(x)) for x in texts)
        s = time.perf_counter() - t
        print(f"find_places over news-bdnews: {n} mentions, {chars / s / 1e6:.2f} M chars/s")
        pipe = text_pipeline()
        docs = [pipe(Document(x), Options()) for x in texts]
        t = time.perf_counter()
        n = sum(len(place_entities(d)) for d in docs)
        s = time.perf_counter() - t
        print(f"place entities with disambiguation: {n} places, {len(docs) / s:,.0f} articles/s")


if __name__ == "__main__":
    main()
