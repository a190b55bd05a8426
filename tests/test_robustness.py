"""The same article written differently must give the same events: Bengali or ASCII digits, with or
without ZWNJ/ZWJ, decomposed nukta letters, curly or straight quotes, every sentence repeated (the
BBC Bangla scrape artefact)."""
import re

import pytest

import ghotona
from ghotona.inputs import record_to_document
from ghotona.options import Options

pytestmark = pytest.mark.corpus

ARTICLES = ["bdn-df60006d04", "bdn-b25d4c7677", "bdn-cb9bcca948", "1020212_12raj7", "1031206_6bdesh5"]
BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
ASCII_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def _key(events):
    """What an analyst reads: type, mode, place, date, counts, actor, target, negation."""
    def count(c):
        return None if c is None else (c.value, c.qualifier)
    return sorted(((e.event_type, e.mode, e.location.name if e.location else None,
                   e.date.value if e.date else None, count(e.fatalities), count(e.injuries),
                   count(e.arrests), e.actor.name if e.actor else None,
                   e.target.name if e.target else None, e.negated) for e in events), key=repr)


VARIANTS = {
    "ascii digits": lambda t: t.translate(ASCII_DIGITS),
    "bengali digits": lambda t: t.translate(BN_DIGITS),
    "decomposed nukta": lambda t: t.replace("\u09df", "\u09af\u09bc").replace("\u09dc", "\u09a1\u09bc"),
    "zero-width joiners": lambda t: re.sub(r"([\u0995-\u09b9])(\u09cd)", "\\1\u200c\\2", t),
    "curly quotes": lambda t: t.replace("'", "\u2019").replace('"', "\u201d"),
    # The scrape artefact repeats body sentences; the printed head (dateline, headline, byline) of
    # an EDNIL page stays once, so the first sentence is left alone.
    "every sentence twice": lambda t: t[:t.index("।") + 1] + re.sub(r"([^।]+।)", r"\1 \1", t[t.index("।") + 1:]),
}


@pytest.mark.parametrize("doc_id", ARTICLES)
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_same_events_whatever_the_encoding(bdnews, ednil, doc_id, variant):
    records = bdnews if doc_id.startswith("bdn-") else ednil
    doc = record_to_document(records[doc_id], doc_id, Options())
    base = _key(ghotona.analyze(doc.text, doc.published, doc_id=doc_id).events)
    changed = VARIANTS[variant](doc.text)
    assert changed != doc.text or variant in ("bengali digits", "ascii digits", "curly quotes")
    assert _key(ghotona.analyze(changed, doc.published, doc_id=doc_id).events) == base
