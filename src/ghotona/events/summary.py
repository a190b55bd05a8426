"""A one-sentence English summary built from the event's fields (a template, not a translation),
and a confidence score from how much of the record the text supported."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..schema import Count, Event

_OPTIONAL = re.compile(r"\[([^\]]*)\]")


@lru_cache(maxsize=1)
def _phrases() -> dict[tuple[str, str], tuple[str, str]]:
    return {(r["event_type"], r["mode"]): (r["with_actor"], r["without_actor"])
            for r in resources.read_tsv("summary_phrases.tsv")}


def _fill(template: str, target: str | None) -> str:
    def repl(m: re.Match[str]) -> str:
        return m.group(1).replace("{target}", target) if target else ""
    return _OPTIONAL.sub(repl, template).replace("{target}", target or "")


def _count(c: Count | None, word: str) -> str | None:
    if c is None:
        return None
    if c.value is None:
        return {"several": f"several {word}", "many": f"many {word}"}.get(c.qualifier or "", f"people {word}")
    prefix = {"at_least": "at least ", "about": "about ", "more_than": "more than ",
              "less_than": "fewer than "}.get(c.qualifier or "", "")
    if c.qualifier == "range" and c.high is not None:
        return f"{c.value}-{c.high} {word}"
    return f"{prefix}{c.value} {word}"


def _who(ref) -> str | None:
    if ref is None:
        return None
    return ref.name or ref.text


def summarize(e: Event, two_sided: bool = False) -> str:
    phrases = _phrases()
    mode = "two-sided" if two_sided and (e.event_type, "two-sided") in phrases else (e.mode or "")
    with_actor, without_actor = phrases.get((e.event_type, mode), phrases.get((e.event_type, ""), (
        f"took part in {e.event_type.lower()} event[ with {{target}}]",
        f"A {e.event_type.lower()} event[ involving {{target}}]")))
    actor, target = _who(e.actor), _who(e.target)
    if actor:
        text = f"{actor} {_fill(with_actor, target)}"
    else:
        text = _fill(without_actor, target)
    if e.negated:
        text = f"Denied: {text[0].lower()}{text[1:]}"
    if e.location is not None:
        where = e.location.name or e.location.text
        country = e.location.country
        if where:
            text += f" in {where}" + (f", {country}" if country and country != where else "")
    if e.date is not None and e.date.value:
        text += f" on {e.date.value}" if e.date.precision == "day" else f" ({e.date.precision} of {e.date.value})"
    tallies = [t for t in (_count(e.fatalities, "killed"), _count(e.injuries, "injured"),
                           _count(e.arrests, "arrested")) if t]
    if tallies:
        text += ": " + ", ".join(tallies)
    if e.sources:
        text += f" (per {e.sources[0].name or e.sources[0].text})"
    if e.hedged:
        text += " [reported as uncertain]"
    return text + "."


def confidence_of(e: Event, draft) -> float:
    """0–1: a specific trigger and each field the text supports raise it; hedging lowers it."""
    score = 0.35
    score += min(float(draft.trigger.attrs.get("priority", 0) or 0), 5) * 0.03
    if e.actor or e.target:
        score += 0.1
    if e.location is not None and e.location.lat is not None:
        score += 0.1
    if draft.date_explicit:
        score += 0.1
    if any((e.fatalities, e.injuries, e.arrests)):
        score += 0.1
    if e.sources:
        score += 0.05
    if len(e.mentions) > 1:
        score += 0.05
    if e.hedged:
        score -= 0.15
    return round(max(0.05, min(score, 0.99)), 3)
