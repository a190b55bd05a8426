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
    last_end = 0
    for sent in doc.sentences:
        assert 0 <= sent.start < sent.end <= len(text)
        assert text[sent.start:sent.end] == sent.text
        assert sent.start >= last_end
        last_end = sent.end
    last_end = 0
    for tok in doc.tokens:
        assert 0 <= tok.start < tok.end <= len(text)
        assert text[tok.start:tok.end] == tok.text
        assert tok.start >= last_end
        last_end = tok.end
        # the token's normalised form is what normalising its original text gives
        # ('|' becomes a danda only after a Bengali letter, so compare modulo that)
        assert tok.norm.replace("।", "|") == normalize(tok.text)[0].replace("।", "|")
