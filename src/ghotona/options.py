"""One options object serves the library API, the CLI and (later) the service."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Options:
    # Anchor for relative dates (আজ, গতকাল, সোমবার …) when a document carries none of its own.
    published: dt.date | None = None
    # Articles longer than this (characters) are refused rather than silently truncated.
    max_chars: int = 2_000_000
    # Refuse text with fewer Bengali letters than this share of all letters.
    min_bengali_ratio: float = 0.2
    # Run the learned NER model (ghotona.ner) and let its names feed victims, targets and places.
    # Off by default: it costs ~3 ms an article (the rest of the pipeline ~3 ms) and did not move
    # event F1 on the dev gold split (0.657 with and without); turn it on for richer victims.
    ner: bool = False
    # Also emit the PLOVER types the gold set does not measure yet (verbal and cooperative ones:
    # ACCUSE, REQUEST, REJECT, AGREE, CONSULT, SUPPORT, CONCEDE, AID, COOPERATE, RETREAT). Off by
    # default: unmeasured, and noisy on politics articles (docs/evaluation.md).
    all_types: bool = False
    # Drop events whose learned confidence (ghotona.events.confidence: the chance that an analyst
    # would code the event) is below this; None: the threshold chosen on the dev gold split and
    # stored with the model; 0 keeps every event the rules find.
    min_confidence: float | None = None
    # Output
    format: str = "jsonl"
    # Stages to skip by name (debugging and benchmarks).
    skip: frozenset[str] = field(default_factory=frozenset)

    def with_(self, **changes) -> "Options":
        return replace(self, **changes)
