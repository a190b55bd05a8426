"""Bengali date expressions: recognise them and resolve them to ISO dates.

``find_dates(text, published)`` returns :class:`DateMatch` objects with offsets into ``text``;
``dates_stage`` runs it on a document's normalised text and stores :class:`~ghotona.doc.DateMention`
spans in the ``dates`` layer.

What is recognised (both ASCII and Bengali digits; inflected forms such as ডিসেম্বরে, জানুয়ারির,
সোমবারের, সালের are matched by regex suffixes):

* absolute dates — ``১৫ জানুয়ারি ২০২৪``, ``১৫ই জানুয়ারি, ২০২৪``, ``২০২৪ সালের ১৫ জানুয়ারি``,
  ``জানুয়ারি ১৫, ২০২৪``, ``জানুয়ারির ১৫ তারিখে``, ``সাতই মার্চ``, ``একুশে ফেব্রুয়ারি``,
  ``১৫/০১/২০২৪``, ``15-01-2024`` (day first), ``2024-01-15``, ranges ``১০-১২ জানুয়ারি`` (value = first
  day); a day and month without a year take the year from the publication date;
* months and years — ``২০২৩ সালের ডিসেম্বরে``, ``ডিসেম্বর ২০২৩``, ``গত ডিসেম্বরে``, ``২০২২ সালের
  মার্চ মাসে``, ``2020 সালে``, ``১৯৭১-এর``, ``গত বছরের নভেম্বরে``, ``চলতি বছরের ১৫ জানুয়ারি``;
* Bengali-calendar dates — ``২৮ কার্তিক ১৪০৭``, ``পহেলা বৈশাখ``, ``১৪৩১ বঙ্গাব্দ`` (see
  :mod:`.bangla_calendar`; the Bangladesh revised calendar, unless a weekday next to the date
  agrees only with the West Bengal one);
* relative expressions (``relative_dates.tsv``) — আজ, গতকাল, গত রাতে, আগামীকাল, পরশু, গত
  সপ্তাহে, চলতি মাসে, গত বছর …; weekdays (সোমবার, গত সোমবার, আগামী সোমবার); ``দুই দিন আগে``,
  ``৩ সপ্তাহ আগে``, ``পাঁচ বছর আগে``; a time of day after them (সকালে, রাতে, দিবাগত রাতে, দেরিতে)
  belongs to the same expression.

A weekday or আজ/গতকাল directly before or after an explicit date (``মঙ্গলবার (৩০ ডিসেম্বর)``,
``৩০ ডিসেম্বর, মঙ্গলবার``) is merged with it into one match whose value is the explicit date.

Resolution rules (``anchor`` = publication date):

* a bare weekday is the latest such day on or before the anchor; ``গত`` + weekday the latest strictly
  before; ``আগামী`` + weekday the first strictly after;
* a day-month without a year, or a bare month, is the latest occurrence not after the anchor plus
  ``FUTURE_WINDOW_DAYS`` (news often names an upcoming date without a year); with ``গত`` the latest
  not after the anchor (a month: strictly before the anchor's month), with ``আগামী`` the first on or
  after it, with ``চলতি``/``এই`` the anchor's year;
* a week is written as the ISO date of its Monday;
* without an anchor, relative expressions get ``value=None``, ``relative=True`` and the note
  ``"no publication date to resolve against"``.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

from .. import resources
from ..doc import DateMention, Document
from ..options import Options
from ..pipeline import stage
from .prefix_trie import prefix_trie_pattern
from . import bangla_calendar as bcal

__all__ = ["DateMatch", "find_dates", "dates_stage", "FUTURE_WINDOW_DAYS", "NO_ANCHOR", "DATELINE_CHARS",
           "YEARLESS_NOTE"]

# A day-month without a year (or a bare month) may lie this far after the publication date.
FUTURE_WINDOW_DAYS = 62
NO_ANCHOR = "no publication date to resolve against"
BENGALI_CALENDAR_NOTE = "Bengali calendar"  # how the note of a Bengali-calendar date begins
YEARLESS_NOTE = "year from publication date"  # a day-month or month the text gave without a year
AHEAD_NOTE = "first on or after publication"  # a day the text puts ahead ("আগামী ১৫ সেপ্টেম্বর")


@dataclass(slots=True)
class DateMatch:
    """One date expression: ``text[start:end]``; ``value`` YYYY-MM-DD | YYYY-MM | YYYY or None."""

    start: int
    end: int
    value: str | None
    precision: str | None
    relative: bool = False
    note: str | None = None


# --- character classes and spelling variants ---------------------------------------------------

_DIG = "0-9\u09e6-\u09ef"
_D = f"[{_DIG}]"
_TO_ASCII = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
# Bengali letters and signs, but not the Bengali digits (U+09E6–U+09EF).
_LETTER = "\u0980-\u09e5\u09f0-\u09ff"
_NB = f"(?<![{_LETTER}])"  # no Bengali letter before
_NA = f"(?![{_LETTER}])"  # no Bengali letter after
_NDB = f"(?<![{_DIG}])(?<![{_DIG}][.,/:-])"  # not inside a longer number
_NDA = f"(?![{_DIG}])(?![.,/:][{_DIG}])"

# The normaliser composes these; raw text may carry either form.
_VARIANTS = {
    "\u09df": ("\u09df", "\u09af\u09bc"),  # য়
    "\u09dc": ("\u09dc", "\u09a1\u09bc"),  # ড়
    "\u09dd": ("\u09dd", "\u09a2\u09bc"),  # ঢ়
    "\u09cb": ("\u09cb", "\u09c7\u09be"),  # ো
    "\u09cc": ("\u09cc", "\u09c7\u09d7"),  # ৌ
}
_DECOMPOSED = [(alt, comp) for comp, alts in _VARIANTS.items() for alt in alts[1:]]
_JOINERS = re.compile("[\u200c\u200d]")


@lru_cache(maxsize=1 << 12)
def _canon(s: str) -> str:
    """Key for dictionary look-ups: composed nukta letters and vowel signs, no joiners, no spaces.
    (Remembered: the handlers ask it for the same few dozen month, weekday and day words, about 20
    times an article.)"""
    s = _JOINERS.sub("", s)
    for alt, comp in _DECOMPOSED:
        if alt in s:
            s = s.replace(alt, comp)
    return "".join(s.split())


def _flex(word: str) -> str:
    """A regex for ``word`` that accepts composed/decomposed spellings and flexible spaces."""
    out = []
    word = " ".join(_JOINERS.sub("", word).split())
    for alt, comp in _DECOMPOSED:
        word = word.replace(alt, comp)
    for ch in word:
        if ch == " ":
            out.append(r"\s*")
        elif ch in _VARIANTS:
            out.append("(?:" + "|".join(_VARIANTS[ch]) + ")")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alt(words: Iterable[str]) -> str:
    uniq = sorted({" ".join(w.split()) for w in words}, key=lambda w: (-len(_canon(w)), w))
    return "(?:" + "|".join(_flex(w) for w in uniq) + ")"


def _int(s: str) -> int:
    return int(s.translate(_TO_ASCII))


# --- vocabulary -----------------------------------------------------------------------------------

# Number words 1-31 before (or, for "about N" words, after) a unit: number_words.tsv, kinds num and
# about (মাস দুয়েক আগে, বছর তিনেক আগে, মাসখানেক আগে); ``_NEEDS_CLASSIFIER``: the words that are
# numbers only before a classifier (ছ, ন, বার), never a day of the month.
_NUMBER_ROWS = [r for r in resources.read_tsv("number_words.tsv")
                if r["kind"] in ("num", "about") and r["value"].isdigit() and 1 <= int(r["value"]) <= 31]
_NUMBER_WORDS: dict[str, int] = {r["word"]: int(r["value"]) for r in _NUMBER_ROWS}
_NEEDS_CLASSIFIER = {r["word"] for r in _NUMBER_ROWS if r["context"] == "cls"}
_ABOUT_WORDS = {r["word"] for r in _NUMBER_ROWS if r["kind"] == "about"}  # never a day or a year
# The count before (or after) a unit of "ago" runs past 31: চল্লিশ বছর আগে, বছর পঞ্চাশেক আগে.
_AGO_NUMBER_WORDS: dict[str, int] = {
    r["word"]: int(r["value"]) for r in resources.read_tsv("number_words.tsv")
    if r["kind"] in ("num", "about") and r["value"].isdigit() and 1 <= int(r["value"]) <= 100}

# Day-of-month words: পয়লা, দোসরা, তেসরা, চৌঠা, then the number + ই (5–18) or + এ (19–31).
_DAY_WORDS: dict[str, int] = {"পয়লা": 1, "পহেলা": 1, "দোসরা": 2, "তেসরা": 3, "চৌঠা": 4}
for _w, _n in _NUMBER_WORDS.items():
    if _w in _ABOUT_WORDS:
        continue
    if 5 <= _n <= 18 and _w not in _NEEDS_CLASSIFIER:
        _DAY_WORDS[_w + "ই"] = _n
    elif _n >= 19:
        _DAY_WORDS[_w + "ে"] = _n
_DAY_WORDS = {_canon(k): v for k, v in _DAY_WORDS.items()}

# Colloquial years before a month: চব্বিশের জুলাই (July 2024), একাত্তরের মার্চ (March 1971).
_YEAR_WORDS: dict[str, int] = {
    "একাত্তর": 1971, "বায়ান্ন": 1952, "ঊনসত্তর": 1969, "উনসত্তর": 1969, "নব্বই": 1990,
}  # fmt: skip
for _w, _n in _NUMBER_WORDS.items():
    if 18 <= _n <= 30 and _w not in _ABOUT_WORDS:
        _YEAR_WORDS[_w] = 2000 + _n
_YEAR_WORDS = {_canon(k): v for k, v in _YEAR_WORDS.items()}


def _load() -> dict[str, dict]:
    months = {_canon(r["name"]): (int(r["month"]), r["bare"]) for r in resources.read_tsv("months.tsv")}
    bmonths = {
        _canon(r["name"]): (int(r["month"]), r["needs_year"] == "yes")
        for r in resources.read_tsv("bangla_months.tsv")
    }
    weekday_rows = resources.read_tsv("weekdays.tsv")
    weekdays = {_canon(r["name"]): int(r["weekday"]) for r in weekday_rows}
    relative = {
        _canon(r["phrase"]): (r["unit"], int(r["offset"]), r["precision"], r.get("note") or None)
        for r in resources.read_tsv("relative_dates.tsv")
    }
    phrases = [r["phrase"] for r in resources.read_tsv("relative_dates.tsv")]
    return {"months": months, "bmonths": bmonths, "weekdays": weekdays, "relative": relative, "phrases": phrases,
            "weekday_names": [r["name"] for r in weekday_rows]}


_VOCAB = _load()
_MONTHS: dict[str, tuple[int, str]] = _VOCAB["months"]
_BMONTHS: dict[str, tuple[int, bool]] = _VOCAB["bmonths"]
_WEEKDAYS: dict[str, int] = _VOCAB["weekdays"]
_RELATIVE: dict[str, tuple[str, int, str, str | None]] = _VOCAB["relative"]
_WEEKDAY_NAMES = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday"}

# --- regex building blocks ----------------------------------------------------------------------

# Case endings on month, weekday and relative words (the word must end after them).
_SUF = "(?:-?(?:" + "|".join(
    _flex(s) for s in ("এর", "এ", "তে", "য়ে", "য়ের", "য়", "র", "ের", "ে", "ও", "ই", "েই", "রই", "তেই", "েও", "রও", "তেও", "য়েও", "েরও", "জুড়ে", "কে", "কের")
) + "))?"
_MONTH = _alt(_MONTHS)
_BMONTH = _alt(_BMONTHS)
_WEEKDAY = _alt(_VOCAB["weekday_names"])  # (as written: a name split in two matches with a space)
_REL = _alt(_VOCAB["phrases"])
_DAYWORD = _alt(_DAY_WORDS)
_NUMWORD = _alt(_AGO_NUMBER_WORDS)
_YEARWORD = _alt(_YEAR_WORDS)
_Q = "(?:গত|চলতি|এই|আগামী)"  # qualifiers before a month, a day-month or a weekday
_MAS = _flex("মাস") + _SUF  # "month" after a month name: মার্চ মাসে


def _day(g: str, guard: bool = True) -> str:
    """A day of the month: digits with an optional ordinal ending (১৫ই, ১লা, ২১শে) or a day word;
    digits may be glued to the month name that follows ("৩০মে")."""
    before = _NDB if guard else f"(?<![{_DIG}])"
    return (
        f"(?:{before}(?P<{g}>{_D}{{1,2}})(?:-?(?:লা|রা|ঠা|ই|শে|এ){_NA}|{_NDA}(?:(?![{_LETTER}])|(?={_MONTH})))"
        f"|{_NB}(?P<{g}w>{_DAYWORD}){_NA})"
    )


_YEAR_APOSTROPHES = "’'‘"  # ’৮৫ = 1985

# Years spelled out, as BBC Bangla writes history: উনিশশো একাশি (1981), দুই হাজার চব্বিশ (2024). The
# number words 1-99 come from number_words.tsv; a century word then one of them, before সাল/সন.
_CENTURIES = {"উনিশশো": 1900, "উনিশশ": 1900, "উনিশ শো": 1900, "উনিশ শ": 1900, "ঊনিশশো": 1900,
              "দুই হাজার": 2000, "দু হাজার": 2000, "দুহাজার": 2000}  # fmt: skip
_YEAR_NUMBER_WORDS = {
    _canon(r["word"]): int(r["value"]) for r in resources.read_tsv("number_words.tsv")
    if r["kind"] == "num" and r["value"].isdigit() and 1 <= int(r["value"]) <= 99
}
_CENTURY_OF = {_canon(k): v for k, v in _CENTURIES.items()}
_SPELLED_YEAR = f"{_NB}{_alt(_CENTURIES)}\\s+{_alt(_YEAR_NUMBER_WORDS)}(?=\\s*(?:সাল|সন))"


def _spelled_year(text: str) -> int | None:
    """উনিশশো একাশি → 1981 (None when ``text`` is not a spelled-out year)."""
    key = _canon(text)
    for century, base in _CENTURY_OF.items():
        if key.startswith(century) and (n := _YEAR_NUMBER_WORDS.get(key[len(century):])) is not None:
            return base + n
    return None


def _year(g: str) -> str:
    # four digits, or an apostrophe and two before সাল/সন ("’৮৫ সালের ২ অক্টোবর" = 1985; a quote
    # before a day, "'২৫ ডিসেম্বর", is no year), or a year spelled out before সাল/সন
    return (f"(?:{_NDB}(?P<{g}>[12১২]{_D}{{3}}|[{_YEAR_APOSTROPHES}]{_D}{{2}}(?=\\s*(?:সাল|সন))"
            f"|{_SPELLED_YEAR}){_NDA})")


def _year_of(text: str, anchor: dt.date | None) -> int:
    """The year a year group names; a two-digit ’YY is the latest such year not after the anchor."""
    if text[:1] not in _YEAR_APOSTROPHES:
        spelled = _spelled_year(text) if not text[:1].isdigit() else None
        return spelled if spelled is not None else _int(text)
    yy = _int(text[1:])
    latest = anchor.year if anchor else dt.date.today().year
    return 2000 + yy if 2000 + yy <= latest else 1900 + yy


# A year marker: সাল, সন, খ্রিস্টাব্দ with case endings, or -এ/-এর written on the digits.
_YMARK = (
    r"(?:\s*(?:সাল|সন|খ্রি[সষ]্টাব্দ|" + _flex("ঈসায়ী") + r"|ইংরেজি)(?:ের|ে|ও|ই|েও|েই)?" + _NA + r"|\s*খ্রি\."
    r"|-?(?:এর|এ|তে|" + _flex("য়") + ")" + _NA + ")"
)

# "পহেলা/পয়লা বৈশাখ" (the first of a Bengali month), in either spelling of য়
_FIRST_DAY_WORDS = ("পহেলা", "পয়লা")
_FIRST_DAY = _alt(_FIRST_DAY_WORDS)
# a year mark that is a calendar's name, not a case ending ("২০২৪ সালে", "ঈসায়ী")
_FORMAL_YEAR = re.compile("সাল|সন|খ্রি|" + _flex("ঈসায়ী") + "|ইংরেজি")
_YMARK_GEN = r"(?:\s*(?:সাল|সন|খ্রি[সষ]্টাব্দ)(?:ের)" + _NA + r"|\s?-?এর" + _NA + r"|\s*,)"
# before a day and a month the locative reads as the genitive: "২০০০ সালে ২৪ জুলাই" is 24 July 2000
_YMARK_DAY = r"(?:" + _YMARK_GEN + r"|\s*(?:সাল|সন)ে" + _NA + ")"
_BYMARK = r"(?:\s*(?:বঙ্গাব্দ|বাংলা\s*সন|সন|সাল)(?:ের|ে|ও|ই)?" + _NA + ")"
#: the noun "date" (১৫ তারিখে): every match of a pattern with _DATE_WORD holds it
_DATE_NOUN = "তারিখ"
_DATE_WORD = r"(?:\s*" + _DATE_NOUN + r"(?:ে|ের|েই)?" + _NA + ")"
_TOD = (
    r"(?:\s+(?:দিবাগত\s+|গভীর\s+|শেষ\s+|ভোর\s*)?"
    + _alt(("ভোর", "সকাল", "দুপুর", "বিকাল", "বিকেল", "সন্ধ্যা", "সন্ধ্যে", "সন্ধে", "মধ্যরাত", "রাত", "রাত্রি", "দেরিতে", "দেরীতে"))
    + "(?:" + _flex("য়") + "|ে|ের|র|েই|তে)?" + _NA + ")?"
)  # fmt: skip
_NOT_QUANTITY = r"(?!\s*(?:বেশি|অধিক|কম|মতো|মত|জন|টি|টা|টাকা|হাজার|লাখ|কোটি|উপরে|ওপরে|কাছাকাছি))"
_WD = f"{_NB}(?:(?P<wq>গত|আগামী|এই)\\s+)?(?P<wd>{_WEEKDAY}){_SUF}{_NA}"

# --- resolution helpers -------------------------------------------------------------------------


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _resolve_day_month(d: int, m: int, anchor: dt.date, q: str | None) -> tuple[dt.date | None, str]:
    cands = [c for y in range(anchor.year - 8, anchor.year + 2) if (c := _safe_date(y, m, d))]
    if not cands:
        return None, "no such day"
    if q in ("চলতি", "এই"):
        c = _safe_date(anchor.year, m, d)
        return c, "year of publication"
    if q == "আগামী":
        after = [c for c in cands if c >= anchor]
        return (after[0] if after else None), AHEAD_NOTE
    limit = anchor if q == "গত" else anchor + dt.timedelta(days=FUTURE_WINDOW_DAYS)
    before = [c for c in cands if c <= limit]
    return (before[-1] if before else None), YEARLESS_NOTE


def _resolve_month(m: int, anchor: dt.date, q: str | None) -> tuple[str, str]:
    if q in ("চলতি", "এই"):
        return f"{anchor.year:04d}-{m:02d}", "year of publication"
    if q == "গত":
        y = anchor.year if m < anchor.month else anchor.year - 1
        return f"{y:04d}-{m:02d}", "latest before the month of publication"
    if q == "আগামী":
        y = anchor.year if m > anchor.month else anchor.year + 1
        return f"{y:04d}-{m:02d}", "first after the month of publication"
    limit = anchor + dt.timedelta(days=FUTURE_WINDOW_DAYS)
    y = limit.year if m <= limit.month else limit.year - 1
    return f"{y:04d}-{m:02d}", YEARLESS_NOTE


def _resolve_weekday(wd: int, anchor: dt.date, q: str | None) -> tuple[dt.date, str]:
    back = (anchor.isoweekday() - wd) % 7
    if q == "আগামী":
        fwd = (wd - anchor.isoweekday()) % 7 or 7
        return anchor + dt.timedelta(days=fwd), f"next {_WEEKDAY_NAMES[wd]} after publication"
    if q == "গত":
        back = back or 7
        return anchor - dt.timedelta(days=back), f"latest {_WEEKDAY_NAMES[wd]} before publication"
    return anchor - dt.timedelta(days=back), f"latest {_WEEKDAY_NAMES[wd]} on or before publication"


def _shift(anchor: dt.date, unit: str, k: int) -> tuple[str, str]:
    """``anchor`` moved by ``k`` units, written at the unit's precision."""
    if unit == "day":
        return _iso(anchor + dt.timedelta(days=k)), "day"
    if unit == "week":
        return _iso(_monday(anchor) + dt.timedelta(weeks=k)), "week"
    if unit == "month":
        y, m = _add_months(anchor.year, anchor.month, k)
        return f"{y:04d}-{m:02d}", "month"
    return f"{anchor.year + k:04d}", "year"


def _signed(k: int, unit: str) -> str:
    if k == 0:
        return f"the {unit} of publication"
    return f"publication date {'+' if k > 0 else '-'} {abs(k)} {unit}{'s' if abs(k) != 1 else ''}"


# --- candidates -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: str | None
    precision: str | None
    relative: bool
    note: str | None
    kind: str  # explicit | weekday | relday | other
    weekday: int | None = None
    priority: int = 0


_Handler = Callable[[re.Match, "dt.date | None", str], "_Cand | None"]


def _g(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _day_of(m: re.Match, g: str = "d") -> int | None:
    if (s := _g(m, g)) is not None:
        return _int(s)
    if (w := _g(m, g + "w")) is not None:
        return _DAY_WORDS.get(_canon(w))
    return None


def _month_of(m: re.Match, g: str = "m") -> int:
    return _MONTHS[_canon(m.group(g))][0]


def _explicit(m: re.Match, d: dt.date | None, note: str | None = None, kind: str = "explicit") -> _Cand | None:
    if d is None:
        return None
    return _Cand(m.start(), m.end(), _iso(d), "day", False, note, kind)


def _unanchored(m: re.Match, precision: str, kind: str = "other", weekday: int | None = None, extra: str = "") -> _Cand:
    return _Cand(m.start(), m.end(), None, precision, True, NO_ANCHOR + extra, kind, weekday)


def _h_dmy(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    y = _year_of(m.group("y"), anchor)
    if not 1000 <= y <= 2200:
        return None
    d1 = _day_of(m, "d")
    date = _safe_date(y, _month_of(m), d1) if d1 else None
    note = None
    if _g(m, "d2") is not None or _g(m, "d2w") is not None:
        d2 = _day_of(m, "d2")
        note = f"range: first day of {d1}–{d2}"
        # the captured order is range start (d) … range end (d2)
    return _explicit(m, date, note)


def _h_ymd(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    y = _year_of(m.group("y"), anchor)
    d = _day_of(m, "d")
    return _explicit(m, _safe_date(y, _month_of(m), d) if d else None)


def _h_dm(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    d = _day_of(m, "d")
    mo = _month_of(m)
    if not d or _safe_date(2024, mo, d) is None:
        return None
    q = _g(m, "q")
    note = None
    if _g(m, "d2") is not None or _g(m, "d2w") is not None:
        note = f"range: first day of {d}–{_day_of(m, 'd2')}"
    if anchor is None:
        return _Cand(m.start(), m.end(), None, "day", True, NO_ANCHOR + " (no year given)", "explicit")
    date, how = _resolve_day_month(d, mo, anchor, q)
    if date is None:
        return None
    return _Cand(m.start(), m.end(), _iso(date), "day", True, "; ".join(x for x in (how, note) if x), "explicit")


def _h_rel_month_day(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    """গত মাসের ১৫ তারিখে, চলতি মাসের ৩ তারিখ; and a bare ১৫ তারিখে (latest such day)."""
    d = _day_of(m, "d")
    if not d or d > 31:
        return None
    if anchor is None:
        return _unanchored(m, "day", "explicit")
    rq = _g(m, "rq")
    if rq is None:
        for k in (0, -1, -2):
            y, mo = _add_months(anchor.year, anchor.month, k)
            date = _safe_date(y, mo, d)
            if date and date <= anchor + dt.timedelta(days=7):
                return _Cand(m.start(), m.end(), _iso(date), "day", True, "month from publication date", "explicit")
        return None
    k = {"গত": -1, "আগামী": 1}.get(rq, 0)
    y, mo = _add_months(anchor.year, anchor.month, k)
    date = _safe_date(y, mo, d)
    if date is None:
        return None
    return _Cand(m.start(), m.end(), _iso(date), "day", True, _signed(k, "month"), "explicit")


def _h_ym(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    yw = _g(m, "yw")
    y = _YEAR_WORDS[_canon(yw)] if yw else _year_of(m.group("y"), anchor)
    if not 1000 <= y <= 2200:
        return None
    mo = _month_of(m)
    note = "colloquial year" if yw else None
    if _g(m, "m2"):
        note = "; ".join(x for x in (note, f"range to {_month_of(m, 'm2'):02d}") if x)
    return _Cand(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month", False, note, "other")


def _h_rel_year_date(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    """গত বছরের ডিসেম্বরে, চলতি বছরের ১৫ জানুয়ারি."""
    if anchor is None:
        return _unanchored(m, "day" if (_g(m, "d") or _g(m, "dw")) else "month")
    k = {"গত": -1, "আগামী": 1}.get(m.group("rq"), 0)
    y = anchor.year + k
    mo = _month_of(m)
    d = _day_of(m, "d")
    if d:
        date = _safe_date(y, mo, d)
        if date is None:
            return None
        return _Cand(m.start(), m.end(), _iso(date), "day", True, _signed(k, "year"), "explicit")
    return _Cand(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month", True, _signed(k, "year"), "other")


def _h_month(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    mo, bare = _MONTHS[_canon(m.group("m"))]
    q = _g(m, "q")
    suffix = m.group("msuf") or ""
    has_mas = bool(_g(m, "mas"))
    if q is None:
        if bare == "no" and not has_mas:
            return None
        if bare == "inflected" and not (suffix or has_mas):
            return None
        if bare == "inflected" and re.search(r"(?:লং|রোড|মশাল|ঢাকা)\s*$", text[max(0, m.start() - 6) : m.start()]):
            return None
    if anchor is None:
        return _unanchored(m, "month")
    value, how = _resolve_month(mo, anchor, q)
    note = how
    if _g(m, "m2"):
        note += f"; range to {_month_of(m, 'm2'):02d}"
    return _Cand(m.start(), m.end(), value, "month", True, note, "other")


def _h_year(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    yw = _g(m, "yw")
    if yw:
        return _Cand(m.start(), m.end(), str(_YEAR_WORDS[_canon(yw)]), "year", False, "colloquial year", "other")
    y = _year_of(m.group("y"), anchor)
    mark = m.group(0)[len(m.group("y")) :]
    formal = bool(_FORMAL_YEAR.search(mark))
    if formal and 1300 <= y < 1500 and "খ্রি" not in mark:
        return _Cand(
            m.start(), m.end(), str(y + bcal.YEAR_OFFSET), "year", False,
            f"Bengali year {y} (from 14 April {y + bcal.YEAR_OFFSET})", "other",
        )  # fmt: skip
    if not (1000 <= y <= 2200 if formal else 1900 <= y <= 2100):
        return None
    return _Cand(m.start(), m.end(), f"{y:04d}", "year", False, None, "other")


def _h_byear(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    y = _int(m.group("by"))
    return _Cand(
        m.start(), m.end(), str(y + bcal.YEAR_OFFSET), "year", False,
        f"Bengali year {y} (from 14 April {y + bcal.YEAR_OFFSET})", "other",
    )  # fmt: skip


def _h_numeric(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    y, mo, d = _year_of(m.group("y"), anchor), _int(m.group("mo")), _int(m.group("d"))
    if not 1000 <= y <= 2200:
        return None
    return _explicit(m, _safe_date(y, mo, d))


def _h_bangla(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    bm, needs_year = _BMONTHS[_canon(m.group("bm"))]
    d = _day_of(m, "d") or (1 if _g(m, "first") else None)
    by = _g(m, "by")
    if not d or d > bcal.MAX_DAY or (needs_year and by is None):
        return None
    wd_name = _g(m, "bwd")
    wd = _WEEKDAYS[_canon(wd_name)] if wd_name else None
    if by is not None:
        year = _int(by)
        if not 1000 <= year <= 1600:
            return None
        return _bangla_cand(m, year, bm, d, wd, "")
    if anchor is None:
        return _unanchored(m, "day", "explicit", extra=" (Bengali date without a year)")
    base = anchor.year - bcal.YEAR_OFFSET
    limit = anchor + dt.timedelta(days=FUTURE_WINDOW_DAYS)
    for year in (base + 1, base, base - 1):
        try:
            date = bcal.to_gregorian(year, bm, d)
        except ValueError:
            return None
        if date <= limit:
            cand = _bangla_cand(m, year, bm, d, wd, "; year from publication date")
            if cand:
                cand.relative = True
            return cand
    return None


def _bangla_cand(m: re.Match, year: int, month: int, day: int, wd: int | None, extra: str) -> _Cand | None:
    try:
        options = [(cal, bcal.to_gregorian(year, month, day, cal)) for cal in bcal.CALENDARS]
    except ValueError:
        return None
    cal, date = options[0]
    if wd is not None and date.isoweekday() != wd:
        # the calendar whose date agrees with the weekday (or comes closest to it); ties keep the default
        def miss(d: dt.date) -> int:
            k = (d.isoweekday() - wd) % 7
            return min(k, 7 - k)

        cal, date = min(options, key=lambda o: miss(o[1]))
    if cal == bcal.DEFAULT_CALENDAR:
        note = f"{BENGALI_CALENDAR_NOTE}, Bangladesh rules (a West Bengal date may be a day later)"
    else:
        note = f"{BENGALI_CALENDAR_NOTE}, {cal} rules (closest to the weekday beside it)"
    return _Cand(m.start(), m.end(), _iso(date), "day", False, note + extra, "explicit")


def _h_weekday(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    if re.search(r"(?:প্রতি|প্রত্যেক)\s*$", text[max(0, m.start() - 8) : m.start()]):
        return None  # প্রতি শুক্রবার: every Friday
    wd = _WEEKDAYS[_canon(m.group("wd"))]
    if anchor is None:
        return _unanchored(m, "day", "weekday", wd)
    date, how = _resolve_weekday(wd, anchor, _g(m, "wq"))
    return _Cand(m.start(), m.end(), _iso(date), "day", True, how, "weekday", wd)


def _h_relative(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    unit, k, precision, note = _RELATIVE[_canon(m.group("rel"))]
    wd_name = _g(m, "wd")
    wd = _WEEKDAYS[_canon(wd_name)] if wd_name else None
    kind = "relday" if unit == "day" else "other"
    if anchor is None:
        return _unanchored(m, precision, kind, wd)
    value, _ = _shift(anchor, unit, k)
    how = _signed(k, unit)
    if note:
        how = f"{note}; {how}"
    if wd is not None and unit == "day" and (day := dt.date.fromisoformat(value)).isoweekday() != wd:
        # "আজ শনিবার" on a page dated (often: scraped) Monday: the page was written on Saturday, so the
        # weekday wins, the latest such day on or before the one the word names
        day -= dt.timedelta(days=(day.isoweekday() - wd) % 7)
        value = _iso(day)
        how += f"; the weekday ({_WEEKDAY_NAMES[wd]}) wins, {(anchor + dt.timedelta(days=k) - day).days} day(s) before the day the word names"
    return _Cand(m.start(), m.end(), value, precision, True, how, kind, wd)


#: the words of "ago" (দুই দিন আগে, তিন বছর পূর্বে): every match of the two "ago" patterns holds one of them
_AGO_WORDS = ("আগে", "পূর্বে")
_AGO = "(?:" + "|".join(_AGO_WORDS) + ")"
_UNITS = {"দিন": "day", "সপ্তাহ": "week", "মাস": "month", "বছর": "year", "বৎসর": "year"}
_UNITS = {_canon(k): v for k, v in _UNITS.items()}


# A genitive word right before (নির্বাচনের দুই দিন আগে, ঘটনার দুই দিন আগে) — but not মাত্র.
_GENITIVE_BEFORE = re.compile("(?:[\u0985-\u0994\u09be-\u09cc])র[\\s,]*$")


def _h_ago(m: re.Match, anchor: dt.date | None, text: str) -> _Cand | None:
    if _GENITIVE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return None  # নির্বাচনের দুই দিন আগে: before another event, not before publication
    digits = m.groupdict().get("n")
    n = _int(digits) if digits else _AGO_NUMBER_WORDS[_canon(m.group("nw"))]
    unit = _UNITS[_canon(m.group("unit"))]
    if n <= 0 or n > 400:
        return None
    if anchor is None:
        return _unanchored(m, unit)
    value, precision = _shift(anchor, unit, -n)
    if unit == "week":  # the week that contained anchor - n weeks
        value = _iso(_monday(anchor - dt.timedelta(weeks=n)))
    return _Cand(m.start(), m.end(), value, precision, True, _signed(-n, unit), "relday" if unit == "day" else "other")


# --- the patterns ---------------------------------------------------------------------------------

_M = f"{_NB}(?P<m>{_MONTH})"  # a month name (the caller adds the ending and the boundary)
_MSUF = f"(?P<msuf>{_SUF}){_NA}"
_RANGE = r"\s*(?:-|থেকে|ও|এবং|হতে)\s*"

_PATTERNS: list[tuple[str, str, _Handler, int]] = [
    # 15 January 2024 ; 10-12 January 2024 ; 23 ফেব্রুয়ারি2006
    ("dmy", f"{_day('d')}(?:{_RANGE}{_day('d2', False)})?[\\s,]*{_M}{_NA}[\\s,]*{_year('y')}(?:{_YMARK})?{_DATE_WORD}?{_TOD}", _h_dmy, 9),
    # January 15, 2024
    ("mdy", f"{_M}{_NA}\\s*{_day('d')}\\s*,\\s*{_year('y')}(?:{_YMARK})?", _h_ymd, 9),
    # 2024 সালের 15 জানুয়ারি ; 2024 সালের জানুয়ারি মাসের 15 তারিখে
    ("ymd", f"{_year('y')}{_YMARK_DAY}\\s*{_day('d')}\\s*{_M}{_MSUF}{_DATE_WORD}?{_TOD}", _h_ymd, 9),
    ("ymd2", f"{_year('y')}{_YMARK_GEN}\\s*{_M}(?:র|ের|-এর)?{_NA}\\s*(?:মাসের\\s*)?{_day('d')}{_DATE_WORD}{_TOD}", _h_ymd, 9),
    # 15/01/2024, 15-01-2024, 15.01.2024 (day first) ; 2024-01-15
    ("numeric", f"{_NDB}(?P<d>{_D}{{1,2}})(?P<sep>[./-])(?P<mo>{_D}{{1,2}})(?P=sep)(?P<y>{_D}{{4}}){_NDA}{_DATE_WORD}?{_TOD}", _h_numeric, 9),
    ("iso", f"{_NDB}(?P<y>{_D}{{4}})-(?P<mo>{_D}{{1,2}})-(?P<d>{_D}{{1,2}}){_NDA}{_DATE_WORD}?{_TOD}", _h_numeric, 9),
    # (গত|আগামী) 15 জানুয়ারি ; 10-12 জানুয়ারি
    ("dm", f"(?:{_NB}(?P<q>{_Q})\\s+)?{_day('d')}(?:{_RANGE}{_day('d2', False)})?\\s*{_M}{_MSUF}{_DATE_WORD}?{_TOD}", _h_dm, 5),
    # জানুয়ারির 15 তারিখে ; (গত) জানুয়ারি মাসের 15 তারিখ
    ("md", f"(?:{_NB}(?P<q>{_Q})\\s+)?{_M}(?:র|ের|-এর)?{_NA}\\s*(?:মাসের\\s*)?{_day('d')}{_DATE_WORD}{_TOD}", _h_dm, 5),
    # গত মাসের 15 তারিখে ; 15 তারিখে
    ("rmd", f"{_NB}(?P<rq>গত|চলতি|এই|এ|আগামী)\\s*মাসের\\s*{_day('d')}{_DATE_WORD}{_TOD}", _h_rel_month_day, 5),
    ("d_only", f"{_day('d')}{_DATE_WORD}{_TOD}", _h_rel_month_day, 2),
    # 2023 সালের ডিসেম্বরে ; 2022 সালের মার্চ মাসে ; ডিসেম্বর 2023 ; চব্বিশের জুলাই
    ("ym", f"{_year('y')}(?:{_YMARK_GEN}|\\s)\\s*{_M}(?:-(?P<m2>{_MONTH}))?{_MSUF}(?P<mas>\\s*{_MAS}{_NA})?", _h_ym, 7),
    ("my", f"{_M}{_NA},?\\s*{_year('y')}(?:{_YMARK})?", _h_ym, 7),
    ("ywm", f"{_NB}(?P<yw>{_YEARWORD})(?:ের|এর){_NA}\\s*{_M}(?:-(?P<m2>{_MONTH}))?{_MSUF}(?P<mas>\\s*{_MAS}{_NA})?", _h_ym, 7),
    # গত বছরের ডিসেম্বরে ; চলতি বছরের 15 জানুয়ারি
    ("rym", f"{_NB}(?P<rq>গত|চলতি|এই|এ|আগামী)\\s*(?:বছর|বৎসর)(?:ের|এর)\\s*(?:{_day('d')}\\s*)?{_M}{_MSUF}(?P<mas>\\s*{_MAS}{_NA})?{_TOD}", _h_rel_year_date, 8),
    # (গত) ডিসেম্বরে ; মার্চ মাসে ; জুলাই-আগস্টে
    ("month", f"(?:{_NB}(?P<q>{_Q})\\s+)?{_M}(?:-(?P<m2>{_MONTH}))?{_MSUF}(?P<mas>\\s*{_MAS}{_NA})?", _h_month, 3),
    # 2020 সালে ; ১৯৭১-এর ; একাত্তরে
    ("year", f"{_year('y')}{_YMARK}{_NOT_QUANTITY}", _h_year, 4),
    ("yearword", f"{_NB}(?P<yw>{_flex('একাত্তর')})(?:ের|এ|ে){_NA}", _h_year, 4),
    ("byear", f"{_year('by')}\\s*(?:বঙ্গাব্দ|বাংলা\\s*সন)(?:ের|ে|ও|ই)?{_NA}", _h_byear, 4),
    # ২৮ কার্তিক ১৪০৭ ; পহেলা বৈশাখ
    (
        "bangla",
        f"(?:{_day('d')}|{_NB}(?P<first>{_FIRST_DAY}){_NA})\\s*{_NB}(?P<bm>{_BMONTH}){_SUF}{_NA}"
        f"(?:[\\s,]*{_year('by')}{_BYMARK}?)?(?=[\\s,]*(?P<bwd>{_WEEKDAY}))?",
        _h_bangla,
        8,
    ),
    # (গত|আগামী) সোমবার (রাতে)
    ("weekday", f"{_WD}{_TOD}", _h_weekday, 3),
    # আজ, গতকাল (সোমবার) (সকালে), গত সপ্তাহে …
    # (a comma may stand between the day and its weekday: "আজ, শুক্রবার", Anandabazar's style)
    ("relative", f"{_NB}(?P<rel>{_REL}){_SUF}{_NA}(?:,?\\s+(?P<wd>{_WEEKDAY}){_SUF}{_NA})?{_TOD}", _h_relative, 6),
    # দুই দিন আগে, ২ দিন আগে, তিন সপ্তাহ আগে
    (
        "ago",
        f"(?<![-–])(?:{_NDB}(?P<n>{_D}{{1,3}}){_NDA}|{_NB}(?P<nw>{_NUMWORD}))\\s*'?\\s*(?P<unit>{_alt(_UNITS)})\\s*(?:খানেক\\s*)?{_AGO}(?:ই|ও)?{_NA}",
        _h_ago,
        6,
    ),
    # the number after its unit, "about N": মাস দুয়েক আগে, দিন পনেরো আগে, বছরখানেক আগে
    (
        "ago_after",
        f"{_NB}(?P<unit>{_alt(_UNITS)})\\s*(?P<nw>{_NUMWORD})\\s*{_AGO}(?:ই|ও)?{_NA}",
        _h_ago,
        6,
    ),
]


def _compile() -> list[tuple[str, re.Pattern, _Handler, int]]:
    out = []
    for name, pattern, handler, priority in _PATTERNS:
        # named groups may repeat across patterns, not within one: 'm' is reused via _M
        out.append((name, re.compile(pattern), handler, priority))
    return out


_COMPILED = _compile()
_GAP = re.compile(r"[\s,(]*(?:রোজ[\s,(]*)?")  # ১২ই জানুয়ারি রোজ সোমবার
_CLOSE = re.compile(r"\s*\)" + _TOD)

# --- where a pattern can start ----------------------------------------------------------------------
#
# Scanning ~20 large patterns over the whole text is slow: most begin with a look-behind, which keeps
# the regex engine from skipping ahead to a plausible first character.  Every pattern can only start
# at a run of digits or at one of a few words (a month, a weekday, গত/চলতি/এই/আগামী …), each preceded
# by no Bengali letter.  One scan finds those anchors (a trie-shaped regex of the words, and a digit
# regex); each pattern is then tried with ``match`` only at the anchors whose first character can
# begin it, reproducing ``finditer`` exactly (the first match at or after the end of the previous one).
# A pattern without an entry in _STARTS is scanned over the whole text as before.

_START_WORDS: dict[str, list[str]] = {
    "MONTH": list(_MONTHS),
    "Q": ["গত", "চলতি", "এই", "আগামী"],
    "RQ": ["গত", "চলতি", "এই", "আগামী", "এ মাসের", "এ বছর", "এ বৎসর"],  # before মাসের / বছর
    "DAYWORD": list(_DAY_WORDS),
    "YEARWORD": list(_YEAR_WORDS),
    "YW71": ["একাত্তর"],
    "CENTURY": list(_CENTURIES),  # a spelled-out year (উনিশশো একাশি সালের)
    "FIRST": list(_FIRST_DAY_WORDS),
    "WQ": ["গত", "আগামী", "এই"],
    "WEEKDAY": list(_VOCAB["weekday_names"]),
    "REL": list(_VOCAB["phrases"]),
    # a number word before a unit (দুই দিন আগে); "'" stands for an optional apostrophe
    "AGO": [f"{n} ' {u}" for n in _AGO_NUMBER_WORDS for u in _UNITS],
    "UNIT": list(_UNITS),
}
_STARTS: dict[str, tuple[str, ...]] = {
    "dmy": ("DIGIT", "DAYWORD"), "mdy": ("MONTH",), "ymd": ("DIGIT", "CENTURY"), "ymd2": ("DIGIT", "CENTURY"),
    "numeric": ("DIGIT",), "iso": ("DIGIT",), "dm": ("Q", "DIGIT", "DAYWORD"), "md": ("Q", "MONTH"),
    "rmd": ("RQ",), "d_only": ("DIGIT", "DAYWORD"), "ym": ("DIGIT", "CENTURY"), "my": ("MONTH",),
    "ywm": ("YEARWORD",), "rym": ("RQ",), "month": ("Q", "MONTH"), "year": ("DIGIT", "CENTURY"),
    "yearword": ("YW71",), "byear": ("DIGIT",), "bangla": ("DIGIT", "DAYWORD", "FIRST"),
    "weekday": ("WQ", "WEEKDAY"), "relative": ("REL",), "ago": ("DIGIT", "AGO"), "ago_after": ("UNIT",),
}  # fmt: skip
_WS_ATOM = r"\s*"
_APOS_ATOM = "'?"
_DIGIT_RUN = re.compile(_D + _D + "*")


def _spellings(word: str) -> list[list[str]]:
    """The atom sequences ``_flex(word)`` accepts: characters in each composed/decomposed spelling,
    ``\\s*`` for a space, ``'?`` for an apostrophe (only used by the AGO anchors)."""
    word = " ".join(_JOINERS.sub("", word).split())
    for alt, comp in _DECOMPOSED:
        word = word.replace(alt, comp)
    out: list[list[str]] = [[]]
    for ch in word:
        if ch == " ":
            opts = [[_WS_ATOM]]
        elif ch == "'":
            opts = [[_APOS_ATOM]]
        elif ch in _VARIANTS:
            opts = [list(v) for v in _VARIANTS[ch]]
        else:
            opts = [[ch]]
        out = [seq + o for seq in out for o in opts]
    return out


def _render_atom(atom: str) -> str:
    """A spelling's atom in a trie regex: the white-space and apostrophe atoms are regexes already,
    every other one is a literal."""
    return atom if atom in (_WS_ATOM, _APOS_ATOM) else re.escape(atom)


def _spellings_trie(words: Iterable[str]) -> str:
    """A trie-shaped regex matching at least a prefix of every spelling of ``words``."""
    return prefix_trie_pattern((seq for w in words for seq in _spellings(w)), render=_render_atom)


def _anchor_regex(words: Iterable[str], tails: dict[str, str] | None = None) -> re.Pattern:
    """A trie-shaped regex matching at least a prefix of every word (enough to find where they
    start) and the character before it, which is no Bengali letter; a word of ``tails`` only where
    its look-ahead (a regex) holds after it."""
    tails = tails or {}
    lookaheads = set(tails.values())
    pattern = prefix_trie_pattern(
        (seq + ([tails[w]] if w in tails else []) for w in words for seq in _spellings(w)),
        render=lambda atom: atom if atom in lookaheads else _render_atom(atom),
    )

    # The character before the word is part of the match (the regex engine then only stops at
    # characters that are not Bengali letters); a word at the very start is checked separately.
    return re.compile(f"[^{_LETTER}]" + pattern)


def _first_chars(category: str) -> set[str]:
    if category == "DIGIT":
        return set("0123456789০১২৩৪৫৬৭৮৯") | set(_YEAR_APOSTROPHES)
    return {seq[0] for w in _START_WORDS[category] for seq in _spellings(w)}


def _qualifier_tails() -> dict[str, str]:
    """The qualifiers গত, চলতি, এই, আগামী (Q, RQ, WQ) open a match only before what the patterns
    they begin write after them: a space, then a day (digits or a day word: dm), a month (md,
    month) or a weekday (weekday); or মাসের (rmd), বছর or বৎসর (rym).  Looked ahead for at the
    anchor, this spares trying six patterns at every এই or গত of the prose.  (A qualifier that is
    also a word of another category keeps a bare anchor.)"""
    qualifiers = {w for c in ("Q", "RQ", "WQ") for w in _START_WORDS[c] if " " not in w}
    others = {w for c, words in _START_WORDS.items() if c not in ("Q", "RQ", "WQ") for w in words}
    digits = "".join(re.escape(ch) for ch in sorted(_first_chars("DIGIT")))
    # (a prefix of every day word, month and weekday, as the anchors find them)
    named = _spellings_trie(w for c in ("DAYWORD", "MONTH", "WEEKDAY") for w in _START_WORDS[c])
    tail = rf"(?=\s+(?:[{digits}]|{named})|\s*(?:মাসের|বছর|বৎসর))"
    return {w: tail for w in qualifiers - others}


def _unit_tails() -> dict[str, str]:
    """The units দিন, সপ্তাহ, মাস, বছর, বৎসর (UNIT) open a match (ago_after: মাস দুয়েক আগে) only
    before a number word, after optional spaces: looked ahead for at the anchor, this spares trying
    the patterns opened by their first letters at every দিন, মাস or বছর of the prose.  (A unit that
    is also a word of another category keeps a bare anchor.)"""
    units = {w for w in _START_WORDS["UNIT"] if " " not in w}
    others = {w for c, words in _START_WORDS.items() if c != "UNIT" for w in words}
    number_words = _spellings_trie(_NUMBER_WORDS)
    return {w: rf"(?=\s*{number_words})" for w in units - others}


_ANCHORS = _anchor_regex((w for words in _START_WORDS.values() for w in words), _qualifier_tails() | _unit_tails())
_ANCHORS_AT_START = re.compile(_ANCHORS.pattern[len(f"[^{_LETTER}]"):])
_BY_FIRST_CHAR: dict[str, list[int]] = {}
for _k, (_name, _rx, _h, _p) in enumerate(_COMPILED):
    if _name in _STARTS:
        for _ch in set().union(*(_first_chars(c) for c in _STARTS[_name])):
            _BY_FIRST_CHAR.setdefault(_ch, []).append(_k)


#: the patterns with no known start (scanned over the whole text)
_SCANNED = frozenset(k for k, (name, *_) in enumerate(_COMPILED) if name not in _STARTS)

#: words one of which every match of a pattern holds, written as the pattern writes them (the date
#: noun of _DATE_WORD, which these patterns require; the words of "ago"): no match of the pattern
#: starts after the last of them in a text, so its starts after that are not tried (a text without
#: any of them, most articles for তারিখ, tries none)
_REQUIRED_WORDS: dict[str, tuple[str, ...]] = {
    "d_only": (_DATE_NOUN,), "md": (_DATE_NOUN,), "rmd": (_DATE_NOUN,), "ymd2": (_DATE_NOUN,),
    "ago": _AGO_WORDS, "ago_after": _AGO_WORDS,
}
_REQUIRED_BY_INDEX = [_REQUIRED_WORDS.get(name) for name, *_ in _COMPILED]

# At a run of digits, a pattern can match only when the run has the length it reads: a day is one
# or two digits that no further digit follows (_day, and numeric's day before its separator), a
# count before "ago" one to three, a year four that start with 1 or 2 (_year), an ISO date's year
# four.  (Their other openings, a day word, a qualifier, a spelled-out year, are Bengali words,
# never digits.)  Trying only those patterns at each run gives the same matches.
_DAY_FIRST = ("dmy", "dm", "d_only", "bangla", "numeric")
_YEAR_FIRST = ("ymd", "ymd2", "ym", "year", "byear")
#: the longest run of digits told apart (longer runs start no pattern of _DIGIT_RUN_PATTERNS)
_LONG_RUN = 5


def _fits_digit_run(name: str, length: int, year_digit: bool) -> bool:
    if name in _DAY_FIRST:
        return length <= 2
    if name == "ago":
        return length <= 3
    if name in _YEAR_FIRST:
        return length == 4 and year_digit
    if name == "iso":
        return length == 4
    return True


#: (run length up to _LONG_RUN, whether its first digit may open a year) -> the patterns tried at a
#: run of digits, in pattern order (every digit begins the same patterns)
_DIGIT_RUN_PATTERNS: dict[tuple[int, bool], list[int]] = {
    (length, year_digit): [k for k in _BY_FIRST_CHAR.get("0", ()) if _fits_digit_run(_COMPILED[k][0], length, year_digit)]
    for length in range(1, _LONG_RUN + 1) for year_digit in (False, True)
}
_YEAR_DIGITS = frozenset("12\u09e7\u09e8")


def _matches(text: str) -> list[tuple[int, re.Match]]:
    """``(pattern index, match)`` for every pattern, in pattern order, then text order: what
    ``rx.finditer(text)`` gives for each pattern."""
    starts = []
    run_length: dict[int, int] = {}  # start of a run of digits -> its length
    for m in _DIGIT_RUN.finditer(text):
        starts.append(m.start())
        run_length[m.start()] = m.end() - m.start()
        if m.start() and text[m.start() - 1] in _YEAR_APOSTROPHES:  # ’৮৫ সালের
            starts.append(m.start() - 1)
    if _ANCHORS_AT_START.match(text):
        starts.append(0)
    search = _ANCHORS.search
    pos = 0
    while (m := search(text, pos)) is not None:
        pos = m.start() + 1
        starts.append(pos)
    starts.sort()
    # (a list per pattern, made once per text, rather than one made and thrown away per start)
    per_pattern: list[list[int]] = [[] for _ in _COMPILED]
    by_first = _BY_FIRST_CHAR
    by_run = _DIGIT_RUN_PATTERNS
    for s in starts:
        length = run_length.get(s)
        if length is None:
            tried = by_first.get(text[s], ())
        else:
            tried = by_run[min(length, _LONG_RUN), text[s] in _YEAR_DIGITS]
        for k in tried:
            per_pattern[k].append(s)
    out: list[tuple[int, re.Match]] = []
    last_required: dict[tuple[str, ...], int] = {}  # required words -> where the last of them starts
    # (in pattern order: the patterns scanned everywhere and those with a start in this text)
    for k, pattern_starts in enumerate(per_pattern):
        rx = _COMPILED[k][1]
        if k in _SCANNED:
            out.extend((k, m) for m in rx.finditer(text))
            continue
        if not pattern_starts:
            continue
        required = _REQUIRED_BY_INDEX[k]
        if required is not None:
            last_word = last_required.get(required)
            if last_word is None:
                last_word = last_required[required] = max(text.rfind(word) for word in required)
            pattern_starts = pattern_starts[:bisect_right(pattern_starts, last_word)]
        match = rx.match
        last = 0
        for s in pattern_starts:
            if s < last:
                continue
            m = match(text, s)
            if m is not None:
                out.append((k, m))
                last = m.end() if m.end() > s else s + 1
    return out


def _candidates(text: str, anchor: dt.date | None, matches: list[tuple[int, re.Match]] | None = None) -> list[_Cand]:
    found: list[_Cand] = []
    for k, m in _matches(text) if matches is None else matches:
        _name, _rx, handler, priority = _COMPILED[k]
        cand = handler(m, anchor, text)
        if cand is not None:
            cand.end = _trim_end(text, cand.start, cand.end)
            cand.priority = priority
            found.append(cand)
    return found


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,\t\n":
        end -= 1
    return end


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest non-overlapping candidates (then the higher priority)."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    chosen: list[_Cand] = []
    for c in cands:
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _merge(text: str, spans: list[_Cand]) -> list[_Cand]:
    """Join a weekday / আজ / গতকাল with an explicit date right before or after it."""
    out: list[_Cand] = []
    i = 0
    while i < len(spans):
        c = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if c.kind in ("weekday", "relday") and nxt is not None and nxt.kind == "explicit" and _adjacent(text, c, nxt):
            merged = _join(text, c, nxt, nxt, c)
            out.append(merged)
            i += 2
            continue
        if (
            c.kind == "weekday"
            and out
            and out[-1].kind == "explicit"
            and out[-1].precision == "day"
            and _adjacent(text, out[-1], c)
        ):
            prev = out.pop()
            out.append(_join(text, prev, c, prev, c))
            i += 1
            continue
        out.append(c)
        i += 1
    return out


#: how many characters (white space, commas, রোজ) may stand between two spans _merge joins
MERGE_GAP_CHARS = 8


def _adjacent(text: str, a: _Cand, b: _Cand) -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= MERGE_GAP_CHARS and _GAP.fullmatch(gap) is not None


def _join(text: str, first: _Cand, second: _Cand, date: _Cand, other: _Cand) -> _Cand:
    end = second.end
    if "(" in text[first.end : second.start] and (close := _CLOSE.match(text, end)):
        end = _trim_end(text, first.start, close.end())
    note = date.note
    wd = other.weekday
    if date.value and wd is not None and date.precision == "day":
        agrees = dt.date.fromisoformat(date.value).isoweekday() == wd
        extra = "weekday agrees" if agrees else f"the weekday ({_WEEKDAY_NAMES[wd]}) does not agree"
        note = f"{note}; {extra}" if note else extra
    if date.value is None and other.value is not None and other.kind == "relday":
        return _Cand(first.start, end, other.value, other.precision, True, other.note, "explicit")
    return _Cand(first.start, end, date.value, date.precision, date.relative, note, "explicit", wd)


def find_dates(text: str, published: dt.date | None = None, use_dateline: bool = False) -> list[DateMatch]:
    """All date expressions in ``text``, resolved against ``published`` where they are relative.

    With ``use_dateline`` and no ``published``, an explicit full date within the first
    ``DATELINE_CHARS`` characters (the dateline of a printed article, e.g. ``২৮ কার্তিক ১৪০৭
    মঙ্গলবার ১৪ নভেম্বর ২০০০``) becomes the anchor; relative matches then say so in their note.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    matches = _matches(text)
    line, spans = _dateline_of(text, matches) if published is None and use_dateline else (None, None)
    if spans is None or line is not None:
        spans = _merge(text, _select(_candidates(text, line or published, matches)))
    if line is not None:
        for c in spans:
            if c.relative and c.value is not None:
                c.note = f"{c.note}; anchor: dateline {line.isoformat()}" if c.note else f"anchor: dateline {line.isoformat()}"
    for c in spans:
        _after_midnight(text, c)
    _year_from_anaphora(text, spans)
    _year_from_listed_date(text, spans)
    _year_from_chronology(text, spans, line or published)
    return [DateMatch(c.start, c.end, c.value, c.precision, c.relative, c.note) for c in spans]


# "রোববার দিবাগত রাত আড়াইটার দিকে": the night that follows Sunday, at half past two — Monday.
_NIGHT_AFTER = re.compile(r"দিবাগত\s+রাত(?:ে|)?$")
_EARLY_HOUR = re.compile(
    r"\s*(?:আনুমানিক|" + _flex("প্রায়") + r"|রাত)?\s*(?:(?:" + "|".join(_flex(w) for w in ("সাড়ে", "পৌনে", "সোয়া"))
    + r")\s*)?(?:" + "|".join(_flex(w) for w in ("আড়াই", "দেড়")) + r"|১২|12|[১-৪1-4])\s*টা")


#: how far (characters) a yearless day-month may follow the dated day it is listed with
LISTED_DATE_CHARS = 80
#: "that year", "the same year", "the same month" right before a yearless day-month ("ওই বছরের ৬ অক্টোবর")
_THAT_YEAR = re.compile(r"(?:ওই|ঐ|একই|সেই|সে)\s+(?:বছর|বছরের|বছরেরই|সালের|মাসের|মাসেরই)\s*$")
#: how far back (characters) the words before a date are read for _THAT_YEAR
THAT_YEAR_CHARS = 24


def _year_from_anaphora(text: str, spans: list["_Cand"]) -> None:
    """A day-month told as "that year's" or "the same month's" ("২০১৮ সালের ৮ ফেব্রুয়ারি … এরপর ওই
    বছরের ৬ অক্টোবর", "একই মাসের ১৫ এপ্রিল") is in the year of the last date before it that has one,
    however many sentences back (a profile's chronology), not in the year before publication."""
    year: int | None = None
    for c in spans:
        if not c.value or not c.value[:4].isdigit():
            continue
        yearless = (c.note or "").startswith(YEARLESS_NOTE)
        if yearless and c.precision == "day" and c.kind == "explicit" and year is not None \
                and _THAT_YEAR.search(text, max(0, c.start - THAT_YEAR_CHARS), c.start):
            day = dt.date.fromisoformat(c.value)
            if (told := _safe_date(year, day.month, day.day)) is not None:
                c.value = told.isoformat()
                c.note = f"year of the date told before it ({year})"
                continue
        if not yearless:
            year = int(c.value[:4])


def _year_from_listed_date(text: str, spans: list["_Cand"]) -> None:
    """A day-month without a year listed right after a day whose year the text gave, in the same
    sentence ("২০০৩ সালের ১২ জানুয়ারি ও ১৫ জানুয়ারি", "আগামী ১৫ সেপ্টেম্বর কলকাতায় এবং ২১ সেপ্টেম্বর
    শিলিগুড়িতে"), is the occurrence nearest that day, not the latest before publication."""
    previous: _Cand | None = None
    for c in spans:
        if c.precision != "day" or not c.value or c.kind != "explicit":
            continue
        yearless = (c.note or "").startswith(YEARLESS_NOTE)
        listed = previous is not None and c.start - previous.end <= LISTED_DATE_CHARS \
            and "।" not in text[previous.end:c.start]
        if yearless and listed:
            day, known = dt.date.fromisoformat(c.value), dt.date.fromisoformat(previous.value)
            nearest = _nearest_occurrence(day, known)
            if nearest != day:
                c.value = nearest.isoformat()
                c.note = f"year of the date listed before it ({previous.value})"
        if not yearless or listed:
            previous = c  # (a list of three carries the year on)


def _nearest_occurrence(day: dt.date, known: dt.date) -> dt.date:
    """``day``'s month and day in the year before, of or after ``known``: the one nearest ``known``."""
    return min((d for y in (known.year - 1, known.year, known.year + 1) if (d := _safe_date(y, day.month, day.day))),
               key=lambda d: abs((d - known).days))


#: how many days a yearless day-month may lie from the last day the text gave with its year and still be
#: told in that day's year (a retrospective's timeline)
CHRONOLOGY_DAYS = 31
#: a yearless day-month after these is relative to the publication, whatever the text told before
_PUBLICATION_QUALIFIERS = re.compile(_Q + r"\s")


def _year_from_chronology(text: str, spans: list["_Cand"], published: dt.date | None) -> None:
    """A day-month without a year or qualifier, told after a day the text gave with its year and close
    to it in the calendar ("২০১৮ সালের ৩০শে ডিসেম্বর অনুষ্ঠিত … নির্বাচন … ভোটের আগের রাতেই অর্থাৎ ২৯শে
    ডিসেম্বর", in a 2025 article), goes on with that timeline, not the year before publication (a timeline
    that runs past the publication is left alone: what it plans is not told as done)."""
    known: dt.date | None = None
    for c in spans:
        if c.precision != "day" or not c.value or c.kind != "explicit":
            continue
        if not (c.note or "").startswith(YEARLESS_NOTE):
            known = dt.date.fromisoformat(c.value)
            continue
        if known is None or _PUBLICATION_QUALIFIERS.match(text, c.start):
            continue
        day = dt.date.fromisoformat(c.value)
        nearest = _nearest_occurrence(day, known)
        if nearest != day and abs((nearest - known).days) <= CHRONOLOGY_DAYS \
                and (published is None or nearest <= published):
            c.value = nearest.isoformat()
            c.note = f"year of the timeline's last dated day ({known.isoformat()})"


def _after_midnight(text: str, c: "_Cand") -> None:
    if c.precision != "day" or not c.value or not _NIGHT_AFTER.search(text[c.start:c.end]) \
            or not _EARLY_HOUR.match(text, c.end):
        return
    c.value = (dt.date.fromisoformat(c.value) + dt.timedelta(days=1)).isoformat()
    c.note = f"{c.note}; after midnight" if c.note else "after midnight"


DATELINE_CHARS = 120
#: how far into the text the dateline is looked for first (see _dateline_of)
DATELINE_HEAD_CHARS = 2 * DATELINE_CHARS


def _dateline_of(text: str, matches: list[tuple[int, re.Match]]) -> tuple[dt.date | None, list[_Cand] | None]:
    """:func:`_dateline` of the unanchored spans of ``text``, and those spans when all of them were
    made (None when the head of the text was enough to find the dateline).

    The dateline is read from spans starting in the first ``DATELINE_CHARS`` characters.  What
    follows a stretch that no candidate touches and that is wider than ``MERGE_GAP_CHARS`` cannot
    change them: the longest-first choice weighs only overlapping candidates against each other,
    and _merge joins only spans that close (a date joined to a weekday after the stretch would keep
    its start and its date).  Every candidate starts where its match does, so when the head's
    matches leave such a stretch after ``DATELINE_CHARS``, their candidates decide."""
    head = [(k, m) for k, m in matches if m.start() < DATELINE_HEAD_CHARS]
    if len(head) < len(matches):
        cands = _candidates(text, None, head)
        if _clear_stretch(cands, DATELINE_CHARS, DATELINE_HEAD_CHARS - MERGE_GAP_CHARS - 1,
                          MERGE_GAP_CHARS + 1) is not None:
            return _dateline(_merge(text, _select(cands))), None
    spans = _merge(text, _select(_candidates(text, None, matches)))
    return _dateline(spans), spans


def _clear_stretch(cands: list[_Cand], lo: int, hi: int, width: int) -> int | None:
    """The first offset ``q`` in ``[lo, hi]`` such that no candidate overlaps ``[q, q + width)``."""
    q = lo
    for start, end in sorted((c.start, c.end) for c in cands):
        if end <= q:
            continue
        if start >= q + width:
            break
        q = end
        if q > hi:
            return None
    return q if q <= hi else None


def is_bengali_calendar(date) -> bool:
    """Whether a date was read from the Bengali calendar (১৪ পৌষ ১৪৩২), by its note."""
    return (date.note or "").startswith(BENGALI_CALENDAR_NOTE)


def _dateline(spans: list[_Cand]) -> dt.date | None:
    """The first explicit Gregorian full date at the start of the text (else a Bengali one)."""
    head = [c for c in spans if c.start < DATELINE_CHARS and c.kind == "explicit" and not c.relative and c.value]
    head = [c for c in head if c.precision == "day"]
    if not head:
        return None
    gregorian = [c for c in head if not is_bengali_calendar(c)]
    return dt.date.fromisoformat((gregorian or head)[0].value)  # type: ignore[arg-type]


def _dates(doc: Document, options: Options) -> Document:
    text = doc.norm if doc.norm is not None else doc.text
    anchor = doc.published or options.published
    spans = [
        doc.span_from_norm(
            DateMention, d.start, d.end, value=d.value, precision=d.precision, relative=d.relative, note=d.note
        )
        for d in find_dates(text, anchor, use_dateline=True)
    ]
    doc.set("dates", spans)
    return doc


dates_stage = stage("dates", requires=("norm",), assigns=("dates",))(_dates)
