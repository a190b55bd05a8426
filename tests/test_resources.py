"""Every shipped language resource records its provenance and licence, loads, and is normalised."""
from pathlib import Path

import pytest

from ghotona import resources
from ghotona.text.normalize import normalize_term

RES = Path(resources.__file__).parent
TSV = sorted(p for p in RES.rglob("*.tsv"))


@pytest.mark.parametrize("path", TSV, ids=lambda p: str(p.relative_to(RES)))
def test_resource_has_provenance_and_licence(path):
    head = "".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:12]).lower()
    assert "licen" in head, f"{path.name}: no licence line in its header"
    assert any(w in head for w in ("provenance", "source", "built from", "generated", "written by", "written for")), path.name


@pytest.mark.parametrize("path", [p for p in TSV if p.parent == RES], ids=lambda p: p.name)
def test_resource_loads_with_a_header(path):
    rows = resources.read_tsv(path.name)
    assert rows, f"{path.name} is empty"
    assert all(None not in r for r in rows)


def test_lexicon_terms_are_in_normalised_spelling():
    for name in ("triggers.tsv", "actors.tsv", "count_cues.tsv", "anaphora.tsv", "bylines.tsv"):
        for row in resources.read_tsv(name):
            assert row["term"] == normalize_term(row["term"]), (name, row["term"])


def test_bengali_in_the_code_is_in_the_normalised_spelling():
    # Regression: the locative set was typed with ya + nukta (U+09AF U+09BC) while the splitter
    # writes the composed য় (U+09DF), so "ঢাকায়" never counted as a locative for several sessions.
    # Every Bengali string in the code is compared with normalised text: none may be decomposed.
    import re
    from pathlib import Path

    decomposed = re.compile("[\u09af\u09a1\u09a2]\u09bc")
    src = Path(__file__).resolve().parents[1] / "src" / "ghotona"
    bad = [f"{path.relative_to(src)}:{n}" for path in sorted(src.rglob("*.py"))
           for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if decomposed.search(line)]
    assert not bad, bad


def test_case_sets_name_suffixes_the_splitter_writes():
    # The code's case sets must hold the splitter's own suffix spellings (suffixes.tsv, canonical
    # column): "েরা" (e-kar) never matched, the splitter writes "এরা"; the locative য় must be composed
    from ghotona.events import roles
    from ghotona.text import morph

    written = {row["suffix"] for row in resources.read_tsv("suffixes.tsv")
               if row["kind"] in ("plural", "plural_case", "case", "classifier")}
    for name, suffixes in (("morph.GENITIVE", morph.GENITIVE), ("morph.LOCATIVE", morph.LOCATIVE),
                           ("roles.GENITIVE", roles.GENITIVE), ("roles.LOCATIVE", roles.LOCATIVE),
                           ("roles.ACCUSATIVE", roles.ACCUSATIVE), ("roles.PLURAL", roles.PLURAL)):
        assert suffixes <= written, (name, sorted(suffixes - written))
