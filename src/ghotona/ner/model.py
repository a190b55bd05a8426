"""The shipped NER model: a CRFsuite file plus a small JSON of settings, loaded once."""
from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Sequence

from .. import resources
from .features import sentence_features

MODEL_DIR = "ner"
MODEL_FILE = "model.crfsuite"
META_FILE = "model.json"


class NerModel:
    """Tags sentences of normalised token strings with BIO labels (PER, ORG, LOC, TIME)."""

    def __init__(self, path: str | Path, domain: str | None = None, meta: dict | None = None):
        import pycrfsuite

        self.path = Path(path)
        self.domain = domain
        self.meta = meta or {}
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))
        self._lock = threading.Lock()  # a CRFsuite tagger holds per-call state

    @classmethod
    def from_dir(cls, folder: str | Path) -> "NerModel":
        folder = Path(folder)
        meta_path = folder / META_FILE
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        return cls(folder / meta.get("model_file", MODEL_FILE), meta.get("domain"), meta)

    def features(self, tokens: Sequence[str], is_punct: Sequence[bool]) -> list[list[str]]:
        return sentence_features(tokens, is_punct, self.domain)

    def tag(self, tokens: Sequence[str], is_punct: Sequence[bool]) -> list[str]:
        if not tokens:
            return []
        feats = sentence_features(tokens, is_punct, self.domain)
        with self._lock:
            return self._tagger.tag(feats)

    def tag_features(self, feats: list[list[str]]) -> list[str]:
        with self._lock:
            return self._tagger.tag(feats) if feats else []


_shipped: NerModel | None = None
_shipped_lock = threading.Lock()


def shipped_model() -> NerModel:
    """The model under ``resources/ner/``, loaded on first use and kept."""
    global _shipped
    if _shipped is None:
        with _shipped_lock:
            if _shipped is None:
                folder = resources.path(MODEL_DIR)
                if not (folder / MODEL_FILE).exists():
                    raise FileNotFoundError(
                        f"no NER model at {folder / MODEL_FILE}; train one with python -m ghotona.ner.train")
                _shipped = NerModel.from_dir(folder)
    return _shipped
