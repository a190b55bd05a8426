"""Cue lexicons of the event stage, loaded once: counts, attribution, negation, hedging, modality,
anaphora.  Each is a TSV under ``resources/`` (see ``resources/LEXICONS.md``)."""
from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..recognize.lexicon import Lexicon


@lru_cache(maxsize=None)
def lexicon(name: str, stem: bool = True) -> Lexicon:
    return Lexicon(resources.read_tsv(name), stem=stem)


def count_cues() -> Lexicon:
    return lexicon("count_cues.tsv")


# Verb forms and particles are listed as written; matching their stems would make "প্রাথমিক
# চিকিৎসা" hedge an event (stem of প্রাথমিকভাবে) or any word ending like a negated verb negate one.
def attribution_cues() -> Lexicon:
    return lexicon("attribution_cues.tsv", stem=False)


def negation_cues() -> Lexicon:
    return lexicon("negation_cues.tsv", stem=False)


def hedge_cues() -> Lexicon:
    return lexicon("hedge_cues.tsv", stem=False)


def modality_cues() -> Lexicon:
    return lexicon("modality_cues.tsv", stem=False)


def anaphora_cues() -> Lexicon:
    return lexicon("anaphora.tsv")


def background_cues() -> Lexicon:
    return lexicon("background_cues.tsv", stem=False)


def several_events_cues() -> Lexicon:
    return lexicon("several_events_cues.tsv", stem=False)


def discovery_cues() -> Lexicon:
    return lexicon("discovery_cues.tsv")


def other_event_cues() -> Lexicon:
    return lexicon("other_event_cues.tsv", stem=False)


def tally_cues() -> Lexicon:
    return lexicon("tally_cues.tsv", stem=False)


def turn_cues() -> Lexicon:
    return lexicon("turn_cues.tsv", stem=False)
