"""Throughput of ghotona over the shared corpora: articles/s, MB/s and peak memory.

    python benchmarks/bench_pipeline.py                 # text layer and full pipeline, both corpora
    python benchmarks/bench_pipeline.py --stage text    # normalize + segment + numbers + dates only
    python benchmarks/bench_pipeline.py --repeat 3      # best of three passes
    python benchmarks/bench_pipeline.py --no-breakdown  # skip the per-stage pass

After the full pipeline on each corpus, a separate pass times every stage on its own and prints
ms/article per stage (the stages run in order, exactly as the pipeline runs them).

Resources are loaded once before timing (a warm-up article); the figures are for one core.
"""
from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghotona.api import default_pipeline, text_pipeline  # noqa: E402
from ghotona.doc import Document  # noqa: E402
from ghotona.inputs import iter_documents  # noqa: E402
from ghotona.options import Options  # noqa: E402

CORPORA = {
    "news-bdnews": ROOT.parent / "shared" / "data" / "news-bdnews" / "articles-bn.jsonl",
    "news-ednil2020": ROOT.parent / "shared" / "data" / "news-ednil2020" / "articles-bn.jsonl",
}


def load(path: Path) -> list[Document]:
    """The corpus's articles as the product reads them (``iter_documents``: the headline as title,
    the publication date, else the one in the URL or the crawl date); records it refuses (empty
    ones) are left out."""
    return list(iter_documents([str(path)], Options(), problems=[]))


def fresh(d: Document) -> Document:
    """An unprocessed copy of a loaded article (each pass processes its own)."""
    return Document(text=d.text, id=d.id, published=d.published, title=d.title, url=d.url)


def run(pipe, docs, repeat: int) -> tuple[float, int]:
    best = float("inf")
    events = 0
    for _ in range(repeat):
        # Streaming, as `ghotona extract` and `ingest` work: each article is built, processed and
        # dropped (keeping all processed documents alive would time the garbage collector instead).
        t0 = time.perf_counter()
        events = 0
        for d in docs:
            events += len(pipe(fresh(d), Options()).events)
        best = min(best, time.perf_counter() - t0)
    return best, events


def breakdown(pipe, docs) -> dict[str, float]:
    """Seconds spent in each stage over one pass of ``docs`` (fresh copies)."""
    spent = {st.name: 0.0 for st in pipe.stages}
    clock = time.perf_counter
    for d in docs:
        doc = fresh(d)
        options = Options()
        for st in pipe.stages:
            t0 = clock()
            doc = st(doc, options)
            spent[st.name] += clock() - t0
    return spent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stage", choices=["text", "full", "both"], default="both")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-breakdown", action="store_true", help="do not time the stages one by one")
    args = ap.parse_args()
    # The interpreter's build moves every figure (a PGO/LTO build such as Debian's python3 runs this
    # pipeline about 15 % faster than a plain source build): say which one ran.
    print(f"python {platform.python_version()} ({platform.python_implementation()}, "
          f"{platform.python_compiler()}, built {platform.python_build()[1]}) at {sys.executable}")
    t0 = time.perf_counter()
    full = default_pipeline()
    text = text_pipeline()
    full(Document("ঢাকায় বিক্ষোভে পুলিশের গুলিতে ২ জন নিহত।"), Options())  # load every resource once
    print(f"resource load (cold, all stages): {time.perf_counter() - t0:.2f} s")
    stages = {"text": [("text layer", text)], "full": [("full pipeline", full)],
              "both": [("text layer", text), ("full pipeline", full)]}[args.stage]
    for name, path in CORPORA.items():
        if not path.exists():
            print(f"{name}: missing ({path})")
            continue
        docs = load(path)
        mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
        for label, pipe in stages:
            seconds, events = run(pipe, docs, args.repeat)
            print(f"{name:15} {label:13} {len(docs):4d} articles {mb:5.2f} MB  "
                  f"{len(docs) / seconds:7.1f} articles/s  {mb / seconds:5.2f} MB/s"
                  + (f"  {events} events" if label == "full pipeline" else ""))
            if label == "full pipeline" and not args.no_breakdown:
                spent = breakdown(pipe, docs)
                total = sum(spent.values())
                parts = "  ".join(f"{k} {1000 * v / len(docs):.2f}" for k, v in spent.items())
                print(f"{'':15} per stage, ms/article: {parts}  (sum {1000 * total / len(docs):.2f})")
    # Peak memory of one full pass with allocation tracing (slower; reported separately).
    docs = load(CORPORA["news-bdnews"]) if CORPORA["news-bdnews"].exists() else []
    tracemalloc.start()
    for d in docs[:200]:
        full(d, Options())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak traced Python memory over 200 articles: {peak / 1e6:.1f} MB; process max RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
