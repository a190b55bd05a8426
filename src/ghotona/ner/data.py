"""The two open Bengali NER sets, read, cleaned and mapped to one scheme, with fixed splits.

Sources (read-only, in ``../shared/data``; never copied into the package):

* ``ner-rifat1493/{train,test}_data.txt`` (MIT): ``token<TAB>tag`` lines, a blank line between
  sentences, UTF-8 with a BOM; tags B/I-PER, B/I-LOC, B/I-ORG and a bare ``TIM``.
* ``ner-banglakit/main.jsonl`` (CC0): one ``[sentence, tags]`` per line, BILOU tags over spaCy-style
  tokens; PERSON, ORG, GPE, DATE, LAW.

The common scheme is BIO over four types: **PER, ORG, LOC, TIME**.  PERSON→PER, GPE→LOC,
DATE→TIME, rifat's TIM→TIME (a run of TIM tokens is one TIME span), and **LAW→O** (the stage emits
only PER/ORG/LOC/TIME, rifat1493 has no such type, and a statute is not an actor or a place).

Every sentence is re-tokenised the way the pipeline tokenises running text: the gold tokens are
joined (rifat1493: with single spaces; banglakit: the sentence as given), the text is normalised
with :func:`ghotona.text.normalize.normalize`, cut with ghotona's tokenizer, and the gold entities,
as character spans, are projected onto ghotona's tokens.  So a model sees at training time exactly
the token strings, stems and suffixes it will see in the ``tokens`` layer.

Label cleaning (rifat1493; each rule is counted in :class:`CleaningStats`):

1. **Malformed lines.**  A line with an empty token (``<TAB>O``) is dropped.  A line's fields are
   its tab-separated non-empty parts.  The token is the first field; the tag the last field when it is a known tag (``২০০৭<TAB>TIM<TAB>`` and
   ``রোনালদোরই<TAB><TAB>B-PER`` are read as TIM and B-PER).  A token with a tag glued to it and no
   tag field (``ফেব্রুয়ারিরTIM<TAB>``) is split.  A token with no tag at all (``ফারুক<TAB>``) is O.
2. **B-X B-X.**  Bengali inflects only the last word of a name, so a B-X right after a token of
   type X is read from the earlier token's ending: if that token carries a case or particle
   suffix (by :func:`ghotona.text.morph.split`), the two are separate names and both stay B
   (``গাজীপুরের/B-LOC কালিয়াকৈর/B-LOC`` = Gazipur, Kaliakair); if it is uninflected the second
   tag continues the name and becomes I-X (``এ/B-PER কে/B-PER এম/B-PER কাউছার/I-PER``,
   ``প্রথম/B-ORG আলোকে/B-ORG``, ``মিল্ক/B-ORG ভিটা/B-ORG``).
3. **I-X without B-X.**  After O, a sentence start, or after a different type on an inflected
   token, I-X begins a new name (conlleval's reading): it becomes B-X.
4. **Mixed types inside one name.**  I-X right after an *uninflected* token of another type Y
   (``ঢাকা/B-LOC বিশ্ববিদ্যালয়ের/I-ORG``, ``বাংলাদেশ/B-LOC ইন্ডাস্ট্রিয়াল/I-ORG ফিন্যান্স/I-ORG``) joins
   one name; the whole name takes the type of its last token (Bengali noun phrases are
   head-final: Dhaka University is an ORG).

banglakit repeats 436 of its 3,545 sentences; only the first copy is kept (before the split, so
no test sentence is also a training sentence).  Its BILOU is read leniently the same way (B/U
start, I/L continue the same type, an I/L without an open span of its type starts one).  Its sentences are aligned to spaCy-style tokens; a
sentence whose token count cannot be reproduced is dropped and counted.

Splits: rifat1493 test is ``test_data.txt`` as is; ``train_data.txt`` is cut into train and a
seeded 10 % dev split for model selection.  banglakit: a seeded 20 % test split, and a seeded 10 %
of the remaining 80 % as dev.  The seeds and fractions are constants below; the final model may be
trained on train + dev once settings are chosen.
"""
from __future__ import annotations

import bisect
import json
import os
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..text.morph import split as morph_split
from ..text.normalize import normalize
from ..text.segment import PUNCT_KINDS, tokenize_text

TYPES = ("PER", "ORG", "LOC", "TIME")
LABELS = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in "BI")

SEED = 20240601
BANGLAKIT_TEST_FRACTION = 0.2
DEV_FRACTION = 0.1

RIFAT_TAGS = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "TIM"}
RIFAT_TYPE = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "TIM": "TIME"}
BANGLAKIT_TYPE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "DATE": "TIME", "LAW": None}


@dataclass
class Sentence:
    """One sentence in ghotona's tokenisation: normalised token strings, their kinds (``word``,
    ``num``, ``punct`` … as :func:`ghotona.text.segment.tokenize_text` gives them) and BIO tags."""

    tokens: list[str]
    kinds: list[str]
    tags: list[str]
    source: str = ""
    index: int = -1

    @property
    def is_punct(self) -> list[bool]:
        return [k in PUNCT_KINDS for k in self.kinds]


@dataclass
class CleaningStats:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def __str__(self) -> str:
        return ", ".join(f"{k}: {v}" for k, v in sorted(self.counts.items()))


# --- locating the data ------------------------------------------------------------------------------
def data_dir(path: str | os.PathLike | None = None) -> Path:
    """The shared data folder: ``path`` if given, else ``$GHOTONA_SHARED/data``, else
    ``../shared/data`` from the working directory, else from the repository root."""
    if path is not None:
        return Path(path)
    candidates = []
    if os.environ.get("GHOTONA_SHARED"):
        candidates.append(Path(os.environ["GHOTONA_SHARED"]) / "data")
    candidates.append(Path.cwd().parent / "shared" / "data")
    candidates.append(Path(__file__).resolve().parents[4] / "shared" / "data")
    for c in candidates:
        if (c / "ner-rifat1493").is_dir() or (c / "ner-banglakit").is_dir():
            return c
    return candidates[0]


# --- projection onto ghotona tokens ---------------------------------------------------------------
def project(text: str, spans: list[tuple[int, int, str]], source: str = "", index: int = -1,
            stats: CleaningStats | None = None) -> Sentence:
    """Normalise ``text``, tokenise it like the pipeline, and give each token the BIO tag of the
    entity span (character offsets into ``text``) it overlaps.  Punctuation at a name's edges is
    left outside (``‘শাহবাগ’`` → ``শাহবাগ``)."""
    norm, n2o = normalize(text)
    toks = tokenize_text(norm)
    if n2o is not None:
        def to_norm(o: int) -> int:
            return bisect.bisect_left(n2o, o)
    else:
        def to_norm(o: int) -> int:
            return o
    tags = ["O"] * len(toks)
    for start, end, label in spans:
        a, b = to_norm(start), to_norm(end)
        inside = [i for i, (s, e, k) in enumerate(toks) if s < b and e > a]
        # trim punctuation at the edges
        while inside and toks[inside[0]][2] in PUNCT_KINDS:
            inside.pop(0)
        while inside and toks[inside[-1]][2] in PUNCT_KINDS:
            inside.pop()
        if not inside:
            if stats is not None:
                stats.add("entity lost in re-tokenisation")
            continue
        if any(tags[i] != "O" for i in inside):
            if stats is not None:
                stats.add("entities sharing a token (first kept)")
            continue
        tags[inside[0]] = "B-" + label
        for i in range(inside[0] + 1, inside[-1] + 1):
            tags[i] = "I-" + label
    return Sentence([norm[s:e] for s, e, _ in toks], [k for _, _, k in toks], tags, source, index)


def spans_from_tokens(tokens: list[str], typed: list[tuple[int, int, str]]) -> tuple[str, list]:
    """Join tokens with single spaces; token-index spans → character spans."""
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    text = " ".join(tokens)
    return text, [(starts[a], starts[b - 1] + len(tokens[b - 1]), lab) for a, b, lab in typed]


# --- rifat1493 -----------------------------------------------------------------------------------
_GLUED = re.compile(r"^(.+?)(B-PER|I-PER|B-LOC|I-LOC|B-ORG|I-ORG|TIM)$")


def _parse_rifat_line(line: str, stats: CleaningStats) -> tuple[str, str] | None:
    parts = [p.strip() for p in line.split("\t")]
    fields = [p for p in parts if p]
    if not parts[0]:
        stats.add("malformed: empty token, line dropped")
        return None
    token = fields[0]
    if len(parts) != 2 or not parts[1]:
        stats.add("malformed line")
    if len(fields) >= 2 and fields[-1] in RIFAT_TAGS:
        return token, fields[-1]
    m = _GLUED.match(token)
    if m:
        stats.add("malformed: tag glued to token, split")
        return m.group(1), m.group(2)
    stats.add("malformed: no tag, read as O")
    return token, "O"


def read_rifat_raw(path: Path, stats: CleaningStats | None = None) -> list[list[tuple[str, str]]]:
    """Sentences of ``(token, tag)`` as in the file (malformed lines repaired, rule 1)."""
    stats = stats if stats is not None else CleaningStats()
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\r\n").lstrip("\ufeff")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parsed = _parse_rifat_line(line, stats)
            if parsed is not None:
                cur.append(parsed)
    if cur:
        sents.append(cur)
    return sents


def _inflected(token: str) -> bool:
    return bool(morph_split(normalize(token)[0].strip())[1])


def clean_rifat_tags(tokens: list[str], tags: list[str], stats: CleaningStats | None = None
                     ) -> list[tuple[int, int, str]]:
    """Rules 2-4: typed token-index spans ``(first, last + 1, TYPE)`` from one sentence's tags."""
    stats = stats if stats is not None else CleaningStats()
    spans: list[list] = []  # [first, end, [types of tokens]]
    prev_type: str | None = None  # type of the previous token if it is inside a span
    for i, (_tok, tag) in enumerate(zip(tokens, tags)):
        if tag == "O":
            prev_type = None
            continue
        if tag == "TIM":
            if prev_type == "TIME":
                spans[-1][1] = i + 1
            else:
                spans.append([i, i + 1, ["TIME"]])
            prev_type = "TIME"
            continue
        prefix, typ = tag.split("-", 1)
        typ = RIFAT_TYPE[typ]
        if prev_type is None or prev_type == "TIME":
            if prefix == "I":
                stats.add("I- without B- → B-")
            spans.append([i, i + 1, [typ]])
        elif prefix == "B" and prev_type == typ:
            if _inflected(tokens[i - 1]):
                spans.append([i, i + 1, [typ]])
                stats.add("B-X B-X kept apart (inflected first name)")
            else:
                spans[-1][1] = i + 1
                spans[-1][2].append(typ)
                stats.add("B-X B-X joined (uninflected first word)")
        elif prefix == "B":
            spans.append([i, i + 1, [typ]])
        elif prev_type == typ:
            spans[-1][1] = i + 1
            spans[-1][2].append(typ)
        elif _inflected(tokens[i - 1]):
            stats.add("I- without B- → B-")
            spans.append([i, i + 1, [typ]])
        else:
            stats.add("mixed types in one name → type of last word")
            spans[-1][1] = i + 1
            spans[-1][2].append(typ)
        prev_type = typ
    return [(a, b, types[-1]) for a, b, types in spans]


def read_rifat(path: Path, source: str = "rifat1493", stats: CleaningStats | None = None
               ) -> list[Sentence]:
    stats = stats if stats is not None else CleaningStats()
    out = []
    for n, sent in enumerate(read_rifat_raw(path, stats)):
        tokens = [t for t, _ in sent]
        typed = clean_rifat_tags(tokens, [g for _, g in sent], stats)
        text, spans = spans_from_tokens(tokens, typed)
        out.append(project(text, spans, source, n, stats))
    return out


def read_rifat_uncleaned(path: Path, source: str = "rifat1493-raw") -> list[Sentence]:
    """The same sentences with only rule 1 applied and the tags read as conlleval reads them
    (B-X B-X are two names, I-X after another type starts one): for comparison with scores that
    were computed on the file as published."""
    stats = CleaningStats()
    out = []
    for n, sent in enumerate(read_rifat_raw(path, stats)):
        tokens = [t for t, _ in sent]
        typed: list[tuple[int, int, str]] = []
        prev = None
        for i, (_, tag) in enumerate(sent):
            if tag == "O":
                prev = None
                continue
            if tag == "TIM":
                typ, begin = "TIME", prev != "TIME"
            else:
                p, t = tag.split("-", 1)
                typ, begin = RIFAT_TYPE[t], p == "B" or prev != RIFAT_TYPE[t]
            if begin:
                typed.append((i, i + 1, typ))
            else:
                typed[-1] = (typed[-1][0], i + 1, typ)
            prev = typ
        text, spans = spans_from_tokens(tokens, typed)
        out.append(project(text, spans, source, n))
    return out


# --- banglakit -----------------------------------------------------------------------------------
def _spacy_like_tokens(sentence: str, variant: int) -> list[tuple[int, int]]:
    """Token spans that reproduce the spaCy tokenisation banglakit's tags are aligned to.  spaCy
    makes a token of every extra space; variants 1-2 also split hyphens and abbreviation dots."""
    spans = [(a, b) for a, b, _ in tokenize_text(sentence)]
    if variant >= 1:
        out = []
        for a, b in spans:
            piece = sentence[a:b]
            if "-" in piece and len(piece) > 1:
                pos = a
                for part in re.split(r"(-)", piece):
                    if part:
                        out.append((pos, pos + len(part)))
                    pos += len(part)
            elif variant >= 2 and piece.endswith(".") and len(piece) > 1 and piece not in ("মো.", "ড.", "ডা."):
                out.extend([(a, b - 1), (b - 1, b)])
            else:
                out.append((a, b))
        spans = out
    for m in re.finditer(r"\s{2,}", sentence):
        a, b = m.span()
        if b == len(sentence):
            continue
        spans.append((a + 1, b) if a > 0 else (a, b))
    spans.sort()
    return spans


def bilou_spans(tags: list[str], types: dict[str, str | None]) -> list[tuple[int, int, str]]:
    """Token-index spans from BILOU (read leniently; types mapped, None dropped)."""
    out: list[tuple[int, int, str]] = []
    open_type: str | None = None
    for i, tag in enumerate(tags):
        if tag == "O" or "-" not in tag:
            open_type = None
            continue
        p, t = tag.split("-", 1)
        if p in ("B", "U") or open_type != t:
            out.append((i, i + 1, t))
        else:
            out[-1] = (out[-1][0], i + 1, t)
        open_type = t if p in ("B", "I") else None
    return [(a, b, types[t]) for a, b, t in out if types.get(t)]


def read_banglakit(path: Path, source: str = "banglakit", stats: CleaningStats | None = None
                   ) -> list[Sentence]:
    stats = stats if stats is not None else CleaningStats()
    out = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if not line.strip():
                continue
            sentence, tags = json.loads(line)
            if sentence.strip() in seen:
                stats.add("banglakit: duplicate sentence dropped")
                out.append(None)
                continue
            seen.add(sentence.strip())
            for variant in range(3):
                toks = _spacy_like_tokens(sentence, variant)
                if len(toks) == len(tags):
                    break
            else:
                stats.add("banglakit: sentence not alignable, dropped")
                out.append(None)  # keeps indices stable for the seeded split
                continue
            if variant:
                stats.add(f"banglakit: aligned with variant {variant}")
            lawless = [t for t in tags if t.endswith("-LAW")]
            if lawless:
                stats.add("banglakit: LAW tokens → O", len(lawless))
            spans = [(toks[a][0], toks[b - 1][1], lab) for a, b, lab in bilou_spans(tags, BANGLAKIT_TYPE)]
            out.append(project(sentence, spans, source, n, stats))
    return out  # type: ignore[return-value]


# --- splits --------------------------------------------------------------------------------------
def _shuffled_indices(n: int, salt: str) -> list[int]:
    idx = list(range(n))
    random.Random(f"{SEED}:{salt}").shuffle(idx)
    return idx


@dataclass
class Splits:
    train: list[Sentence]
    dev: list[Sentence]
    tests: dict[str, list[Sentence]]
    stats: CleaningStats
    train_parts: dict[str, int] = field(default_factory=dict)


#: how rifat1493's dev part is cut from ``train_data.txt``: ``random`` sentences (seeded), or its
#: last 10 % (``tail``: whole stories the training part never saw, as in ``test_data.txt``)
DEV_SPLITS = ("random", "tail")


def load_splits(path: str | os.PathLike | None = None, sources: Iterable[str] = ("rifat1493", "banglakit"),
                dev_split: str = "random") -> Splits:
    """Train (both sets' training parts), dev (both sets' dev parts) and the two test sets."""
    if dev_split not in DEV_SPLITS:
        raise ValueError(f"dev_split must be one of {DEV_SPLITS}, not {dev_split!r}")
    root = data_dir(path)
    stats = CleaningStats()
    train: list[Sentence] = []
    dev: list[Sentence] = []
    tests: dict[str, list[Sentence]] = {}
    parts: dict[str, int] = {}
    sources = tuple(sources)
    if "rifat1493" in sources:
        r_train = read_rifat(root / "ner-rifat1493" / "train_data.txt", "rifat1493", stats)
        tests["rifat1493"] = read_rifat(root / "ner-rifat1493" / "test_data.txt", "rifat1493", stats)
        n_dev = round(DEV_FRACTION * len(r_train))
        if dev_split == "tail":
            dev_ids = set(range(len(r_train) - n_dev, len(r_train)))
        else:
            dev_ids = set(_shuffled_indices(len(r_train), "rifat1493-dev")[:n_dev])
        dev += [s for i, s in enumerate(r_train) if i in dev_ids]
        part = [s for i, s in enumerate(r_train) if i not in dev_ids]
        train += part
        parts["rifat1493"] = len(part)
    if "banglakit" in sources:
        b_all = read_banglakit(root / "ner-banglakit" / "main.jsonl", "banglakit", stats)
        order = _shuffled_indices(len(b_all), "banglakit-test")
        n_test = round(BANGLAKIT_TEST_FRACTION * len(b_all))
        test_ids = set(order[:n_test])
        rest = [i for i in order[n_test:]]
        n_dev = round(DEV_FRACTION * len(rest))
        dev_ids = set(rest[:n_dev])
        tests["banglakit"] = [s for i, s in enumerate(b_all) if i in test_ids and s is not None]
        dev += [s for i, s in enumerate(b_all) if i in dev_ids and s is not None]
        part = [s for i, s in enumerate(b_all) if i not in test_ids and i not in dev_ids and s is not None]
        train += part
        parts["banglakit"] = len(part)
    return Splits(train, dev, tests, stats, parts)

