"""Property: normalize + segment never crash on arbitrary Bengali-ish text, and every sentence
and token span slices the original text back to its surface form (offsets into the original)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from ghotona.doc import Document
from ghotona.options import Options
from ghotona.text.normalize import normalize, normalize_stage
from ghotona.text.segment import segment_stage

PIECES = st.sampled_from(
    list("অআইউএওকখগচজটডতদনপবমযরলশসহািীুেোৌ্ৎংঁড়য়০১২৩৪৫৬৭৮৯।?!.,;:'\"“”‘’()–- \n")
    + ["\u200c", "\u200d", "\u00a0", "\u09af\u09bc", "\u09a1\u09bc", "\u09c7\u09be", "মো.", "ড.", "২.৫",
       "১,২০০", "১০টি", "ঢাকায়", "হামলা", "|", "\ufeff", "e\u0301", "abc", "https://x.y/z"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=80).map("".join))
def test_normalize_and_segment_keep_offsets(text):
    doc = segment_stage(normalize_stage(Document(text), Options()), Options())
    for spans in (doc.sentences, doc.tokens):
        _ordered_slices(text, spans)
    for tok in doc.tokens:
        # the token's normalised form is what normalising its original text gives
        # ('|' becomes a danda only after a Bengali letter, so compare modulo that)
        assert tok.norm.replace("।", "|") == normalize(tok.text)[0].replace("।", "|")


def _ordered_slices(text, spans):
    last_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
        assert span.start >= last_end
        last_end = span.end
