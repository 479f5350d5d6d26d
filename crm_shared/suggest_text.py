"""Words and features of a complaint's text, the same on the server and the PC.

The server trains the category model on these features (``central_server.suggest_model``)
and the workstation scores a description with the exported weights
(``officer_app.suggest.model``): both must cut a text the same way, so the
cutting lives here, in pure Python. ``FEATURE_VERSION`` changes whenever the
features change; a client ignores a model made with other features.

Features of one word: the word itself (``w:``), its light stem (``s:``), and its
character 3- to 5-grams with word boundaries (``c:``), which carry evidence
through typos ("salurn" shares most grams with "saluran"); pairs of
neighbouring words (``b:``). Each feature remembers the word it came from, so a
suggestion can say which words drove it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

FEATURE_VERSION = 1
CHAR_NGRAMS = (3, 4, 5)

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
    "karna": "karena",
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
    "smpn": "sekolah",
    "sma": "sekolah",
    "sman": "sekolah",
    "gg": "gang",
    "pd": "pada",
    "sm": "sama",
    "bs": "bisa",
    "bsa": "bisa",
    "lg": "lagi",
    "lgi": "lagi",
    "skrg": "sekarang",
    "skr": "sekarang",
    "msh": "masih",
    "tlg": "tolong",
    "ujan": "hujan",
    "malem": "malam",
    "ilang": "hilang",
    "pju": "lampu jalan",
    "lpj": "lampu jalan",
    "jukir": "juru parkir",
    "ojol": "ojek",
    "lalin": "lalu lintas",
    "tj": "transjakarta",
    "odgj": "gangguan jiwa",
    "gepeng": "gelandangan",
    "dbd": "demam berdarah",
    "rsud": "rumah sakit daerah",
    "rs": "rumah sakit",
    "pkm": "puskesmas",
    "kk": "kartu keluarga",
    "trtoar": "trotoar",
    "jpo": "jpo",
    "pam": "pam",
}

# Words that say nothing about the category (and would crowd the "why").
_STOPWORDS_TEXT = """
    yang dan di ke dari ini itu ada sudah tidak belum juga saja sama dengan untuk
    karena tapi atau pada dalam akan bisa lagi masih sangat banget sekali udah
    mohon tolong segera pak bu ibu bapak kak min admin terima kasih ya dong deh sih
    kok nih tuh lah kah pun para oleh lalu saya kami kita warga kita mereka dia nya
    jadi buat bikin kalau kalo kalau tiap setiap sejak sampai sampe hari minggu
    bulan tahun jam pagi siang sore lama baru rt rw gang depan dekat sebelah
    belakang samping tengah ujung daerah wilayah lokasi tempat sini situ sana
    mana apa kenapa gimana bagaimana sekarang kemarin tadi terus udh tetap harus
    perlu minta lapor laporan melaporkan dibantu bantu ditindaklanjuti tindak
    lanjut dicek cek mas mbak selamat permisi izin foto terlampir banyak
    """
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_REPEATS = re.compile(r"(.)\1{2,}")
_REDUPLICATED = re.compile(r"^([a-z]+)2$")  # "anak2" -> "anak"


def normalize_word(raw: str) -> list[str]:
    """One raw word -> its normal form(s): repeats squeezed, abbreviations expanded."""
    word = _REPEATS.sub(r"\1", raw)
    redup = _REDUPLICATED.match(word)
    if redup:
        word = redup.group(1)
    if "-" in word:
        left, _, right = word.partition("-")
        if left == right:  # "anak-anak"
            word = left
        else:
            return [w for part in word.split("-") for w in normalize_word(part)]
    return ABBREVIATIONS.get(word, word).split()


def words(text: str) -> list[str]:
    """The normalised words of a text, in order (stop words included)."""
    out: list[str] = []
    for raw in _WORD.findall(text.lower()):
        out.extend(normalize_word(raw))
    return out


def normalize(text: str) -> str:
    return " ".join(words(text))


def stem(word: str) -> str:
    """A light Indonesian stem: common prefixes and suffixes off, never below 4 letters."""
    w = word
    for suffix in ("nya", "kan", "an", "in"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    for prefix in ("ter", "di", "ke", "se", "ber", "me", "pe"):
        if w.startswith(prefix) and len(w) - len(prefix) >= 4:
            w = w[len(prefix) :]
            break
    return w


def content_words(text: str) -> list[str]:
    """Words that may carry evidence: no stop words, no numbers, at least 2 letters."""
    return [w for w in words(text) if w not in STOPWORDS and len(w) >= 2 and not w.isdigit()]


def word_features(word: str) -> Iterator[str]:
    yield "w:" + word
    stemmed = stem(word)
    if stemmed != word:
        yield "s:" + stemmed
    padded = f"<{word}>"
    for n in CHAR_NGRAMS:
        for i in range(len(padded) - n + 1):
            yield "c:" + padded[i : i + n]


def features(text: str) -> list[tuple[str, str]]:
    """(feature, the word it came from) for every feature occurrence in the text."""
    toks = content_words(text)
    out = [(f, w) for w in toks for f in word_features(w)]
    out.extend((f"b:{a}_{b}", f"{a} {b}") for a, b in zip(toks, toks[1:], strict=False))
    return out


def analyzer(text: str) -> list[str]:
    """The features alone (scikit-learn's ``analyzer`` on the server)."""
    return [f for f, _ in features(text)]
