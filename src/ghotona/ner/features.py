"""Token features for the NER taggers (CRF and perceptron share them).

Everything that depends on one word only — the word, its stem and suffixes from
:func:`ghotona.text.morph.split`, prefixes and suffixes of 1-4 characters, the word shape, digits,
and membership in the gazetteer, the actor lexicon and the person cues — is computed once per
distinct word and cached, together with the strings the word contributes to its neighbours'
features (±3).  Per sentence only the context lists are joined and multi-word lexicon matches
(``প্রধান উপদেষ্টা``, ``মেজর জেনারেল``, ``নারায়ণগঞ্জ সদর``) are marked.

Features are plain strings (binary CRFsuite attributes).  The word's cluster numbers (``c64=17``,
``c256=…``, ``c1024=…``; ``c=unk`` for a word the table lacks) come from a table learnt from
unlabeled text (:mod:`ghotona.ner.clusters`).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from .. import resources
from ..text.morph import candidates, is_verb, split as morph_split
from ..text.normalize import normalize_term
from .clusters import clusters_of, key_of, table as cluster_table

_BN_DIGITS = "০১২৩৪৫৬৭৮৯"

#: feature groups beyond the original set, chosen on dev (MODEL.md): words ±3 (``ctx3``), stems ±2
#: (``st2``), stem bigrams (``sbg``), the word's own distributional clusters (``cl``,
#: :mod:`ghotona.ner.clusters`), whether an unknown word is a dictionary headword and its parts of
#: speech (``dict``, ``resources/dictionary_words.tsv``; also ±1 for every word).  Tried and not
#: kept: clusters of the neighbours ±1 (``clc``) and ±2 (``cl2``).
EXTRA = frozenset({"ctx3", "st2", "sbg", "cl", "dict"})
#: neighbours whose spelling features (:mod:`ghotona.ner.spelling`) a token also reads; (-1, 1)
#: was tried and lost on three of the four dev splits (MODEL.md), so none
SPELLING_CONTEXT: tuple[int, ...] = ()
#: context offsets whose words give features
CTX = (-3, -2, -1, 1, 2, 3) if "ctx3" in EXTRA else (-2, -1, 1, 2)


def _shape_char(ch: str) -> str:
    if "\u0980" <= ch <= "\u09ff":
        if ch in _BN_DIGITS:
            return "d"
        if "\u09be" <= ch <= "\u09cd" or ch in "\u0981\u0982\u0983\u09d7\u09bc":
            return "v"  # vowel sign, hasanta, chandrabindu …
        return "b"
    if ch.isdigit():
        return "d"
    if ch.isalpha():
        return "X" if ch.isupper() else "x"
    return ch


def shape(word: str) -> str:
    """Character classes with repeats collapsed: ``ঢাকা`` → ``bvbv``, ``২০২৪`` → ``d``,
    ``RAB-এর`` → ``X-bv``.  Long words are cut to 8 classes."""
    out: list[str] = []
    for ch in word:
        c = _shape_char(ch)
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:8])


@lru_cache(maxsize=1)
def lexicons() -> tuple[dict[str, str], dict[str, str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """(single-word actor terms → kind, single-word person cues → kind,
    first word → [(words, feature)] for multi-word actor terms, person cues and place names)."""
    actors: dict[str, str] = {}
    cues: dict[str, str] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}

    def add_multi(words: tuple[str, ...], feat: str) -> None:
        multi.setdefault(words[0], []).append((words, feat))

    for name, single, tag, default in (("actors.tsv", actors, "act", "actor"), ("person_cues.tsv", cues, "cue", "cue")):
        for row in resources.read_tsv(name):
            term = normalize_term(row["term"])
            words = tuple(term.split())
            kind = row.get("kind") or default
            if len(words) == 1:
                single.setdefault(term, kind)
            elif words:
                add_multi(words, f"{tag}:{kind}")
    from ..geo.gazetteer import Gazetteer

    for alias in Gazetteer.load().aliases():
        words = tuple(alias.split())
        # Bengali multi-word place names only (Latin ones are matched case-folded below).
        if 1 < len(words) <= 4:
            add_multi(words, "gaz")
    for lst in multi.values():
        lst.sort(key=lambda x: -len(x[0]))
    return actors, cues, multi


@lru_cache(maxsize=1)
def dictionary() -> dict[str, str]:
    """Dictionary headword → its parts of speech (``noun,adj``; ``-`` when the dictionary gives
    none), from ``resources/dictionary_words.tsv`` (tools/build_dictionary_words.py)."""
    return {row["term"]: row["pos"] or "-" for row in resources.iter_tsv("dictionary_words.tsv")}


def _dict_pos(word: str, stem: str) -> str | None:
    """The parts of speech of the first of the word, its stem and its next split candidates that
    the dictionary lists (a name the tagger never saw is rarely a dictionary word)."""
    d = dictionary()
    for cand in (word, stem, *candidates(word)[1:3]):
        pos = d.get(cand)
        if pos:
            return pos
    return None


@lru_cache(maxsize=1)
def _gazetteer():
    from ..geo.gazetteer import Gazetteer

    return Gazetteer.load()


def _gaz_feature(word: str, stem: str) -> str | None:
    gz = _gazetteer()
    for cand in (stem, word, *candidates(word)[1:3]):
        places = gz.lookup(cand)
        if places:
            return places[0].feature or "place"
    return None


#: what an unknown word's identity features read instead of the word (``w=<unk>``)
UNK = "<unk>"


def vocabulary(sentences: Iterable[Sequence[str]], min_count: int) -> frozenset[str]:
    """The words (table keys, :func:`ghotona.ner.clusters.key_of`) seen at least ``min_count``
    times.  Training treats every other word as unknown — its identity features (word, stem,
    bigrams, clusters) replaced by ``<unk>`` — so the model learns what a name it has never seen
    looks like from the words it saw once; tagging does the same with the model's vocabulary."""
    counts = Counter(key_of(t) for tokens in sentences for t in tokens)
    return frozenset(k for k, c in counts.items() if c >= min_count)


class WordFeatures:
    """The cached features of one word: its own, and what it gives each neighbour.  ``key`` is the
    word (for multi-word lexicon matches); ``ident`` and ``ident_stem`` are what the bigram
    features read (``<unk>`` for an unknown word)."""

    __slots__ = ("own", "ctx", "stem", "key", "ident", "ident_stem")

    def __init__(self, own: list[str], ctx: dict[int, list[str]], stem: str, key: str,
                 ident: str | None = None, ident_stem: str | None = None):
        self.own = own
        self.ctx = ctx
        self.stem = stem
        self.key = key
        self.ident = key if ident is None else ident
        self.ident_stem = stem.lower() if ident_stem is None else ident_stem


@lru_cache(maxsize=1 << 17)
def word_features(word: str, is_punct: bool, domain: str | None = None, unknown: bool = False
                  ) -> WordFeatures:
    """The cached features of one word.  With ``domain`` every feature also appears prefixed by
    it (``R|w=ঢাকা``): "frustratingly easy" domain adaptation, which lets two corpora with
    different annotation conventions share what they agree on.  ``unknown``: a word outside the
    model's vocabulary (:func:`vocabulary`): word, stem and cluster read ``<unk>``; its spelling
    (affixes, character trigrams, shape) and lexicon memberships still count."""
    if domain:
        base = word_features(word, is_punct, None, unknown)
        pre = domain + "|"
        return WordFeatures(base.own + [pre + a for a in base.own],
                            {o: c + [pre + a for a in c] for o, c in base.ctx.items()}, base.stem, base.key,
                            base.ident, base.ident_stem)
    actors, cues, _ = lexicons()
    low = word.lower()
    if is_punct:
        stem, suffixes = word, ()
    else:
        stem, suffixes = morph_split(word)
        stem = stem or word
    unknown = unknown and not is_punct
    ident = UNK if unknown else low
    ident_stem = UNK if unknown else stem.lower()
    f = ["b", "w=" + ident, "sh=" + shape(word)]
    if unknown:
        f.append("unk")
    if is_punct:
        f.append("punct")
    else:
        f.append("st=" + ident_stem)
        if suffixes:
            f.append("sf=" + "+".join(suffixes))
            f.append("sfl=" + suffixes[-1])
        else:
            f.append("sf=")
        n = len(low)
        for k in range(1, 5):
            if n > k:
                f.append(f"p{k}=" + low[:k])
                f.append(f"s{k}=" + low[-k:])
        if stem != word and len(stem) > 2:
            f.append("ss2=" + stem[-2:])
            f.append("ss3=" + stem[-3:])
        sl = stem.lower()  # inner character trigrams of the stem (sorted: a reproducible order)
        f.extend(sorted({"c3=" + sl[k:k + 3] for k in range(1, len(sl) - 3)}))
        f.append("len=" + str(min(n, 10)))
    if any(ch.isdigit() for ch in word):
        f.append("dig" if all(ch.isdigit() for ch in word) else "hasdig")
    gaz = _gaz_feature(low, stem.lower()) if not is_punct else None
    act = actors.get(stem) or actors.get(word)
    cue = cues.get(word) or cues.get(stem)
    verb = not is_punct and is_verb(word)
    dpos = _dict_pos(low, stem.lower()) if "dict" in EXTRA and not is_punct else None
    if unknown and "dict" in EXTRA:
        # Only for unknown words: a known word's identity features say more (given to every word,
        # the dictionary cost 0.26 mean dev F1; for unknown words only it gained 0.37; MODEL.md).
        if dpos:
            f.append("dict")
            f.extend("dpos=" + p for p in dpos.split(","))
        else:
            f.append("nodict")
    if gaz:
        f.append("gaz=" + gaz)
    if act:
        f.append("act=" + act)
    if cue:
        f.append("cue=" + cue)
    if verb:
        f.append("verb")
    cl: list[str] = []  # cluster features of this word: "c64=17", … (coarse to fine)
    if "cl" in EXTRA and not is_punct:
        names = cluster_table()[0]
        hit = None if unknown else clusters_of(word, stem)
        cl = [f"{g}={c}" for g, c in zip(names, hit)] if hit else ["c=unk"]
        f.extend(cl)
    ctx: dict[int, list[str]] = {}
    for off in CTX:
        tag = f"{off:+d}"
        c = [tag + "w=" + ident]
        if "st2" in EXTRA and abs(off) == 2 and not is_punct:
            c.append(tag + "st=" + ident_stem)
        if abs(off) == 1:
            if not is_punct:
                c.append(tag + "st=" + ident_stem)
                c.append(tag + "sf=" + ("+".join(suffixes) if suffixes else ""))
            c.append(tag + "sh=" + shape(word))
            if gaz:
                c.append(tag + "gaz")
            if act:
                c.append(tag + "act=" + act)
            if verb:
                c.append(tag + "verb")
            if dpos:
                c.append(tag + "dict")
        if cue:
            c.append(tag + "cue=" + cue)
        if cl and (("clc" in EXTRA and abs(off) == 1) or ("cl2" in EXTRA and abs(off) == 2)):
            c.extend(tag + x for x in (cl if abs(off) == 1 else cl[:2]))
        ctx[off] = c
    return WordFeatures(f, ctx, stem, low, ident, ident_stem)


def is_unknown(word: str, is_punct: bool, vocab: frozenset[str] | None) -> bool:
    """A word outside ``vocab`` (:func:`vocabulary`; None: every word is known); punctuation never."""
    return vocab is not None and not is_punct and key_of(word) not in vocab


def sentence_words(tokens: Sequence[str], is_punct: Sequence[bool], domain: str | None = None,
                   vocab: frozenset[str] | None = None) -> list[WordFeatures]:
    """The cached features of a sentence's words; with ``vocab``, words outside it are unknown."""
    return [word_features(t, p, domain, is_unknown(t, p, vocab)) for t, p in zip(tokens, is_punct)]


_BOS = {o: [f"{o:+d}BOS"] for o in CTX if o < 0}
_EOS = {o: [f"{o:+d}EOS"] for o in CTX if o > 0}


def _multiword(words: Sequence[WordFeatures]) -> list[list[str]]:
    """Multi-word lexicon matches: every word but the last must match exactly, the last by word or
    stem (``প্রধান উপদেষ্টার`` matches ``প্রধান উপদেষ্টা``)."""
    _, _, multi = lexicons()
    n = len(words)
    marks: list[list[str]] = [[] for _ in range(n)]
    for i, wf in enumerate(words):
        cands = multi.get(wf.key)
        if not cands:
            continue
        for terms, feat in cands:
            m = len(terms)
            if i + m > n:
                continue
            ok = True
            for j in range(1, m):
                w = words[i + j]
                if w.key != terms[j] and not (j == m - 1 and w.stem.lower() == terms[j]):
                    ok = False
                    break
            if ok:
                marks[i].append("mwB=" + feat)
                for j in range(1, m):
                    marks[i + j].append("mwI=" + feat)
                break
    return marks


def sentence_features(tokens: Sequence[str], is_punct: Sequence[bool], domain: str | None = None,
                      vocab: frozenset[str] | None = None,
                      spelling: Callable[[str], Sequence[str]] | None = None) -> list[list[str]]:
    """Feature lists for one sentence's tokens (normalised strings); ``vocab``: see
    :func:`vocabulary` (None: every word is known); ``spelling``: word → features of what its
    spelling suggests (:mod:`ghotona.ner.spelling`)."""
    words = sentence_words(tokens, is_punct, domain, vocab)
    n = len(words)
    marks = _multiword(words)
    pre = domain + "|" if domain else ""
    out: list[list[str]] = []
    prev = "<s>"
    sbg = "sbg" in EXTRA
    for i, wf in enumerate(words):
        f = list(wf.own)
        key = wf.ident
        nxt = words[i + 1].ident if i + 1 < n else "</s>"
        extra = ["bg-=" + prev + "|" + key, "bg+=" + key + "|" + nxt] + marks[i]
        if sbg:
            extra.append("sbg-=" + (words[i - 1].ident_stem if i else "<s>") + "|" + wf.ident_stem)
        for off in CTX:
            j = i + off
            if j < 0:
                extra += _BOS[off]
            elif j >= n:
                extra += _EOS[off]
            else:
                f += words[j].ctx[off]
        if spelling is not None:
            if not is_punct[i]:
                extra += spelling(tokens[i])
            for off in SPELLING_CONTEXT:
                j = i + off
                if 0 <= j < n and not is_punct[j]:
                    extra += [f"{off:+d}" + a for a in spelling(tokens[j])]
        f += extra
        if pre:
            f += [pre + a for a in extra]
        out.append(f)
        prev = key
    return out
