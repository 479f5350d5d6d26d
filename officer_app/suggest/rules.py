"""Word rules: the prior of the category suggestion, for categories with little history.

Each rule names the categories it speaks for by a pattern over the category's
name (names vary between servers) and lists words and phrases citizens use for
them, with weights. Every category also competes through the words of its own
name and of its agency's name, so a category added later, that no rule and no
history describes, can still be suggested.

Typos are corrected only toward words that carry evidence here (rule keywords
and name words), only when the typed word is unknown, starts with the same
letter, has about the same length and is very close (rapidfuzz ratio >= 85):
"salurn" -> saluran, but "dibangun" never becomes "dibuang" (its stem "bangun"
is known first). A corrected word counts a little less than a correct one.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from crm_shared.suggest_text import STOPWORDS, content_words, stem, words

# (patterns over category names, {word or phrase: weight}). Patterns are separated
# by ";" and tried in order: the first that matches some category names the
# categories of the rule ("reklame/spanduk" before "reklame", where both exist).
# A phrase keeps its words from other categories: "lampu merah" is not a street
# light ("lampu").
RULES: tuple[tuple[str, dict[str, float]], ...] = (
    (r"^jalan$;jalan rusak;^jalan", {
        "jalan": 1, "berlubang": 3, "lubang": 2.5, "bolong": 2.5, "aspal": 3, "rusak": 0.8,
        "retak": 2, "ambles": 3, "amblas": 3, "kubangan": 2, "bergelombang": 2.5,
        "gelombang": 1.5, "tambal": 2.5, "jeblos": 2, "ancur": 1, "hancur": 1, "flyover": 1.5,
        "jalan rusak": 3, "berbatu": 1.5, "kerikil": 1.5, "paving": 1.5, "polisi tidur": 2,
        "jalan raya": 1, "jalanan": 2,
    }),
    (r"galian|sisa proyek", {
        "galian": 3.5, "gali": 3, "urugan": 3, "kontraktor": 2.5, "proyek": 2, "material": 2,
        "utilitas": 2.5, "bekas galian": 2, "sisa proyek": 3, "ditinggal": 1,
    }),
    (r"trotoar", {
        "trotoar": 4.5, "pejalan": 2.5, "pedestrian": 3, "ubin": 2, "kanstin": 2.5,
        "guiding block": 3, "tunanetra": 2.5, "jalan kaki": 2.5, "pejalan kaki": 2,
    }),
    (r"jaringan listrik;lampu|penerangan", {
        "lampu": 3, "penerangan": 3.5, "gelap": 2, "redup": 2.5, "padam": 1.5,
        "lampu jalan": 2, "tiang listrik": 3, "kabel": 1.5, "korsleting": 1.5, "listrik": 2.5,
        "berkedip": 2, "trafo": 3, "kesetrum": 2, "setrum": 2, "nyala": 1.5, "mati": 0.5,
        "gardu": 2.5, "gulita": 1.5, "pln": 3,
    }),
    (r"parkir", {
        "parkir": 4.5, "juru parkir": 2, "markir": 3, "derek": 2, "bahu jalan": 1,
        "parkiran": 3, "mobil": 0.8, "motor": 0.3, "nginep": 1, "showroom": 1.5,
    }),
    (r"arus lalu lintas;lalu lintas", {
        "macet": 3.5, "kemacetan": 3.5, "lalu lintas": 3.5, "lampu merah": 1.5,
        "traffic light": 3.5, "rambu": 3, "marka": 2.5, "zebra cross": 2.5, "putar balik": 2,
        "lawan arah": 3, "melawan arus": 3, "arus": 1.5, "simpang": 1.5, "perempatan": 1,
        "pertigaan": 1.5, "tilang": 2, "apill": 3, "satu arah": 2.5, "belok": 1.5,
        "pengendara": 1, "kendaraan": 1, "antrean panjang": 1,
    }),
    (r"transportasi publik;angkutan umum|transportasi", {
        "transjakarta": 4, "busway": 3, "bus": 3, "angkot": 3.5, "angkutan": 3,
        "mikrotrans": 4, "jaklingko": 4, "lingko": 3, "mrt": 3.5, "lrt": 3.5, "krl": 3,
        "kereta": 2, "stasiun": 1, "penumpang": 3, "pramudi": 3.5, "sopir": 1.5, "supir": 1.5,
        "trayek": 3.5, "ngetem": 2, "koridor": 2.5, "tarif": 1.5, "rute": 2, "armada": 2.5,
        "ojek": 1,
    }),
    (r"jembatan penyeberangan|halte", {
        "jpo": 4.5, "jembatan penyeberangan": 4, "penyebrangan": 3, "penyeberangan": 3,
        "halte": 3.5, "shelter": 3, "lift": 1.5, "tangga": 1.5, "eskalator": 2,
        "nunggu bus": 3, "tunggu bus": 3,
    }),
    (r"pelayanan perhubungan", {"dishub": 3, "uji kir": 4, "kir": 2.5}),
    (r"pkl liar;\bpkl\b", {
        "pkl": 4, "pedagang": 3.5, "dagang": 3, "jualan": 3, "berjualan": 3, "jual": 2,
        "gerobak": 2, "lapak": 3, "kaki lima": 3, "tenda": 1.5, "asongan": 3, "warung": 1,
        "mangkal": 2, "keliling": 1.5, "lesehan": 2, "gorengan": 2, "dagangan": 2,
    }),
    (r"lokasi binaan|lokasi pkl binaan", {
        "binaan": 3, "lokbin": 4, "loksem": 4, "lokasi sementara": 3,
    }),
    (r"reklame/spanduk;reklame|spanduk", {
        "spanduk": 4, "baliho": 4, "reklame": 4, "billboard": 3.5, "umbul": 3, "bendera": 1,
        "papan iklan": 3, "videotron": 3, "poster": 2, "iklan": 1.5, "caleg": 2,
    }),
    (r"coretan|selebaran", {
        "coretan": 4, "corat": 3.5, "coret": 3, "vandal": 3.5, "vandalisme": 3.5,
        "grafiti": 3.5, "pilox": 3.5, "stiker": 3, "tempelan": 3.5, "tempel": 2.5,
        "selebaran": 4, "brosur": 3.5, "pamflet": 3.5, "sedot wc": 2, "pinjol": 2,
    }),
    (r"kawasan dilarang merokok;\bkdm\b;rokok", {
        "rokok": 3, "merokok": 4, "ngerokok": 4, "ngebul": 3, "sebat": 3, "vape": 3,
        "asap rokok": 2, "puntung": 2.5, "dilarang merokok": 2,
    }),
    (r"iklan rokok", {"iklan rokok": 4, "reklame rokok": 3}),
    (r"ketenteraman dan ketertiban", {
        "tawuran": 4, "mabuk": 2.5, "preman": 3.5, "malak": 3, "palak": 3, "begal": 3,
        "judi": 3, "onar": 3, "keributan": 2.5, "ribut": 1.5, "resah": 1.5, "balap liar": 3.5,
        "sajam": 3, "kerumunan": 2, "ormas": 1.5, "copet": 2, "maling": 2, "berkelahi": 3,
        "keamanan": 1.5, "meresahkan": 1.5, "pos ronda": 1, "was was": 1.5, "liar": 0.3,
    }),
    (r"kebisingan", {
        "berisik": 4, "bising": 4, "kebisingan": 4, "suara": 2.5, "musik": 2.5, "karaoke": 3,
        "karaokean": 3, "knalpot": 3, "sound": 2.5, "toa": 2.5, "speaker": 2.5,
        "dentuman": 3, "bunyi": 2, "kencang": 1.5, "kenceng": 1.5, "genset": 2,
        "jedag jedug": 3, "tidur": 1, "ngegas": 1.5, "mesin": 1,
    }),
    (r"^pohon$;pohon", {
        "pohon": 4, "tumbang": 3, "dahan": 3.5, "ranting": 3.5, "rimbun": 2.5, "akar": 2.5,
        "tebang": 2.5, "pangkas": 3, "pemangkasan": 3, "rapuh": 1.5, "lapuk": 1.5,
        "doyong": 2, "miring": 1, "roboh": 1, "daun": 2, "beringin": 2.5, "angsana": 2.5,
        "perantingan": 3, "rontok": 2,
    }),
    (r"^taman$;^taman", {
        "taman": 4, "rumput": 2, "ayunan": 3, "perosotan": 2.5, "mainan": 2,
        "air mancur": 3, "tanaman": 2, "bunga": 1.5, "jogging": 2.5, "hutan kota": 3,
        "kolam": 1.5,
    }),
    (r"pemakaman", {
        "makam": 4, "pemakaman": 4, "kuburan": 4, "kubur": 3.5, "tpu": 4, "nisan": 4,
        "ziarah": 3, "jenazah": 1.5, "dimakamkan": 3, "liang": 2.5,
    }),
    (r"rptra", {"rptra": 5, "ramah anak": 3, "ruang publik": 2}),
    (r"^sampah$;sampah", {
        "sampah": 4.5, "numpuk": 2, "menumpuk": 2, "tumpukan": 2, "diangkut": 2.5,
        "angkut": 1.5, "pengangkutan": 2.5, "pengangkut": 2, "tps": 3, "buang": 1.5,
        "plastik": 1.5, "lalat": 2, "bangkai": 1.5, "bakar": 1, "berserakan": 2, "busuk": 1.5,
        "kotor": 0.8, "tong": 1.5, "pemulung": 1.5, "bak sampah": 2,
    }),
    (r"saluran air;kali|sungai;saluran", {
        "saluran": 3, "got": 3.5, "selokan": 3.5, "drainase": 3.5, "gorong": 3.5,
        "mampet": 3, "tersumbat": 3, "sumbat": 2.5, "kali": 3, "sungai": 3, "endapan": 2.5,
        "lumpur": 2.5, "sedimen": 3, "eceng": 3, "keruk": 3, "pengerukan": 3, "dangkal": 2.5,
        "turap": 3.5, "meluap": 1.5, "meluber": 1.5, "bau": 1, "ciliwung": 2.5,
    }),
    (r"tutup saluran", {
        "tutup saluran": 5, "penutup saluran": 5, "tutup got": 5, "tutup selokan": 5,
        "penutup got": 5, "manhole": 4, "grill": 3, "tutup": 1.5, "penutup": 2,
    }),
    (r"penanganan banjir;banjir", {
        "banjir": 4, "kebanjiran": 4, "tergenang": 3, "genangan": 2.5, "genang": 2.5,
        "rob": 3.5, "sepinggang": 3, "selutut": 3, "lutut": 1.5, "pompa": 2.5,
        "rumah pompa": 3, "tanggul": 3, "jebol": 1, "pintu air": 1.5, "perahu": 2,
        "evakuasi": 1.5, "kerendem": 3, "terendam": 3, "rendam": 2.5, "surut": 2.5,
        "air naik": 2, "hujan": 1, "disedot": 1.5,
    }),
    (r"sumur resapan", {"sumur resapan": 6, "resapan": 4, "sumur": 2}),
    (r"air bersih", {
        "air bersih": 4, "pam": 4, "pdam": 4, "palyja": 4, "aetra": 4, "ledeng": 4,
        "pipa": 2.5, "keran": 1.5, "meteran": 2, "tekanan air": 3, "keruh": 2.5,
        "air mati": 3, "ngalir": 1.5, "mengalir": 1.5, "galon": 2, "sambungan": 1.5,
        "tagihan": 1, "kaporit": 3, "air minum": 2,
    }),
    (r"pencemaran", {
        "pencemaran": 4, "tercemar": 4, "cemar": 3.5, "limbah": 3, "polusi": 4, "asap": 1.5,
        "cerobong": 3.5, "pabrik": 2.5, "debu": 2.5, "bau": 1, "oli": 2.5, "minyak": 1.5,
        "ikan mati": 3, "busa": 2, "berbusa": 1.5, "kimia": 2.5, "peternakan": 2.5,
        "kotoran": 1.5, "udara": 2, "sesak": 1.5,
    }),
    (r"keluhan pelayanan", {
        "pelayanan": 3.5, "layanan": 2.5, "layan": 2.5, "melayani": 2.5, "petugas": 1,
        "pegawai": 2, "staf": 2, "jutek": 3.5, "ketus": 3, "judes": 3, "galak": 1.5,
        "ramah": 2, "lambat": 2, "lelet": 2, "loket": 3, "antri": 1.5, "antre": 1.5,
        "berkas": 2, "surat pengantar": 1.5, "ditanggapi": 2, "ditanggepin": 2,
        "tanggap": 1.5, "respon": 2, "dilempar": 2, "pelicin": 2, "kantor lurah": 2,
        "kelurahan": 1, "kecamatan": 1, "ptsp": 2, "sopan": 2, "cuek": 1.5, "main hp": 2,
        "dipersulit": 2, "ribet": 1.5,
    }),
    (r"satwa", {
        "monyet": 4.5, "kera": 4.5, "ular": 4.5, "sanca": 4.5, "kobra": 4.5, "biawak": 4.5,
        "buaya": 4.5, "tawon": 4, "lebah": 4, "sarang": 2, "satwa": 4, "binatang": 3,
        "hewan": 2.5, "liar": 1, "musang": 4, "anjing": 2, "babi hutan": 3, "kalong": 3,
    }),
    (r"tata ruang;perizinan pekerjaan umum", {
        "imb": 4.5, "pbg": 4.5, "bangunan": 3, "bangun": 2.5, "gedung": 1.5, "lantai": 1.5,
        "ruko": 2, "garis sempadan": 4, "sempadan": 4, "jalur hijau": 3, "zona": 3,
        "peruntukan": 3, "alih fungsi": 3, "diubah": 1.5, "gudang": 1.5, "tanpa izin": 1.5,
        "krk": 3, "bangunan liar": 3, "tanpa imb": 2,
    }),
    (r"fasilitas sosial/fasilitas umum;fasilitas umum;prasarana dan sarana umum", {
        "fasilitas": 2.5, "fasum": 4, "fasos": 4, "toilet": 3, "wc": 2.5, "bangku": 2,
        "lapangan": 2, "pos ronda": 2, "pagar": 1, "musala": 1.5, "mushola": 1.5,
        "tempat duduk": 1.5, "umum": 1.5, "toilet umum": 3, "sarana": 2, "prasarana": 2,
        "alun": 2,
    }),
    (r"puskesmas", {
        "puskesmas": 5, "dokter": 2.5, "obat": 2.5, "perawat": 2.5, "pasien": 1.5,
        "berobat": 2.5, "klinik": 1, "poli": 1,
    }),
    (r"rsud", {
        "rumah sakit": 4, "igd": 3.5, "rawat inap": 3, "kamar": 1, "poli": 2, "farmasi": 2,
        "pasien": 1.5, "rumah sakit daerah": 3,
    }),
    (r"ambulans", {
        "ambulans": 5, "ambulan": 5, "gawat darurat": 3, "pingsan": 3, "kecelakaan": 2,
        "korban": 1.5, "mobil jenazah": 2,
    }),
    (r"demam berdarah", {
        "demam berdarah": 5, "dengue": 5, "fogging": 4, "pengasapan": 4, "diasapi": 3,
        "jentik": 4, "nyamuk": 3, "jumantik": 4.5, "psn": 3, "abate": 3, "wabah": 2,
    }),
    (r"posyandu", {
        "posyandu": 5, "kader": 3, "balita": 3, "timbangan": 3, "pmt": 3, "bumil": 2,
    }),
    (r"imunisasi", {
        "imunisasi": 5, "vaksin": 4, "vaksinasi": 4, "campak": 3, "polio": 3, "bias": 2,
        "suntik": 2,
    }),
    (r"bpjs", {"bpjs": 5, "pbi": 3, "iuran": 1.5, "jkn": 4, "kis": 3, "faskes": 2}),
    (r"\bkjs\b", {"kjs": 5}),
    (r"ppdb", {
        "ppdb": 5, "zonasi": 4, "peserta didik baru": 4, "pendaftaran": 1.5,
        "sekolah negeri": 2, "seleksi": 2, "jalur prestasi": 3, "afirmasi": 3, "terima": 1.5,
        "keterima": 2, "kursi": 1,
    }),
    (r"\bktp\b", {
        "ktp": 4.5, "ektp": 4.5, "ktp el": 3, "blangko": 3.5, "blanko": 3.5, "rekam": 2.5,
        "perekaman": 3, "dukcapil": 2, "nik": 2,
    }),
    (r"kartu keluarga", {
        "kartu keluarga": 5, "barcode": 2, "nikah": 1.5, "pisah": 1.5,
    }),
    (r"bantuan sosial", {
        "bansos": 4.5, "bantuan sosial": 4, "sembako": 3, "blt": 4, "pkh": 4, "penerima": 2.5,
        "bantuan": 2, "dtks": 4, "kartu lansia": 4, "klj": 4, "kpdj": 4, "cair": 2,
        "dicoret": 1, "tidak mampu": 1.5,
    }),
    (r"kartu jakarta pintar", {
        "kjp": 5, "kartu jakarta pintar": 5, "dana": 1, "saldo": 1.5, "seragam": 1,
    }),
    (r"\bpmks\b|kesejahteraan sosial", {
        "gelandangan": 4, "pengemis": 4, "mengemis": 4, "pengamen": 4, "ngamen": 4,
        "mengamen": 4, "manusia gerobak": 4, "manusia silver": 5, "gangguan jiwa": 4,
        "anak jalanan": 4, "terlantar": 3.5, "telantar": 3.5, "tunawisma": 4,
        "lampu merah": 1, "emperan": 2, "kolong": 1.5, "ngamuk": 1.5, "pmks": 5,
        "ngelap kaca": 2, "minta minta": 3,
    }),
    (r"orang hilang", {
        "hilang": 0.5, "orang hilang": 5, "belum pulang": 3, "pulang": 2, "tidak pulang": 3,
        "pikun": 3, "dicari": 2, "cari": 2, "pergi dari rumah": 3, "kabur": 2,
    }),
    (r"^penanganan kebakaran", {
        "kebakaran": 5, "terbakar": 4, "kebakar": 4, "api": 3.5, "damkar": 5, "pemadam": 5,
        "asap": 1, "korslet": 1.5, "hangus": 3,
    }),
    (r"prasarana dan sarana penanggulangan kebakaran", {"hidran": 4, "apar": 4}),
    (r"pungutan liar", {
        "pungli": 5, "pungutan": 4, "iuran": 1.5, "bayar": 1.5, "karcis": 2, "oknum": 2.5,
        "minta uang": 2, "setoran": 2, "gratis": 1,
    }),
    (r"jak wifi", {
        "jakwifi": 5, "jak wifi": 5, "wifi": 4, "internet": 2.5, "konek": 2.5, "lemot": 2,
        "internet gratis": 2,
    }),
    (r"jaringan komunikasi|telekomunikasi", {
        "fiber optik": 4, "fiber": 3.5, "optik": 3, "provider": 3.5, "sinyal": 3, "bts": 4,
        "menara": 3.5, "tower": 3, "telekomunikasi": 4, "kabel internet": 3,
    }),
    (r"tempat hiburan", {
        "diskotek": 4.5, "bar": 3, "kafe": 2, "cafe": 2, "panti pijat": 4, "spa": 2,
        "jam operasional": 2, "hiburan malam": 4, "klub": 3, "club": 3, "hiburan": 3,
    }),
    (r"penyakit masyarakat", {
        "prostitusi": 4.5, "psk": 4.5, "miras": 2.5, "oplosan": 3, "narkoba": 4, "ngelem": 3.5,
        "lem": 1.5, "remang": 3, "mesum": 2, "judi": 1.5,
    }),
    (r"asusila", {"asusila": 4, "mesum": 3, "cabul": 3}),
    (r"rumah susun|hunian vertikal", {
        "rusun": 5, "rusunawa": 5, "rusunami": 5, "rumah susun": 5, "apartemen": 2,
        "penghuni": 2.5, "hunian vertikal": 4, "sewa": 1.5,
    }),
    (r"pajak bumi", {"pbb": 5, "sppt": 5, "pajak": 4, "nop": 3, "njop": 4}),
    (r"permasalahan siswa", {
        "dibully": 4, "bully": 4, "bullying": 4, "perundungan": 4, "siswa": 2.5, "murid": 2,
        "pelajar": 3, "bolos": 3.5, "dikeluarkan": 2, "nunggak": 1.5,
    }),
    (r"gedung sekolah", {
        "gedung sekolah": 4, "plafon": 2.5, "ruang kelas": 3, "kelas": 2, "atap": 1,
        "sekolah": 1.5,
    }),
    (r"kurikulum", {
        "kurikulum": 4, "pelajaran": 2.5, "ekskul": 3, "study tour": 3, "ujian": 2.5,
        "rapor": 2.5,
    }),
    (r"tenaga kependidikan|sertifikasi guru", {"guru": 2.5, "honorer": 3, "tunjangan": 2.5}),
    (r"^perlindungan anak;perlindungan anak", {
        "perlindungan anak": 5, "anak": 1.5, "pukul": 2.5, "mukul": 2.5, "kdrt": 3,
        "kekerasan": 3, "pekerja anak": 4, "bawah umur": 3, "dipekerjakan": 3,
        "pelecehan": 2.5, "eksploitasi": 3, "penelantaran": 2,
    }),
    (r"penataan permukiman", {"bedah rumah": 4, "kampung deret": 4, "kumuh": 2}),
    (r"pelanggaran perda", {"perda": 4, "pergub": 4, "pelanggaran": 2}),
    (r"gedung pemda", {"gedung pemda": 4, "kantor kelurahan": 1.5, "gedung kantor": 2}),
    (r"fasilitas olahraga", {"olahraga": 3, "gor": 4, "futsal": 3, "stadion": 3}),
    (r"konflik sosial", {"konflik": 4, "bentrok": 3, "sengketa": 2}),
    (r"sertifikat atau dokumen", {"sertifikat": 4, "surat tanah": 3, "girik": 4, "bpn": 3}),
    (r"pembebasan lahan", {"pembebasan lahan": 5, "ganti rugi": 3, "gusur": 3}),
    (r"minimarket", {"minimarket": 4, "indomaret": 3, "alfamart": 3}),
    (r"bahan pokok", {"bahan pokok": 4, "beras": 2, "minyak goreng": 3, "harga": 1.5}),
    (r"bahan bakar minyak", {"bbm": 4, "bensin": 3, "solar": 3, "spbu": 3, "pertalite": 4}),
    (r"bahan bakar gas", {"elpiji": 4, "lpg": 4, "gas melon": 4, "gas": 2}),
    (r"pekerja-pengusaha", {
        "phk": 4, "gaji": 3, "upah": 3, "thr": 4, "pesangon": 4, "karyawan": 2, "buruh": 2.5,
    }),
    (r"rumah potong hewan", {"potong hewan": 4, "jagal": 3, "rph": 4}),
    (r"keamanan pangan", {
        "keracunan": 4, "kadaluarsa": 3, "basi": 2.5, "boraks": 4, "formalin": 4,
    }),
    (r"keluarga berencana", {"kb": 4, "kontrasepsi": 4}),
    (r"perpustakaan", {"perpustakaan": 5, "perpus": 5}),
    (r"tempat wisata", {"wisata": 4, "ancol": 3, "monas": 2.5, "ragunan": 3, "tiket": 1.5}),
    (r"pendidikan anak usia dini", {"paud": 5, "tk": 2.5}),
    (r"bantuan pendidikan", {"beasiswa": 4}),
    (r"pekerja penanganan prasarana", {"ppsu": 5}),
    (r"kepemudaan", {"karang taruna": 4, "pemuda": 3}),
    (r"lembaga kemasyarakatan", {"ketua rt": 2.5, "ketua rw": 2.5, "pengurus rt": 2.5}),
    (r"^penyelamatan", {"terjebak": 3, "penyelamatan": 3, "tersangkut": 1.5}),
)  # fmt: skip

NAME_WEIGHT = 2.5  # a word of the category's name, shared among the names that hold it
AGENCY_WEIGHT = 1.0  # a word of the agency's name, likewise
CORRECTED = 0.8  # evidence of a corrected word, relative to a correct one
LOCATION = 0.4  # evidence of a word that says where (after "di", "depan"...)
_LOCATIVES_TEXT = (
    "di ke dari dekat depan samping sebelah belakang sepanjang pinggir pinggiran seberang "
    "sekitar atas bawah dalam area kawasan lingkungan arah menuju ujung tengah"
)
LOCATIVES = frozenset(_LOCATIVES_TEXT.split())
# Words of names that say nothing on their own.
_NAME_STOPWORDS_TEXT = (
    "atau milik pusat swasta terkait lain lainnya dll dinas suku badan kota provinsi "
    "pemerintah daerah dki jakarta orang jaringan keluhan fasilitas kartu kegiatan lokasi "
    "tempat rumah umum gedung sarana prasarana penanganan internal pengembangan penataan "
    "administrasi layanan bidang kerja masalah permasalahan sementara pekerja pekerjaan "
    "pengendalian pemberdayaan sertifikat"
)
NAME_STOPWORDS = frozenset(_NAME_STOPWORDS_TEXT.split())


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    name: str
    agency: str | None = None  # the agency the reference data names for it


@dataclass
class RuleScore:
    score: float = 0.0
    words: dict[str, float] = field(default_factory=dict)  # typed word -> evidence


class WordRules:
    """Rule, name and agency evidence for a fixed list of categories."""

    def __init__(self, categories: Sequence[CategoryInfo], known_words: Iterable[str] = ()) -> None:
        self.categories = list(categories)
        # keyword (single word) -> [(category index, weight)]; phrases separately.
        self.words: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.phrases: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for patterns, keywords in RULES:
            for i in _first_matching(self.categories, patterns.split(";")):
                for kw, w in keywords.items():
                    # Cut like the text is cut (stop words out): "tidak pulang" -> "pulang".
                    key = " ".join(content_words(kw))
                    if key:
                        (self.phrases if " " in key else self.words)[key].append((i, w))
        self._add_names()
        # Phrases by their first word: only those that can match are tried.
        self.phrase_starts: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        for phrase in self.phrases:
            parts = phrase.split()
            self.phrase_starts[parts[0]].append((phrase, parts))
        # Correct typos only toward words that carry evidence here.
        self.vocabulary = sorted(self.words)
        phrase_words = {w for phrase in self.phrases for w in phrase.split()}
        self.known = frozenset(self.words) | frozenset(known_words) | phrase_words
        self._matches: dict[str, tuple[str, float] | None] = {}

    def _add_names(self) -> None:
        name_words = [set(_name_words(c.name)) for c in self.categories]
        agency_words = [set(_name_words(c.agency or "")) for c in self.categories]
        name_df: dict[str, int] = defaultdict(int)
        for ws in name_words:
            for w in ws:
                name_df[w] += 1
        agencies = {c.agency for c in self.categories if c.agency}
        agency_df: dict[str, int] = defaultdict(int)
        for agency in agencies:
            for w in set(_name_words(agency)):
                agency_df[w] += 1
        for i, cat in enumerate(self.categories):
            # The whole name, typed as it is, speaks for the category alone.
            full = " ".join(content_words(cat.name))
            if " " in full:
                self.phrases[full].append((i, NAME_WEIGHT))
        for i, (nws, aws) in enumerate(zip(name_words, agency_words, strict=True)):
            for w in nws:
                self.words[w].append((i, NAME_WEIGHT / name_df[w]))
            for w in aws - nws:
                self.words[w].append((i, AGENCY_WEIGHT / agency_df[w]))

    def score(self, text: str) -> list[RuleScore]:
        """Evidence per category (same order as the categories)."""
        out = [RuleScore() for _ in self.categories]
        typed, factors = _located_words(text)
        matched = [self._match(w) for w in typed]
        keys = [m[0] if m else w for w, m in zip(typed, matched, strict=True)]
        # Categories a word may still speak for once a phrase holds it (None: all).
        allowed: list[set[int] | None] = [None] * len(typed)
        present = set(keys) | set(typed)
        for first in present & self.phrase_starts.keys():
            for phrase, parts in self.phrase_starts[first]:
                n = len(parts)
                targets = self.phrases[phrase]
                for start in range(len(keys) - n + 1):
                    if keys[start : start + n] != parts and typed[start : start + n] != parts:
                        continue
                    cats = {i for i, _ in targets}
                    for k in range(start, start + n):
                        before = allowed[k]
                        allowed[k] = cats if before is None else before | cats
                    label = " ".join(typed[start : start + n])
                    factor = min(factors[start : start + n])
                    for i, w in targets:
                        _add(out[i], label, w * factor)
        seen: set[str] = set()
        for k, (word, match) in enumerate(zip(typed, matched, strict=True)):
            if match is None or match[0] in seen:
                continue
            seen.add(match[0])
            keyword, trust = match
            for i, w in self.words.get(keyword, ()):
                if (only := allowed[k]) is None or i in only:
                    _add(out[i], word, w * trust * factors[k])
        return out

    def _match(self, word: str) -> tuple[str, float] | None:
        if word not in self._matches:
            self._matches[word] = _match(word, self)
        return self._matches[word]


def _located_words(text: str) -> tuple[list[str], list[float]]:
    """Content words, each with a factor: LOCATION for the word naming where it happened.

    "pedagang di trotoar", "sampah di kali": the word after a locative says where,
    not what, so it counts less ("di trotoar" is rarely about the trotoar).
    """
    out: list[str] = []
    factors: list[float] = []
    after_locative = False
    for word in words(text):
        if word in LOCATIVES:
            after_locative = True
            continue
        if word in STOPWORDS or len(word) < 2 or word.isdigit():
            continue
        out.append(word)
        factors.append(LOCATION if after_locative else 1.0)
        after_locative = False
    return out, factors


def _first_matching(categories: Sequence[CategoryInfo], patterns: Sequence[str]) -> list[int]:
    for pattern in patterns:
        rx = re.compile(pattern, re.IGNORECASE)
        found = [i for i, cat in enumerate(categories) if rx.search(cat.name)]
        if found:
            return found
    return []


def _add(score: RuleScore, word: str, weight: float) -> None:
    score.score += weight
    score.words[word] = score.words.get(word, 0.0) + weight


def _match(word: str, rules: WordRules) -> tuple[str, float] | None:
    """The keyword a typed word stands for, and how much to trust it."""
    if word in rules.words:
        return word, 1.0
    stemmed = stem(word)
    if stemmed in rules.words:
        return stemmed, 1.0
    if word in rules.known or len(word) < 5:
        return None  # a real word we know, or too short to correct safely
    found = process.extractOne(
        word,
        rules.vocabulary,
        scorer=fuzz.ratio,
        score_cutoff=85,
        processor=None,
    )
    if found is None:
        return None
    candidate = str(found[0])
    if candidate[0] != word[0] or abs(len(candidate) - len(word)) > 1:
        return None
    return candidate, CORRECTED


def _name_words(name: str) -> list[str]:
    return [
        w
        for w in content_words(name)
        if w not in STOPWORDS and w not in NAME_STOPWORDS and len(w) >= 3
    ]


def softmax(scores: Sequence[float], temperature: float = 1.0) -> list[float]:
    if not scores:
        return []
    top = max(scores)
    exps = [math.exp((s - top) * temperature) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]
