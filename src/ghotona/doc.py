"""The document model: one `Document` flows through every stage and collects typed spans.

Every span's ``start``/``end`` are character offsets into the ORIGINAL text (``doc.text``), so a
field can always be highlighted in the source.  Stages read the normalised text (``doc.norm``) and
create spans with :meth:`Document.span_from_norm`, which maps normalised offsets back to the
original through the offset map the normaliser recorded.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import json
import operator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Iterator, TypeVar


@dataclass(slots=True)
class Span:
    """A stretch of the original text: ``doc.text[start:end] == text``."""

    start: int
    end: int
    text: str
    layer: ClassVar[str] = "spans"

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}


@dataclass(slots=True)
class Sentence(Span):
    layer: ClassVar[str] = "sentences"


@dataclass(slots=True)
class Token(Span):
    """A word or punctuation mark. ``stem`` + ``suffixes`` come from the morphological splitter
    (ইরবিলে → ইরবিল + [এ]); both are in normalised spelling."""

    norm: str = ""
    stem: str = ""
    suffixes: list[str] = field(default_factory=list)
    is_punct: bool = False
    sentence: int = -1
    layer: ClassVar[str] = "tokens"


@dataclass(slots=True)
class NumberMention(Span):
    """A quantity: ``value`` is the number (``high`` the upper end of a range), ``qualifier`` one of
    exact | at_least | about | more_than | less_than | range | several | many."""

    value: float | int | None = None
    high: float | int | None = None
    qualifier: str = "exact"
    classifier: str | None = None  # জন, টি, টা, খানা …
    layer: ClassVar[str] = "numbers"


@dataclass(slots=True)
class DateMention(Span):
    """A date or relative time expression.  ``value`` is YYYY-MM-DD, YYYY-MM or YYYY; ``precision``
    day | week | month | year.  ``value`` is None when a relative expression has no anchor."""

    value: str | None = None
    precision: str | None = None
    relative: bool = False
    note: str | None = None  # why it is unresolved, or how it was resolved
    layer: ClassVar[str] = "dates"


@dataclass(slots=True)
class Entity(Span):
    """A named thing: ``label`` PER | ORG | LOC | GPE | NORP …; ``key`` points into a resource
    (actor dictionary id, gazetteer id) when the entity was matched by a dictionary."""

    label: str = ""
    name: str | None = None
    key: str | None = None
    source: str = "dictionary"  # dictionary | pattern | model
    attrs: dict[str, Any] = field(default_factory=dict)
    layer: ClassVar[str] = "entities"


@dataclass(slots=True)
class Trigger(Span):
    """A word or phrase that names an event, with the type it implies."""

    event_type: str = ""
    mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    sentence: int = -1
    attrs: dict[str, Any] = field(default_factory=dict)
    layer: ClassVar[str] = "triggers"


SPAN_TYPES: dict[str, type[Span]] = {
    cls.layer: cls for cls in (Sentence, Token, NumberMention, DateMention, Entity, Trigger)
}

S = TypeVar("S", bound=Span)
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def register_span_type(cls: type[S]) -> type[S]:
    """Let a later stage add its own span type to the JSON round-trip."""
    SPAN_TYPES[cls.layer] = cls
    return cls


def publication_date(value: dt.date | str | None) -> dt.date | None:
    """A publication date as a plain date: an ISO string is parsed (a clear error when it is not
    one), a datetime loses its time (event dates are days), anything else is refused."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        from .inputs import parse_date  # (inputs builds documents: imported here, not at the top)

        return parse_date(value, "published date")
    raise TypeError(f"published must be a date or a YYYY-MM-DD string, not {type(value).__name__}")


@dataclass
class Document:
    """An article and everything the pipeline found in it."""

    text: str
    id: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    language: str = "bn"
    # The normalised text and the map from its offsets to the original's (len(norm) + 1 entries).
    norm: str | None = None
    norm_to_orig: list[int] | None = None
    layers: dict[str, list[Span]] = field(default_factory=dict)
    events: list[Any] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    # Per-document working data of the stages (joined token strings …); never serialised.
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.published = publication_date(self.published)
        if self.id is None:
            self.id = "doc-" + hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:12]

    # --- layers ---------------------------------------------------------------------------
    def has(self, layer: str) -> bool:
        return layer in self.layers

    def get(self, layer: str) -> list[Span]:
        return self.layers.get(layer, [])

    def set(self, layer: str, spans: list[Span]) -> None:
        # Ordered by (start, -end), stably: two stable C-keyed sorts instead of a Python key.
        spans.sort(key=_END, reverse=True)
        spans.sort(key=_START)
        self.layers[layer] = spans

    @property
    def sentences(self) -> list[Sentence]:
        return self.layers.get("sentences", [])  # type: ignore[return-value]

    @property
    def tokens(self) -> list[Token]:
        return self.layers.get("tokens", [])  # type: ignore[return-value]

    # --- offsets --------------------------------------------------------------------------
    @property
    def normalized(self) -> bool:
        return self.norm is not None

    def orig_offset(self, norm_offset: int) -> int:
        if self.norm_to_orig is None:
            return norm_offset
        return self.norm_to_orig[norm_offset]

    def orig_range(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Map a [start, end) range of the normalised text to the original text."""
        if self.norm_to_orig is None:
            return norm_start, norm_end
        start = self.norm_to_orig[norm_start]
        end = self.norm_to_orig[norm_end] if norm_end > norm_start else start
        # A normalised character made from several original ones (a decomposed nukta letter)
        # maps to the first of them; extend the end to cover the whole source cluster.
        if norm_end > norm_start and end < start:
            end = start
        return start, end

    def span_from_norm(self, cls: type[S], norm_start: int, norm_end: int, **fields: Any) -> S:
        # orig_range inlined: this runs once per token.
        offsets = self.norm_to_orig
        if offsets is None:
            start, end = norm_start, norm_end
        elif norm_end > norm_start:
            start = offsets[norm_start]
            end = offsets[norm_end]
            if end < start:
                end = start
        else:
            start = end = offsets[norm_start]
        return cls(start, end, self.text[start:end], **fields)

    def norm_offset(self, orig_offset: int) -> int:
        """The first normalised offset that maps at or after ``orig_offset`` (binary search)."""
        if self.norm_to_orig is None:
            return orig_offset
        return bisect.bisect_left(self.norm_to_orig, orig_offset)

    def norm_text_of(self, span: Span) -> str:
        """The normalised spelling of a span."""
        if self.norm is None:
            return span.text
        return self.norm[self.norm_offset(span.start) : self.norm_offset(span.end)]

    def spans_in(self, layer: str, start: int, end: int) -> Iterator[Span]:
        for span in self.get(layer):
            if span.start >= start and span.end <= end:
                yield span

    def sentence_index_at(self, offset: int) -> int:
        i = bisect.bisect_right(self._sentence_starts(), offset) - 1
        return i if i > 0 else 0  # (not max(): asked for hundreds of offsets per document)

    def sentence_indices_at(self, offsets: Iterable[int]) -> list[int]:
        """:meth:`sentence_index_at` of many offsets, checking the cached sentence starts once. Offsets
        in order (a token layer's starts) are placed with one bisection per sentence, each sentence's
        offsets being one slice, not one per offset."""
        starts = self._sentence_starts()
        offsets = list(offsets)
        if offsets != sorted(offsets):  # (one sort in C: an ordered list is checked in one pass)
            return [i if (i := bisect.bisect_right(starts, offset) - 1) > 0 else 0 for offset in offsets]
        out: list[int] = []
        for index, end in enumerate(self._sentence_bounds(offsets)):
            out.extend([index] * (end - len(out)))
        return out

    def renumber_token_sentences(self) -> None:
        """Set every token's ``sentence`` to :meth:`sentence_index_at` its start, after the sentence
        layer changed.  Tokens in order (as a token layer is) are numbered a sentence's slice at a
        time, found by one bisection per sentence, without a list of every token's index."""
        tokens = self.tokens
        offsets = self.token_starts()
        if offsets != sorted(offsets):
            for tok, index in zip(tokens, self.sentence_indices_at(offsets)):
                tok.sentence = index
            return
        first = 0
        for index, end in enumerate(self._sentence_bounds(offsets)):
            if end > first:
                for tok in tokens[first:end]:
                    tok.sentence = index
                first = end

    def _sentence_bounds(self, offsets: list[int]) -> list[int]:
        """For ordered offsets, where each sentence's run of them ends: sentence k holds the offsets
        up to the first at or after the start of sentence k + 1 (those before sentence 1 are in 0)."""
        return [bisect.bisect_left(offsets, start) for start in self._sentence_starts()[1:]] + [len(offsets)]

    def _sentence_starts(self) -> list[int]:
        return self._layer_starts("sentences")

    def token_starts(self) -> list[int]:
        """Start offsets of the tokens, in token order (for bisection; do not change the list).
        Several stages ask for them: made once while the token layer stays the same."""
        return self._layer_starts("tokens")

    def tokens_at_char(self, char: str) -> list[int]:
        """Indices, in order, of the tokens that start where ``char`` stands in the (original) text:
        found by searching the text, not by walking every token."""
        text, tokens = self.text, self.tokens
        at = text.find(char)
        if at < 0:
            return []
        starts = self.token_starts()
        out: list[int] = []
        while at >= 0:
            i = bisect.bisect_left(starts, at)
            while i < len(tokens) and starts[i] == at:  # (two tokens may start at one offset)
                out.append(i)
                i += 1
            at = text.find(char, at + 1)
        return out

    def _layer_starts(self, layer: str) -> list[int]:
        """Start offsets of a layer's spans, cached while the layer stays the same list with the
        same first and last spans."""
        spans = self.layers.get(layer, [])
        key = layer + "_starts"
        cached = self.cache.get(key)
        if (cached is not None and cached[0] is spans and cached[1] == len(spans)
                and (not spans or (cached[2] is spans[0] and cached[3] is spans[-1]))):
            return cached[4]
        starts = [s.start for s in spans]
        self.cache[key] = (spans, len(spans), spans[0] if spans else None,
                           spans[-1] if spans else None, starts)
        return starts

    # --- JSON -----------------------------------------------------------------------------
    def to_dict(self, include_norm: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "url": self.url,
            "language": self.language,
            "layers": {name: [s.to_dict() for s in spans] for name, spans in self.layers.items()},
            "events": [e.to_dict() if hasattr(e, "to_dict") else e for e in self.events],
            "meta": self.meta,
        }
        if include_norm:
            out["norm"] = self.norm
            out["norm_to_orig"] = self.norm_to_orig
        return out

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(**kwargs), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        published = data.get("published")
        doc = cls(
            text=data["text"],
            id=data.get("id"),
            published=dt.date.fromisoformat(published) if published else None,
            title=data.get("title"),
            url=data.get("url"),
            language=data.get("language", "bn"),
            norm=data.get("norm"),
            norm_to_orig=data.get("norm_to_orig"),
            meta=data.get("meta") or {},
        )
        for name, spans in (data.get("layers") or {}).items():
            span_cls = SPAN_TYPES.get(name, Span)
            doc.layers[name] = [span_cls(**s) for s in spans]
        doc.events = list(data.get("events") or [])
        return doc

    @classmethod
    def from_json(cls, text: str) -> "Document":
        return cls.from_dict(json.loads(text))


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value
