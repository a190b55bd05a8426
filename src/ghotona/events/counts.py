"""Counts: attach the number next to নিহত / আহত / গ্রেপ্তার … to the field it counts.

"চারজন নিহত এবং ছয়জন আহত" → fatalities 4, injuries 6; headline style "নিহত ২, আহত অন্তত ২৫" has
the number after the cue.  A number counts people only with a person classifier (জন) or none; "১২টি
টিয়ারশেল" and ages in brackets are not casualties.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from functools import lru_cache

from .. import resources
from ..doc import NumberMention
from ..recognize.numbers import vague_quantity_words
from ..schema import Count
from ..geo.places import family_names, level_words
from ..text.morph import GENITIVE, LOCATIVE, suffixes_of_kind
from .context import DocContext, SentenceView

PERSON_CLASSIFIERS = {None, "", "জন"}
# How far (in tokens) a number may sit from its cue.
BEFORE_WINDOW = 4
AFTER_WINDOW = 3


@dataclass
class FoundCount:
    field: str  # fatalities | injuries | arrests | missing | …
    count: Count
    cue_token: int
    number_token: int | None
    #: the count belongs only to the event the cue itself names (a murder noun's victim), not to
    #: every event of the sentence ("হাদির হত্যার বিচার দাবিতে অনশন": no dead at the hunger strike)
    own_event_only: bool = False
    #: how the number stands to the event's toll: "increment" (আরও এক জনের মৃত্যু: one more, not the
    #: toll), "risen" (মৃত বেড়ে ৭: the toll as it now stands), "places" (বাজ পড়ে তিন জেলায় মৃত্যু হয়েছে
    #: চার জনের: the total of several places' events), or "" (a toll as told)
    kind: str = ""


#: the word before a number that makes it one more ("আরও দুজনের লাশ উদ্ধার")
INCREMENT_WORDS = frozenset({"আরও", "আরো"})
#: the word before a number that makes it the toll as it has risen ("মৃতের সংখ্যা বেড়ে সাতজনে")
RISEN_WORDS = frozenset({"বেড়ে"})


def _toll_kind(ctx: DocContext, view: SentenceView, number_token: int, clause: tuple[int, int]) -> str:
    before = ctx.word(number_token - 1)
    if before in INCREMENT_WORDS:
        return "increment"
    if before in RISEN_WORDS:
        return "risen"
    return "places" if _over_places(ctx, view, *clause) else ""


@lru_cache(maxsize=1)
def area_words() -> frozenset[str]:
    """Level words of an area (জেলা, উপজেলা, রাজ্য, এলাকা …; not a road or street: place_levels.tsv)."""
    return frozenset(w for w, feats in level_words().items() if not feats & {"route", "street"})


def _over_places(ctx: DocContext, view: SentenceView, clause_first: int, clause_last: int) -> bool:
    """The clause counts over several places: a number of two or more right before an area word in
    the locative ("তিন জেলায়", "পাঁচটি উপজেলায়")."""
    return any(True for _ in counted_areas(ctx, view, clause_first, clause_last, area_words()))


def counted_areas(ctx: DocContext, view: SentenceView, first: int, last: int, words: frozenset[str]):
    """``(token, number, unit)`` for each number of two or more starting in ``[first, last)`` right
    before a word of ``words`` in the locative, its unit ("তিন জেলায়", "পাঁচটি উপজেলায়")."""
    for tok, num in view.numbers:
        unit = ctx.token_span(num)[1] + 1
        if first <= tok < last and (num.value or 0) >= 2 and ctx.stem(unit) in words \
                and set(ctx.tokens[unit].suffixes) & LOCATIVE:
            yield tok, num, unit


def _as_count(num: NumberMention) -> Count:
    value = num.value
    high = num.high
    return Count(
        text=num.text,
        value=int(value) if value is not None else None,
        qualifier=num.qualifier or "exact",
        high=int(high) if high is not None else None,
        start=num.start,
        end=num.end,
    )


@lru_cache(maxsize=1)
def measure_words() -> frozenset[str]:
    return resources.term_set("measure_words.tsv")


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    return resources.term_set("count_nouns.tsv", "noun", kind="person")


def _is_measure(ctx: DocContext, token: int) -> bool:
    """A unit or measure word (টাকা, কিলোমিটার, দিন, বার …) by its stem or as written."""
    return ctx.stem(token) in measure_words() or ctx.word(token) in measure_words()


def _usable(ctx: DocContext, token: int, num: NumberMention, counted_noun: int | None = None) -> bool:
    """Whether the number can count people (``counted_noun``: the token of a cue that is itself the
    noun counted, "30টি মৃতদেহ", where an object classifier is fine right before it)."""
    last = ctx.token_span(num)[1]
    if num.classifier not in PERSON_CLASSIFIERS and not (
            counted_noun is not None and last + 1 == counted_noun) \
            and ctx.stem(last + 1) not in person_nouns():
        return False  # "১২টি টিয়ারশেল" counts things; "২২টি শিশু" people all the same
    if _is_measure(ctx, last + 1) or not num.classifier and _is_measure(ctx, last + 2) \
            and not ctx.tokens[last + 1].suffixes and ctx.stem(last + 1) not in person_nouns():
        return False  # money, distance, time, rounds: not people ("দু’লক্ষ নেপালি টাকা", "৫০ হাজার মার্কিন ডলার")
    following = ctx.tokens[last + 1] if last + 1 < len(ctx.tokens) else None
    if following is not None and following.suffixes and not following.is_punct \
            and ctx.stem(last + 1) not in person_nouns() and not num.classifier:
        return False  # "দুই পক্ষের সংঘর্ষে নিহত ২": the number counts sides, not the dead
    if num.value is not None and (num.value != int(num.value) or num.value > 1_000_000):
        return False
    # An age or year in brackets: "(৩৫)".
    if ctx.word(token - 1) == "(" or ctx.word(token + 1) == ")":
        return False
    # Years and dates are numbers too; the dates stage owns them (not "দুই হাজার মানুষ": people).
    if num.value is not None and 1900 <= num.value <= 2100 and not num.classifier \
            and ctx.stem(last + 1) not in person_nouns():
        return False
    return True


@lru_cache(maxsize=1)
def cumulative_periods() -> frozenset[str]:
    """Units of a long period (বছর, দশক …) whose locative marks a cumulative toll."""
    return resources.term_set("cumulative_periods.tsv")


@lru_cache(maxsize=1)
def toll_span_openers(*kinds: str) -> frozenset[str]:
    """The words of ``past_span_words.tsv`` of these kinds: before a period unit, ``past`` (গত, বিগত)
    and ``current`` (চলতি) open a span up to now."""
    return frozenset().union(*(resources.term_set("past_span_words.tsv", kind=kind) for kind in kinds))


def is_cumulative(ctx: DocContext, view: SentenceView, clause_first: int, clause_last: int,
                  openers: tuple[str, ...] = ("past", "current")) -> bool:
    """The clause tells a toll over a period ("তিন দশকে …", "গত দশ বছরে …", "চলতি বছরে …", "চলতি শীত
    মৌসুমে …"): a period
    unit in the locative right after a number (as the numbers stage found it) or a word of
    :func:`toll_span_openers` of the kinds ``openers`` (only ``current`` for a span that is surely no
    date: "গত বছরে" is also last year)."""
    periods = cumulative_periods()
    if periods.isdisjoint(ctx.stems(clause_first + 1, clause_last)):
        return False  # (most clauses: no period unit at all)
    number_ends = {ctx.token_at(num.end - 1) for _, num in view.numbers}
    words = toll_span_openers(*openers)
    past_only = toll_span_openers("past") - toll_span_openers("current")
    dates = past_dates()
    current = toll_span_openers("current") if "current" in openers else frozenset()
    for tok in range(clause_first + 1, clause_last):
        # (an opener may stand a word before its period: "চলতি শীত মৌসুমে", this winter season)
        if ctx.stem(tok) not in periods:
            continue
        if not set(ctx.tokens[tok].suffixes) & LOCATIVE:
            # bare after a current opener: "চলতি বছর … অন্তত ৫০০ সদস্য নিহত হয়েছেন" (not "চলতি বছরের ১৩ এপ্রিল")
            if ctx.tokens[tok].suffixes or ctx.stem(tok - 1) not in current:
                continue
            return True
        if tok - 1 in number_ends:
            return True
        opener = tok - 1 if ctx.stem(tok - 1) in words else tok - 2 if (
            tok - 2 >= clause_first and ctx.stem(tok - 2) in words and not ctx.tokens[tok - 1].is_punct) else None
        if opener is not None and not (ctx.stem(opener) in past_only and ctx.stem(tok) in dates):
            return True  # (not "গত মাসে … নিহত হন ১২ জন": last month, a date)
    return False


@lru_cache(maxsize=1)
def past_dates() -> frozenset[str]:
    """The period units that "গত" alone makes a date, not a span ("গত মাসে", last month: cumulative_periods.tsv)."""
    return resources.term_set("cumulative_periods.tsv", after_past="date")


def find_counts(ctx: DocContext, view: SentenceView) -> list[FoundCount]:
    found: list[FoundCount] = []
    used_numbers: set[int] = set()
    date_tokens = {tok for tok, _ in view.dates}
    numbers = [(tok, num) for tok, num in view.numbers if tok not in date_tokens]
    for cue in chain(view.counts, view.murders):
        field = cue.entry.get("field") or ""
        if not field:
            continue
        best: tuple[int, int, NumberMention] | None = None  # (distance, token, number)
        clause_first, clause_last = ctx.clause(cue.first)
        if is_cumulative(ctx, view, clause_first, clause_last) or ctx.tallied(view, cue.first):
            continue  # the dead of years of conflict, or a running total: not this event's
        if cue.entry.get("counted") == "victim":
            # "দীপু চন্দ্র দাসের হত্যার বিরুদ্ধে": the murder of one named person; "খুনের ঘটনায় ৪ জনকে
            # সাজা": no count
            if (name := _name_before(ctx, view, cue.first)) is not None:
                tok = ctx.tokens[name]
                found.append(FoundCount(field, Count(text=tok.text, value=1, qualifier="exact",
                                                     start=tok.start, end=tok.end), cue.first, name, True))
            continue
        counted_noun = cue.first if cue.entry.get("counted") == "noun" else None
        active = cue.entry.get("voice") == "active"
        cue_starts = {c.first for c in view.counts if c is not cue}
        for tok, num in numbers:
            if id(num) in used_numbers or not _usable(ctx, tok, num, counted_noun):
                continue
            num_last = ctx.token_span(num)[1]
            if num_last < cue.first:
                distance = cue.first - num_last
                # (the number's end, not its start, must be in the clause: the clause splitter takes
                # the hyphen of a range "৫-৬ জন" for a dash)
                if distance > BEFORE_WINDOW or num_last < clause_first:
                    continue
            elif tok >= cue.last and not active:  # "খুন করেছে কয়েক জন দুষ্কৃতী": the killers
                distance = tok - cue.last + 1
                if distance > AFTER_WINDOW or tok >= clause_last or _before_a_cue(ctx, num_last, cue_starts):
                    continue
                distance += 2  # prefer a number before the cue (the usual order)
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, tok, num)
        if best is not None:
            used_numbers.add(id(best[2]))
            count = _as_count(best[2])
            groups = _coordinated(ctx, view, numbers, best[1:], best[1] >= cue.last, used_numbers)
            if groups is not None:
                # "৩৭ জন গেরিলা ও তিন জন পুলিশের মৃত্যু": the dead of both groups
                used_numbers.update(map(id, groups))
                count = _sum(ctx, *groups)
            elif best[1] < cue.first and (one := _one_joined_before(ctx, best[1])) is not None:
                # "মা ও তাঁর দুই শিশুসন্তানের মৃত্যু": one person and a group; "বাসচালক, তার সহকারী ও এক
                # যাত্রী": each person of a list before it
                first_one, more = _listed_before(ctx, one)
                tok = ctx.tokens[first_one]
                count = Count(text=ctx.doc.text[tok.start:count.end],
                              value=count.value + more if count.value is not None else None,
                              qualifier=count.qualifier, high=count.high + more if count.high is not None else None,
                              start=tok.start, end=count.end)
            part = groups[1] if groups else best[2]
            if (total := _total_after(ctx, numbers, used_numbers, ctx.token_span(part)[1] + 1)) is not None:
                # "ছয় শিশু-সহ মোট আট জন", "৩ শিশু ও ৯ মহিলা সহ মোট ১৫ জন": the total, not its parts
                used_numbers.add(id(total[1]))
                best, count = (best[0], *total), _as_count(total[1])
            found.append(FoundCount(field, count, cue.first, best[1],
                                    kind=_toll_kind(ctx, view, best[1], (clause_first, clause_last))))
        elif (pair := _two_joined(ctx, cue.first, clause_first)) is not None:
            # "মা ও শিশুসন্তানের মৃত্যু", "বাবা ও ছেলে নিহত", "মা-মেয়ের মৃত্যু": two people
            first, last = ctx.tokens[pair[0]], ctx.tokens[pair[1]]
            found.append(FoundCount(field, Count(text=ctx.doc.text[first.start:last.end], value=2, qualifier="exact",
                                                 start=first.start, end=last.end), cue.first, pair[1]))
        elif (one := _article_one(ctx, cue.first, cue.last, clause_first, clause_last, numbers)) is not None \
                or (one := _one_person(ctx, cue.first, cue.last, clause_first, clause_last)) is not None \
                or not _denied(view, cue.first, cue.last, clause_first, clause_last) \
                and (one := _named_victim(ctx, view, cue.first, clause_first, active)
                     or _named_subject(ctx, view, cue.first, clause_first, numbers)
                     or _victim_after_passive(ctx, view, cue, clause_last, active)) is not None:
            if (total := _total_after(ctx, numbers, used_numbers, one + 1)) is not None:
                # "মৃত্যু হল এক টোটোচালক-সহ তিন জনের": the one is a part of the total after it
                used_numbers.add(id(total[1]))
                found.append(FoundCount(field, _as_count(total[1]), cue.first, total[0]))
            else:
                tok = ctx.tokens[one]
                found.append(FoundCount(field, Count(text=tok.text, value=1, qualifier="exact",
                                                     start=tok.start, end=tok.end), cue.first, one))
        else:
            cue_start = ctx.tokens[cue.first].start
            cue_end = ctx.tokens[cue.last - 1].end
            text = ctx.doc.text[cue_start:cue_end]
            if _denied(view, cue.first, cue.last, clause_first, clause_last):
                # "কেউ হতাহত হয়নি", "কোনো হতাহতের খবর পাওয়া যায়নি": none, which a coder records as 0
                for f in dict.fromkeys(e.get("field") or "" for e in cue.entries):
                    if f:
                        found.append(FoundCount(f, Count(text=text, value=0, qualifier="exact", start=cue_start,
                                                         end=cue_end), cue.first, None))
                continue
            # A cue without a number still tells that someone was killed/hurt/arrested.
            found.append(FoundCount(field, Count(text=text, value=None, qualifier=None, start=cue_start,
                                                 end=cue_end), cue.first, None))
    return found


def _before_a_cue(ctx: DocContext, num_last: int, cue_starts: set[int]) -> bool:
    """The number stands right before another count cue, or before a person noun and then one: it
    counts that cue ("লোন নিহত ও ২৫ জন জখম": 25 injured, not 25 dead)."""
    return num_last + 1 in cue_starts or num_last + 2 in cue_starts and ctx.stem(num_last + 1) in person_nouns()


#: the clitic "including" (ছয় শিশু-সহ মোট আট জন): its noun's number is a part of the count
INCLUDING = "সহ"
#: how many words after the part's noun the total may start (মোট)
TOTAL_AFTER_PART = 2


def _total_after(ctx: DocContext, numbers, used: set[int], noun: int) -> tuple[int, NumberMention] | None:
    """The total after a part ("নিহত হলেন ছয় শিশু-সহ মোট আট জন", "৩৭ মাওবাদী-সহ … ৪০", "মৃত্যু হল এক
    টোটোচালক-সহ তিন জনের"): when the part's noun (token ``noun``, right after its number or after a
    bare এক) takes -সহ, a number that follows it closely is the count."""
    if noun + 1 < len(ctx.tokens) and ctx.word(noun + 1) == INCLUDING:
        noun += 1  # the clitic written apart ("৯ মহিলা সহ মোট ১৫ জন")
    elif noun >= len(ctx.tokens) or INCLUDING not in ctx.tokens[noun].suffixes:
        return None
    for tok, num in numbers:
        if id(num) not in used and num.value is not None and noun < tok <= noun + TOTAL_AFTER_PART + 1 \
                and _usable(ctx, tok, num):
            return tok, num
    return None


#: words joining two groups of people counted by one cue ("৩৭ জন গেরিলা ও তিন জন পুলিশ")
CONJUNCTIONS = frozenset({"ও", "এবং"})
#: how many words (the first group's noun) may stand between the first number and the conjunction
GROUP_NOUN_WORDS = 2


def _coordinated(ctx: DocContext, view: SentenceView, numbers, counted: tuple[int, NumberMention],
                 after_cue: bool, used: set[int]) -> tuple[NumberMention, NumberMention] | None:
    """The counted number and another group's joined to it by ও/এবং, first group first, with at
    most a noun or two between ("৩৭ জন গেরিলা ও তিন জন পুলিশের মৃত্যু"; after the cue, as headlines
    put the dead: "মৃত্যু বাবা-মা ও দুই শিশুর"), none of them a count cue ("৫ জন নিহত ও ১০ জন আহত"
    counts two things). Before the cue the counted number is the second group, after it the first."""
    if _several_incidents(ctx, view, numbers):
        return None
    cue_tokens = {t for c in view.counts for t in range(c.first, c.last)}
    counted_token, counted_num = counted
    for tok, num in numbers:
        if id(num) in used or not _usable(ctx, tok, num) or (tok > counted_token) != after_cue:
            continue  # (the other group on the side it joins from: "… ও এক যাত্রী নিহত হন এবং অন্তত ১২ জন আহত")
        groups, second_token = ((counted_num, num), tok) if after_cue else ((num, counted_num), counted_token)
        if ctx.word(second_token - 1) not in CONJUNCTIONS:
            continue
        between = range(ctx.token_span(groups[0])[1] + 1, second_token - 1)
        if 0 <= len(between) <= GROUP_NOUN_WORDS and not cue_tokens & set(between) \
                and not any(ctx.tokens[t].is_punct for t in between):
            return groups
    return None


#: a possessive that may stand between a conjunction and the group it joins ("মা ও তাঁর দুই সন্তান")
POSSESSIVES = frozenset({"তাঁর", "তার", "তাদের", "তাঁদের"})


def _one_joined_before(ctx: DocContext, number_token: int) -> int | None:
    """The token of one person joined by ও/এবং before a counted group ("মা ও দুই শিশুর", "বাবা ও তাঁর
    দুই ছেলে"): a kinship word (person_cues.tsv, kind relation) or a word of one person
    (one_person_words.tsv), bare."""
    k = number_token - 1
    if ctx.word(k) in POSSESSIVES:
        k -= 1
    if ctx.word(k) not in CONJUNCTIONS or k < 1 or ctx.tokens[k - 1].suffixes:
        return None
    word = ctx.word(k - 1)
    return k - 1 if word in single_person_nouns() else None


def _listed_before(ctx: DocContext, one: int) -> tuple[int, int]:
    """(the first token, how many people) of a comma list of single people that ends with the one at
    token ``one`` ("বাসচালক, তার সহকারী"): each bare word of one person, a possessive allowed before it."""
    singles = single_person_nouns()
    first, people = one, 1
    k = one - 1
    while True:
        if ctx.word(k) in POSSESSIVES:
            k -= 1
        if k < 1 or ctx.word(k) != "," or ctx.tokens[k - 1].suffixes or ctx.word(k - 1) not in singles:
            return first, people
        first, people, k = k - 1, people + 1, k - 2


def _two_joined(ctx: DocContext, cue_first: int, clause_first: int) -> tuple[int, int] | None:
    """The first and last tokens of two single people joined by ও/এবং or a hyphen right before the
    cue ("মা ও শিশুসন্তানের", "বাবা ও ছেলে", "মা-মেয়ের"): a kinship word or a word of one person
    (:func:`single_person_nouns`), the second perhaps a compound ending in one (শিশুসন্তান), and
    neither plural."""
    k = cue_first - 1
    if k - 2 < clause_first or ctx.word(k - 1) not in CONJUNCTIONS | {"-"} or ctx.tokens[k - 2].suffixes:
        return None
    singles = single_person_nouns()
    second, first = ctx.stem(k), ctx.word(k - 2)
    if first not in singles or set(ctx.tokens[k].suffixes) & PLURAL_SUFFIXES \
            or not (second in singles or any(second.endswith(w) for w in kinship_words())):
        return None
    return k - 2, k


@lru_cache(maxsize=1)
def kinship_words() -> frozenset[str]:
    """The kinship words of person_cues.tsv (kind relation: মা, বাবা, সন্তান …)."""
    return resources.term_set("person_cues.tsv", kind="relation")


@lru_cache(maxsize=1)
def single_person_nouns() -> frozenset[str]:
    """Bare nouns of one person: kinship words and the one-person words of one_person_words.tsv."""
    return kinship_words() | frozenset(w for w in one_person_words()[0] if " " not in w)


#: nouns a number before them counts incidents with (দুটি ঘটনা, তিনটি হামলা)
INCIDENT_NOUNS = frozenset({"ঘটনা", "হামলা", "দুর্ঘটনা"})


def _several_incidents(ctx: DocContext, view: SentenceView, numbers) -> bool:
    """The sentence counts incidents ("দুটি ঘটনা – যেখানে একজন হিন্দু ও একজন মুসলমান … মারা গেছেন"):
    each group is another event's dead, no sum."""
    if view.several:
        return True
    return any(ctx.stem(ctx.token_span(num)[1] + 1) in INCIDENT_NOUNS for _, num in numbers)


def _sum(ctx: DocContext, first: NumberMention, second: NumberMention) -> Count:
    a, b = _as_count(first), _as_count(second)
    value = a.value + b.value if a.value is not None and b.value is not None else None
    qualifier = a.qualifier if a.qualifier != "exact" else b.qualifier
    return Count(text=ctx.doc.text[a.start:b.end], value=value, qualifier=qualifier, start=a.start, end=b.end)


def _denied(view: SentenceView, cue_first: int, cue_last: int, clause_first: int, clause_last: int) -> bool:
    """A phrase denying casualties over the cue ("কোনো হতাহতের খবর পাওয়া যায়নি",
    ``negation_cues.tsv`` scope ``casualties``), or a word of absence (কেউ, কোনো) before the cue and a
    negative verb after it, in its clause ("কেউ আহত হননি")."""
    if any(n.entry.get("scope") == "casualties" and n.first <= cue_first < n.last for n in view.negations):
        return True
    absent = any(n.entry.get("scope") == "quantifier" and clause_first <= n.first < cue_first
                 for n in view.negations)
    negative = any(n.entry.get("scope") != "quantifier" and cue_last <= n.first < clause_last
                   for n in view.negations)
    return absent and negative


ONE = {"এক", "একজন", "এক জন"}


def _article_one(ctx: DocContext, cue_first: int, cue_last: int, clause_first: int, clause_last: int,
                 numbers=()) -> int | None:
    """"এক ট্রাকচালক নিহত": এক before a noun counts one person (the numbers stage leaves a bare
    এক alone, as it is also the indefinite article); so does এক after the cue, where Bengali puts the
    dead in the genitive ("মৃত্যু হল এক শিক্ষকের", "প্রাণ গেল এক তরতাজা তরুণের"), but not before a
    unit ("মৃত্যু হয়েছে এক সপ্তাহ আগে") nor as the start of a larger number (``numbers``: the
    sentence's (token, number) pairs; "নিহতদের পরিবারপিছু এক কোটি টাকা")."""
    larger = {tok for tok, num in numbers if num.value != 1}
    for tok in range(cue_first - 1, max(clause_first, cue_first - BEFORE_WINDOW) - 1, -1):
        if ctx.word(tok) in ONE and tok not in larger:
            return tok
    for tok in range(cue_last, min(clause_last, cue_last + AFTER_WINDOW)):
        if ctx.word(tok) in ONE and not _is_measure(ctx, tok + 1) and tok not in larger:
            return tok
    return _one_subject(ctx, cue_first, clause_first)


def _one_subject(ctx: DocContext, cue_first: int, clause_first: int) -> int | None:
    """"একজন মুসলমান ফেরিওয়ালা … গণপিটুনির শিকার হয়ে হাসপাতালে মারা যান": a head count of one
    (এক with the person classifier জন, never the bare article এক) opening the cue's clause is the
    one who died, however long the clause runs before its verb; not when a plural word or a vague
    quantity (এত জনের) comes between (another group is counted), nor when the one is someone's
    ("এক জন মহিলা আত্মঘাতী জঙ্গির হামলায়": the attacker, in the genitive)."""
    if ONE_STEM not in ctx.stems(clause_first, cue_first):
        return None  # (most clauses: no এক to count one)
    vague = vague_quantity_words()
    for tok in range(cue_first - 1, clause_first - 1, -1):
        token = ctx.tokens[tok]
        if set(token.suffixes) & PLURAL_SUFFIXES or ctx.stem(tok) in vague:
            return None
        head = tok + 1 if token.suffixes == ["জন"] else tok + 2 if ctx.word(tok + 1) == "জন" else None
        if ctx.stem(tok) == ONE_STEM and head is not None:
            # the noun phrase it counts ends at its first inflected word
            end = next((t for t in range(head, min(head + ONE_PHRASE_WORDS, cue_first)) if ctx.tokens[t].suffixes), None)
            return None if end is not None and set(ctx.tokens[end].suffixes) & GENITIVE else tok
    return None


#: the stem of the numeral one (একজন → এক)
ONE_STEM = "এক"
#: how many words after একজন its noun phrase may run (একজন মুসলমান ফেরিওয়ালা)
ONE_PHRASE_WORDS = 3


@lru_cache(maxsize=1)
def one_person_words() -> tuple[frozenset[str], int, frozenset[str]]:
    """The words and phrases, the most words one has, and the words they start with (a token that
    starts none of them needs no phrase joined at it)."""
    words = resources.term_set("one_person_words.tsv", "word")
    return words, max(len(w.split()) for w in words), frozenset(w.split(" ")[0] for w in words)


PLURAL_SUFFIXES = frozenset({"রা", "এরা", "দের", "এদের", "গুলো", "গুলোর", "গুলি"})


def _one_person(ctx: DocContext, cue_first: int, cue_last: int, clause_first: int,
                clause_last: int) -> int | None:
    """A count cue without a number next to a singular pronoun ("তাঁর মৃত্যু হয়", "তিনি মারা যান",
    "নিহতের নাম তারক ঘোষ") counts one person, unless a plural word shares the clause."""
    words, longest, starts = one_person_words()
    first = max(clause_first, cue_first - BEFORE_WINDOW)
    last = min(clause_last, cue_last + AFTER_WINDOW)
    if starts.isdisjoint(ctx.words(first, last)):
        return None  # (most cues: no pronoun or phrase of one near them)
    hit = next((tok for tok in range(first, last) if ctx.word(tok) in starts and any(
        tok + n <= clause_last and " ".join(ctx.word(t) for t in range(tok, tok + n)) in words
        for n in range(1, longest + 1))), None)
    if hit is None:
        return None
    # a plural between the word and the cue (or at them) tells more than one; one beyond the cue is
    # someone else ("দুষ্কৃতীদের হামলায় জখম হন তাঁর স্ত্রীও": the attackers)
    side = range(hit, cue_last) if hit < cue_first else range(cue_first, hit + 1)
    if any(set(ctx.tokens[tok].suffixes) & PLURAL_SUFFIXES for tok in side):
        return None
    if ctx.word(hit + 1) in CONJUNCTIONS or ctx.word(hit - 1) in CONJUNCTIONS:
        return None  # "চালক ও খালাসি জখম হন": two people
    return hit


#: how many words before its cue its victim may end ("সোমা দেবীকে বিষ খাইয়ে হত্যা করা হয়েছে")
VICTIM_WINDOW = 6
OBJECTIVE = "কে"


@lru_cache(maxsize=1)
def object_classifiers() -> frozenset[str]:
    """The classifier suffixes of things (টি, টা, খানা …; not জন, which counts people): "সাইকেলটিকে" is
    an object unless its noun is a person's."""
    return suffixes_of_kind("classifier") - {"জন"}


def _named_victim(ctx: DocContext, view: SentenceView, cue_first: int, clause_first: int,
                  active: bool) -> int | None:
    """One person before a cue without a number counts one dead (ACLED counts a single named
    victim): the nearest word in the objective before it in its clause, singular ("জিয়াউর রহমানকে
    যখন হত্যা করা হয়", "এক কিশোরকে বাঁশ দিয়ে পিটিয়ে খুন করেছে"), or, before a cue that is not an
    active verb, one named person in the nominative ("আখমদ কাদিরোভ নিহত হন"). A person in the
    genitive is someone's (a father's, a party's), and two names are two people or one and the
    killer."""
    first = max(clause_first, cue_first - VICTIM_WINDOW)
    vague = vague_quantity_words()
    several = {tok for tok, num in view.numbers if num.value != 1}
    for tok in range(cue_first - 1, first - 1, -1):
        suffixes = ctx.tokens[tok].suffixes
        if set(suffixes) & PLURAL_SUFFIXES:
            return None
        if OBJECTIVE in suffixes:
            # "দুই সহকর্মীকে", "একাধিক পণবন্দিকে": more than one; "সাইকেলটিকে": a thing
            if any(t in several or ctx.stem(t) in vague for t in range(max(first, tok - 2), tok + 1)):
                return None
            return None if names_a_thing(ctx, tok) else tok
    if active:
        return None
    people = [e for e in view.entities if names_a_person(e)
              and clause_first <= ctx.token_span(e)[0] and ctx.token_span(e)[1] < cue_first]
    if len({e.key or e.text for e in people}) != 1:
        return None
    last = ctx.token_span(people[-1])[1]
    return last if last >= first and not ctx.tokens[last].suffixes else None


def _named_subject(ctx: DocContext, view: SentenceView, cue_first: int, clause_first: int, numbers) -> int | None:
    """"দগ্ধ হয়ে রহিমা খাতুন (৬৫) নামের এক নারী গতকাল … চিকিৎসাধীন অবস্থায় মারা গেছেন": the one person
    named in the cue's clause before it with "নামের এক …" or an age in brackets (entities: cues
    ``named``, ``age``), with no number or plural word between, is the one who died, however long the
    clause runs before its verb."""
    named = [ent for ent in view.entities if ent.label == "PER" and ent.attrs.get("cue") in NAMED_CUES
             and clause_first <= ctx.token_span(ent)[0] and ctx.token_span(ent)[1] < cue_first]
    if len(named) != 1:
        return None  # (none, or several people: "রফিক (৩৫) ও করিম (৪০)")
    last = ctx.token_span(named[0])[1]
    if any(set(ctx.tokens[tok].suffixes) & PLURAL_SUFFIXES for tok in range(last + 1, cue_first)) \
            or any(last < tok < cue_first and (num.value or 0) != 1 for tok, num in numbers
                   if not _an_age(ctx, tok)):
        return None
    return last


def _an_age(ctx: DocContext, token: int) -> bool:
    """A number alone in brackets is its person's age ("নিরঞ্জন বর্মন (৩৪)"), no count of people."""
    return ctx.word(token - 1) == "(" and ctx.word(token + 1) == ")"


#: the entity stage's cues of a person named as one individual (X নামের এক …, X (৩৫))
NAMED_CUES = frozenset({"named", "age"})


def _victim_after_passive(ctx: DocContext, view: SentenceView, cue, clause_last: int,
                          active: bool) -> int | None:
    """A passive verb phrase put first, its victim after it ("মাথা কেটে হত্যা করা হয়েছে ইরাকি সেনার
    পদস্থ অফিসার হুসেন শুনুনকে", "গ্রেফতার করা হয় বেগম জিয়াকে"): one singular person in the
    objective within a few words after it counts one, as :func:`_named_victim` does before it. Only
    a verb phrase takes an object (নিহত, ধৃত, আহত do not: "নিহতদের … পরিবারকে" is their families)."""
    cue_last = cue.last
    if active or cue_last - cue.first < 2:
        return None
    several = {tok for tok, num in view.numbers if num.value != 1 and not _an_age(ctx, tok)}
    vague = vague_quantity_words()
    last = min(clause_last, cue_last + VICTIM_WINDOW)
    for tok in range(cue_last, last):
        suffixes = ctx.tokens[tok].suffixes
        if set(suffixes) & PLURAL_SUFFIXES or tok in several or ctx.stem(tok) in vague:
            return None
        if OBJECTIVE in suffixes:
            return None if names_a_thing(ctx, tok) else tok
    # an intransitive one, its subject after it ("গুলিতে খুন হন সিপিএম কর্মী নিরঞ্জন বর্মন (৩৪)"):
    # a person's name within those words, in the nominative
    for ent in view.entities:
        if names_a_person(ent) and not ctx.tokens[ctx.token_span(ent)[1]].suffixes:
            first, name_last = ctx.token_span(ent)
            if cue_last <= first and name_last < last and not any(
                    set(ctx.tokens[tok].suffixes) & PLURAL_SUFFIXES or tok in several for tok in range(cue_last, first)):
                return name_last
    return None


def names_a_thing(ctx: DocContext, token: int) -> bool:
    """A word with a classifier of things whose noun is not a person's ("সাইকেলটিকে")."""
    return bool(set(ctx.tokens[token].suffixes) & object_classifiers()) and ctx.stem(token) not in person_nouns()


def names_a_person(ent) -> bool:
    """A person's name: one the entity stage found, or a leader's the actor dictionary knows
    ("শরিফ ওসমান হাদির হত্যাকাণ্ড": kind ``leader`` in ``resources/actors.tsv``)."""
    return ent.label == "PER" or ent.label == "ACTOR" and ent.attrs.get("kind") == "leader"


def _name_before(ctx: DocContext, view: SentenceView, token: int) -> int | None:
    """The token right before ``token`` when it ends a person's name, bare or in the genitive: a name
    the entity stage found, or a family name (দাসের, রহমানের: ``resources/family_names.tsv``)."""
    before = token - 1
    if before < view.first or ctx.tokens[before].is_punct or not set(ctx.tokens[before].suffixes) <= GENITIVE:
        return None
    if any(names_a_person(e) and ctx.token_span(e)[1] == before for e in view.entities):
        return before
    if ctx.stem(before) in family_names() and not any(
            e.label != "PER" and ctx.token_span(e)[0] <= before <= ctx.token_span(e)[1] for e in view.entities):
        return before
    return None


def tells_casualties(*found: Count | None) -> bool:
    """Whether any of these counts (an event's dead, injured, arrested) is above zero."""
    return any(c is not None and (c.value or 0) > 0 for c in found)


def better(old: Count | None, new: Count, old_kind: str = "", new_kind: str = "") -> Count:
    """Keep a numeric count over a vague one; between two numbers keep the first reported
    (later mentions usually repeat it; ACLED keeps the most conservative figure), except that a toll
    as it has risen (``new_kind`` "risen": মৃত বেড়ে ৭) replaces an earlier one, and a toll as told
    replaces one more dead (``old_kind`` "increment": আরও এক জনের মৃত্যু), which never replaces a toll,
    and a total over several places (``old_kind`` "places")."""
    if old is None:
        return new
    if new.value is not None and new.value != old.value and (
            new_kind == "risen" or old_kind in ("increment", "places") and new_kind == ""):
        return new
    if new_kind == "increment" and old.value is not None:
        return old
    if old.value is None and new.value is not None:
        return new
    if old.value == new.value and old.qualifier == "exact" and new.qualifier not in (None, "exact"):
        return new  # headline "নিহত ৪০", body "অন্তত ৪০ জন": keep the qualified figure
    return old
