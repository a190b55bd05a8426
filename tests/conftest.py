"""Shared fixtures: where ../shared/data is, and the corpora as lists of records."""
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GHOTONA_SHARED", ROOT.parent / "shared")) / "data"
BDNEWS = SHARED / "news-bdnews" / "articles-bn.jsonl"
EDNIL = SHARED / "news-ednil2020" / "articles-bn.jsonl"


def _load(path: Path) -> dict[str, dict]:
    if not path.exists():
        pytest.skip(f"shared corpus missing: {path}")
    with path.open(encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


@pytest.fixture(scope="session")
def bdnews() -> dict[str, dict]:
    return _load(BDNEWS)


@pytest.fixture(scope="session")
def ednil() -> dict[str, dict]:
    return _load(EDNIL)
