<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Action</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="86"/>
        <source>Laporan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="87"/>
        <source>Terima dan proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="88"/>
        <source>Catat tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="89"/>
        <source>Tambah catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="90"/>
        <source>Teruskan ke unit lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="91"/>
        <source>Disposisi ke Suku Dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="92"/>
        <source>Alihkan ke petugas lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="93"/>
        <source>Tolak laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="94"/>
        <source>Tandai duplikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="95"/>
        <source>Atur prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="96"/>
        <source>Setujui tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="97"/>
        <source>Tolak tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="95"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="97"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="119"/>
        <source>Belum bisa disimpan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="128"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="141"/>
        <source>Tindakan tidak tersimpan karena kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="144"/>
        <source>%n mnt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="146"/>
        <source>%n jam</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="147"/>
        <source>%n hari</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="153"/>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="156"/>
        <source>baru saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="157"/>
        <source>%1 lalu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="66"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="67"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="68"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="69"/>
        <source>Jawaban server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="70"/>
        <source>Alasan dari server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="90"/>
        <source>konflik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="90"/>
        <source>ditolak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="117"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="121"/>
        <source>Tindakan di bawah ini ditolak server atau bertabrakan dengan perubahan lain. Pekerjaan Anda tetap tersimpan. Periksa alasannya, lalu kirim ulang atau buang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="126"/>
        <source>&amp;Kirim ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="127"/>
        <source>&amp;Buang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="143"/>
        <source>Tidak ada yang perlu diperhatikan. Semua beres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="186"/>
        <source>Dikirim ulang pada sinkronisasi berikut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="196"/>
        <source>Buang tindakan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="198"/>
        <source>Tindakan &apos;%1&apos; pada laporan %2 akan dibuang dan tidak dikirim ke server. Ini tidak bisa dibatalkan. Lanjutkan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="214"/>
        <source>Tindakan dibuang dan dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="229"/>
        <source>Gagal: kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="117"/>
        <source>Respons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="118"/>
        <source>Jawaban pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="119"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../officer_app/errors_hook.py" line="127"/>
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan tetap aman. Rincian teknis dicatat di berkas log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="212"/>
        <source>Kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="109"/>
        <source>Laporan masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="110"/>
        <source>Diteruskan otomatis ke unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="113"/>
        <source>Semua laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="114"/>
        <source>Laporan saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="117"/>
        <location filename="../../officer_app/views/main_window.py" line="143"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="121"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="123"/>
        <source>Tampilan tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="125"/>
        <source>Cari nomor, isi, alamat, kategori… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="130"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="134"/>
        <source>Semua kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="139"/>
        <source>Semua kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="269"/>
        <source>Catat tindak lanjut — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="272"/>
        <source>Foto sebelum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="273"/>
        <source>Foto sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="279"/>
        <source>Apa yang sudah dikerjakan di lapangan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="282"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="283"/>
        <source>Pekerjaan butuh waktu lebih lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="292"/>
        <source>Perkiraan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="302"/>
        <source>tunggu, foto masih diproses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="304"/>
        <source>foto sebelum penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="306"/>
        <source>foto sesudah penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="308"/>
        <source>catatan tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="401"/>
        <source>— pilih unit —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="406"/>
        <source>%1 (disarankan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="414"/>
        <source>Unit yang biasa menangani kategori ini sudah dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="421"/>
        <source>&amp;Unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="423"/>
        <source>&amp;Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="440"/>
        <source>unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="442"/>
        <source>alasan meneruskan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="222"/>
        <source>&amp;Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="233"/>
        <source>Layar terkunci karena tidak ada aktivitas. Ketik kata sandi Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="242"/>
        <source>Terkunci — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="250"/>
        <source>Ketik kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="267"/>
        <source>Kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="206"/>
        <source>CRM Jakarta — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="284"/>
        <source>Sinkronkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="286"/>
        <source>Sinkronkan sekarang (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="350"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="351"/>
        <source>Validasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="352"/>
        <source>Peta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="355"/>
        <source>Meja Pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="357"/>
        <source>Meja pengaduan: pencatatan laporan tatap muka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="359"/>
        <source>Laporan saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="360"/>
        <source>Antrian unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="363"/>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="365"/>
        <source>Dasbor unit: waktu respons dan penyelesaian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="367"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="465"/>
        <source>%n laporan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="593"/>
        <source>Gagal menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="594"/>
        <source>Tindakan tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="610"/>
        <source>Menyinkronkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="621"/>
        <source>mengirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="622"/>
        <source>mengambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="623"/>
        <source>mengunggah foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="627"/>
        <source>Menyinkronkan: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="635"/>
        <source>Sesi berakhir: masuk lagi untuk mengirim. Pekerjaan Anda tetap aman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="639"/>
        <source>Server tidak terjangkau; pekerjaan menunggu dan dikirim otomatis nanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="642"/>
        <source>%n tindakan perlu perhatian</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="666"/>
        <source>Laporan baru untuk Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="667"/>
        <source>%n laporan baru: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="674"/>
        <source>Tenggat segera</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="676"/>
        <source>%n laporan bertenggat dalam %1 jam: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="689"/>
        <source>● belum tersambung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="692"/>
        <source>● daring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="695"/>
        <source>○ luring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="699"/>
        <source>sinkron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="703"/>
        <source>%n menunggu dikirim</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="708"/>
        <source>%n perlu perhatian</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="328"/>
        <source>Tambah catatan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="332"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="340"/>
        <source>isi catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="49"/>
        <source>sebelum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="50"/>
        <source>sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="51"/>
        <source>bukti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDropZone</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="167"/>
        <source>Seret foto ke sini, atau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="169"/>
        <source>Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="177"/>
        <source>Hapus foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="186"/>
        <source>Pilih foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="188"/>
        <source>Foto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="232"/>
        <source>pernah dipakai!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="242"/>
        <source>tidak bisa dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/dialogs.py" line="258"/>
        <source>Memproses %n foto…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="363"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="363"/>
        <source>Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="373"/>
        <source>alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="131"/>
        <source>Pilih laporan di daftar untuk melihat rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="175"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="179"/>
        <source>Isi laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="193"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="205"/>
        <source>Foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="214"/>
        <source>Belum ada foto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="219"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/detail.py" line="244"/>
        <source>%n tindakan menunggu dikirim ke server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="254"/>
        <source>Tidak ada tenggat yang berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="260"/>
        <source>Alamat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="264"/>
        <source>tanpa koordinat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="266"/>
        <source>Kelurahan: %1 · Lokasi: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="271"/>
        <source>Masuk %1 melalui %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="276"/>
        <source>Pelapor dirahasiakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="278"/>
        <source>Identitas pelapor hanya dapat dilihat validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="281"/>
        <source>Laporan bersifat privasi. Jangan berikan informasi dalam laporan ini kepada siapapun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="309"/>
        <source>belum terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="311"/>
        <source>pernah dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="353"/>
        <source>Ke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="355"/>
        <source>Alasan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="359"/>
        <source>⏳ menunggu dikirim (belum dikonfirmasi server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="237"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="238"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="239"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="240"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="241"/>
        <source>Umur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="242"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="243"/>
        <source>Kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="320"/>
        <source>perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="321"/>
        <source>menunggu dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="343"/>
        <source>Tenggat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/report_model.py" line="347"/>
        <source>%n tindakan belum dikonfirmasi server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="57"/>
        <source>Foto sebelum penanganan wajib dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="60"/>
        <source>Foto sesudah penanganan wajib dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="63"/>
        <source>Catatan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="64"/>
        <source>Alasan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="65"/>
        <source>Pilih unit tujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="66"/>
        <source>Tindakan ini tidak bisa dilakukan pada status sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="69"/>
        <source>Peran Anda tidak boleh melakukan tindakan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="72"/>
        <source>Perkiraan tanggal selesai tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="157"/>
        <source>ID petugas atau kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="165"/>
        <source>Kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="168"/>
        <source>Server tidak terjangkau dan petugas ini belum pernah masuk di komputer ini. Periksa koneksi lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="55"/>
        <source>Masuk — Workstation Petugas CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="61"/>
        <source>contoh: officer.demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="66"/>
        <source>Alamat &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="67"/>
        <source>&amp;ID petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="68"/>
        <source>Kata &amp;sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="76"/>
        <source>Tanpa koneksi, petugas yang pernah masuk di komputer ini tetap bisa membuka data lokalnya dengan kata sandi yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="84"/>
        <source>&amp;Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="88"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="93"/>
        <source>Workstation Petugas CRM Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="109"/>
        <source>alamat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="111"/>
        <source>ID petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="113"/>
        <source>kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="115"/>
        <source>Isi dulu: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="118"/>
        <source>Sedang masuk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="142"/>
        <source>Gagal masuk karena kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="72"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="73"/>
        <source>Koordinasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="74"/>
        <source>Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="75"/>
        <source>Proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="76"/>
        <source>Menunggu Validasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="77"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="78"/>
        <source>TL Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="79"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../officer_app/views/sync_controller.py" line="104"/>
        <source>Sinkronisasi gagal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
