"""Cue lexicons of the event stage, loaded once: counts, attribution, negation, hedging, modality,
anaphora.  Each is a TSV under ``resources/`` (see ``resources/LEXICONS.md``)."""
from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..recognize.lexicon import Lexicon


@lru_cache(maxsize=None)
def lexicon(name: str) -> Lexicon:
    return Lexicon(resources.read_tsv(name))


def count_cues() -> Lexicon:
    return lexicon("count_cues.tsv")


def attribution_cues() -> Lexicon:
    return lexicon("attribution_cues.tsv")


def negation_cues() -> Lexicon:
    return lexicon("negation_cues.tsv")


def hedge_cues() -> Lexicon:
    return lexicon("hedge_cues.tsv")


def modality_cues() -> Lexicon:
    return lexicon("modality_cues.tsv")


def anaphora_cues() -> Lexicon:
    return lexicon("anaphora.tsv")
