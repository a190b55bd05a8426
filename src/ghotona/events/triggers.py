"""Event triggers: words and phrases that name an event, typed from ``resources/triggers.tsv``.

Context cues (``resources/trigger_context.tsv``) re-type an ambiguous trigger from the words
around it in the same sentence: সংঘর্ষ between buses is a road accident, not a clash; a গ্যাস
সিলিন্ডার বিস্ফোরণ is an accident, not a bombing.
"""
from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..doc import Document, Trigger
from ..recognize.lexicon import LexMatch, Lexicon
from ..text.normalize import normalize_term

_TYPE_FIELDS = ("event_type", "mode", "acled_event_type", "acled_sub_event_type")


@lru_cache(maxsize=1)
def trigger_lexicon() -> Lexicon:
    return Lexicon(resources.read_tsv("triggers.tsv"))


@lru_cache(maxsize=1)
def context_rules() -> tuple[dict[str, list[tuple[str, dict[str, str]]]], Lexicon]:
    """Rules (each with its cue normalised) keyed by normalised trigger term, and one lexicon of
    all their cue words."""
    rules: dict[str, list[tuple[str, dict[str, str]]]] = {}
    rows = resources.read_tsv("trigger_context.tsv")
    for row in rows:
        rules.setdefault(_rule_key(normalize_term(row["trigger"])), []).append((normalize_term(row["cue"]), row))
    cues = Lexicon([{"term": r["cue"]} for r in rows])
    return rules, cues


#: how many sentences on a trigger word told again without a context cue keeps the reading a cue gave it
RETYPE_CARRY = 2
#: readings that carry: a cue that makes an explosion or a collision an accident names its cause, which
#: stays true of the next mention; a cue that makes a fire a protest (হরতাল) says nothing of the next fire
CARRIED_TYPES = {"ACCIDENT", "DISASTER"}


def _priority(m: LexMatch) -> float:
    try:
        return float(m.entry.get("priority") or 0)
    except ValueError:
        return 0.0


def find_triggers(doc: Document) -> list[Trigger]:
    tokens = doc.tokens
    rules, cue_lexicon = context_rules()
    cue_positions: dict[int, list[tuple[int, str]]] = {}  # sentence → [(token index, cue term)]
    for cm in cue_lexicon.find_all(doc):
        sent = tokens[cm.first].sentence
        for entry in cm.entries:
            cue_positions.setdefault(sent, []).append((cm.first, entry["term"]))

    triggers: list[Trigger] = []
    retyped: dict[str, tuple[int, dict, str]] = {}  # term → (sentence, coding, cue) of its last retyped mention
    for m in trigger_lexicon().find(doc, priority=_priority):
        entry = max(m.entries, key=lambda e: float(e.get("priority") or 0))
        first, last = tokens[m.first], tokens[m.last - 1]
        sent = first.sentence
        fields = {k: (entry.get(k) or None) for k in _TYPE_FIELDS}
        fields["event_type"] = fields["event_type"] or "UNKNOWN"
        attrs = {
            "term": entry["term"],
            "priority": _priority(m),
            "context": [c for c in (entry.get("context") or "").split(",") if c],
            "first_token": m.first,
            "last_token": m.last,
        }
        rule = _context_rule(entry["term"], rules, cue_positions.get(sent, []), m.first)
        if rule is not None:
            fields.update({k: (rule.get(k) or None) for k in _TYPE_FIELDS if k in rule})
            fields["event_type"] = fields["event_type"] or "UNKNOWN"
            attrs["retyped_by"] = rule["cue"]
            if fields["event_type"] in CARRIED_TYPES:
                retyped[entry["term"]] = (sent, dict(fields), rule["cue"])
        elif entry["term"] in retyped and sent - retyped[entry["term"]][0] <= RETYPE_CARRY:
            # "বারুদের দোকানে বিস্ফোরণে … । বুধবার বিরাট বিস্ফোরণে কেঁপে ওঠে গোটা শহর": the same
            # explosion told again without its cue keeps the reading the cue gave it
            _, coding, cue = retyped[entry["term"]]
            fields.update(coding)
            attrs["retyped_by"] = cue
        if fields["event_type"] == "NONE":
            # not an event here (figurative, background, 'claimed'), or a word that names one only
            # with a context cue (triggers.tsv type NONE: বিধ্বস্ত is 'devastated' unless a plane is)
            continue
        triggers.append(
            Trigger(start=first.start, end=last.end, text=doc.text[first.start:last.end],
                    sentence=sent, attrs=attrs, **fields)
        )
    _carry_back(triggers)
    return triggers


def _carry_back(triggers: list[Trigger]) -> None:
    """A mention told just before its cue keeps the cue's reading too: the headline "বাসে আগুন,
    হত 70" of a body that says the bus caught fire ("বাসে আগুন ধরে গেলে", an accident) is that
    accident, not arson (ACCIDENT and DISASTER readings only, as the forward carry)."""
    later: dict[str, Trigger] = {}  # term → its nearest later mention a cue retyped
    for trigger in reversed(triggers):
        term = trigger.attrs["term"]
        if "retyped_by" in trigger.attrs:
            if trigger.event_type in CARRIED_TYPES:
                later[term] = trigger
            continue
        cued = later.get(term)
        if cued is not None and 0 < cued.sentence - trigger.sentence <= RETYPE_CARRY:
            for name in _TYPE_FIELDS:
                setattr(trigger, name, getattr(cued, name))
            trigger.attrs["retyped_by"] = cued.attrs["retyped_by"]


def _rule_key(term: str) -> str:
    """One key for a trigger's spellings that differ only in writing the nasal before ঘ as ং or ঙ্
    (সংঘর্ষ, সঙ্ঘর্ষ): the context rules of one serve the other."""
    return term.replace("\u0999\u09cd\u0998", "\u0982\u0998")  # ঙ্ঘ → ংঘ


def _context_rule(term, rules, cues_in_sentence, position):
    candidates = rules.get(_rule_key(term))
    if not candidates or not cues_in_sentence:
        return None
    best = None
    best_distance = None
    for cue, rule in candidates:
        for index, found in cues_in_sentence:
            if found == cue:
                distance = abs(index - position)
                if best_distance is None or distance < best_distance:
                    best, best_distance = rule, distance
    return best
