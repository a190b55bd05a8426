"""Per-sentence view of everything earlier stages found, indexed by token, for the event stage.

Built once per document: which triggers, entities, numbers, dates and cue words each sentence
holds, and where its clauses (stretches between commas, semicolons and colons) begin and end.
"""
from __future__ import annotations

from bisect import bisect_left as _bisect_left
from bisect import bisect_right as _bisect_right
from dataclasses import dataclass

from ..doc import DateMention, Document, Entity, NumberMention, Token, Trigger
from ..recognize.lexicon import LexMatch, TokenStrings
from . import cues

CLAUSE_BREAKS = {",", ";", ":", "-", "—"}
#: what a sentence view holds of a kind it has none of
_NONE: tuple = ()


@dataclass(slots=True, init=False)
class SentenceView:
    index: int
    first: int  # first token
    last: int  # one past the last token
    duplicate_of: int | None
    triggers: list[Trigger]
    entities: list[Entity]
    numbers: list[tuple[int, NumberMention]]  # (token, span)
    dates: list[tuple[int, DateMention]]
    counts: list[LexMatch]
    #: murder nouns that count one dead only after a name (count_cues.tsv counted=victim): kept out
    #: of ``counts``, which tells that the sentence counts casualties
    murders: list[LexMatch]
    attributions: list[LexMatch]
    negations: list[LexMatch]
    hedges: list[LexMatch]
    modality: list[LexMatch]
    anaphora: list[LexMatch]
    background: list[LexMatch]
    several: list[LexMatch]
    discoveries: list[LexMatch]
    turns: list[LexMatch]  # only those opening the sentence
    tallies: list[LexMatch]  # only those a number follows in the clause
    others: list[LexMatch]  # "another of its kind" (other_event_cues.tsv)

    def __init__(self, index: int, first: int, last: int) -> None:
        # written out: a view per sentence, and the dataclass's default factories cost twice as much.
        # Every field but the entities starts as the shared empty tuple: most sentences hold no
        # trigger, number, date or cue, and DocContext gives a field its own list when it files the
        # first one (read the fields, never append to them)
        self.index, self.first, self.last, self.duplicate_of = index, first, last, None
        self.entities = []
        self.triggers = self.numbers = self.dates = _NONE  # type: ignore[assignment]
        self.counts = self.murders = self.attributions = self.negations = self.hedges = _NONE  # type: ignore[assignment]
        self.modality = self.anaphora = self.background = self.several = _NONE  # type: ignore[assignment]
        self.discoveries = self.turns = self.tallies = self.others = _NONE  # type: ignore[assignment]

    @property
    def turns_away(self) -> bool:
        """The sentence opens turning to another matter ("অন্য দিকে, …")."""
        return bool(self.turns)


def _file(view: SentenceView, name: str, item) -> None:
    """Add ``item`` to the view's field ``name`` (its own list from the first one on)."""
    found = getattr(view, name)
    if found:
        found.append(item)
    else:
        setattr(view, name, [item])


def sentence_keys(doc: Document) -> list[str]:
    """Each sentence's words, not its punctuation, joined by spaces: what tells a sentence printed
    again (a repeat may carry the quote mark that closed the sentence before it: "’’ রুশ টেলিভিশনে
    …"). Computed once per document for the event and confidence stages (kept while the token and
    sentence layers stay the same lists)."""
    tokens, sentences = doc.tokens, doc.sentences
    cached = doc.cache.get("sentence_keys")
    if cached is not None and cached[0] is tokens and cached[1] is sentences \
            and cached[2] == (len(tokens), len(sentences)):
        return cached[3]
    words: dict[int, list[str]] = {}
    # (the tokens come sentence by sentence: a sentence's list is looked up when the sentence
    # changes, not made and thrown away for every token)
    current_sentence, current = None, []
    for tok in tokens:
        if not tok.is_punct:
            if tok.sentence != current_sentence:
                current_sentence = tok.sentence
                current = words.setdefault(current_sentence, [])
            current.append(tok.norm or tok.text)
    keys = [" ".join(words.get(i, ())) for i in range(len(sentences))]
    doc.cache["sentence_keys"] = (tokens, sentences, (len(tokens), len(sentences)), keys)
    return keys


class DocContext:
    def __init__(self, doc: Document, triggers: list[Trigger]):
        self.doc = doc
        self.tokens: list[Token] = doc.tokens
        self._token_starts = doc.token_starts()
        self._clause_breaks: list[int] | None = None  # indices of clause punctuation tokens
        self._clauses: dict[int, tuple[int, int]] = {}  # token -> its clause (asked again by most rules)
        self._token_spans: dict[tuple[int, int], tuple[int, int]] = {}  # (start, end) -> token_span
        #: (sentence, labels) -> entity_tokens: asked again for every place of a sentence (names_a_route)
        self._entity_tokens: dict[tuple[int, tuple[str, ...]], frozenset[int]] = {}
        #: what the placing stage decided about a place once per document (its span -> answer):
        #: several stages ask whether the same place is a reference point or a road's end
        self.place_memo: dict[tuple[str, int, int], bool] = {}
        #: where the document's nationalities start (placing.demonym_starts), found once
        self.demonym_starts: frozenset[int] | None = None
        #: a place's case suffixes by its span and inflection (placing.case_suffixes): asked again by
        #: every rule that weighs the same place
        self.case_memo: dict[tuple[int, int, str | None], frozenset[str]] = {}
        #: a sentence's places in the genitive before another place and those places
        #: (placing.parents_and_children): the same for every draft the sentence places
        self.parents_memo: dict[int, tuple[set[int], set[int]]] = {}
        #: (sentence, event type, mode) of the triggers a modality cue made unrealised (a bandh called for a
        #: later day): what a headline's bare mention of that type may stand for
        self.planned: set[tuple[int, str, str | None]] = set()
        #: the headline's sentences (the layout stage's), read once: a headline's clauses are
        #: separate news, and several rules ask whether a sentence is one
        self.headline_sentences: frozenset[int] = frozenset(doc.meta.get("layout", {}).get("headline_sentences", ()))
        self.sentences: list[SentenceView] = []
        seen: dict[str, int] = {}
        # first and one-past-last token of each sentence index
        sentence_ids = [t.sentence for t in self.tokens]
        sentence_ids_sorted = sentence_ids == sorted(sentence_ids)
        if sentence_ids_sorted:  # (as the segmenter makes them)
            def bounds(si: int) -> tuple[int, int]:
                first, last = _bisect_left(sentence_ids, si), _bisect_right(sentence_ids, si)
                return (first, last) if first < last else (0, 0)
        else:
            firsts = {s: i for i, s in reversed(list(enumerate(sentence_ids)))}
            lasts = {s: i + 1 for i, s in enumerate(sentence_ids)}

            def bounds(si: int) -> tuple[int, int]:
                return (firsts[si], lasts[si]) if si in firsts else (0, 0)
        # each token's word and stem, read once: the event stage asks for them hundreds of times (the
        # lists the lexicons matched this document's tokens on)
        strings = TokenStrings.of(doc)
        #: each token's word and stem (read them, never change them): a rule that reads a token
        #: it knows to be in the document indexes them rather than call word() and stem()
        self.token_words = words = strings.words
        self.token_stems = strings.stem_words
        self._n_tokens = len(words)  # (words and stems: one per token; word and stem ask it very often)
        if sentence_ids_sorted:
            keys = sentence_keys(doc)
        else:  # (the words between a sentence's first and last token)
            content = [None if t.is_punct else word for t, word in zip(self.tokens, words)]
            keys = [" ".join([w for w in content[slice(*bounds(si))] if w is not None])
                    for si in range(len(doc.sentences))]
        for si, key in enumerate(keys):
            view = SentenceView(si, *bounds(si))
            if key and key in seen:
                view.duplicate_of = seen[key]  # BBC pages repeat every sentence
            elif key:
                seen[key] = si
            self.sentences.append(view)
        views, n_views = self.sentences, len(self.sentences)
        view_of = self._view  # (for a sentence index out of range)
        for trig in triggers:
            si = trig.sentence
            _file(views[si] if 0 <= si < n_views else view_of(si), "triggers", trig)
        # each span goes to the sentence of the token at its start (token_at, inlined: a hundred
        # spans per document)
        token_starts = self._token_starts
        for ent in doc.get("entities"):
            tok = _bisect_right(token_starts, ent.start) - 1
            si = sentence_ids[tok if tok > 0 else 0] if sentence_ids else 0
            (views[si] if 0 <= si < n_views else view_of(si)).entities.append(ent)  # type: ignore[arg-type]
        for layer in ("numbers", "dates"):
            for span in doc.get(layer):
                tok = _bisect_right(token_starts, span.start) - 1
                tok = tok if tok > 0 else 0
                si = sentence_ids[tok] if sentence_ids else 0
                _file(views[si] if 0 <= si < n_views else view_of(si), layer, (tok, span))
        for name, lex in (("counts", cues.count_cues()), ("attributions", cues.attribution_cues()),
                          ("negations", cues.negation_cues()), ("hedges", cues.hedge_cues()),
                          ("modality", cues.modality_cues()), ("anaphora", cues.anaphora_cues()),
                          ("background", cues.background_cues()), ("several", cues.several_events_cues()),
                          ("discoveries", cues.discovery_cues()), ("turns", cues.turn_cues()),
                          ("tallies", cues.tally_cues()), ("others", cues.other_event_cues())):
            for m in lex.find_in(strings):
                si = sentence_ids[m.first]
                _file(views[si] if 0 <= si < n_views else view_of(si), name, m)
        trigger_starts = {t.attrs.get("first_token") for t in triggers}
        for view in self.sentences:  # (most sentences hold none of these cues)
            if view.counts and any(m.entry.get("counted") == "victim" for m in view.counts):
                view.murders = [m for m in view.counts if m.entry.get("counted") == "victim"]
                view.counts = [m for m in view.counts if m.entry.get("counted") != "victim"]
            if view.turns:
                # a turn cue counts at the sentence's start only (its first two words)
                view.turns = [m for m in view.turns if m.first <= view.first + 1]
            if view.tallies:
                view.tallies = [m for m in view.tallies if self._number_follows(view, m.last)]
            if not view.anaphora:
                continue
            # a demonstrative points back only when a trigger follows it ("এই বিস্ফোরণে")
            view.anaphora = [m for m in view.anaphora
                             if m.entry.get("before") != "trigger" or m.last in trigger_starts]

    #: how many words after a tally cue its number may come ("এই নিয়ে দিন কয়েকের মধ্যে তিন জন")
    TALLY_WINDOW = 6

    def _number_follows(self, view: SentenceView, token: int) -> bool:
        """A number (not a date) starts within a few words after ``token``, in its clause."""
        _, clause_last = self.clause(min(token, view.last - 1))
        dates = {tok for tok, _ in view.dates}
        return any(token <= tok < min(clause_last, token + self.TALLY_WINDOW) and tok not in dates
                   for tok, _ in view.numbers)

    def tallied(self, view: SentenceView, token: int) -> bool:
        """The token's clause opens with a running total ("এই নিয়ে … তিন জন খুন হলেন")."""
        if not view.tallies:
            return False
        first, last = self.clause(token)
        return any(first <= m.first < last for m in view.tallies)

    def _view(self, index: int) -> SentenceView:
        if 0 <= index < len(self.sentences):
            return self.sentences[index]
        return self.sentences[-1] if self.sentences else SentenceView(0, 0, 0)

    def token_at(self, offset: int) -> int:
        """Index of the token that contains or follows ``offset`` (original text)."""
        i = _bisect_right(self._token_starts, offset) - 1  # (never past the last token)
        return i if i > 0 else 0

    def first_token(self, trigger: Trigger) -> int:
        """The trigger's first token as the trigger stage recorded it, else the one at its offset
        (found only when needed: this is asked for every trigger by most rules)."""
        attrs = trigger.attrs
        return attrs["first_token"] if "first_token" in attrs else self.token_at(trigger.start)

    def token_span(self, span) -> tuple[int, int]:
        """First and last token (inclusive) of a span of the original text."""
        key = (span.start, span.end)
        found = self._token_spans.get(key)
        if found is None:
            last = span.end - 1 if span.end - 1 > span.start else span.start
            found = self._token_spans[key] = (self.token_at(span.start), self.token_at(last))
        return found

    def entity_tokens(self, view: SentenceView, labels: tuple[str, ...]) -> frozenset[int]:
        """Indices of the tokens the view's entities with these labels cover."""
        key = (view.index, labels)
        found = self._entity_tokens.get(key)
        if found is None:
            covered: set[int] = set()
            for ent in view.entities:
                if ent.label in labels:
                    first, last = self.token_span(ent)
                    covered.update(range(first, last + 1))
            found = self._entity_tokens[key] = frozenset(covered)
        return found

    def sentence_of(self, offset: int) -> int:
        return self.tokens[self.token_at(offset)].sentence if self.tokens else 0

    def clause(self, token: int) -> tuple[int, int]:
        """Token range of the clause holding ``token`` (between clause punctuation)."""
        found = self._clauses.get(token)
        if found is None:
            found = self._clauses[token] = self._clause(token)
        return found

    def _clause(self, token: int) -> tuple[int, int]:
        sent = self.sentences[self.tokens[token].sentence]
        breaks = self._clause_breaks
        if breaks is None:
            breaks = self._clause_breaks = [i for i, word in enumerate(self.token_words) if word in CLAUSE_BREAKS]
        # back to just after the nearest break before the token, on to the nearest break after it
        first = token
        if token > sent.first:
            k = _bisect_left(breaks, token)
            first = breaks[k - 1] + 1 if k and breaks[k - 1] + 1 > sent.first else sent.first
        last = token + 1
        if last < sent.last:
            k = _bisect_right(breaks, token)
            last = breaks[k] if k < len(breaks) and breaks[k] < sent.last else sent.last
        return first, last

    def word(self, token: int) -> str:
        if 0 <= token < self._n_tokens:
            return self.token_words[token]
        return ""

    def stem(self, token: int) -> str:
        if 0 <= token < self._n_tokens:
            return self.token_stems[token]
        return ""

    def stems(self, first: int, last: int) -> list[str]:
        """The stems of tokens ``first`` to ``last - 1`` (those in the document), in one slice."""
        return self.token_stems[first if first > 0 else 0:last if last > 0 else 0]

    def words(self, first: int, last: int) -> list[str]:
        """The words of tokens ``first`` to ``last - 1`` (those in the document), in one slice."""
        return self.token_words[first if first > 0 else 0:last if last > 0 else 0]
