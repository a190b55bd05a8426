"""A regex alternation in the shape of a prefix trie, for scanning a text for the places where
a word from a list may start (the numbers and dates stages try their big patterns only there).

Each word is a sequence of atoms (characters, or already-rendered regex pieces); a word that
extends a shorter one is dropped, since matching the shorter prefix is enough to find the start.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence


def prefix_trie_pattern(sequences: Iterable[Sequence[str]],
                        render: Callable[[str], str] = re.escape) -> str:
    """The regex (a string, not compiled) matching a prefix of every sequence; ``render`` turns an
    atom into regex syntax (default: escape it literally)."""
    trie: dict = {}
    for seq in sequences:
        node = trie
        for atom in seq:
            if "" in node:
                break  # a shorter word already ends here: its prefix is enough
            node = node.setdefault(atom, {})
        else:
            node.clear()
            node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""
        alts = [render(atom) + emit(child) for atom, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)
