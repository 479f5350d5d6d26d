<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../officer_app/views/about.py" line="35"/>
        <source>Tentang CRM Officer Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="39"/>
        <source>CRM Officer Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="42"/>
        <source>Aplikasi petugas untuk menindaklanjuti pengaduan warga Jakarta (CRM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="54"/>
        <source>Versi aplikasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="55"/>
        <source>Versi skema profil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="56"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="57"/>
        <source>Sinkron terakhir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="58"/>
        <source>Profil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="77"/>
        <source>tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="79"/>
        <source>%1 (terbaru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="82"/>
        <source>%1 (aplikasi mengenal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="89"/>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="116"/>
        <source>Laporan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="117"/>
        <source>Terima dan proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="118"/>
        <source>Catat tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="119"/>
        <source>Tambah catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="120"/>
        <source>Teruskan ke unit lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="121"/>
        <source>Disposisi ke Suku Dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="122"/>
        <source>Alihkan ke petugas lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="123"/>
        <source>Tolak laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="124"/>
        <source>Tandai duplikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="125"/>
        <source>Atur prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="126"/>
        <source>Setujui tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="127"/>
        <source>Tolak tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="128"/>
        <source>Dukung laporan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="127"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="129"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="162"/>
        <source>Belum bisa disimpan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="187"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="200"/>
        <source>Tindakan tidak tersimpan karena kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="205"/>
        <source>%n mnt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="208"/>
        <source>%n jam</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="211"/>
        <source>%n hari</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="233"/>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="236"/>
        <source>baru saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="237"/>
        <source>%1 lalu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../officer_app/views/texts.py" line="378"/>
        <source>Belum terambil dari server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="380"/>
        <source>Bertabrakan dengan perubahan lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="382"/>
        <source>Ditolak sementara; bisa dikirim ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="383"/>
        <source>Ditolak; tidak bisa dikirim ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="389"/>
        <source>Tidak ada yang perlu Anda kirim: laporan ini diambil lagi pada sinkronisasi berikutnya. Periksa keadaannya di server sebelum bertindak atas laporan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="395"/>
        <source>Buka laporannya dan periksa keadaan terbaru, lalu kirim ulang atau buang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="400"/>
        <source>Masalahnya sementara: kirim ulang, atau buang bila tidak diperlukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="403"/>
        <source>Server akan menolak tindakan ini lagi bila dikirim ulang apa adanya. Buang, lalu catat ulang tindakannya dengan data yang benar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="78"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="79"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="80"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="81"/>
        <source>Jawaban server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="82"/>
        <source>Alasan dari server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="99"/>
        <source>Ambil data laporan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="122"/>
        <source>Daftar yang perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="136"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="140"/>
        <source>Tindakan di bawah ini ditolak server atau bertabrakan dengan perubahan lain, atau laporannya belum terambil dari server. Pekerjaan Anda tetap tersimpan. Pilih satu baris untuk melihat apa yang bisa dilakukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="146"/>
        <source>&amp;Kirim ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="147"/>
        <source>&amp;Buang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="167"/>
        <source>Tidak ada yang perlu diperhatikan. Semua beres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="217"/>
        <source>Dikirim ulang pada sinkronisasi berikut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="227"/>
        <source>Buang tindakan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="229"/>
        <source>Tindakan &apos;%1&apos; pada laporan %2 akan dibuang dan tidak dikirim ke server. Ini tidak bisa dibatalkan. Lanjutkan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="248"/>
        <source>Tindakan dibuang dan dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="261"/>
        <source>Gagal: kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="81"/>
        <source>Identitas pelapor dilihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="82"/>
        <source>Perubahan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="83"/>
        <source>Pengalihan petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="84"/>
        <source>Penerusan ke unit lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="85"/>
        <source>Laporan dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="86"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="87"/>
        <source>Gagal masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="88"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="89"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="177"/>
        <source>Jenis kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="178"/>
        <source>Semua jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="182"/>
        <source>Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="186"/>
        <source>Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="198"/>
        <source>Log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="202"/>
        <source>Waktu (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="203"/>
        <source>Pelaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="204"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="205"/>
        <source>No. laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="206"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="207"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="219"/>
        <source>Muat lagi (yang lebih lama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="247"/>
        <source>Memuat log audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="291"/>
        <source>Log audit hanya tersedia saat daring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="293"/>
        <source>Sesi di server berakhir: masuk ulang untuk melihat log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="295"/>
        <source>Log audit hanya untuk pimpinan unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="297"/>
        <source>Log audit tidak dapat dimuat. Coba lagi nanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="335"/>
        <source>%n entri · terbaru di atas</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="337"/>
        <source>Belum ada entri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="353"/>
        <source>(akun tidak dikenal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="361"/>
        <source>(di luar unit ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="375"/>
        <source>ke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="382"/>
        <source>belum ada petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="383"/>
        <source>kepada %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="390"/>
        <source>kata sandi salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="393"/>
        <source>percobaan ke-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="395"/>
        <source>akun tidak dikenal atau nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="403"/>
        <source>%1 baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="405"/>
        <source>lewat Open311</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../officer_app/views/texts.py" line="24"/>
        <source>Pendopo Balai Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="25"/>
        <source>JAKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="26"/>
        <source>Twitter @DKIJakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="27"/>
        <source>Facebook Pemprov DKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="28"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="29"/>
        <source>Media sosial Gubernur/Wakil Gubernur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="32"/>
        <source>SMS/WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="33"/>
        <source>Kantor Inspektorat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="34"/>
        <source>Kantor Wali Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="35"/>
        <source>Kantor Camat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="36"/>
        <source>Kantor Lurah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="37"/>
        <source>Media massa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="38"/>
        <source>LAPOR! 1708</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="89"/>
        <source>%1 jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="104"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="286"/>
        <source>Semua bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="106"/>
        <source>Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="108"/>
        <source>Ekspor CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="109"/>
        <source>Ekspor PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="103"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="113"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="373"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="558"/>
        <source>Bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="125"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="179"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="326"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="342"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="432"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="561"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="126"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="562"/>
        <source>Tingkat penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="129"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="563"/>
        <source>Median waktu respons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="131"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="564"/>
        <source>Median waktu tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="127"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="184"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="311"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="569"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="625"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="128"/>
        <source>Nilai warga (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="155"/>
        <source>Per kelurahan: selesai / terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="157"/>
        <source>10 kategori terbanyak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="185"/>
        <source>Nilai warga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="193"/>
        <source>Peringkat unit (penyelesaian, lalu waktu respons, lalu nilai warga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="199"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="208"/>
        <source>Nilai warga per unit dan kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="202"/>
        <source>Per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="202"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="600"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="619"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="202"/>
        <source>Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="202"/>
        <source>Rata-rata (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="557"/>
        <source>Dasbor unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="559"/>
        <source>semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="560"/>
        <source>dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="565"/>
        <source>jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="566"/>
        <source>hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="568"/>
        <source>Terbuka, belum lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="571"/>
        <source>Status laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="572"/>
        <source>Tingkat penyelesaian per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="573"/>
        <source>Median waktu respons per unit (target 24 jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="576"/>
        <source>Median waktu tindak lanjut per unit (target 7 hari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="130"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="182"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="579"/>
        <source>Respons dalam 24 jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="132"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="183"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="580"/>
        <source>Tindak lanjut dalam 7 hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="581"/>
        <source>Respons dalam 24 jam per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="584"/>
        <source>Tindak lanjut dalam 7 hari per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="587"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="588"/>
        <source>memenuhi target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="589"/>
        <source>lewat target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="590"/>
        <source>belum ada data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="591"/>
        <source>%1 unit lain: lihat tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="592"/>
        <source>Keseluruhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="594"/>
        <source>Peringkat unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="595"/>
        <source>Per kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="596"/>
        <source>Per kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="598"/>
        <source>Per bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="601"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="621"/>
        <source>Jumlah laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="603"/>
        <source>Penyelesaian (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="604"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="627"/>
        <source>Median respons (jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="605"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="628"/>
        <source>Median tindak lanjut (jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="606"/>
        <source>Nilai warga (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="607"/>
        <source>Penilaian warga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="608"/>
        <source>Nilai rata-rata (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="610"/>
        <source>Tanpa kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="611"/>
        <source>Tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="612"/>
        <source>Per tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="620"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="622"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="623"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="626"/>
        <source>Tingkat penyelesaian (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="629"/>
        <source>Respons dalam 24 jam (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="630"/>
        <source>Tindak lanjut dalam 7 hari (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="631"/>
        <source>Jumlah penilaian warga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="632"/>
        <source>Nilai warga rata-rata (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="156"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="597"/>
        <source>Per kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="158"/>
        <source>Per bulan: masuk / selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="173"/>
        <source>Peringkat kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="177"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="609"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="633"/>
        <source>Peringkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="178"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="476"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="180"/>
        <source>Penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="181"/>
        <source>Median respons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="239"/>
        <source>Menghitung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="276"/>
        <source>Dihitung dari data lokal, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="309"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="602"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="624"/>
        <source>Terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="359"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="477"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="491"/>
        <source>Nilai rendah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="502"/>
        <source>Simpan dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="514"/>
        <source>Dasbor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="533"/>
        <source>Tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="550"/>
        <source>server akan diberi tahu saat sinkronisasi berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="526"/>
        <source>Gagal menyimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="149"/>
        <source>Respons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="150"/>
        <source>Jawaban pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="151"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="189"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="193"/>
        <source>Hampir lewat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../officer_app/views/supervisor/common.py" line="88"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskIntakePage</name>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="124"/>
        <source>Pelapor &amp;anonim (tanpa identitas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="129"/>
        <source>16 digit sesuai KTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="132"/>
        <source>mis. 0812-3456-7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="142"/>
        <source>Laporan &amp;rahasia (privat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="148"/>
        <source>Apa yang dikeluhkan warga, di mana, sejak kapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="157"/>
        <source>Saran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="181"/>
        <source>Pilih di &amp;peta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="183"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="471"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="776"/>
        <source>Lokasi belum ditentukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="189"/>
        <source>Tambah &amp;foto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="192"/>
        <source>&amp;Simpan dan buat tanda terima (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="199"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="202"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="207"/>
        <source>Alamat pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="210"/>
        <source>Pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="212"/>
        <source>&amp;Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="121"/>
        <source>Ditetapkan oleh TI untuk komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="203"/>
        <source>N&amp;IK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="205"/>
        <source>Tel&amp;epon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="213"/>
        <source>Kate&amp;gori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="220"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="223"/>
        <source>Ala&amp;mat kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="187"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="228"/>
        <source>Foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="235"/>
        <source>&amp;Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="269"/>
        <source>Laporan serupa di dekat lokasi (14 hari terakhir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="271"/>
        <source>Laporan serupa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="273"/>
        <source>&amp;Tautkan sebagai pendukung laporan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="280"/>
        <source>Tanda terima terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="281"/>
        <source>Belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="285"/>
        <source>&amp;Lihat tanda terima…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="286"/>
        <source>&amp;Cetak tanda terima (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="287"/>
        <source>Simpan sebagai P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="349"/>
        <source>— pilih kategori —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="350"/>
        <source>— pilih kelurahan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="386"/>
        <source>NIK hanya berisi angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="388"/>
        <source>NIK terdiri dari 16 angka (baru %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="424"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="430"/>
        <source>Biasanya ditangani: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="434"/>
        <source>%1 — karena kata: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="446"/>
        <source>kelurahan setempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="468"/>
        <source>Titik %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="519"/>
        <source>kelurahan sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="521"/>
        <source>(belum bernomor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="558"/>
        <source>Warga dicatat sebagai pendukung laporan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="569"/>
        <source>Foto dari warga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="569"/>
        <source>Foto (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="586"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="659"/>
        <source>Isi NIK pelapor, atau centang &apos;Pelapor anonim&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="635"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="696"/>
        <source>Belum bisa disimpan, periksa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="718"/>
        <source>Nomor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="722"/>
        <source>NOMOR SEMENTARA: blok nomor resmi habis dan jaringan terputus. Cetak ulang tanda terima dari &apos;Laporan saya&apos; setelah sinkron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="729"/>
        <source>Laporan tersimpan. Serahkan tanda terima kepada warga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="743"/>
        <source>Laporan tidak dapat disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="806"/>
        <source>Simpan tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="808"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="49"/>
        <source>Laporan yang saya catat hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="52"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="52"/>
        <source>Jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="52"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="52"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="53"/>
        <source>Pengiriman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="60"/>
        <source>&amp;Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="61"/>
        <source>&amp;Cetak ulang tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="62"/>
        <source>Simpan tanda terima sebagai P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="71"/>
        <source>Laporan yang dicatat meja ini hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="88"/>
        <source>Menunggu dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="89"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="90"/>
        <source>Terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="91"/>
        <source>Terkirim, nomor final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="92"/>
        <source>Nomor final berbeda: cetak ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="107"/>
        <source>%1 (dukungan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="125"/>
        <source>%1 laporan hari ini · %2 menunggu dikirim · %3 perlu cetak ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="174"/>
        <source>Simpan tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="175"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../officer_app/errors_hook.py" line="155"/>
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan tetap aman. Rincian teknis dicatat di berkas log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="453"/>
        <source>Kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="140"/>
        <source>Laporan masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="141"/>
        <source>Diteruskan otomatis ke unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="142"/>
        <source>Penilaian warga</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="40"/>
        <source>Semua laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="41"/>
        <source>Laporan saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="44"/>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="80"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="48"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="50"/>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="71"/>
        <source>Tampilan tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="52"/>
        <source>Cari nomor, isi, alamat, kategori… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="57"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="72"/>
        <source>Cari laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="73"/>
        <source>Saring menurut status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="74"/>
        <source>Saring menurut kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="75"/>
        <source>Saring menurut kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="112"/>
        <source>Semua kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="113"/>
        <source>Semua kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="85"/>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="86"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="334"/>
        <source>Catat tindak lanjut — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="337"/>
        <source>Foto sebelum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="338"/>
        <source>Foto sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="344"/>
        <source>Apa yang sudah dikerjakan di lapangan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="347"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="348"/>
        <source>Pekerjaan butuh waktu lebih lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="352"/>
        <source>Perkiraan tanggal selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="359"/>
        <source>Perkiraan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="370"/>
        <source>tunggu, foto masih diproses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="372"/>
        <source>foto sebelum penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="374"/>
        <source>foto sesudah penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="376"/>
        <source>catatan tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="480"/>
        <source>— pilih unit —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="497"/>
        <source>&amp;Unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="499"/>
        <source>&amp;Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="518"/>
        <source>unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="520"/>
        <source>alasan meneruskan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="68"/>
        <source>Profil rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="74"/>
        <source>Data lokal Anda di komputer ini rusak: pemeriksaan saat mulai menemukan kesalahan pada berkas basis data. Belum ada yang diubah.

Pilih salinan baik terakhir untuk dipulihkan. Pekerjaan yang dibuat setelah salinan itu tidak ada di dalamnya; tindakan yang belum terkirim di salinan akan dikirim pada sinkron berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="85"/>
        <source>Berkas yang rusak tidak dihapus: disimpan di folder profil %1 dengan nama yang diawali %2 (untuk petugas TI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="94"/>
        <source>Salinan baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="95"/>
        <source>Mencari salinan baik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="100"/>
        <source>&amp;Pulihkan salinan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="103"/>
        <source>&amp;Keluar dari aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="126"/>
        <source>salinan harian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="128"/>
        <source>salinan sebelum pembaruan aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="131"/>
        <source>%1 laporan, %2 tindakan belum terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="147"/>
        <source>Salinan terbaru dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="151"/>
        <source>Tidak ada salinan baik di komputer ini. Keluar dan hubungi petugas TI; berkas profil tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="168"/>
        <source>Memulihkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="187"/>
        <source>Pemulihan gagal; berkas profil tidak diubah. Hubungi petugas TI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LengthHint</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="101"/>
        <source>minimal %1 karakter, kurang %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="107"/>
        <source>minimal %1 karakter ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="98"/>
        <source>Cari alamat, tempat, kelurahan atau kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="100"/>
        <source>Cari kelurahan atau kecamatan, mis. Gambir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="101"/>
        <source>Cari lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="104"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="115"/>
        <source>Hasil pencarian alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="133"/>
        <source>Klik lokasi kejadian di peta atau cari kelurahannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="142"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="143"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="144"/>
        <source>Kota/Kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="145"/>
        <source>Koordinat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="176"/>
        <source>{kel} — Kec. {kec}, {kota}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="181"/>
        <source>Kecamatan {kec} — {kota}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="195"/>
        <source>Data batas wilayah tidak tersedia: lokasi tidak dapat diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="208"/>
        <location filename="../../officer_app/views/location_picker.py" line="306"/>
        <source>Data batas wilayah belum siap. Coba lagi sebentar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="214"/>
        <source>Titik ini berada di luar DKI Jakarta. Pilih lokasi di dalam wilayah DKI Jakarta (termasuk Kepulauan Seribu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="222"/>
        <source>Titik ini berada di {name}, yang bukan wilayah kelurahan. Pilih titik di daratan kelurahan terdekat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="232"/>
        <source>Lokasi berada di dalam wilayah DKI Jakarta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="256"/>
        <source>Kelurahan “{name}” tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="321"/>
        <source>Kelurahan atau kecamatan “{name}” tidak ditemukan. Periksa ejaannya, atau klik lokasinya di peta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="334"/>
        <source>Peta menunjukkan Kecamatan {kec} ({kota}). Klik lokasi kejadian di peta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="346"/>
        <source>Mencari alamat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="371"/>
        <source>{place} (Kel. {kel})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/location_picker.py" line="383"/>
        <source>%n tempat ditemukan. Pilih salah satu di daftar hasil, lalu periksa titiknya di peta.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="390"/>
        <source>Alamat “{name}” tidak ditemukan di DKI Jakarta. Periksa ejaannya, cari nama kelurahan, atau klik lokasinya di peta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="402"/>
        <source>Cari nama kelurahan atau kecamatan, atau klik lokasinya di peta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="405"/>
        <source>Layanan pencarian alamat tidak dapat dihubungi (komputer sedang luring atau layanan mati).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="409"/>
        <source>Layanan pencarian alamat tidak menjawab tepat waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="411"/>
        <source>Layanan pencarian alamat menolak permintaan (kode {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="415"/>
        <source>Jawaban layanan pencarian alamat tidak dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPickerDialog</name>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="445"/>
        <source>Pilih lokasi kejadian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="296"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="300"/>
        <source>&amp;Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="311"/>
        <source>Layar terkunci karena tidak ada aktivitas. Ketik kata sandi Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="320"/>
        <source>Terkunci — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="331"/>
        <source>Ketik kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="348"/>
        <source>Terlalu banyak kata sandi salah. Coba lagi dalam %1 detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="361"/>
        <source>Kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="129"/>
        <source>CRM Jakarta — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="204"/>
        <source>Sinkronkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="206"/>
        <source>Sinkronkan sekarang (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="209"/>
        <source>Kunci layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="213"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="215"/>
        <source>Keluar: hapus sesi tersimpan dan kembali ke layar masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="219"/>
        <source>Mode latihan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="221"/>
        <source>Berlatih dengan data contoh, terpisah dari data dan server sebenarnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="224"/>
        <source>Tentang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="226"/>
        <source>Tentang aplikasi (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="50"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="51"/>
        <source>Validasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="52"/>
        <source>Peta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="53"/>
        <source>Meja Pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="54"/>
        <source>Laporan saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="55"/>
        <source>Antrian unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="56"/>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="57"/>
        <source>Log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="58"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="233"/>
        <source>Navigasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="242"/>
        <source>Daftar laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="266"/>
        <source>Klik titik laporan di peta untuk melihat rinciannya di sini. Angka dalam lingkaran: klik untuk memperbesar peta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="423"/>
        <source>%n laporan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="441"/>
        <source>Tidak ada laporan yang cocok dengan “%1”. Periksa ejaan, cari dengan nomor laporan atau ujungnya (mis. 0013), atau kosongkan filter lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="447"/>
        <source>Tidak ada laporan dengan filter ini. Ubah atau kosongkan filter untuk melihat laporan lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="451"/>
        <source>Belum ada laporan di komputer ini. Tekan Sinkronkan untuk mengambil laporan dari server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="583"/>
        <source>Gagal menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="584"/>
        <source>Tindakan tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="645"/>
        <source>Menghubungi server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="648"/>
        <source>Sinkronisasi pertama sedang berjalan: laporan unit Anda diunduh dari server.
%1
Daftar terisi sendiri sesudahnya; Anda tidak perlu menekan apa pun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="653"/>
        <source>Laporan muncul di daftar setelah sinkronisasi pertama selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="674"/>
        <source>Laporan baru untuk Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="675"/>
        <source>%n laporan baru: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="682"/>
        <source>Tenggat segera</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="684"/>
        <source>%n laporan bertenggat dalam %1 jam: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="772"/>
        <source>Mode latihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="774"/>
        <source>Mulai mode latihan? Jendela ini ditutup dan dibuka lagi dengan data latihan dan server latihan di komputer ini. Data dan server sebenarnya tidak tersentuh. Setelah latihan aplikasi ditutup; buka lagi untuk bekerja seperti biasa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapProcess</name>
    <message>
        <location filename="../../officer_app/views/map_process.py" line="123"/>
        <source>Peta laporan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="256"/>
        <location filename="../../officer_app/views/map_view.py" line="520"/>
        <source>Memuat peta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="285"/>
        <source>Peta dasar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="286"/>
        <source>Batas kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="287"/>
        <source>Batas kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="288"/>
        <source>Batas kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="289"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="290"/>
        <source>Status laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="291"/>
        <source>Tampilkan legenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="292"/>
        <source>Lipat legenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="293"/>
        <source>Lewat tenggat (cincin hitam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="294"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="295"/>
        <source>Kelompok: angka = jumlah laporan, warna cincin = status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="296"/>
        <source>Lencana hitam = jumlah yang lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="297"/>
        <source>laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="298"/>
        <source>Kel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="299"/>
        <source>Kec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="300"/>
        <source>Titik dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="301"/>
        <source>Batas administrasi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="350"/>
        <source>Peta tidak dapat dimuat. Daftar laporan tetap bisa dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="396"/>
        <source>Tambah catatan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="400"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="412"/>
        <source>isi catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordChangedDialog</name>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="37"/>
        <source>Kata sandi sudah berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="42"/>
        <source>Kata sandi Anda di server sudah berubah. Masukkan kata sandi lama sekali saja agar data di komputer ini bisa dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="50"/>
        <source>Kata sandi &amp;lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="57"/>
        <source>&amp;Buka data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="61"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="75"/>
        <source>Kata sandi lama salah. Coba lagi, atau pilih Batal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="87"/>
        <source>Ketik kata sandi lama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="56"/>
        <source>sebelum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="57"/>
        <source>sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="58"/>
        <source>bukti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDropZone</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="226"/>
        <source>Seret foto ke sini, atau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="228"/>
        <source>Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="237"/>
        <source>Hapus foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="246"/>
        <source>Pilih foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="248"/>
        <source>Foto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="292"/>
        <source>pernah dipakai!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="307"/>
        <source>tidak bisa dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/dialogs.py" line="323"/>
        <source>Memproses %n foto…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="42"/>
        <source>Identitas pelapor (nama, NIK, telepon, alamat) hanya dipakai untuk menangani pengaduan ini, hanya disimpan di server pusat CRM, tidak pernah diberikan kepada petugas lapangan atau pihak yang dilaporkan, dan dihapus %1 hari setelah laporan ditutup. Pelapor boleh anonim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="57"/>
        <source>Data yang dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="58"/>
        <source>Nama, NIK (dari KTP), nomor telepon dan alamat bila Anda berikan; uraian dan lokasi pengaduan; foto yang Anda serahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="65"/>
        <source>Untuk apa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="66"/>
        <source>Menindaklanjuti pengaduan Anda, memastikan pengaduan tatap muka sah, dan menghubungi Anda tentang pengaduan ini. Tidak untuk tujuan lain. Dasar hukumnya adalah pelaksanaan tugas pelayanan publik (UU 27/2022 Pasal 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="74"/>
        <source>Siapa yang melihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="75"/>
        <source>Identitas Anda dikirim ke server pusat CRM dan tidak disimpan di komputer meja ini setelah terkirim. Hanya validator Biro Pemerintahan dan Pejabat Pelindungan Data Pribadi yang dapat melihatnya, dan setiap tampilan dicatat. Petugas lapangan dan pihak yang Anda laporkan tidak pernah melihatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="84"/>
        <source>Berapa lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="86"/>
        <source>Identitas dihapus %1 hari setelah laporan selesai atau ditolak, kecuali pengadilan atau penegak hukum meminta disimpan lebih lama. Laporannya sendiri tetap disimpan tanpa identitas Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="95"/>
        <source>Hak Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="96"/>
        <source>Anda boleh melapor tanpa identitas (anonim). Anda berhak meminta salinan data Anda, perbaikan, atau penghapusannya, dan mengajukan keberatan, kepada Pejabat Pelindungan Data Pribadi Pemprov DKI Jakarta. Penghapusan dapat ditunda selama laporan masih ditangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="111"/>
        <source>Data pribadi Anda dipakai hanya untuk menangani pengaduan ini dan dihapus dari server %1 hari setelah laporan ditutup. Anda berhak meminta salinan, perbaikan, atau penghapusan data Anda kepada Pejabat Pelindungan Data Pribadi Pemprov DKI Jakarta (UU 27/2022).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeBox</name>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="150"/>
        <source>Pemberitahuan privasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="154"/>
        <source>Tampilkan pemberitahuan lengkap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="158"/>
        <source>Pemberitahuan privasi sudah disampaikan kepada pelapor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="128"/>
        <source>Pemberitahuan privasi untuk pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="130"/>
        <source>Pemberitahuan privasi lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="135"/>
        <source>Versi pemberitahuan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="435"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="435"/>
        <source>Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="452"/>
        <source>alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="55"/>
        <source>Tanda Terima Pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="68"/>
        <source>Nomor laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="69"/>
        <source>Tanggal dan jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="70"/>
        <source>Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="71"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="72"/>
        <source>Lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="75"/>
        <source>NIK pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="77"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="77"/>
        <source>Anonim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="80"/>
        <source>Sifat laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="81"/>
        <source>Rahasia (privat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="83"/>
        <source>Publik (identitas tetap dirahasiakan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="91"/>
        <source>NOMOR SEMENTARA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="94"/>
        <source>Nomor resmi belum tersedia karena jaringan terputus. Nomor ini BELUM dapat dilacak di situs CRM. Tanda terima dengan nomor resmi dapat dicetak ulang di meja pengaduan atau dikirim kepada Anda setelah tersambung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="103"/>
        <source>Pantau laporan Anda dengan nomor di atas melalui situs CRM Jakarta (%1) atau aplikasi JAKI, menu Laporan. Pengaduan tatap muka dijawab paling lambat 3 hari kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="109"/>
        <source>Pernyataan privasi: identitas Anda hanya dikirim ke server pusat CRM dan tidak disimpan di komputer meja pengaduan setelah terkirim. Identitas tidak pernah diberikan kepada petugas lapangan atau pihak yang dilaporkan. NIK hanya dicetak tersamar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="117"/>
        <source>Pemerintah Provinsi DKI Jakarta — Cepat Respon Masyarakat (CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="118"/>
        <source>Ringkasan pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="119"/>
        <source>Cara memantau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="161"/>
        <source>Lacak status laporan Anda (pindai kode QR atau buka):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="166"/>
        <source>Kode penilaian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="169"/>
        <source>Setelah laporan selesai, beri nilai penanganannya di halaman lacak dengan kode ini. Simpan kode ini: hanya pemegang tanda terima yang dapat menilai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="285"/>
        <source>Pratinjau tanda terima %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="287"/>
        <source>Tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="293"/>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="294"/>
        <source>Simpan sebagai P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteMapView</name>
    <message>
        <location filename="../../officer_app/views/map_remote.py" line="118"/>
        <location filename="../../officer_app/views/map_remote.py" line="152"/>
        <location filename="../../officer_app/views/map_remote.py" line="426"/>
        <source>Memuat peta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_remote.py" line="121"/>
        <source>Mulai ulang peta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_remote.py" line="220"/>
        <source>Peta terbuka di jendela tersendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_remote.py" line="237"/>
        <source>Peta tidak dapat dimuat. Daftar laporan tetap bisa dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_remote.py" line="286"/>
        <source>Peta berhenti bekerja. Daftar laporan tetap bisa dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="155"/>
        <source>Pilih laporan di daftar untuk melihat rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="203"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="207"/>
        <source>Isi laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="222"/>
        <source>Pelapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="234"/>
        <source>Foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="243"/>
        <source>Belum ada foto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="248"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/detail.py" line="273"/>
        <source>%n tindakan menunggu dikirim ke server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="283"/>
        <source>Tidak ada tenggat yang berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="292"/>
        <source>Alamat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="296"/>
        <source>tanpa koordinat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="298"/>
        <source>Kelurahan: %1 · Lokasi: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="303"/>
        <source>Masuk %1 melalui %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="308"/>
        <source>Pelapor dirahasiakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="310"/>
        <source>Identitas pelapor hanya dapat dilihat validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="313"/>
        <source>Laporan bersifat privasi. Jangan berikan informasi dalam laporan ini kepada siapapun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="341"/>
        <source>belum terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="343"/>
        <source>pernah dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="381"/>
        <source>%1 dari 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="387"/>
        <source>⚠ Nilai rendah dari warga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="406"/>
        <source>Ke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="408"/>
        <source>Alasan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="412"/>
        <source>⏳ menunggu dikirim (belum dikonfirmasi server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="305"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="306"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="307"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="308"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="309"/>
        <source>Umur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="310"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="311"/>
        <source>Kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="401"/>
        <source>perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="402"/>
        <source>menunggu dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="426"/>
        <source>Tenggat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/report_list/model.py" line="428"/>
        <source>%n tindakan belum dikonfirmasi server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../officer_app/views/report_list/table.py" line="92"/>
        <source>menunggu dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/table.py" line="92"/>
        <source>perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="159"/>
        <source>Petugas lapangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="160"/>
        <source>Petugas meja pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="161"/>
        <source>Pimpinan unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="162"/>
        <source>Validator (Biro Pemerintahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="163"/>
        <source>Pejabat Pelindungan Data Pribadi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../officer_app/views/texts.py" line="73"/>
        <source>Uraian laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="74"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="75"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="76"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="77"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="78"/>
        <source>Nomor telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="85"/>
        <source>Foto sebelum penanganan wajib dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="88"/>
        <source>Foto sesudah penanganan wajib dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="91"/>
        <source>Catatan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="92"/>
        <source>Alasan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="93"/>
        <source>Pilih unit tujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="94"/>
        <source>Pilih petugas tujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="95"/>
        <source>Sebutkan laporan asli yang diduplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="98"/>
        <source>Tindakan ini tidak bisa dilakukan pada status sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="101"/>
        <source>Peran Anda tidak boleh melakukan tindakan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="104"/>
        <source>Perkiraan tanggal selesai tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="107"/>
        <source>Jenis tindakan tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="109"/>
        <source>Catatan pemberitahuan privasi tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="112"/>
        <source>Versi pemberitahuan privasi tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="116"/>
        <source>Server Open311 tidak dapat meneruskan laporan ke unit lain; teruskan lewat sistem instansi pemilik server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="121"/>
        <source>Server Open311 tidak mengenal penugasan petugas; tindakan ini tidak dapat dikirim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="125"/>
        <source>Server Open311 tidak mengenal prioritas laporan; tindakan ini tidak dapat dikirim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="129"/>
        <source>Server Open311 tidak menerima foto; tindakan dengan foto tidak dapat dikirim lewat server ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="134"/>
        <source>Laporan baru dicatat lewat meja pengaduan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="137"/>
        <source>Prioritas tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="138"/>
        <source>Daftar foto tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="139"/>
        <source>Paling banyak 20 foto per tindakan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="142"/>
        <source>Jenis foto tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="143"/>
        <source>Sidik foto tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="144"/>
        <source>Waktu pengambilan foto tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="145"/>
        <source>Lokasi foto tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="146"/>
        <source>Laporan ini sudah tidak ditangani unit Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="149"/>
        <source>Identitas pelapor tidak dapat disimpan: masuk lagi dengan kata sandi Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="152"/>
        <source>Tindakan ini tidak dapat dilakukan sekaligus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="155"/>
        <source>Pilih minimal satu laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="156"/>
        <source>Terlalu banyak laporan sekaligus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="158"/>
        <source>Pilih kategori laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="159"/>
        <source>Kanal pengaduan tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="160"/>
        <source>Kanal ini bukan kanal tatap muka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="163"/>
        <source>Data pelapor tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="164"/>
        <source>Koordinat lokasi tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="165"/>
        <source>Tentukan lokasi: titik di peta atau kelurahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="168"/>
        <source>Lokasi berada di luar wilayah DKI Jakarta (termasuk Kepulauan Seribu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="171"/>
        <source>Kode penilaian tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="172"/>
        <source>Pilih nilai 1 sampai 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="173"/>
        <source>Kalimat penilaian terlalu panjang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="176"/>
        <source>NIK harus 16 angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="177"/>
        <source>NIK hanya berisi angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="178"/>
        <source>Kode wilayah NIK tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="179"/>
        <source>Tanggal lahir dalam NIK tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="182"/>
        <source>Nomor urut NIK tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="183"/>
        <source>Nomor telepon tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="184"/>
        <source>Nomor laporan tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="185"/>
        <source>Tanggal dalam nomor laporan tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="188"/>
        <source>Tahun dalam nomor laporan tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="191"/>
        <source>Nomor urut laporan tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="193"/>
        <source>Berkas bukan foto yang dapat dibaca (JPEG, PNG, atau WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="196"/>
        <source>Foto rusak atau tidak lengkap. Salin ulang atau ambil ulang fotonya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="199"/>
        <source>Berkas foto terlalu besar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="200"/>
        <source>Ukuran gambar terlalu besar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="201"/>
        <source>Berkas foto tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="202"/>
        <source>Format foto ini tidak didukung. Gunakan JPEG, PNG, atau WebP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="205"/>
        <source>Berkas foto yang tersimpan rusak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="206"/>
        <source>Profil terkunci: foto tidak dapat dibaca atau disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="210"/>
        <source>Kata sandi salah: profil di komputer ini tidak dapat dibuka. Profil tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="214"/>
        <source>Profil tidak dapat dibuka dengan kunci ini (kata sandi salah, atau berkas rusak). Profil tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="219"/>
        <source>Kata sandi kosong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="220"/>
        <source>Profil terkunci. Masuk lagi dengan kata sandi untuk membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="223"/>
        <source>Profil tidak dapat dibuka. Hubungi petugas TI; profil tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="226"/>
        <source>Berkas kunci profil tidak dikenali. Hubungi petugas TI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="229"/>
        <source>Basis data profil rusak. Data tidak diubah; pilih salinan baik terakhir untuk dipulihkan. Berkas yang rusak disimpan terpisah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="234"/>
        <source>Profil ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi untuk membukanya; profil tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="239"/>
        <source>Profil terenkripsi tidak didukung versi ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="242"/>
        <source>Salinan profil tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="243"/>
        <source>Terlalu banyak kata sandi salah. Tunggu sebentar, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="246"/>
        <source>Laporan ini tidak ada lagi di profil ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="249"/>
        <source>Tindakan tersebut tidak ada di antrean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="252"/>
        <source>Tindakan ini tidak sedang menunggu keputusan Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="256"/>
        <source>Server gagal memberikan data laporan ini saat sinkronisasi; laporan lain tetap diperbarui. Data di komputer ini mungkin belum yang terbaru. Laporan ini diambil lagi otomatis pada sinkronisasi berikutnya; bila tetap muncul di sini, beri tahu petugas TI nomor laporannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="276"/>
        <source>%1 harus berupa teks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="280"/>
        <source>%1 terlalu pendek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="283"/>
        <source>%1 terlalu panjang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="317"/>
        <source>Tidak dapat dilakukan (kode %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="320"/>
        <source>Tidak dapat dilakukan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="217"/>
        <source>ID petugas atau kata sandi salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="226"/>
        <source>Server tidak terjangkau dan petugas ini belum pernah masuk di komputer ini. Periksa koneksi lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="244"/>
        <source>Pejabat Pelindungan Data Pribadi tidak memakai aplikasi ini: layani permintaan warga dengan perintah &apos;crm-central privacy&apos; di server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="303"/>
        <source>Masuk dibatalkan. Data di komputer ini tidak diubah; tanpa kata sandi lama data itu tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="333"/>
        <source>Terlalu banyak percobaan masuk yang gagal. Coba lagi sebentar lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="336"/>
        <source>Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam %1 detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="350"/>
        <source>Server Open311 menolak akses (kode %1): kunci API tidak diterima. Jawaban server: “%2”. Minta petugas TI memeriksa kunci API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="356"/>
        <source>Server Open311 menolak permintaan masuk (kode %1). Jawaban server: “%2”. Periksa alamat server dan ID yurisdiksi (jurisdiction_id), lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="371"/>
        <source>Alamat server memakai http:// tanpa enkripsi dan bukan komputer ini: tidak dihubungi. Gunakan alamat https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="377"/>
        <source>Berkas sertifikat CA yang diatur tidak ditemukan. Hubungi petugas TI; server tidak dihubungi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="383"/>
        <source>Sertifikat server tidak tepercaya: sambungan ditolak. Periksa alamat server atau minta petugas TI memasang sertifikat CA instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="388"/>
        <source>Alamat server tidak valid: harus diawali https:// dan berisi nama host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="66"/>
        <source>Masuk — Workstation Petugas CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="74"/>
        <source>Alamat server ditetapkan oleh petugas TI untuk komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="77"/>
        <source>contoh: officer.demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="82"/>
        <source>Alamat &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="83"/>
        <source>&amp;ID petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="84"/>
        <source>Kata &amp;sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="88"/>
        <source>contoh: jakarta.go.id (kosong: tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="91"/>
        <source>jurisdiction_id yang diminta server Open311 ini; tanyakan kepada pengelola server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="97"/>
        <source>Ditetapkan oleh petugas TI untuk komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="99"/>
        <source>&amp;Yurisdiksi Open311</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="108"/>
        <source>Tanpa koneksi, petugas yang pernah masuk di komputer ini tetap bisa membuka data lokalnya dengan kata sandi yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="116"/>
        <source>&amp;Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="120"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="125"/>
        <source>Workstation Petugas CRM Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="144"/>
        <source>alamat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="146"/>
        <source>ID petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="148"/>
        <source>kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="150"/>
        <source>Isi dulu: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="153"/>
        <source>Sedang masuk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="182"/>
        <source>Gagal masuk karena kesalahan tak terduga.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="837"/>
        <source>Konfigurasi komputer salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="838"/>
        <source>Aplikasi tidak dapat dimulai karena berkas konfigurasi komputer ini salah. Hubungi petugas TI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="102"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="103"/>
        <source>Koordinasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="104"/>
        <source>Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="105"/>
        <source>Proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="106"/>
        <source>Menunggu Validasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="107"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="108"/>
        <source>TL Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="109"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suggestion</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="73"/>
        <source>%1 (disarankan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="77"/>
        <source>Unit yang biasa menangani kategori ini sudah dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../officer_app/views/texts.py" line="49"/>
        <source>Sinkronisasi selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="50"/>
        <source>Perlu masuk (login) lagi. Semua pekerjaan Anda tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="53"/>
        <source>Server tidak dapat dihubungi. Semua pekerjaan Anda tetap tersimpan dan akan dikirim pada sinkronisasi berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="58"/>
        <source>Sinkronisasi dibatalkan. Semua pekerjaan Anda tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="61"/>
        <source>Server memberi jawaban yang tidak dapat dipakai. Semua pekerjaan Anda tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="67"/>
        <source>Sinkronisasi gagal.</source>
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
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="54"/>
        <source>Menyinkronkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="70"/>
        <source>mengirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="71"/>
        <source>mengambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="72"/>
        <source>mengunggah foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="76"/>
        <source>Menyinkronkan: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="83"/>
        <source>Mengunduh laporan: %1 dari ~%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="91"/>
        <source>Sesi berakhir: masuk lagi untuk mengirim. Pekerjaan Anda tetap aman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="94"/>
        <source>Server tidak terjangkau; pekerjaan menunggu dan dikirim otomatis nanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/status_bar.py" line="98"/>
        <source>%n hal perlu perhatian</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="110"/>
        <source>● belum tersambung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="113"/>
        <source>● daring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="116"/>
        <source>○ luring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="120"/>
        <source>sinkron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/status_bar.py" line="126"/>
        <source>%n menunggu dikirim</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/status_bar.py" line="131"/>
        <source>%n perlu perhatian</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="697"/>
        <source>Mode latihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="698"/>
        <source>Peran yang ingin dilatih:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="55"/>
        <source>LATIHAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="112"/>
        <source>Mode latihan: data contoh di server latihan di komputer ini. Tidak ada yang dikirim ke server sebenarnya atau disimpan di profil Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="123"/>
        <source>Tanda mode latihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="130"/>
        <source>Terima laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="131"/>
        <source>Catat tindak lanjut dengan foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="132"/>
        <source>Terima pengaduan langsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="133"/>
        <source>Cetak tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="134"/>
        <source>Teruskan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="135"/>
        <source>Alihkan laporan lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="136"/>
        <source>Setujui tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="143"/>
        <source>Pilih laporan berstatus Menunggu di halaman Laporan, lalu tekan «Terima dan proses».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="147"/>
        <source>Pada laporan berstatus Proses, tekan «Catat tindak lanjut», tambahkan paling sedikit satu foto sebelum dan satu foto sesudah, tulis catatan, lalu simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="152"/>
        <source>Di halaman Meja Pengaduan, isi identitas warga (atau pilih anonim), uraian, kategori dan lokasi, lalu simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="157"/>
        <source>Untuk laporan yang baru Anda simpan, tekan «Cetak tanda terima» atau «Simpan sebagai PDF». Tanda terima latihan bertanda LATIHAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="162"/>
        <source>Pilih laporan yang bukan wewenang unit Anda, tekan «Teruskan ke unit lain», pilih unit tujuan dan tulis alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="167"/>
        <source>Di halaman Antrian unit, pilih laporan lain, tekan «Alihkan ke petugas lain», pilih petugas dan tulis alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="172"/>
        <source>Di halaman Validasi, periksa foto sebelum dan sesudah sebuah tindak lanjut, lalu tekan «Setujui tindak lanjut».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="215"/>
        <source>Daftar latihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="220"/>
        <source>&amp;Lewati latihan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="222"/>
        <source>&amp;Selesai latihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="316"/>
        <source>Contoh laporan untuk latihan ini: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="329"/>
        <source>Latihan %1 dari %2 selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="342"/>
        <source>selesai (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="352"/>
        <source>Menyiapkan data latihan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="354"/>
        <source>Latihan dimulai setelah laporan latihan diambil dari server latihan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="357"/>
        <source>Latihan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="358"/>
        <source>Lihat ringkasan hasil latihan Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="370"/>
        <source>Waktu: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="460"/>
        <source>Latihan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSummaryDialog</name>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="382"/>
        <source>Ringkasan latihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="386"/>
        <source>%1 dari %2 latihan selesai (%3), waktu %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="394"/>
        <source>Hasil latihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="399"/>
        <location filename="../../officer_app/views/training_panel.py" line="428"/>
        <location filename="../../officer_app/views/training_panel.py" line="432"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="399"/>
        <source>Belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="418"/>
        <source>&amp;Simpan ringkasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="428"/>
        <location filename="../../officer_app/views/training_panel.py" line="432"/>
        <source>Latihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="428"/>
        <source>Waktu (m:dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="428"/>
        <location filename="../../officer_app/views/training_panel.py" line="432"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="432"/>
        <source>Detik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="439"/>
        <source>Simpan ringkasan latihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="441"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitQueuePage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="113"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="119"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="337"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="121"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="338"/>
        <source>Hampir lewat (sisa &lt; 1/4 waktu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="129"/>
        <source>Kelompokkan per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="130"/>
        <source>Kelompokkan per petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="134"/>
        <source>Semua yang terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="135"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="146"/>
        <source>Cari nomor atau kategori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="91"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="202"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="88"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="89"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="90"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="94"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="203"/>
        <source>Terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="204"/>
        <source>Lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="198"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="231"/>
        <source>Beban kerja petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="114"/>
        <source>Hampir lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="74"/>
        <source>Petugas lapangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="75"/>
        <source>Laporan terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="76"/>
        <source>Laporan lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="77"/>
        <source>Median waktu respons (jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="78"/>
        <source>Median waktu sampai tindak lanjut (jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="79"/>
        <source>Tindak lanjut minggu ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="80"/>
        <source>Tindak lanjut bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="140"/>
        <source>Kelompokkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="141"/>
        <source>Saring unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="142"/>
        <source>Saring petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="143"/>
        <source>Saring status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="145"/>
        <source>Cari di antrean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="175"/>
        <source>Antrean unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="205"/>
        <source>Respons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="206"/>
        <source>TL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="207"/>
        <source>Mgg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="208"/>
        <source>Bln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="308"/>
        <source>Semua unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="313"/>
        <source>Semua petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="316"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="384"/>
        <source>(belum ditugaskan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="545"/>
        <source>%n laporan dipilih</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="581"/>
        <source>%n laporan: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="591"/>
        <source>%1 — %2 terbuka, %3 lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="598"/>
        <source>Laporan dari beberapa unit: pilih per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="602"/>
        <source>Petugas tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="637"/>
        <source>Unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="649"/>
        <source>Nomor laporan asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="651"/>
        <source>Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="93"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="658"/>
        <source>Prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="433"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="660"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="434"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="661"/>
        <source>Tinggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="435"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="662"/>
        <source>Mendesak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="514"/>
        <source>Paling lowong: %1 (%4; %2 terbuka, %3 lewat tenggat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="606"/>
        <source>Paling lowong di unit ini sudah dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="665"/>
        <source>Catatan (tidak dikirim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="719"/>
        <source>Gagal menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="723"/>
        <source>Tindakan tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="89"/>
        <source>Antrean validasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="103"/>
        <source>Identitas pelapor (hanya untuk validator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="119"/>
        <source>Setujui → Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="123"/>
        <source>Tolak tindak lanjut → TL Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="196"/>
        <source>%n menunggu validasi</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="229"/>
        <source>Tidak ada tindak lanjut yang menunggu validasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="239"/>
        <source>tanpa koordinat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="242"/>
        <source>Masuk %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="254"/>
        <source>⚠ %n foto pernah dipakai pada laporan lain: periksa keasliannya.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="258"/>
        <source>SEBELUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="258"/>
        <source>SESUDAH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="266"/>
        <source>memuat foto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="280"/>
        <source>Tidak ada foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="288"/>
        <source>Pelapor dirahasiakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="292"/>
        <source>Pelapor anonim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="295"/>
        <source>Nama: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="296"/>
        <source>NIK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="297"/>
        <source>Telepon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="304"/>
        <source>Waktu pengambilan tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="306"/>
        <source>Diambil %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="310"/>
        <source>%1 jam setelah laporan masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="312"/>
        <source>%1 jam SEBELUM laporan masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="317"/>
        <source>%1 m dari lokasi laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="320"/>
        <source>Lokasi foto tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="322"/>
        <source>Foto ini pernah dipakai pada laporan lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="344"/>
        <source>Foto belum tersedia (luring?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="356"/>
        <source>Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="361"/>
        <source>Alasan ini dibaca petugas di linimasa laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="402"/>
        <source>Gagal menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="403"/>
        <source>Keputusan tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
