"""Scoring predicted events against a gold set (format: docs/evaluation.md).

Per article, predicted and gold events are paired by an optimal one-to-one assignment
(``scipy.optimize.linear_sum_assignment``) over a similarity that needs the same event type and
rewards a close place, the same date and the same actor; a pair counts as a match when the types
agree and the place, date or actor agree enough (``MATCH_THRESHOLD``).  Unpaired gold events are
misses, unpaired predictions false alarms.  On matched pairs each field is scored separately
(coordinates within 25 km count as right).
"""
from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .schema import MEASURED_TYPES, date_span

SCORED_TYPES = MEASURED_TYPES  # the types the gold set annotates (schema)
COORD_KM = 25.0
#: gold place precisions that name an area, not a point: matched by name when the centres differ
AREA_PRECISIONS = frozenset({"country", "admin1", "district"})
MATCH_THRESHOLD = 0.25  # of the 1.0 that place, date and actor can add on top of the type


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


def load_gold(paths: Iterable[str | Path], split: str | None = None,
              articles: str | Path | None = None) -> dict[str, dict[str, Any]]:
    """Gold articles by doc_id; with ``split``, only those ``articles.tsv`` assigns to it."""
    allowed: set[str] | None = None
    paths = list(paths)
    if split is not None:
        table = Path(articles) if articles else _split_table(Path(paths[0]))
        try:
            rows = table.read_text(encoding="utf-8").splitlines()[1:]
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{table}: cannot read the split table ({exc}); name it with --articles") from None
        allowed = set()
        for lineno, line in enumerate(rows, start=2):
            fields = line.split("\t")
            if len(fields) != 4:
                raise GoldError(f"{table}:{lineno}: a split row needs doc_id, corpus, category and split")
            if fields[3] == split:
                allowed.add(fields[0])
    gold: dict[str, dict[str, Any]] = {}
    for path in paths:
        p = Path(path)
        files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            for lineno, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    doc_id = record["doc_id"]
                    events = record["events"]
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    raise GoldError(f"{f}:{lineno}: not a gold record ({exc})") from None
                if allowed is not None and doc_id not in allowed:
                    continue
                record["events"] = [e for e in events if e.get("event_type") in SCORED_TYPES]
                gold[doc_id] = record
    return gold


def _split_table(first: Path) -> Path:
    """The split table for gold at FIRST (``gold/annotations/`` or one of its files): ``gold/articles.tsv``."""
    return (first if first.is_dir() else first.parent).parent / "articles.tsv"


def _km(a: dict | None, b: dict | None) -> float | None:
    if not a or not b or a.get("lat") is None or b.get("lat") is None:
        return None
    p = math.pi / 180
    h = (math.sin((b["lat"] - a["lat"]) * p / 2) ** 2 + math.cos(a["lat"] * p) * math.cos(b["lat"] * p)
         * math.sin((b["lon"] - a["lon"]) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def _same_name(a: dict | None, b: dict | None) -> bool:
    if not a or not b or not a.get("name") or not b.get("name"):
        return False
    return _fold(a["name"]) == _fold(b["name"])


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isalnum()).lower()


def place_right(g: dict | None, p: dict | None) -> bool | None:
    if not g:
        return None
    if not p:
        return False
    km = _km(g, p)
    if km is not None:
        return km <= COORD_KM or _area_by_name(g, p)
    return _same_name(g, p) or (g.get("precision") == "country" and g.get("country") == p.get("country"))


def _area_by_name(g: dict, p: dict) -> bool:
    """An area (a country, a state, a district) is right by its name, whatever centre point each side
    gave it: the gold's "Bangladesh" or "Florida" and the gazetteer's lie over 25 km apart."""
    return g.get("precision") in AREA_PRECISIONS and _same_name(g, p)


def _place_sim(g: dict | None, p: dict | None) -> float:
    if not g or not p:
        return 0.0
    km = _km(g, p)
    if km is not None:
        return 1.0 if km <= COORD_KM or _area_by_name(g, p) else 0.5 if km <= 100 else 0.2 if g.get("country") == p.get("country") else 0.0
    return 1.0 if _same_name(g, p) else 0.2 if g.get("country") and g.get("country") == p.get("country") else 0.0


def _date_sim(g: dict | None, p: dict | None) -> float:
    gv, pv = (g or {}).get("value"), (p or {}).get("value")
    if not gv or not pv:
        return 0.3
    if gv == pv:
        return 1.0
    if gv[:7] == pv[:7]:
        return 0.5
    return 0.0


def actor_right(g: dict | None, p: dict | None) -> bool | None:
    if not g:
        return None
    if not p:
        return False
    # "Police Forces" and "Police Forces of India (West Bengal)" name the same actor at two
    # granularities: one name containing the other counts as right.
    gn, pn = _fold(g.get("name") or ""), _fold(p.get("name") or "")
    return _same_name(g, p) or bool(gn and pn and (gn in pn or pn in gn))


def _actor_sim(g: dict, p: dict) -> float:
    scores = []
    for key in ("actor", "target"):
        ga, pa = g.get(key), p.get(key)
        if ga and pa:
            scores.append(1.0 if actor_right(ga, pa) else 0.3 if ga.get("country") == pa.get("country") else 0.0)
    return max(scores) if scores else 0.0


def similarity(g: dict, p: dict) -> float:
    if g["event_type"] != p["event_type"]:
        return 0.0
    return 1.0 + 0.45 * _place_sim(g.get("location"), p.get("location")) + \
        0.35 * _date_sim(g.get("date"), p.get("date")) + 0.2 * _actor_sim(g, p)


def _count_right(g: dict | None, p: dict | None) -> bool:
    if not g:
        return not p or p.get("value") is None
    if not p:
        return False
    return g.get("value") == p.get("value")


FIELDS = ("mode", "acled_sub_event_type", "actor", "target", "location", "location_country", "date",
          "date_precision", "fatalities", "injuries", "arrests", "negated", "hedged")


def field_scores(g: dict, p: dict) -> dict[str, bool | None]:
    gl, pl = g.get("location"), p.get("location")
    gd, pd = g.get("date") or {}, p.get("date") or {}
    return {
        "mode": (g.get("mode") == p.get("mode")) if g.get("mode") else None,
        "acled_sub_event_type": (g.get("acled_sub_event_type") == p.get("acled_sub_event_type"))
        if g.get("acled_sub_event_type") else None,
        "actor": actor_right(g.get("actor"), p.get("actor")),
        "target": actor_right(g.get("target"), p.get("target")),
        "location": place_right(gl, pl),
        "location_country": (bool(pl) and gl.get("country") == pl.get("country")) if gl and gl.get("country") else None,
        "date": (gd.get("value") == pd.get("value")) if gd.get("value") else None,
        "date_precision": (gd.get("precision") == pd.get("precision")) if gd.get("precision") else None,
        "fatalities": _count_right(g.get("fatalities"), p.get("fatalities")),
        "injuries": _count_right(g.get("injuries"), p.get("injuries")),
        "arrests": _count_right(g.get("arrests"), p.get("arrests")),
        "negated": bool(g.get("negated")) == bool(p.get("negated")),
        "hedged": bool(g.get("hedged")) == bool(p.get("hedged")),
    }


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    by_type: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    fields: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events": {"gold": self.tp + self.fn, "predicted": self.tp + self.fp, "matched": self.tp,
                       **self.prf(self.tp, self.fp, self.fn)},
            "by_type": {t: {"gold": c["tp"] + c["fn"], "predicted": c["tp"] + c["fp"],
                            **self.prf(c["tp"], c["fp"], c["fn"])} for t, c in sorted(self.by_type.items())},
            "fields": {f: {"right": c["right"], "scored": c["right"] + c["wrong"],
                           "accuracy": round(c["right"] / (c["right"] + c["wrong"]), 4) if c["right"] + c["wrong"] else None}
                       for f, c in self.fields.items()},
            "misses": self.misses,
            "false_alarms": self.false_alarms,
        }


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """[a, b) of the sentence around text[start:end], by the danda, line break and question mark
    before it and the danda or line break after it (gold texts are not segmented here)."""
    end = end if end is not None else start
    a = max(text.rfind("।", 0, start), text.rfind("\n", 0, start), text.rfind("?", 0, start)) + 1
    candidates = [i for i in (text.find("।", end), text.find("\n", end)) if i >= 0]
    return a, (min(candidates) + 1 if candidates else len(text))


def _sentence_around(text: str | None, start: int | None, end: int | None) -> str | None:
    if text is None or start is None:
        return None
    a, b = sentence_bounds(text, start, end)
    return text[a:b].strip()[:300]


def _date_within(g: dict | None, p: dict | None) -> bool:
    """The predicted date allows the gold day (a gold event without a date: any prediction)."""
    g_start, g_end = date_span((g or {}).get("value"), (g or {}).get("precision"))
    if g_start is None:
        return True
    p_start, p_end = date_span((p or {}).get("value"), (p or {}).get("precision"))
    return p_start is not None and p_start <= g_end and g_start <= p_end


def strictly_same(g: dict, p: dict) -> bool:
    """The issue's strict rule: same type, place within 25 km (any place when the gold has none),
    and a date that allows the gold date."""
    return (g["event_type"] == p["event_type"] and place_right(g.get("location"), p.get("location")) is not False
            and _date_within(g.get("date"), p.get("date")))


#: what agreeing death and injury counts add to a pair's similarity in the assignment: less than the
#: smallest step of place, date or actor (0.06), so it only breaks ties between pairings those fields
#: cannot tell apart (two accidents a few km apart on one day), and it never decides the threshold
COUNT_TIE_BREAK = 0.01


def _count_tie_break(g: dict, p: dict) -> float:
    return COUNT_TIE_BREAK * sum(
        1 for key in ("fatalities", "injuries")
        if (g.get(key) or {}).get("value") is not None and _count_right(g.get(key), p.get(key)))


def match_events(g_events: list[dict], p_events: list[dict], strict: bool = False) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs of one article: the optimal one-to-one assignment,
    keeping pairs whose similarity passes the threshold (``strict``: only pairs that agree on
    type, place and date)."""
    from scipy.optimize import linear_sum_assignment

    if not g_events or not p_events:
        return []
    sims = [[similarity(g, p) if not strict or strictly_same(g, p) else 0.0 for p in p_events]
            for g in g_events]
    costs = [[-(s + _count_tie_break(g, p)) if s else 0.0 for s, p in zip(row, p_events)]
             for row, g in zip(sims, g_events)]
    rows, cols = linear_sum_assignment(costs)
    return [(r, c) for r, c in zip(rows, cols) if sims[r][c] >= 1.0 + MATCH_THRESHOLD]


def score(gold: dict[str, dict[str, Any]], predicted: dict[str, list[dict[str, Any]]],
          texts: dict[str, str] | None = None, strict: bool = False) -> Report:
    texts = texts or {}
    report = Report()
    for doc_id, record in gold.items():
        report.documents += 1
        g_events = record["events"]
        p_events = [p for p in predicted.get(doc_id, []) if p.get("event_type") in SCORED_TYPES]
        pairs = match_events(g_events, p_events, strict)
        matched_g = {r for r, _ in pairs}
        matched_p = {c for _, c in pairs}
        for r, c in pairs:
            g, p = g_events[r], p_events[c]
            report.tp += 1
            report.by_type[g["event_type"]]["tp"] += 1
            for name, ok in field_scores(g, p).items():
                if ok is not None:
                    report.fields[name]["right" if ok else "wrong"] += 1
        text = texts.get(doc_id)
        for i, g in enumerate(g_events):
            if i not in matched_g:
                report.fn += 1
                report.by_type[g["event_type"]]["fn"] += 1
                trig = g.get("trigger") or [None, None]
                report.misses.append({"doc_id": doc_id, "event_type": g["event_type"], "mode": g.get("mode"),
                                      "location": (g.get("location") or {}).get("name"),
                                      "date": (g.get("date") or {}).get("value"),
                                      "sentence": _sentence_around(text, trig[0], trig[1])})
        for j, p in enumerate(p_events):
            if j not in matched_p:
                report.fp += 1
                report.by_type[p["event_type"]]["fp"] += 1
                m = (p.get("mentions") or [{}])[0]
                report.false_alarms.append({"doc_id": doc_id, "event_type": p["event_type"], "mode": p.get("mode"),
                                            "summary": p.get("summary_en"),
                                            "sentence": text[m["start"]:m["end"]][:300] if text and m else None})
    return report


def predict(gold: dict[str, dict[str, Any]], corpus_dirs: Iterable[str | Path], options=None) -> tuple[
        dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Run ghotona on the gold articles found in the corpora; return predictions and texts."""
    docs = predict_documents(gold, corpus_dirs, options)
    return ({d: [e.to_dict() for e in doc.events] for d, doc in docs.items()},
            {d: doc.text for d, doc in docs.items()})


def predict_documents(gold: dict[str, dict[str, Any]], corpus_dirs: Iterable[str | Path], options=None):
    """The analysed document of every gold article found in the corpora (``options``: default
    ``Options()``), by doc_id."""
    from .api import default_pipeline
    from .inputs import record_to_document
    from .options import Options

    options = options or Options()

    wanted = set(gold)
    records: dict[str, dict[str, Any]] = {}
    for d in corpus_dirs:
        for f in sorted(Path(d).rglob("*.jsonl")):
            with f.open(encoding="utf-8") as fh:
                for line in fh:
                    if not wanted - set(records):
                        break
                    try:
                        r = json.loads(line)
                    except json.JSONDecodeError:
                        continue
                    if isinstance(r, dict) and r.get("id") in wanted:
                        records[r["id"]] = r
    missing = wanted - set(records)
    if missing:
        raise GoldError(f"gold articles not found in the corpora: {', '.join(sorted(missing)[:5])}"
                        + (" …" if len(missing) > 5 else ""))
    pipe = default_pipeline()
    return {doc_id: pipe(record_to_document(r, doc_id, options), options) for doc_id, r in records.items()}


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    preds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                e = json.loads(line)
                preds[e["doc_id"]].append(e)
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise GoldError(f"{path}:{lineno}: not an event record ({exc})") from None
    return preds


def format_report(report: Report, show: int = 30) -> str:
    d = report.to_dict()
    ev = d["events"]
    lines = [f"documents {d['documents']}  gold events {ev['gold']}  predicted {ev['predicted']}  matched {ev['matched']}",
             f"EVENT  precision {ev['precision']:.3f}  recall {ev['recall']:.3f}  F1 {ev['f1']:.3f}", "",
             f"{'type':10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for t, s in d["by_type"].items():
        lines.append(f"{t:10} {s['gold']:5d} {s['predicted']:5d} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}")
    lines += ["", f"{'field (on matched events)':28} {'right':>6} {'scored':>6} {'acc':>6}"]
    for f in FIELDS:
        s = d["fields"].get(f)
        if s:
            lines.append(f"{f:28} {s['right']:6d} {s['scored']:6d} {s['accuracy']:6.3f}")
    lines += ["", f"misses ({len(report.misses)}):"]
    for m in report.misses[:show]:
        lines.append(f"  {m['doc_id']} {m['event_type']}/{m['mode']} {m['location']} {m['date']} | {m['sentence']}")
    lines += ["", f"false alarms ({len(report.false_alarms)}):"]
    for m in report.false_alarms[:show]:
        lines.append(f"  {m['doc_id']} {m['event_type']}/{m['mode']} | {m['summary']} | {m['sentence']}")
    return "\n".join(lines)
