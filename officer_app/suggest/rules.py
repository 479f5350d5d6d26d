"""A small rule set + fuzzy matching (rapidfuzz) that suggests a complaint's kind.

Why not a trained model: the categories come from the server at run time and
their names vary (12 in the demo, 135 in the observed JAKI list), and we have
no labelled production data, only examples we write ourselves. A keyword set
per *kind* of complaint, matched after abbreviations are expanded and with
rapidfuzz tolerating typos ("sampa", "lampuu", "salurn"), is transparent, tunable
by a person, answers in well under a millisecond and adds one 3 MB wheel
(scikit-learn + SciPy would add ~100 MB to the installer for little gain on
texts this short). Kinds map to the reference categories by name patterns.

The staff member always chooses; a suggestion never blocks saving.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

# Informal Indonesian: abbreviations and spellings seen in chats and complaints.
ABBREVIATIONS: dict[str, str] = {
    "jln": "jalan",
    "jl": "jalan",
    "jaln": "jalan",
    "jlan": "jalan",
    "tdk": "tidak",
    "gk": "tidak",
    "ga": "tidak",
    "gak": "tidak",
    "nggak": "tidak",
    "ngga": "tidak",
    "enggak": "tidak",
    "tak": "tidak",
    "g": "tidak",
    "sdh": "sudah",
    "udh": "sudah",
    "udah": "sudah",
    "dah": "sudah",
    "blm": "belum",
    "blom": "belum",
    "bgt": "banget",
    "bngt": "banget",
    "yg": "yang",
    "dgn": "dengan",
    "dg": "dengan",
    "krn": "karena",
    "krna": "karena",
    "dpn": "depan",
    "dkt": "dekat",
    "deket": "dekat",
    "sblh": "sebelah",
    "blkg": "belakang",
    "utk": "untuk",
    "tp": "tapi",
    "tpi": "tapi",
    "sy": "saya",
    "sya": "saya",
    "kmrn": "kemarin",
    "mgg": "minggu",
    "hr": "hari",
    "bln": "bulan",
    "thn": "tahun",
    "org": "orang",
    "orng": "orang",
    "rmh": "rumah",
    "sklh": "sekolah",
    "sd": "sekolah",
    "sdn": "sekolah",
    "smp": "sekolah",
    "sma": "sekolah",
    "gg": "gang",
    "kali2": "kali",
    "pd": "pada",
    "sm": "sama",
    "bs": "bisa",
    "bsa": "bisa",
    "lg": "lagi",
    "lgi": "lagi",
    "skrg": "sekarang",
    "skr": "sekarang",
    "msh": "masih",
    "mati2": "mati",
    "rusak2": "rusak",
    "lubang2": "lubang",
    "pkl2": "pkl",
    "pju": "lampu jalan",
    "lpj": "lampu jalan",
    "ppsu": "petugas",
    "jukir": "juru parkir",
    "ojol": "ojek",
    "angkot": "angkutan",
    "tps": "tempat sampah",
    "tpst": "tempat sampah",
    "odgj": "gangguan jiwa",
    "gepeng": "gelandangan",
    "pmks": "gelandangan",
    "dbd": "demam berdarah",
    "rs": "rumah sakit",
    "rsud": "rumah sakit",
    "pkm": "puskesmas",
    "bpjs": "puskesmas",
    "kjs": "puskesmas",
    "kjp": "sekolah",
    "ktp": "ktp",
    "kk": "kartu keluarga",
    "got": "got",
    "trtoar": "trotoar",
}

# kind -> (keywords with weights). Multi-word keywords match on the whole text.
KEYWORDS: dict[str, dict[str, float]] = {
    "jalan": {
        "jalan": 1.0,
        "berlubang": 3,
        "lubang": 2.5,
        "bolong": 2.5,
        "aspal": 3,
        "rusak": 1.0,
        "retak": 2,
        "ambles": 3,
        "amblas": 3,
        "galian": 2.5,
        "kubangan": 2,
        "gelombang": 1.5,
        "jalan rusak": 3,
        "tambal": 2,
        "licin": 1,
        "becek": 1,
        "jembatan": 1.5,
        "polisi tidur": 2,
        "kerikil": 1.5,
        "paving": 1.5,
        "cor": 1.5,
    },
    "trotoar": {
        "trotoar": 4,
        "pejalan": 2.5,
        "pedestrian": 3,
        "ubin": 1.5,
        "kanstin": 2.5,
        "guiding block": 3,
        "penyandang disabilitas": 1.5,
    },
    "lampu": {
        "lampu": 3.5,
        "penerangan": 3.5,
        "gelap": 2,
        "redup": 2.5,
        "padam": 1.5,
        "lampu jalan": 2,
        "tiang listrik": 2,
        "kabel": 2,
        "korsleting": 2,
        "listrik": 1.5,
        "berkedip": 2,
        "mati": 0.8,
        "nyala": 1.5,
    },
    "parkir": {
        "parkir": 4,
        "juru parkir": 2,
        "markir": 3,
        "derek": 2,
        "bahu jalan": 1,
        "parkiran": 3,
        "liar": 0.7,
        "pungli": 1.5,
        "mobil": 0.8,
        "motor": 0.5,
    },
    "lalin": {
        "macet": 3.5,
        "kemacetan": 3.5,
        "lalu lintas": 3,
        "lampu merah": 3,
        "rambu": 3,
        "traffic": 3,
        "angkutan": 2.5,
        "ngetem": 3,
        "busway": 2.5,
        "transjakarta": 2.5,
        "halte": 2,
        "marka": 2.5,
        "zebra cross": 2.5,
        "putar balik": 2,
        "ojek": 1.5,
        "bus": 1.5,
        "kendaraan": 1,
        "melawan arus": 3,
        "tronton": 2,
    },
    "pkl": {
        "pkl": 4,
        "pedagang": 3.5,
        "dagang": 3,
        "jualan": 3,
        "berjualan": 3,
        "gerobak": 2.5,
        "lapak": 3,
        "kaki lima": 3,
        "tenda": 1.5,
        "asongan": 3,
        "warung": 1.5,
        "lesehan": 2,
    },
    "reklame": {
        "reklame": 4,
        "spanduk": 4,
        "baliho": 4,
        "poster": 3,
        "iklan": 2.5,
        "selebaran": 3,
        "coretan": 3,
        "vandal": 3,
        "vandalisme": 3,
        "grafiti": 3,
        "stiker": 2.5,
        "umbul": 2.5,
        "bendera": 1.5,
        "billboard": 3,
        "pamflet": 3,
        "tempelan": 3,
    },
    "rokok": {
        "rokok": 4,
        "merokok": 4,
        "asap rokok": 2,
        "vape": 3,
        "puntung": 2.5,
        "kawasan dilarang merokok": 3,
        "ngerokok": 4,
        "sebat": 3,
    },
    "ketertiban": {
        "berisik": 3.5,
        "bising": 3.5,
        "kebisingan": 3.5,
        "keributan": 3,
        "ribut": 2.5,
        "tawuran": 4,
        "mabuk": 3.5,
        "miras": 3.5,
        "judi": 3.5,
        "preman": 3,
        "balap liar": 3.5,
        "karaoke": 3,
        "musik": 2,
        "sound": 2,
        "knalpot": 2.5,
        "mengganggu": 1.5,
        "onar": 3,
        "begal": 3,
        "pesta": 1.5,
        "kost": 1,
        "petasan": 3,
        "malam": 0.6,
        "meresahkan": 1.5,
        "tengah malam": 1.5,
        "dangdutan": 3,
        "nongkrong": 1.5,
    },
    "pohon": {
        "pohon": 4,
        "tumbang": 3,
        "dahan": 3.5,
        "ranting": 3.5,
        "rimbun": 2.5,
        "akar": 2,
        "ditebang": 2.5,
        "tebang": 2.5,
        "pangkas": 3,
        "rapuh": 1.5,
        "lapuk": 1.5,
        "miring": 1.5,
        "roboh": 1.5,
        "daun": 1.5,
        "beringin": 2.5,
        "angsana": 2.5,
    },
    "taman": {
        "taman": 4,
        "rumput": 2.5,
        "ayunan": 3,
        "perosotan": 3,
        "bangku taman": 2,
        "tanaman": 2,
        "bunga": 2,
        "pemakaman": 3,
        "makam": 3,
        "kuburan": 3,
        "tpu": 3,
        "jogging": 2,
        "hutan kota": 3,
        "air mancur": 2.5,
    },
    "banjir": {
        "banjir": 4,
        "tergenang": 3,
        "genangan": 3,
        "genang": 3,
        "kebanjiran": 4,
        "rob": 3,
        "luapan": 2.5,
        "meluap": 2,
        "sumur resapan": 3,
        "semata kaki": 2,
        "selutut": 2.5,
        "sepinggang": 3,
        "pompa": 2,
        "air naik": 2.5,
        "hujan": 1.5,
        "waduk": 2,
        "tanggul": 2.5,
    },
    "saluran": {
        "saluran": 3.5,
        "got": 3.5,
        "selokan": 3.5,
        "drainase": 3.5,
        "gorong": 3.5,
        "mampet": 3,
        "tersumbat": 3,
        "sumbat": 3,
        "kali": 2.5,
        "sungai": 3,
        "endapan": 2.5,
        "lumpur": 2.5,
        "sedimen": 3,
        "bau": 1.5,
        "tutup saluran": 3,
        "mampat": 3,
        "eceng": 3,
        "kotor": 0.5,
        "keruk": 3,
        "pengerukan": 3,
        "berbau": 1.5,
    },
    "sampah": {
        "sampah": 4,
        "numpuk": 2,
        "menumpuk": 2,
        "tumpukan": 2,
        "bau busuk": 1.5,
        "tempat sampah": 2,
        "diangkut": 2.5,
        "pengangkutan": 2.5,
        "gerobak sampah": 2,
        "limbah": 1.5,
        "buang": 1.5,
        "dibuang": 1.5,
        "plastik": 1.5,
        "lalat": 2,
        "bangkai": 2,
        "truk sampah": 2,
        "kantong": 1,
        "busuk": 1,
    },
    "fasum": {
        "fasilitas": 3,
        "rptra": 4,
        "toilet": 3,
        "wc": 3,
        "halte rusak": 1,
        "jpo": 3.5,
        "penyeberangan": 3,
        "bangku": 2,
        "pagar": 2,
        "pos": 1.5,
        "mushola": 2.5,
        "balai": 2,
        "lapangan": 2.5,
        "sarana": 2,
        "tangga": 1.5,
        "atap": 1.5,
        "keran": 2,
        "hidran": 2.5,
        "cctv": 2.5,
        "wifi": 2.5,
        "jak wifi": 3,
    },
    "sosial": {
        "gelandangan": 4,
        "pengemis": 4,
        "mengemis": 4,
        "pengamen": 3.5,
        "ngamen": 3.5,
        "manusia gerobak": 3,
        "gangguan jiwa": 4,
        "terlantar": 3.5,
        "lansia": 2.5,
        "anak jalanan": 3.5,
        "bansos": 3.5,
        "bantuan sosial": 3,
        "sembako": 2,
        "tunawisma": 4,
        "telantar": 3.5,
        "miskin": 2.5,
        "kekerasan": 2,
        "disabilitas": 1.5,
        "orang hilang": 3,
        "yatim": 2.5,
    },
    "kesehatan": {
        "puskesmas": 4,
        "rumah sakit": 3.5,
        "dokter": 3,
        "obat": 2.5,
        "demam berdarah": 4,
        "nyamuk": 3,
        "jentik": 3,
        "fogging": 3.5,
        "imunisasi": 3.5,
        "posyandu": 3.5,
        "ambulans": 3.5,
        "ambulan": 3.5,
        "pasien": 3,
        "berobat": 3,
        "sakit": 1.5,
        "perawat": 2.5,
        "vaksin": 3,
        "stunting": 3,
        "bidan": 3,
    },
    "pendidikan": {
        "sekolah": 2.5,
        "guru": 3.5,
        "murid": 3,
        "siswa": 3.5,
        "ppdb": 4,
        "zonasi": 3.5,
        "pungutan": 2,
        "seragam": 2.5,
        "rapor": 3,
        "ijazah": 3.5,
        "kelas": 2,
        "kepala sekolah": 2,
        "beasiswa": 3,
        "buku": 1.5,
        "spp": 3,
        "daftar ulang": 3,
    },
    "kependudukan": {
        "ktp": 4,
        "e-ktp": 4,
        "kartu keluarga": 4,
        "akta": 3.5,
        "kelahiran": 2.5,
        "dukcapil": 4,
        "domisili": 3,
        "blanko": 3,
        "nik": 2,
        "pindah": 1.5,
        "surat pindah": 3,
        "rekam": 2,
        "perekaman": 3,
        "kartu identitas": 3,
    },
}

# kind -> (patterns over reference category names, most specific first; the usual agency)
# The agency is the fallback when the reference data does not say (DOMAIN.md routing).
KINDS: dict[str, tuple[tuple[str, ...], str]] = {
    "jalan": ((r"^jalan$", r"jalan rusak", r"galian", r"\bjalan\b"), "Dinas Bina Marga"),
    "trotoar": ((r"trotoar", r"pejalan"), "Dinas Bina Marga"),
    "lampu": ((r"lampu|penerangan", r"jaringan listrik"), "Dinas Bina Marga"),
    "parkir": ((r"parkir",), "Dinas Perhubungan"),
    "lalin": ((r"lalu lintas", r"transportasi|perhubungan", r"halte"), "Dinas Perhubungan"),
    "pkl": ((r"pkl liar", r"\bpkl\b", r"lokasi binaan"), "Satpol PP"),
    "reklame": ((r"reklame/spanduk", r"reklame|spanduk", r"coretan|selebaran"), "Satpol PP"),
    "rokok": ((r"kawasan dilarang merokok", r"rokok"), "Satpol PP"),
    "ketertiban": (
        (r"ketenteraman dan ketertiban", r"kebisingan", r"ketertiban|ketenteraman"),
        "Satpol PP",
    ),
    "pohon": ((r"^pohon$", r"pohon"), "Dinas Pertamanan dan Hutan Kota"),
    "taman": ((r"^taman$", r"taman", r"pemakaman"), "Dinas Pertamanan dan Hutan Kota"),
    "banjir": ((r"penanganan banjir", r"banjir", r"sumur resapan"), "Dinas Sumber Daya Air"),
    "saluran": ((r"saluran air", r"saluran|kali|sungai"), "Dinas Sumber Daya Air"),
    "sampah": ((r"^sampah$", r"sampah"), "Kelurahan (PPSU)"),
    "fasum": (
        (
            r"fasilitas sosial/fasilitas umum",
            r"prasarana dan sarana umum",
            r"fasilitas umum",
            r"rptra",
            r"jembatan penyeberangan",
        ),
        "Kelurahan (PPSU)",
    ),  # fmt: skip
    "sosial": ((r"pmks|kesejahteraan sosial", r"bantuan sosial", r"sosial"), "Dinas Sosial"),
    "kesehatan": ((r"puskesmas", r"kesehatan", r"demam berdarah"), "Dinas Kesehatan"),
    "pendidikan": (
        (r"gedung sekolah|permasalahan siswa", r"sekolah|pendidikan"),
        "Dinas Pendidikan",
    ),
    "kependudukan": ((r"ktp", r"kartu keluarga", r"kependudukan"), "Dinas Dukcapil"),
}

# How common each kind is (a tie-breaker, and the order when nothing matches).
PRIOR: dict[str, float] = {
    "jalan": 14, "pohon": 10, "parkir": 10, "sampah": 9, "ketertiban": 8, "saluran": 7,
    "reklame": 6, "pkl": 6, "rokok": 5, "fasum": 5, "trotoar": 4, "lampu": 4, "lalin": 3,
    "banjir": 3, "sosial": 3, "taman": 2, "kesehatan": 1.5, "pendidikan": 1,
    "kependudukan": 1,
}  # fmt: skip

_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)?")
_SINGLE = {kw for kws in KEYWORDS.values() for kw in kws if " " not in kw}
_VOCAB = sorted(_SINGLE)
_PHRASES = {kind: {kw: w for kw, w in kws.items() if " " in kw} for kind, kws in KEYWORDS.items()}
_BY_WORD: dict[str, list[tuple[str, float]]] = {}
for _kind, _kws in KEYWORDS.items():
    for _kw, _w in _kws.items():
        if " " not in _kw:
            _BY_WORD.setdefault(_kw, []).append((_kind, _w))


def normalize(text: str) -> str:
    """Lower case, abbreviations expanded, repeated letters squeezed ("bangeeet")."""
    words = []
    for raw in _WORD.findall(text.lower()):
        word = re.sub(r"(.)\1{2,}", r"\1", raw)
        words.append(ABBREVIATIONS.get(word, word))
    return " ".join(words)


@lru_cache(maxsize=8192)
def _correct(word: str) -> str | None:
    """The keyword a word stands for: itself, or a close spelling (typos)."""
    if word in _SINGLE:
        return word
    if len(word) < 4 or word.isdigit():
        return None
    # Inflections: di-/ter-/-nya/-an around a keyword ("dipangkas", "lubangnya").
    for stem in (word.removesuffix("nya"), word.removeprefix("di"), word.removeprefix("ter")):
        if stem != word and stem in _SINGLE:
            return stem
    cutoff = 84 if len(word) < 7 else 80
    found = process.extractOne(word, _VOCAB, scorer=fuzz.ratio, score_cutoff=cutoff)
    return None if found is None else str(found[0])


def classify(text: str) -> list[tuple[str, float]]:
    """Every kind with its score, best first (score 0: no evidence, prior order)."""
    norm = normalize(text)
    scores = dict.fromkeys(KEYWORDS, 0.0)
    seen: set[str] = set()
    corrected = []
    for word in norm.split():
        kw = _correct(word)
        corrected.append(kw or word)
        if kw is None or kw in seen:
            continue
        seen.add(kw)
        for kind, weight in _BY_WORD[kw]:
            scores[kind] += weight
    joined = " " + " ".join(corrected) + " "
    for kind, phrases in _PHRASES.items():
        for phrase, weight in phrases.items():
            if f" {phrase} " in joined:
                scores[kind] += weight
    return sorted(scores.items(), key=lambda kv: (-kv[1], -PRIOR.get(kv[0], 0)))


@dataclass(frozen=True)
class Suggestion:
    category_id: str
    name: str
    agency: str
    kind: str
    score: float


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    name: str
    agency: str | None = None  # the agency the reference data names for it


class Suggester:
    """Kinds mapped onto this server's reference categories (by name)."""

    def __init__(self, categories: Iterable[CategoryInfo]) -> None:
        self.categories = list(categories)
        self.by_kind: dict[str, CategoryInfo] = {}
        for kind, (patterns, _agency) in KINDS.items():
            match = _first_match(self.categories, patterns)
            if match is not None:
                self.by_kind[kind] = match

    @classmethod
    def from_categories(
        cls, rows: Iterable[tuple[str, str] | tuple[str, str, str | None]]
    ) -> Suggester:
        return cls(CategoryInfo(*row) for row in rows)

    def suggest(self, text: str, limit: int = 3) -> list[Suggestion]:
        """Up to ``limit`` categories, best first; empty when the text says nothing."""
        if len(text.strip()) < 4:
            return []
        out: list[Suggestion] = []
        used: set[str] = set()
        for kind, score in classify(text):
            if score <= 0 or len(out) >= limit:
                break
            cat = self.by_kind.get(kind)
            if cat is None or cat.id in used:
                continue
            used.add(cat.id)
            out.append(Suggestion(cat.id, cat.name, cat.agency or KINDS[kind][1], kind, score))
        return out


def _first_match(
    categories: Sequence[CategoryInfo], patterns: Sequence[str]
) -> CategoryInfo | None:
    for pattern in patterns:
        rx = re.compile(pattern, re.IGNORECASE)
        for cat in categories:
            if rx.search(cat.name):
                return cat
    return None
