<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../officer_app/views/about.py" line="35"/>
        <source>Tentang CRM Officer Workstation</source>
        <translation>About CRM Officer Workstation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="39"/>
        <source>CRM Officer Workstation</source>
        <translation>CRM Officer Workstation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="42"/>
        <source>Aplikasi petugas untuk menindaklanjuti pengaduan warga Jakarta (CRM).</source>
        <translation>The officers&apos; application for following up Jakarta citizens&apos; complaints (CRM).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="54"/>
        <source>Versi aplikasi:</source>
        <translation>Application version:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="55"/>
        <source>Versi skema profil:</source>
        <translation>Profile schema version:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="56"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="57"/>
        <source>Sinkron terakhir:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="58"/>
        <source>Profil:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="77"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="79"/>
        <source>%1 (terbaru)</source>
        <translation>%1 (latest)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="82"/>
        <source>%1 (aplikasi mengenal %2)</source>
        <translation>%1 (this application knows %2)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/about.py" line="89"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="116"/>
        <source>Laporan baru</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="117"/>
        <source>Terima dan proses</source>
        <translation>Accept and process</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="118"/>
        <source>Catat tindak lanjut</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="119"/>
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="120"/>
        <source>Teruskan ke unit lain</source>
        <translation>Forward to another unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="121"/>
        <source>Disposisi ke Suku Dinas</source>
        <translation>Dispose to Suku Dinas</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="122"/>
        <source>Alihkan ke petugas lain</source>
        <translation>Reassign to another officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="123"/>
        <source>Tolak laporan</source>
        <translation>Reject report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="124"/>
        <source>Tandai duplikat</source>
        <translation>Mark duplicate</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="125"/>
        <source>Atur prioritas</source>
        <translation>Set priority</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="126"/>
        <source>Setujui tindak lanjut</source>
        <translation>Approve follow-up</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="127"/>
        <source>Tolak tindak lanjut</source>
        <translation>Reject follow-up</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="128"/>
        <source>Dukung laporan</source>
        <translation>Support the report</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="127"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="129"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="162"/>
        <source>Belum bisa disimpan:</source>
        <translation>Cannot save yet:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="187"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="200"/>
        <source>Tindakan tidak tersimpan karena kesalahan tak terduga.</source>
        <translation>The action was not saved because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="205"/>
        <source>%n mnt</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="208"/>
        <source>%n jam</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="211"/>
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="233"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="236"/>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="237"/>
        <source>%1 lalu</source>
        <translation>%1 ago</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../officer_app/views/texts.py" line="378"/>
        <source>Belum terambil dari server</source>
        <translation>Not yet received from the server</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="380"/>
        <source>Bertabrakan dengan perubahan lain</source>
        <translation>Conflicts with another change</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="382"/>
        <source>Ditolak sementara; bisa dikirim ulang</source>
        <translation>Refused for now; can be sent again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="383"/>
        <source>Ditolak; tidak bisa dikirim ulang</source>
        <translation>Refused; cannot be sent again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="389"/>
        <source>Tidak ada yang perlu Anda kirim: laporan ini diambil lagi pada sinkronisasi berikutnya. Periksa keadaannya di server sebelum bertindak atas laporan ini.</source>
        <translation>Nothing for you to send: this report is fetched again at the next sync. Check its state on the server before you act on this report.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="395"/>
        <source>Buka laporannya dan periksa keadaan terbaru, lalu kirim ulang atau buang.</source>
        <translation>Open the report and check its latest state, then send again or discard.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="400"/>
        <source>Masalahnya sementara: kirim ulang, atau buang bila tidak diperlukan.</source>
        <translation>The problem is temporary: send again, or discard it if it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="403"/>
        <source>Server akan menolak tindakan ini lagi bila dikirim ulang apa adanya. Buang, lalu catat ulang tindakannya dengan data yang benar.</source>
        <translation>The server will refuse this action again if it is sent as it is. Discard it, then record the action again with correct data.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="78"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="79"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="80"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="81"/>
        <source>Jawaban server</source>
        <translation>Server answer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="82"/>
        <source>Alasan dari server</source>
        <translation>Reason from the server</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="99"/>
        <source>Ambil data laporan</source>
        <translation>Fetch report data</translation>
    </message>
    <message>
        <source>konflik</source>
        <translation type="vanished">conflict</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation type="vanished">rejected</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="122"/>
        <source>Daftar yang perlu perhatian</source>
        <translation>Items that need attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="136"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Tindakan di bawah ini ditolak server atau bertabrakan dengan perubahan lain. Pekerjaan Anda tetap tersimpan. Periksa alasannya, lalu kirim ulang atau buang.</source>
        <translation type="vanished">The server refused the actions below or they conflict with other changes. Your work is kept. Check the reason, then send again or discard.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="140"/>
        <source>Tindakan di bawah ini ditolak server atau bertabrakan dengan perubahan lain, atau laporannya belum terambil dari server. Pekerjaan Anda tetap tersimpan. Pilih satu baris untuk melihat apa yang bisa dilakukan.</source>
        <translation>The actions below were refused by the server or conflict with another change, or their report has not yet been received from the server. Your work is kept. Select a row to see what you can do.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="146"/>
        <source>&amp;Kirim ulang</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="147"/>
        <source>&amp;Buang</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="167"/>
        <source>Tidak ada yang perlu diperhatikan. Semua beres.</source>
        <translation>Nothing needs attention. All good.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="217"/>
        <source>Dikirim ulang pada sinkronisasi berikut.</source>
        <translation>Will be sent again at the next sync.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="227"/>
        <source>Buang tindakan?</source>
        <translation>Discard action?</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="229"/>
        <source>Tindakan &apos;%1&apos; pada laporan %2 akan dibuang dan tidak dikirim ke server. Ini tidak bisa dibatalkan. Lanjutkan?</source>
        <translation>The action &apos;%1&apos; on report %2 will be discarded and not sent to the server. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="248"/>
        <source>Tindakan dibuang dan dicatat.</source>
        <translation>Action discarded and logged.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="261"/>
        <source>Gagal: kesalahan tak terduga.</source>
        <translation>Failed: unexpected error.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="81"/>
        <source>Identitas pelapor dilihat</source>
        <translation>Reporter identity viewed</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="82"/>
        <source>Perubahan status</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="83"/>
        <source>Pengalihan petugas</source>
        <translation>Reassignment</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="84"/>
        <source>Penerusan ke unit lain</source>
        <translation>Forwarded to another unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="85"/>
        <source>Laporan dibuat</source>
        <translation>Report created</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="86"/>
        <source>Masuk</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="87"/>
        <source>Gagal masuk</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="88"/>
        <source>Keluar</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="89"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="177"/>
        <source>Jenis kejadian</source>
        <translation>Event type</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="178"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="182"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="186"/>
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="198"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="202"/>
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="203"/>
        <source>Pelaku</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="204"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="205"/>
        <source>No. laporan</source>
        <translation>Report no.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="206"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="207"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="219"/>
        <source>Muat lagi (yang lebih lama)</source>
        <translation>Load more (older)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="247"/>
        <source>Memuat log audit…</source>
        <translation>Loading the audit log…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="291"/>
        <source>Log audit hanya tersedia saat daring.</source>
        <translation>The audit log is only available online.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="293"/>
        <source>Sesi di server berakhir: masuk ulang untuk melihat log audit.</source>
        <translation>Your server session has ended: sign in again to see the audit log.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="295"/>
        <source>Log audit hanya untuk pimpinan unit.</source>
        <translation>The audit log is for unit heads only.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="297"/>
        <source>Log audit tidak dapat dimuat. Coba lagi nanti.</source>
        <translation>The audit log could not be loaded. Try again later.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="335"/>
        <source>%n entri · terbaru di atas</source>
        <translation>
            <numerusform>%n entry · newest first</numerusform>
            <numerusform>%n entries · newest first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="337"/>
        <source>Belum ada entri.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="353"/>
        <source>(akun tidak dikenal)</source>
        <translation>(unknown account)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="361"/>
        <source>(di luar unit ini)</source>
        <translation>(outside this unit)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="375"/>
        <source>ke %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="382"/>
        <source>belum ada petugas</source>
        <translation>no officer yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="383"/>
        <source>kepada %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="390"/>
        <source>kata sandi salah</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="393"/>
        <source>percobaan ke-%1</source>
        <translation>attempt %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="395"/>
        <source>akun tidak dikenal atau nonaktif</source>
        <translation>unknown or inactive account</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="403"/>
        <source>%1 baris</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/audit_page.py" line="405"/>
        <source>lewat Open311</source>
        <translation>via Open311</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../officer_app/views/texts.py" line="24"/>
        <source>Pendopo Balai Kota</source>
        <translation>Pendopo, City Hall</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="25"/>
        <source>JAKI</source>
        <translation>JAKI</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="26"/>
        <source>Twitter @DKIJakarta</source>
        <translation>Twitter @DKIJakarta</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="27"/>
        <source>Facebook Pemprov DKI</source>
        <translation>Facebook of the Jakarta government</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="28"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="29"/>
        <source>Media sosial Gubernur/Wakil Gubernur</source>
        <translation>Governor&apos;s/Vice Governor&apos;s social media</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="32"/>
        <source>SMS/WhatsApp</source>
        <translation>SMS/WhatsApp</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="33"/>
        <source>Kantor Inspektorat</source>
        <translation>Inspectorate office</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="34"/>
        <source>Kantor Wali Kota</source>
        <translation>Mayor&apos;s office</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="35"/>
        <source>Kantor Camat</source>
        <translation>Kecamatan office</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="36"/>
        <source>Kantor Lurah</source>
        <translation>Kelurahan office</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="37"/>
        <source>Media massa</source>
        <translation>Mass media</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="38"/>
        <source>LAPOR! 1708</source>
        <translation>LAPOR! 1708</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="89"/>
        <source>%1 jam</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="104"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="286"/>
        <source>Semua bulan</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="106"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="108"/>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="109"/>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="103"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="113"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="373"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="558"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="125"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="179"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="326"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="342"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="432"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="561"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="126"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="562"/>
        <source>Tingkat penyelesaian</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="129"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="563"/>
        <source>Median waktu respons</source>
        <translation>Median response time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="131"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="564"/>
        <source>Median waktu tindak lanjut</source>
        <translation>Median follow-up time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="127"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="184"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="311"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="569"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="625"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="128"/>
        <source>Nilai warga (1–5)</source>
        <translation>Citizens&apos; rating (1–5)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="155"/>
        <source>Per kelurahan: selesai / terbuka</source>
        <translation>By kelurahan: done / open</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="157"/>
        <source>10 kategori terbanyak</source>
        <translation>Top 10 categories</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="185"/>
        <source>Nilai warga</source>
        <translation>Citizens&apos; rating</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="193"/>
        <source>Peringkat unit (penyelesaian, lalu waktu respons, lalu nilai warga)</source>
        <translation>Unit ranking (completion, then response time, then citizens&apos; rating)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="199"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="208"/>
        <source>Nilai warga per unit dan kategori</source>
        <translation>Citizens&apos; ratings per unit and category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="202"/>
        <source>Per</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="202"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="600"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="619"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="202"/>
        <source>Penilaian</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="202"/>
        <source>Rata-rata (1–5)</source>
        <translation>Average (1–5)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="557"/>
        <source>Dasbor unit</source>
        <translation>Unit dashboard</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="559"/>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="560"/>
        <source>dibuat</source>
        <translation>made</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="565"/>
        <source>jam</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="566"/>
        <source>hari</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="568"/>
        <source>Terbuka, belum lewat tenggat</source>
        <translation>Open, not overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="571"/>
        <source>Status laporan</source>
        <translation>Report status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="572"/>
        <source>Tingkat penyelesaian per unit</source>
        <translation>Completion rate per unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="573"/>
        <source>Median waktu respons per unit (target 24 jam)</source>
        <translation>Median response time per unit (target 24 hours)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="576"/>
        <source>Median waktu tindak lanjut per unit (target 7 hari)</source>
        <translation>Median follow-up time per unit (target 7 days)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="130"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="182"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="579"/>
        <source>Respons dalam 24 jam</source>
        <translation>Response within 24 hours</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="132"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="183"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="580"/>
        <source>Tindak lanjut dalam 7 hari</source>
        <translation>Follow-up within 7 days</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="581"/>
        <source>Respons dalam 24 jam per unit</source>
        <translation>Response within 24 hours per unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="584"/>
        <source>Tindak lanjut dalam 7 hari per unit</source>
        <translation>Follow-up within 7 days per unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="587"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="588"/>
        <source>memenuhi target</source>
        <translation>meets the target</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="589"/>
        <source>lewat target</source>
        <translation>over the target</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="590"/>
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="591"/>
        <source>%1 unit lain: lihat tabel</source>
        <translation>%1 more units: see the tables</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="592"/>
        <source>Keseluruhan</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="594"/>
        <source>Peringkat unit</source>
        <translation>Unit ranking</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="595"/>
        <source>Per kelurahan</source>
        <translation>By kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="596"/>
        <source>Per kategori</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="598"/>
        <source>Per bulan</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="601"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="621"/>
        <source>Jumlah laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="603"/>
        <source>Penyelesaian (%)</source>
        <translation>Completion (%)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="604"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="627"/>
        <source>Median respons (jam)</source>
        <translation>Median response (hours)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="605"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="628"/>
        <source>Median tindak lanjut (jam)</source>
        <translation>Median follow-up (hours)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="606"/>
        <source>Nilai warga (1-5)</source>
        <translation>Citizens&apos; rating (1-5)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="607"/>
        <source>Penilaian warga</source>
        <translation>Citizens&apos; ratings</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="608"/>
        <source>Nilai rata-rata (1-5)</source>
        <translation>Average rating (1-5)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="610"/>
        <source>Tanpa kelurahan</source>
        <translation>No kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="611"/>
        <source>Tidak dikenal</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="612"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="620"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="622"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="623"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="626"/>
        <source>Tingkat penyelesaian (%)</source>
        <translation>Completion rate (%)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="629"/>
        <source>Respons dalam 24 jam (%)</source>
        <translation>Response within 24 hours (%)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="630"/>
        <source>Tindak lanjut dalam 7 hari (%)</source>
        <translation>Follow-up within 7 days (%)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="631"/>
        <source>Jumlah penilaian warga</source>
        <translation>Citizens&apos; ratings</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="632"/>
        <source>Nilai warga rata-rata (1-5)</source>
        <translation>Average citizens&apos; rating (1-5)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="156"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="597"/>
        <source>Per kanal</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="158"/>
        <source>Per bulan: masuk / selesai</source>
        <translation>By month: received / done</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="173"/>
        <source>Peringkat kelurahan</source>
        <translation>Kelurahan ranking</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="177"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="609"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="633"/>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="178"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="476"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="180"/>
        <source>Penyelesaian</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="181"/>
        <source>Median respons</source>
        <translation>Median response</translation>
    </message>
    <message>
        <source>Peringkat unit (penyelesaian, lalu waktu respons)</source>
        <translation type="vanished">Unit ranking (completion, then response time)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="239"/>
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="276"/>
        <source>Dihitung dari data lokal, %1</source>
        <translation>Calculated from local data, %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="309"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="602"/>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="624"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="359"/>
        <source>Masuk</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="477"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="491"/>
        <source>Nilai rendah</source>
        <translation>Low rating</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="502"/>
        <source>Simpan dasbor</source>
        <translation>Save dashboard</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="514"/>
        <source>Dasbor %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="533"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="550"/>
        <source>server akan diberi tahu saat sinkronisasi berikutnya</source>
        <translation>the server will be told at the next sync</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/dashboard_page.py" line="526"/>
        <source>Gagal menyimpan: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="149"/>
        <source>Respons</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="150"/>
        <source>Jawaban pengaduan</source>
        <translation>Answer to the complaint</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="151"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="189"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="193"/>
        <source>Hampir lewat</source>
        <translation>Nearly due</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../officer_app/views/supervisor/common.py" line="88"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DeskIntakePage</name>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="121"/>
        <source>Ditetapkan oleh TI untuk komputer ini.</source>
        <translation>Set by IT for this computer.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="124"/>
        <source>Pelapor &amp;anonim (tanpa identitas)</source>
        <translation>&amp;Anonymous reporter (no identity)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="129"/>
        <source>16 digit sesuai KTP</source>
        <translation>16 digits as on the KTP</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="132"/>
        <source>mis. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="142"/>
        <source>Laporan &amp;rahasia (privat)</source>
        <translation>&amp;Confidential report (private)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="148"/>
        <source>Apa yang dikeluhkan warga, di mana, sejak kapan</source>
        <translation>What the citizen complains about, where, since when</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="157"/>
        <source>Saran:</source>
        <translation>Suggested:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="181"/>
        <source>Pilih di &amp;peta…</source>
        <translation>Pick on the &amp;map…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="183"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="471"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="776"/>
        <source>Lokasi belum ditentukan</source>
        <translation>Location not set yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="189"/>
        <source>Tambah &amp;foto…</source>
        <translation>Add &amp;photos…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="192"/>
        <source>&amp;Simpan dan buat tanda terima (Ctrl+S)</source>
        <translation>&amp;Save and make the receipt (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="199"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="202"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="207"/>
        <source>Alamat pelapor</source>
        <translation>Reporter&apos;s address</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="210"/>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="212"/>
        <source>&amp;Uraian</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="203"/>
        <source>N&amp;IK</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="205"/>
        <source>Tel&amp;epon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="213"/>
        <source>Kate&amp;gori</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="220"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="223"/>
        <source>Ala&amp;mat kejadian</source>
        <translation>Incident add&amp;ress</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="187"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="228"/>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="235"/>
        <source>&amp;Kanal</source>
        <translation>Channe&amp;l</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="269"/>
        <source>Laporan serupa di dekat lokasi (14 hari terakhir)</source>
        <translation>Similar reports near the location (last 14 days)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="271"/>
        <source>Laporan serupa</source>
        <translation>Similar reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="273"/>
        <source>&amp;Tautkan sebagai pendukung laporan ini</source>
        <translation>L&amp;ink as a supporter of this report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="280"/>
        <source>Tanda terima terakhir</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="281"/>
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="285"/>
        <source>&amp;Lihat tanda terima…</source>
        <translation>&amp;View receipt…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="286"/>
        <source>&amp;Cetak tanda terima (Ctrl+P)</source>
        <translation>Print rec&amp;eipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="287"/>
        <source>Simpan sebagai P&amp;DF…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="349"/>
        <source>— pilih kategori —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="350"/>
        <source>— pilih kelurahan —</source>
        <translation>— choose a kelurahan —</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="386"/>
        <source>NIK hanya berisi angka.</source>
        <translation>The NIK contains digits only.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="388"/>
        <source>NIK terdiri dari 16 angka (baru %1).</source>
        <translation>The NIK has 16 digits (%1 so far).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="424"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="430"/>
        <source>Biasanya ditangani: %1</source>
        <translation>Usually handled by: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="434"/>
        <source>%1 — karena kata: %2</source>
        <translation>%1 — because of the words: %2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="446"/>
        <source>kelurahan setempat</source>
        <translation>the local kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="468"/>
        <source>Titik %1, %2</source>
        <translation>Point %1, %2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="519"/>
        <source>kelurahan sama</source>
        <translation>same kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="521"/>
        <source>(belum bernomor)</source>
        <translation>(no number yet)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="558"/>
        <source>Warga dicatat sebagai pendukung laporan %1.</source>
        <translation>The citizen was recorded as a supporter of report %1.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="569"/>
        <source>Foto dari warga</source>
        <translation>Photos from the citizen</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="569"/>
        <source>Foto (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="586"/>
        <location filename="../../officer_app/views/desk/intake_page.py" line="659"/>
        <source>Isi NIK pelapor, atau centang &apos;Pelapor anonim&apos;.</source>
        <translation>Enter the reporter&apos;s NIK, or tick &apos;Anonymous reporter&apos;.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="635"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="696"/>
        <source>Belum bisa disimpan, periksa:</source>
        <translation>Cannot be saved yet, please check:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="718"/>
        <source>Nomor: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="722"/>
        <source>NOMOR SEMENTARA: blok nomor resmi habis dan jaringan terputus. Cetak ulang tanda terima dari &apos;Laporan saya&apos; setelah sinkron.</source>
        <translation>PROVISIONAL NUMBER: the block of official numbers is used up and the network is down. Print the receipt again from &apos;My reports&apos; after the sync.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="729"/>
        <source>Laporan tersimpan. Serahkan tanda terima kepada warga.</source>
        <translation>Report saved. Hand the receipt to the citizen.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="743"/>
        <source>Laporan tidak dapat disimpan.</source>
        <translation>The report could not be saved.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="806"/>
        <source>Simpan tanda terima</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/intake_page.py" line="808"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="49"/>
        <source>Laporan yang saya catat hari ini</source>
        <translation>Reports I filed today</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="52"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="52"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="52"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="53"/>
        <source>Pengiriman</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="60"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="61"/>
        <source>&amp;Cetak ulang tanda terima</source>
        <translation>&amp;Print the receipt again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="62"/>
        <source>Simpan tanda terima sebagai P&amp;DF…</source>
        <translation>Save the receipt as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="71"/>
        <source>Laporan yang dicatat meja ini hari ini</source>
        <translation>Reports this desk recorded today</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="88"/>
        <source>Menunggu dikirim</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="89"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="90"/>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="91"/>
        <source>Terkirim, nomor final</source>
        <translation>Sent, final number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="92"/>
        <source>Nomor final berbeda: cetak ulang</source>
        <translation>Final number differs: print again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="107"/>
        <source>%1 (dukungan)</source>
        <translation>%1 (support)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="125"/>
        <source>%1 laporan hari ini · %2 menunggu dikirim · %3 perlu cetak ulang</source>
        <translation>%1 reports today · %2 waiting to send · %3 to print again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="174"/>
        <source>Simpan tanda terima</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/queue_page.py" line="175"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../officer_app/errors_hook.py" line="155"/>
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan tetap aman. Rincian teknis dicatat di berkas log.</source>
        <translation>An unexpected error occurred. The work you saved is safe. Technical details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="453"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="140"/>
        <source>Laporan masuk</source>
        <translation>Report received</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="141"/>
        <source>Diteruskan otomatis ke unit</source>
        <translation>Routed to the unit automatically</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="142"/>
        <source>Penilaian warga</source>
        <translation>Citizen&apos;s rating</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="40"/>
        <source>Semua laporan</source>
        <translation>All reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="41"/>
        <source>Laporan saya</source>
        <translation>My reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="44"/>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="80"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="48"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="50"/>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="71"/>
        <source>Tampilan tersimpan</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="52"/>
        <source>Cari nomor, isi, alamat, kategori… (Ctrl+F)</source>
        <translation>Search number, text, address, category… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="57"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="72"/>
        <source>Cari laporan</source>
        <translation>Search reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="73"/>
        <source>Saring menurut status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="74"/>
        <source>Saring menurut kategori</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="75"/>
        <source>Saring menurut kelurahan</source>
        <translation>Filter by kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="112"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="113"/>
        <source>Semua kelurahan</source>
        <translation>All kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="85"/>
        <location filename="../../officer_app/views/report_list/filter_bar.py" line="86"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="334"/>
        <source>Catat tindak lanjut — %1</source>
        <translation>Record follow-up — %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="337"/>
        <source>Foto sebelum</source>
        <translation>Photos before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="338"/>
        <source>Foto sesudah</source>
        <translation>Photos after</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="344"/>
        <source>Apa yang sudah dikerjakan di lapangan?</source>
        <translation>What was done in the field?</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="347"/>
        <source>&amp;Catatan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="348"/>
        <source>Pekerjaan butuh waktu lebih lama</source>
        <translation>The work takes longer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="352"/>
        <source>Perkiraan tanggal selesai</source>
        <translation>Estimated completion date</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="359"/>
        <source>Perkiraan selesai</source>
        <translation>Estimated completion</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="370"/>
        <source>tunggu, foto masih diproses</source>
        <translation>wait, photos are still being processed</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="372"/>
        <source>foto sebelum penanganan</source>
        <translation>photo before the work</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="374"/>
        <source>foto sesudah penanganan</source>
        <translation>photo after the work</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="376"/>
        <source>catatan tindak lanjut</source>
        <translation>follow-up note</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="480"/>
        <source>— pilih unit —</source>
        <translation>— choose a unit —</translation>
    </message>
    <message>
        <source>%1 (disarankan)</source>
        <translation type="vanished">%1 (suggested)</translation>
    </message>
    <message>
        <source>Unit yang biasa menangani kategori ini sudah dipilih.</source>
        <translation type="vanished">The unit that usually handles this category is selected.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="497"/>
        <source>&amp;Unit tujuan</source>
        <translation>Target &amp;unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="499"/>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="518"/>
        <source>unit tujuan</source>
        <translation>target unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="520"/>
        <source>alasan meneruskan</source>
        <translation>reason for forwarding</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="68"/>
        <source>Profil rusak</source>
        <translation>Profile damaged</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="74"/>
        <source>Data lokal Anda di komputer ini rusak: pemeriksaan saat mulai menemukan kesalahan pada berkas basis data. Belum ada yang diubah.

Pilih salinan baik terakhir untuk dipulihkan. Pekerjaan yang dibuat setelah salinan itu tidak ada di dalamnya; tindakan yang belum terkirim di salinan akan dikirim pada sinkron berikutnya.</source>
        <translation>Your local data on this computer is damaged: the check at start found errors in the database file. Nothing has been changed yet.

Choose the last good copy to restore. Work done after that copy is not in it; actions in the copy that were not yet sent will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="85"/>
        <source>Berkas yang rusak tidak dihapus: disimpan di folder profil %1 dengan nama yang diawali %2 (untuk petugas TI).</source>
        <translation>The damaged file is not deleted: it is kept in the profile folder %1 under a name starting with %2 (for IT).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="94"/>
        <source>Salinan baik</source>
        <translation>Good copies</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="95"/>
        <source>Mencari salinan baik…</source>
        <translation>Looking for good copies…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="100"/>
        <source>&amp;Pulihkan salinan ini</source>
        <translation>&amp;Restore this copy</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="103"/>
        <source>&amp;Keluar dari aplikasi</source>
        <translation>&amp;Quit the application</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="126"/>
        <source>salinan harian</source>
        <translation>daily copy</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="128"/>
        <source>salinan sebelum pembaruan aplikasi</source>
        <translation>copy from before an app upgrade</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="131"/>
        <source>%1 laporan, %2 tindakan belum terkirim</source>
        <translation>%1 reports, %2 actions not yet sent</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="147"/>
        <source>Salinan terbaru dipilih.</source>
        <translation>The newest copy is selected.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="151"/>
        <source>Tidak ada salinan baik di komputer ini. Keluar dan hubungi petugas TI; berkas profil tidak diubah.</source>
        <translation>There is no good copy on this computer. Quit and contact IT; the profile file was not changed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="168"/>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/integrity_dialog.py" line="187"/>
        <source>Pemulihan gagal; berkas profil tidak diubah. Hubungi petugas TI.</source>
        <translation>Restoring failed; the profile file was not changed. Contact IT.</translation>
    </message>
</context>
<context>
    <name>LengthHint</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="101"/>
        <source>minimal %1 karakter, kurang %2</source>
        <translation>at least %1 characters, %2 to go</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="107"/>
        <source>minimal %1 karakter ✓</source>
        <translation>at least %1 characters ✓</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Cari kelurahan, mis. Gambir</source>
        <translation type="vanished">Search a kelurahan, e.g. Gambir</translation>
    </message>
    <message>
        <source>Cari kelurahan</source>
        <translation type="vanished">Search kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="98"/>
        <source>Cari alamat, tempat, kelurahan atau kecamatan</source>
        <translation>Search an address, place, kelurahan or kecamatan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="100"/>
        <source>Cari kelurahan atau kecamatan, mis. Gambir</source>
        <translation>Search a kelurahan or kecamatan, e.g. Gambir</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="101"/>
        <source>Cari lokasi</source>
        <translation>Search a location</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="104"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="115"/>
        <source>Hasil pencarian alamat</source>
        <translation>Address search results</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="133"/>
        <source>Klik lokasi kejadian di peta atau cari kelurahannya.</source>
        <translation>Click the place on the map or search its kelurahan.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="142"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="143"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="144"/>
        <source>Kota/Kabupaten</source>
        <translation>City/Regency</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="145"/>
        <source>Koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="176"/>
        <source>{kel} — Kec. {kec}, {kota}</source>
        <translation>{kel} — Kec. {kec}, {kota}</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="181"/>
        <source>Kecamatan {kec} — {kota}</source>
        <translation>Kecamatan {kec} — {kota}</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="195"/>
        <source>Data batas wilayah tidak tersedia: lokasi tidak dapat diperiksa.</source>
        <translation>Boundary data unavailable: the location cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="208"/>
        <location filename="../../officer_app/views/location_picker.py" line="306"/>
        <source>Data batas wilayah belum siap. Coba lagi sebentar.</source>
        <translation>Boundary data not ready yet. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="214"/>
        <source>Titik ini berada di luar DKI Jakarta. Pilih lokasi di dalam wilayah DKI Jakarta (termasuk Kepulauan Seribu).</source>
        <translation>This point is outside DKI Jakarta. Choose a location inside DKI Jakarta (Kepulauan Seribu included).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="222"/>
        <source>Titik ini berada di {name}, yang bukan wilayah kelurahan. Pilih titik di daratan kelurahan terdekat.</source>
        <translation>This point is in {name}, which is not a kelurahan area. Choose a point on the land of the nearest kelurahan.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="232"/>
        <source>Lokasi berada di dalam wilayah DKI Jakarta.</source>
        <translation>The location is inside DKI Jakarta.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="256"/>
        <source>Kelurahan “{name}” tidak ditemukan.</source>
        <translation>Kelurahan “{name}” not found.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="321"/>
        <source>Kelurahan atau kecamatan “{name}” tidak ditemukan. Periksa ejaannya, atau klik lokasinya di peta.</source>
        <translation>No kelurahan or kecamatan “{name}” found. Check the spelling, or click the location on the map.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="334"/>
        <source>Peta menunjukkan Kecamatan {kec} ({kota}). Klik lokasi kejadian di peta.</source>
        <translation>The map shows Kecamatan {kec} ({kota}). Click the incident location on the map.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="346"/>
        <source>Mencari alamat…</source>
        <translation>Searching the address…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="371"/>
        <source>{place} (Kel. {kel})</source>
        <translation>{place} (Kel. {kel})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/location_picker.py" line="383"/>
        <source>%n tempat ditemukan. Pilih salah satu di daftar hasil, lalu periksa titiknya di peta.</source>
        <translation>
            <numerusform>%n place found. Choose it in the results list, then check its point on the map.</numerusform>
            <numerusform>%n places found. Choose one in the results list, then check its point on the map.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="390"/>
        <source>Alamat “{name}” tidak ditemukan di DKI Jakarta. Periksa ejaannya, cari nama kelurahan, atau klik lokasinya di peta.</source>
        <translation>Address “{name}” not found in DKI Jakarta. Check the spelling, search the kelurahan&apos;s name, or click the location on the map.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="402"/>
        <source>Cari nama kelurahan atau kecamatan, atau klik lokasinya di peta.</source>
        <translation>Search the kelurahan or kecamatan name, or click the location on the map.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="405"/>
        <source>Layanan pencarian alamat tidak dapat dihubungi (komputer sedang luring atau layanan mati).</source>
        <translation>The address search service cannot be reached (this computer is offline or the service is down).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="409"/>
        <source>Layanan pencarian alamat tidak menjawab tepat waktu.</source>
        <translation>The address search service did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="411"/>
        <source>Layanan pencarian alamat menolak permintaan (kode {code}).</source>
        <translation>The address search service refused the request (code {code}).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="415"/>
        <source>Jawaban layanan pencarian alamat tidak dapat dibaca.</source>
        <translation>The address search service&apos;s answer cannot be read.</translation>
    </message>
</context>
<context>
    <name>LocationPickerDialog</name>
    <message>
        <location filename="../../officer_app/views/location_picker.py" line="445"/>
        <source>Pilih lokasi kejadian</source>
        <translation>Choose the incident location</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="296"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="300"/>
        <source>&amp;Buka</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="311"/>
        <source>Layar terkunci karena tidak ada aktivitas. Ketik kata sandi Anda.</source>
        <translation>The screen locked after a period of inactivity. Type your password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="320"/>
        <source>Terkunci — %1</source>
        <translation>Locked — %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="331"/>
        <source>Ketik kata sandi.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="348"/>
        <source>Terlalu banyak kata sandi salah. Coba lagi dalam %1 detik.</source>
        <translation>Too many wrong passwords. Try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="361"/>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="129"/>
        <source>CRM Jakarta — %1 (%2)</source>
        <translation>CRM Jakarta — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="204"/>
        <source>Sinkronkan</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="206"/>
        <source>Sinkronkan sekarang (F5)</source>
        <translation>Synchronise now (F5)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="209"/>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="213"/>
        <source>Keluar</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="215"/>
        <source>Keluar: hapus sesi tersimpan dan kembali ke layar masuk</source>
        <translation>Sign out: forget the saved session and return to the sign-in screen</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="219"/>
        <source>Mode latihan…</source>
        <translation>Training mode…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="221"/>
        <source>Berlatih dengan data contoh, terpisah dari data dan server sebenarnya</source>
        <translation>Practise with sample data, apart from the real data and server</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="224"/>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="226"/>
        <source>Tentang aplikasi (F1)</source>
        <translation>About the application (F1)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="233"/>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="242"/>
        <source>Daftar laporan</source>
        <translation>Report list</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="266"/>
        <source>Klik titik laporan di peta untuk melihat rinciannya di sini. Angka dalam lingkaran: klik untuk memperbesar peta.</source>
        <translation>Click a report&apos;s point on the map to see its details here. A number in a circle: click it to zoom in.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="645"/>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="648"/>
        <source>Sinkronisasi pertama sedang berjalan: laporan unit Anda diunduh dari server.
%1
Daftar terisi sendiri sesudahnya; Anda tidak perlu menekan apa pun.</source>
        <translation>The first sync is running: your unit&apos;s reports are being downloaded from the server.
%1
The list fills by itself afterwards; you need not press anything.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="653"/>
        <source>Laporan muncul di daftar setelah sinkronisasi pertama selesai.</source>
        <translation>Reports appear in the list once the first sync has finished.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="772"/>
        <source>Mode latihan</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="774"/>
        <source>Mulai mode latihan? Jendela ini ditutup dan dibuka lagi dengan data latihan dan server latihan di komputer ini. Data dan server sebenarnya tidak tersentuh. Setelah latihan aplikasi ditutup; buka lagi untuk bekerja seperti biasa.</source>
        <translation>Start training mode? This window closes and opens again with training data and a training server on this computer. The real data and server are not touched. When the training ends the application closes; start it again to work as usual.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="50"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="51"/>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="52"/>
        <source>Peta</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="53"/>
        <source>Meja Pengaduan</source>
        <translation>Complaint desk</translation>
    </message>
    <message>
        <source>Meja pengaduan: pencatatan laporan tatap muka.</source>
        <translation type="vanished">Complaint desk: recording walk-in complaints.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="54"/>
        <source>Laporan saya</source>
        <translation>My reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="55"/>
        <source>Antrian unit</source>
        <translation>Unit queue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="56"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Dasbor unit: waktu respons dan penyelesaian.</source>
        <translation type="vanished">Unit dashboard: response and completion times.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="57"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Log audit unit: siapa melihat dan mengubah apa.</source>
        <translation type="vanished">The unit&apos;s audit log: who saw and changed what.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/navigation.py" line="58"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="423"/>
        <source>%n laporan</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="441"/>
        <source>Tidak ada laporan yang cocok dengan “%1”. Periksa ejaan, cari dengan nomor laporan atau ujungnya (mis. 0013), atau kosongkan filter lain.</source>
        <translation>No report matches “%1”. Check the spelling, search by the report number or its last digits (e.g. 0013), or clear the other filters.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="447"/>
        <source>Tidak ada laporan dengan filter ini. Ubah atau kosongkan filter untuk melihat laporan lain.</source>
        <translation>No report matches these filters. Change or clear the filters to see other reports.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="451"/>
        <source>Belum ada laporan di komputer ini. Tekan Sinkronkan untuk mengambil laporan dari server.</source>
        <translation>No reports on this computer yet. Press Synchronise to fetch reports from the server.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="583"/>
        <source>Gagal menyimpan.</source>
        <translation>Saving failed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="584"/>
        <source>Tindakan tidak tersimpan</source>
        <translation>Action not saved</translation>
    </message>
    <message>
        <source>Menyinkronkan…</source>
        <translation type="vanished">Synchronising…</translation>
    </message>
    <message>
        <source>mengirim</source>
        <translation type="vanished">sending</translation>
    </message>
    <message>
        <source>mengambil</source>
        <translation type="vanished">pulling</translation>
    </message>
    <message>
        <source>mengunggah foto</source>
        <translation type="vanished">uploading photos</translation>
    </message>
    <message>
        <source>Menyinkronkan: %1 (%2)</source>
        <translation type="vanished">Synchronising: %1 (%2)</translation>
    </message>
    <message>
        <source>Sesi berakhir: masuk lagi untuk mengirim. Pekerjaan Anda tetap aman.</source>
        <translation type="vanished">Session ended: sign in again to send. Your work is safe.</translation>
    </message>
    <message>
        <source>Server tidak terjangkau; pekerjaan menunggu dan dikirim otomatis nanti.</source>
        <translation type="vanished">Server unreachable; your work is waiting and will be sent automatically later.</translation>
    </message>
    <message numerus="yes">
        <source>%n tindakan perlu perhatian</source>
        <translation type="vanished">
            <numerusform>%n action needs attention</numerusform>
            <numerusform>%n actions need attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="674"/>
        <source>Laporan baru untuk Anda</source>
        <translation>New reports for you</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="675"/>
        <source>%n laporan baru: </source>
        <translation>
            <numerusform>%n new report: </numerusform>
            <numerusform>%n new reports: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="682"/>
        <source>Tenggat segera</source>
        <translation>Deadlines soon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="684"/>
        <source>%n laporan bertenggat dalam %1 jam: </source>
        <translation>
            <numerusform>%n report due within %1 hours: </numerusform>
            <numerusform>%n reports due within %1 hours: </numerusform>
        </translation>
    </message>
    <message>
        <source>● belum tersambung</source>
        <translation type="vanished">● not connected yet</translation>
    </message>
    <message>
        <source>● daring</source>
        <translation type="vanished">● online</translation>
    </message>
    <message>
        <source>○ luring</source>
        <translation type="vanished">○ offline</translation>
    </message>
    <message>
        <source>sinkron %1</source>
        <translation type="vanished">synced %1</translation>
    </message>
    <message numerus="yes">
        <source>%n menunggu dikirim</source>
        <translation type="vanished">
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n perlu perhatian</source>
        <translation type="vanished">
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapProcess</name>
    <message>
        <location filename="../../officer_app/views/map_process.py" line="123"/>
        <source>Peta laporan</source>
        <translation>Report map</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="256"/>
        <location filename="../../officer_app/views/map_view.py" line="520"/>
        <source>Memuat peta…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="285"/>
        <source>Peta dasar</source>
        <translation>Base map</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="286"/>
        <source>Batas kota</source>
        <translation>City boundaries</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="287"/>
        <source>Batas kecamatan</source>
        <translation>District (kecamatan) boundaries</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="288"/>
        <source>Batas kelurahan</source>
        <translation>Kelurahan boundaries</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="289"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="290"/>
        <source>Status laporan</source>
        <translation>Report status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="291"/>
        <source>Tampilkan legenda</source>
        <translation>Show the legend</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="292"/>
        <source>Lipat legenda</source>
        <translation>Fold the legend</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="293"/>
        <source>Lewat tenggat (cincin hitam)</source>
        <translation>Overdue (black ring)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="294"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="295"/>
        <source>Kelompok: angka = jumlah laporan, warna cincin = status</source>
        <translation>Group: number = reports, ring colours = statuses</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="296"/>
        <source>Lencana hitam = jumlah yang lewat tenggat</source>
        <translation>Black badge = number overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="297"/>
        <source>laporan</source>
        <translation>reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="298"/>
        <source>Kel.</source>
        <translation>Kel.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="299"/>
        <source>Kec.</source>
        <translation>Kec.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="300"/>
        <source>Titik dipilih</source>
        <translation>Chosen point</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="301"/>
        <source>Batas administrasi: %1</source>
        <translation>Administrative boundaries: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_view.py" line="350"/>
        <source>Peta tidak dapat dimuat. Daftar laporan tetap bisa dipakai.</source>
        <translation>The map could not be loaded. The report list still works.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="396"/>
        <source>Tambah catatan — %1</source>
        <translation>Add note — %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="400"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="412"/>
        <source>isi catatan</source>
        <translation>note text</translation>
    </message>
</context>
<context>
    <name>PasswordChangedDialog</name>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="37"/>
        <source>Kata sandi sudah berubah</source>
        <translation>Password has changed</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="42"/>
        <source>Kata sandi Anda di server sudah berubah. Masukkan kata sandi lama sekali saja agar data di komputer ini bisa dibuka.</source>
        <translation>Your password on the server has changed. Enter your old password just this once so that the data on this computer can be opened.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="50"/>
        <source>Kata sandi &amp;lama</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="57"/>
        <source>&amp;Buka data</source>
        <translation>&amp;Open data</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="61"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="75"/>
        <source>Kata sandi lama salah. Coba lagi, atau pilih Batal.</source>
        <translation>The old password is wrong. Try again, or choose Cancel.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/password_dialog.py" line="87"/>
        <source>Ketik kata sandi lama.</source>
        <translation>Type the old password.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="56"/>
        <source>sebelum</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="57"/>
        <source>sesudah</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="58"/>
        <source>bukti</source>
        <translation>evidence</translation>
    </message>
</context>
<context>
    <name>PhotoDropZone</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="226"/>
        <source>Seret foto ke sini, atau</source>
        <translation>Drag photos here, or</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="228"/>
        <source>Pilih berkas…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="237"/>
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="246"/>
        <source>Pilih foto</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="248"/>
        <source>Foto (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="292"/>
        <source>pernah dipakai!</source>
        <translation>used before!</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="307"/>
        <source>tidak bisa dibaca</source>
        <translation>cannot be read</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/dialogs.py" line="323"/>
        <source>Memproses %n foto…</source>
        <translation>
            <numerusform>Processing %n photo…</numerusform>
            <numerusform>Processing %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="42"/>
        <source>Identitas pelapor (nama, NIK, telepon, alamat) hanya dipakai untuk menangani pengaduan ini, hanya disimpan di server pusat CRM, tidak pernah diberikan kepada petugas lapangan atau pihak yang dilaporkan, dan dihapus %1 hari setelah laporan ditutup. Pelapor boleh anonim.</source>
        <translation>The reporter&apos;s identity (name, NIK, phone, address) is used only to handle this complaint, is kept only on the CRM central server, is never given to field officers or to the people reported, and is erased %1 days after the report is closed. The reporter may stay anonymous.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="57"/>
        <source>Data yang dicatat</source>
        <translation>What is recorded</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="58"/>
        <source>Nama, NIK (dari KTP), nomor telepon dan alamat bila Anda berikan; uraian dan lokasi pengaduan; foto yang Anda serahkan.</source>
        <translation>Your name, NIK (from your KTP), phone number and address if you give them; what the complaint is about and where; the photos you hand in.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="65"/>
        <source>Untuk apa</source>
        <translation>What for</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="66"/>
        <source>Menindaklanjuti pengaduan Anda, memastikan pengaduan tatap muka sah, dan menghubungi Anda tentang pengaduan ini. Tidak untuk tujuan lain. Dasar hukumnya adalah pelaksanaan tugas pelayanan publik (UU 27/2022 Pasal 20).</source>
        <translation>To follow up your complaint, to make sure a face-to-face complaint is genuine, and to contact you about this complaint. For nothing else. The legal basis is the performance of a public service task (Law 27/2022, Article 20).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="74"/>
        <source>Siapa yang melihat</source>
        <translation>Who sees it</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="75"/>
        <source>Identitas Anda dikirim ke server pusat CRM dan tidak disimpan di komputer meja ini setelah terkirim. Hanya validator Biro Pemerintahan dan Pejabat Pelindungan Data Pribadi yang dapat melihatnya, dan setiap tampilan dicatat. Petugas lapangan dan pihak yang Anda laporkan tidak pernah melihatnya.</source>
        <translation>Your identity is sent to the CRM central server and is not kept on this desk computer once it has been sent. Only the validators of the Government Bureau and the Data Protection Officer can see it, and every view is logged. Field officers and the people you report never see it.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="84"/>
        <source>Berapa lama</source>
        <translation>How long</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="86"/>
        <source>Identitas dihapus %1 hari setelah laporan selesai atau ditolak, kecuali pengadilan atau penegak hukum meminta disimpan lebih lama. Laporannya sendiri tetap disimpan tanpa identitas Anda.</source>
        <translation>Your identity is erased %1 days after the report is completed or rejected, unless a court or law enforcement asks for it to be kept longer. The report itself is kept without your identity.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="95"/>
        <source>Hak Anda</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="96"/>
        <source>Anda boleh melapor tanpa identitas (anonim). Anda berhak meminta salinan data Anda, perbaikan, atau penghapusannya, dan mengajukan keberatan, kepada Pejabat Pelindungan Data Pribadi Pemprov DKI Jakarta. Penghapusan dapat ditunda selama laporan masih ditangani.</source>
        <translation>You may report without giving your identity (anonymously). You have the right to ask for a copy of your data, for its correction or erasure, and to object, by writing to the Data Protection Officer of the Jakarta Provincial Government. Erasure may be postponed while the report is still being handled.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="111"/>
        <source>Data pribadi Anda dipakai hanya untuk menangani pengaduan ini dan dihapus dari server %1 hari setelah laporan ditutup. Anda berhak meminta salinan, perbaikan, atau penghapusan data Anda kepada Pejabat Pelindungan Data Pribadi Pemprov DKI Jakarta (UU 27/2022).</source>
        <translation>Your personal data is used only to handle this complaint and is erased from the server %1 days after the report is closed. You have the right to ask the Data Protection Officer of the Jakarta Provincial Government for a copy, correction or erasure of your data (Law 27/2022).</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeBox</name>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="150"/>
        <source>Pemberitahuan privasi</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="154"/>
        <source>Tampilkan pemberitahuan lengkap…</source>
        <translation>Show the full notice…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="158"/>
        <source>Pemberitahuan privasi sudah disampaikan kepada pelapor</source>
        <translation>The privacy notice was given to the reporter</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="128"/>
        <source>Pemberitahuan privasi untuk pelapor</source>
        <translation>Privacy notice for the reporter</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="130"/>
        <source>Pemberitahuan privasi lengkap</source>
        <translation>Full privacy notice</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/privacy_notice.py" line="135"/>
        <source>Versi pemberitahuan: %1</source>
        <translation>Notice version: %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="435"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="435"/>
        <source>Catatan (boleh kosong)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="452"/>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="55"/>
        <source>Tanda Terima Pengaduan</source>
        <translation>Complaint receipt</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="68"/>
        <source>Nomor laporan</source>
        <translation>Report number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="69"/>
        <source>Tanggal dan jam</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="70"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="71"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="72"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="75"/>
        <source>NIK pelapor</source>
        <translation>Reporter&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="77"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="77"/>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="80"/>
        <source>Sifat laporan</source>
        <translation>Report visibility</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="81"/>
        <source>Rahasia (privat)</source>
        <translation>Confidential (private)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="83"/>
        <source>Publik (identitas tetap dirahasiakan)</source>
        <translation>Public (identity still kept confidential)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="91"/>
        <source>NOMOR SEMENTARA</source>
        <translation>PROVISIONAL NUMBER</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="94"/>
        <source>Nomor resmi belum tersedia karena jaringan terputus. Nomor ini BELUM dapat dilacak di situs CRM. Tanda terima dengan nomor resmi dapat dicetak ulang di meja pengaduan atau dikirim kepada Anda setelah tersambung.</source>
        <translation>The official number is not available yet because the network is down. This number can NOT yet be tracked on the CRM website. A receipt with the official number can be printed again at the complaint desk or sent to you once the connection is back.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="103"/>
        <source>Pantau laporan Anda dengan nomor di atas melalui situs CRM Jakarta (%1) atau aplikasi JAKI, menu Laporan. Pengaduan tatap muka dijawab paling lambat 3 hari kerja.</source>
        <translation>Follow your report with the number above on the Jakarta CRM website (%1) or in the JAKI app, menu Laporan. In-person complaints are answered within 3 working days at the latest.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="109"/>
        <source>Pernyataan privasi: identitas Anda hanya dikirim ke server pusat CRM dan tidak disimpan di komputer meja pengaduan setelah terkirim. Identitas tidak pernah diberikan kepada petugas lapangan atau pihak yang dilaporkan. NIK hanya dicetak tersamar.</source>
        <translation>Privacy statement: your identity is sent only to the central CRM server and is not kept on the complaint desk&apos;s computer once it has been sent. It is never given to field officers or to the party you reported. The NIK is printed only masked.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="117"/>
        <source>Pemerintah Provinsi DKI Jakarta — Cepat Respon Masyarakat (CRM)</source>
        <translation>Provincial Government of DKI Jakarta — Cepat Respon Masyarakat (CRM)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="118"/>
        <source>Ringkasan pengaduan</source>
        <translation>Summary of the complaint</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="119"/>
        <source>Cara memantau</source>
        <translation>How to follow it</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="161"/>
        <source>Lacak status laporan Anda (pindai kode QR atau buka):</source>
        <translation>Track your report&apos;s status (scan the QR code or open):</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="166"/>
        <source>Kode penilaian:</source>
        <translation>Rating code:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="169"/>
        <source>Setelah laporan selesai, beri nilai penanganannya di halaman lacak dengan kode ini. Simpan kode ini: hanya pemegang tanda terima yang dapat menilai.</source>
        <translation>Once the report is completed, rate how it was handled on the tracking page with this code. Keep this code: only the holder of the receipt can rate.</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="285"/>
        <source>Pratinjau tanda terima %1</source>
        <translation>Receipt preview %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="287"/>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="293"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/desk/receipt.py" line="294"/>
        <source>Simpan sebagai P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>RemoteMapView</name>
    <message>
        <location filename="../../officer_app/views/map_remote.py" line="118"/>
        <location filename="../../officer_app/views/map_remote.py" line="152"/>
        <location filename="../../officer_app/views/map_remote.py" line="426"/>
        <source>Memuat peta…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_remote.py" line="121"/>
        <source>Mulai ulang peta</source>
        <translation>Restart the map</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_remote.py" line="220"/>
        <source>Peta terbuka di jendela tersendiri.</source>
        <translation>The map is open in a window of its own.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_remote.py" line="237"/>
        <source>Peta tidak dapat dimuat. Daftar laporan tetap bisa dipakai.</source>
        <translation>The map could not be loaded. The report list still works.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/map_remote.py" line="286"/>
        <source>Peta berhenti bekerja. Daftar laporan tetap bisa dipakai.</source>
        <translation>The map stopped working. The report list still works.</translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="155"/>
        <source>Pilih laporan di daftar untuk melihat rinciannya.</source>
        <translation>Select a report in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="203"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="207"/>
        <source>Isi laporan</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="222"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="234"/>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="243"/>
        <source>Belum ada foto.</source>
        <translation>No photos yet.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="248"/>
        <source>Riwayat</source>
        <translation>Timeline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/detail.py" line="273"/>
        <source>%n tindakan menunggu dikirim ke server</source>
        <translation>
            <numerusform>%n action waiting to be sent to the server</numerusform>
            <numerusform>%n actions waiting to be sent to the server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="283"/>
        <source>Tidak ada tenggat yang berjalan.</source>
        <translation>No running deadlines.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="292"/>
        <source>Alamat: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="296"/>
        <source>tanpa koordinat</source>
        <translation>no coordinates</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="298"/>
        <source>Kelurahan: %1 · Lokasi: %2</source>
        <translation>Kelurahan: %1 · Location: %2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="303"/>
        <source>Masuk %1 melalui %2</source>
        <translation>Received %1 via %2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="308"/>
        <source>Pelapor dirahasiakan</source>
        <translation>Reporter kept confidential</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="310"/>
        <source>Identitas pelapor hanya dapat dilihat validator.</source>
        <translation>Only validators may see the reporter&apos;s identity.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="313"/>
        <source>Laporan bersifat privasi. Jangan berikan informasi dalam laporan ini kepada siapapun</source>
        <translation>This report is private. Do not share any information in this report with anyone</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="341"/>
        <source>belum terkirim</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="343"/>
        <source>pernah dipakai</source>
        <translation>used before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="381"/>
        <source>%1 dari 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="387"/>
        <source>⚠ Nilai rendah dari warga</source>
        <translation>⚠ Low rating from a citizen</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="406"/>
        <source>Ke: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="408"/>
        <source>Alasan: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="412"/>
        <source>⏳ menunggu dikirim (belum dikonfirmasi server)</source>
        <translation>⏳ waiting to send (not yet confirmed by the server)</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="305"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="306"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="307"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="308"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="309"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="310"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="311"/>
        <source>Kirim</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="401"/>
        <source>perlu perhatian</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="402"/>
        <source>menunggu dikirim</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/model.py" line="426"/>
        <source>Tenggat: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/report_list/model.py" line="428"/>
        <source>%n tindakan belum dikonfirmasi server</source>
        <translation>
            <numerusform>%n action not yet confirmed by the server</numerusform>
            <numerusform>%n actions not yet confirmed by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../officer_app/views/report_list/table.py" line="92"/>
        <source>menunggu dikirim</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_list/table.py" line="92"/>
        <source>perlu perhatian</source>
        <translation>needs attention</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="159"/>
        <source>Petugas lapangan</source>
        <translation>Field officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="160"/>
        <source>Petugas meja pengaduan</source>
        <translation>Complaint desk officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="161"/>
        <source>Pimpinan unit</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="162"/>
        <source>Validator (Biro Pemerintahan)</source>
        <translation>Validator (Government Bureau)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="163"/>
        <source>Pejabat Pelindungan Data Pribadi</source>
        <translation>Data Protection Officer</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../officer_app/views/texts.py" line="73"/>
        <source>Uraian laporan</source>
        <translation>Report description</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="74"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="75"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="76"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="77"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="78"/>
        <source>Nomor telepon</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="85"/>
        <source>Foto sebelum penanganan wajib dilampirkan.</source>
        <translation>A photo from before the work is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="88"/>
        <source>Foto sesudah penanganan wajib dilampirkan.</source>
        <translation>A photo from after the work is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="91"/>
        <source>Catatan wajib diisi.</source>
        <translation>A note is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="92"/>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="93"/>
        <source>Pilih unit tujuan.</source>
        <translation>Choose the target unit.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="94"/>
        <source>Pilih petugas tujuan.</source>
        <translation>Choose the target officer.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="95"/>
        <source>Sebutkan laporan asli yang diduplikasi.</source>
        <translation>Name the original report this one duplicates.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="98"/>
        <source>Tindakan ini tidak bisa dilakukan pada status sekarang.</source>
        <translation>This action is not possible in the current status.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="101"/>
        <source>Peran Anda tidak boleh melakukan tindakan ini.</source>
        <translation>Your role may not take this action.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="104"/>
        <source>Perkiraan tanggal selesai tidak valid.</source>
        <translation>The estimated completion date is not valid.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="107"/>
        <source>Jenis tindakan tidak dikenal.</source>
        <translation>Unknown kind of action.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="109"/>
        <source>Catatan pemberitahuan privasi tidak valid.</source>
        <translation>The privacy notice record is not valid.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="112"/>
        <source>Versi pemberitahuan privasi tidak dikenal.</source>
        <translation>Unknown privacy notice version.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="116"/>
        <source>Server Open311 tidak dapat meneruskan laporan ke unit lain; teruskan lewat sistem instansi pemilik server.</source>
        <translation>The Open311 server cannot forward a report to another unit; forward it through the system of the agency that runs the server.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="121"/>
        <source>Server Open311 tidak mengenal penugasan petugas; tindakan ini tidak dapat dikirim.</source>
        <translation>The Open311 server has no officer assignments; this action cannot be sent.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="125"/>
        <source>Server Open311 tidak mengenal prioritas laporan; tindakan ini tidak dapat dikirim.</source>
        <translation>The Open311 server has no report priorities; this action cannot be sent.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="129"/>
        <source>Server Open311 tidak menerima foto; tindakan dengan foto tidak dapat dikirim lewat server ini.</source>
        <translation>The Open311 server does not accept photos; an action with photos cannot be sent through this server.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="134"/>
        <source>Laporan baru dicatat lewat meja pengaduan.</source>
        <translation>New reports are recorded at the complaint desk.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="137"/>
        <source>Prioritas tidak valid.</source>
        <translation>Invalid priority.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="138"/>
        <source>Daftar foto tidak valid.</source>
        <translation>Invalid list of photos.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="139"/>
        <source>Paling banyak 20 foto per tindakan.</source>
        <translation>At most 20 photos per action.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="142"/>
        <source>Jenis foto tidak valid.</source>
        <translation>Invalid photo kind.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="143"/>
        <source>Sidik foto tidak valid.</source>
        <translation>Invalid photo fingerprint.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="144"/>
        <source>Waktu pengambilan foto tidak valid.</source>
        <translation>Invalid time the photo was taken.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="145"/>
        <source>Lokasi foto tidak valid.</source>
        <translation>Invalid photo location.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="146"/>
        <source>Laporan ini sudah tidak ditangani unit Anda.</source>
        <translation>Your unit no longer handles this report.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="149"/>
        <source>Identitas pelapor tidak dapat disimpan: masuk lagi dengan kata sandi Anda.</source>
        <translation>The reporter&apos;s identity cannot be stored: sign in again with your password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="152"/>
        <source>Tindakan ini tidak dapat dilakukan sekaligus.</source>
        <translation>This action cannot be done on several reports at once.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="155"/>
        <source>Pilih minimal satu laporan.</source>
        <translation>Choose at least one report.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="156"/>
        <source>Terlalu banyak laporan sekaligus.</source>
        <translation>Too many reports at once.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="158"/>
        <source>Pilih kategori laporan.</source>
        <translation>Choose the report category.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="159"/>
        <source>Kanal pengaduan tidak dikenal.</source>
        <translation>Unknown complaint channel.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="160"/>
        <source>Kanal ini bukan kanal tatap muka.</source>
        <translation>This is not a face-to-face channel.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="163"/>
        <source>Data pelapor tidak valid.</source>
        <translation>Invalid reporter details.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="164"/>
        <source>Koordinat lokasi tidak valid.</source>
        <translation>Invalid location coordinates.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="165"/>
        <source>Tentukan lokasi: titik di peta atau kelurahan.</source>
        <translation>Set the location: a point on the map or a kelurahan.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="168"/>
        <source>Lokasi berada di luar wilayah DKI Jakarta (termasuk Kepulauan Seribu).</source>
        <translation>The location is outside DKI Jakarta (Thousand Islands included).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="171"/>
        <source>Kode penilaian tidak valid.</source>
        <translation>The rating code is not valid.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="172"/>
        <source>Pilih nilai 1 sampai 5.</source>
        <translation>Choose a score from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="173"/>
        <source>Kalimat penilaian terlalu panjang.</source>
        <translation>The rating sentence is too long.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="176"/>
        <source>NIK harus 16 angka.</source>
        <translation>The NIK must have 16 digits.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="177"/>
        <source>NIK hanya berisi angka.</source>
        <translation>The NIK contains digits only.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="178"/>
        <source>Kode wilayah NIK tidak dikenal.</source>
        <translation>Unknown region code in the NIK.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="179"/>
        <source>Tanggal lahir dalam NIK tidak valid.</source>
        <translation>Invalid date of birth in the NIK.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="182"/>
        <source>Nomor urut NIK tidak valid.</source>
        <translation>Invalid sequence number in the NIK.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="183"/>
        <source>Nomor telepon tidak valid.</source>
        <translation>Invalid phone number.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="184"/>
        <source>Nomor laporan tidak valid.</source>
        <translation>Invalid report number.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="185"/>
        <source>Tanggal dalam nomor laporan tidak valid.</source>
        <translation>Invalid date in the report number.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="188"/>
        <source>Tahun dalam nomor laporan tidak valid.</source>
        <translation>Invalid year in the report number.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="191"/>
        <source>Nomor urut laporan tidak valid.</source>
        <translation>Invalid sequence in the report number.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="193"/>
        <source>Berkas bukan foto yang dapat dibaca (JPEG, PNG, atau WebP).</source>
        <translation>The file is not a readable photo (JPEG, PNG or WebP).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="196"/>
        <source>Foto rusak atau tidak lengkap. Salin ulang atau ambil ulang fotonya.</source>
        <translation>The photo is damaged or incomplete. Copy it again or take it again.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="199"/>
        <source>Berkas foto terlalu besar.</source>
        <translation>The photo file is too large.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="200"/>
        <source>Ukuran gambar terlalu besar.</source>
        <translation>The image is too large.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="201"/>
        <source>Berkas foto tidak dapat dibuka.</source>
        <translation>The photo file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="202"/>
        <source>Format foto ini tidak didukung. Gunakan JPEG, PNG, atau WebP.</source>
        <translation>This photo format is not supported. Use JPEG, PNG or WebP.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="205"/>
        <source>Berkas foto yang tersimpan rusak.</source>
        <translation>The stored photo file is damaged.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="206"/>
        <source>Profil terkunci: foto tidak dapat dibaca atau disimpan.</source>
        <translation>The profile is locked: photos cannot be read or stored.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="210"/>
        <source>Kata sandi salah: profil di komputer ini tidak dapat dibuka. Profil tidak diubah.</source>
        <translation>Wrong password: the profile on this computer cannot be opened. The profile was not changed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="214"/>
        <source>Profil tidak dapat dibuka dengan kunci ini (kata sandi salah, atau berkas rusak). Profil tidak diubah.</source>
        <translation>The profile cannot be opened with this key (wrong password, or a damaged file). The profile was not changed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="219"/>
        <source>Kata sandi kosong.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="220"/>
        <source>Profil terkunci. Masuk lagi dengan kata sandi untuk membukanya.</source>
        <translation>The profile is locked. Sign in again with your password to open it.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="223"/>
        <source>Profil tidak dapat dibuka. Hubungi petugas TI; profil tidak diubah.</source>
        <translation>The profile cannot be opened. Contact IT; the profile was not changed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="226"/>
        <source>Berkas kunci profil tidak dikenali. Hubungi petugas TI.</source>
        <translation>The profile&apos;s key file is not recognised. Contact IT.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="229"/>
        <source>Basis data profil rusak. Data tidak diubah; pilih salinan baik terakhir untuk dipulihkan. Berkas yang rusak disimpan terpisah.</source>
        <translation>The profile database is damaged. Nothing was changed; choose the last good copy to restore. The damaged file is kept aside.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="234"/>
        <source>Profil ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi untuk membukanya; profil tidak diubah.</source>
        <translation>This profile was made by a newer version of the application. Update the application to open it; the profile was not changed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="239"/>
        <source>Profil terenkripsi tidak didukung versi ini.</source>
        <translation>Encrypted profiles are not supported by this version.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="242"/>
        <source>Salinan profil tidak ditemukan.</source>
        <translation>The profile copy was not found.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="243"/>
        <source>Terlalu banyak kata sandi salah. Tunggu sebentar, lalu coba lagi.</source>
        <translation>Too many wrong passwords. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="246"/>
        <source>Laporan ini tidak ada lagi di profil ini.</source>
        <translation>This report is no longer in this profile.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="249"/>
        <source>Tindakan tersebut tidak ada di antrean.</source>
        <translation>That action is not in the queue.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="252"/>
        <source>Tindakan ini tidak sedang menunggu keputusan Anda.</source>
        <translation>This action is not waiting for your decision.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="256"/>
        <source>Server gagal memberikan data laporan ini saat sinkronisasi; laporan lain tetap diperbarui. Data di komputer ini mungkin belum yang terbaru. Laporan ini diambil lagi otomatis pada sinkronisasi berikutnya; bila tetap muncul di sini, beri tahu petugas TI nomor laporannya.</source>
        <translation>The server failed to give this report&apos;s data during the sync; other reports were still updated. The data on this computer may not be the latest. This report is fetched again automatically at the next sync; if it stays here, tell IT staff its report number.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="276"/>
        <source>%1 harus berupa teks.</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="280"/>
        <source>%1 terlalu pendek.</source>
        <translation>%1 is too short.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="283"/>
        <source>%1 terlalu panjang.</source>
        <translation>%1 is too long.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="317"/>
        <source>Tidak dapat dilakukan (kode %1).</source>
        <translation>Not possible (code %1).</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="320"/>
        <source>Tidak dapat dilakukan.</source>
        <translation>Not possible.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="217"/>
        <source>ID petugas atau kata sandi salah.</source>
        <translation>Wrong officer id or password.</translation>
    </message>
    <message>
        <source>Kata sandi salah.</source>
        <translation type="vanished">Wrong password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="226"/>
        <source>Server tidak terjangkau dan petugas ini belum pernah masuk di komputer ini. Periksa koneksi lalu coba lagi.</source>
        <translation>The server is unreachable and this officer has never signed in on this computer. Check the connection and try again.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="244"/>
        <source>Pejabat Pelindungan Data Pribadi tidak memakai aplikasi ini: layani permintaan warga dengan perintah &apos;crm-central privacy&apos; di server.</source>
        <translation>The Data Protection Officer does not use this application: serve citizens&apos; requests with the &apos;crm-central privacy&apos; command on the server.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="303"/>
        <source>Masuk dibatalkan. Data di komputer ini tidak diubah; tanpa kata sandi lama data itu tidak dapat dibuka.</source>
        <translation>Sign-in cancelled. The data on this computer was not changed; without the old password it cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="333"/>
        <source>Terlalu banyak percobaan masuk yang gagal. Coba lagi sebentar lagi.</source>
        <translation>Too many failed sign-in attempts. Please try again shortly.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="336"/>
        <source>Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam %1 detik.</source>
        <translation>Too many failed sign-in attempts. Try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="350"/>
        <source>Server Open311 menolak akses (kode %1): kunci API tidak diterima. Jawaban server: “%2”. Minta petugas TI memeriksa kunci API.</source>
        <translation>The Open311 server refused access (code %1): the API key was not accepted. The server said: “%2”. Ask IT to check the API key.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="356"/>
        <source>Server Open311 menolak permintaan masuk (kode %1). Jawaban server: “%2”. Periksa alamat server dan ID yurisdiksi (jurisdiction_id), lalu coba lagi.</source>
        <translation>The Open311 server refused the sign-in (code %1). The server said: “%2”. Check the server address and the jurisdiction ID (jurisdiction_id), then try again.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="371"/>
        <source>Alamat server memakai http:// tanpa enkripsi dan bukan komputer ini: tidak dihubungi. Gunakan alamat https://.</source>
        <translation>The server address uses unencrypted http:// and is not this computer: it was not contacted. Use an https:// address.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="377"/>
        <source>Berkas sertifikat CA yang diatur tidak ditemukan. Hubungi petugas TI; server tidak dihubungi.</source>
        <translation>The configured CA certificate file was not found. Contact IT; the server was not contacted.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="383"/>
        <source>Sertifikat server tidak tepercaya: sambungan ditolak. Periksa alamat server atau minta petugas TI memasang sertifikat CA instansi.</source>
        <translation>The server&apos;s certificate is not trusted: the connection was refused. Check the server address or ask IT to install the agency&apos;s CA certificate.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="388"/>
        <source>Alamat server tidak valid: harus diawali https:// dan berisi nama host.</source>
        <translation>Invalid server address: it must start with https:// and contain a host name.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="66"/>
        <source>Masuk — Workstation Petugas CRM</source>
        <translation>Sign in — CRM Officer Workstation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="74"/>
        <source>Alamat server ditetapkan oleh petugas TI untuk komputer ini.</source>
        <translation>The server address is set by IT for this computer.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="77"/>
        <source>contoh: officer.demo</source>
        <translation>e.g. officer.demo</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="82"/>
        <source>Alamat &amp;server</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="83"/>
        <source>&amp;ID petugas</source>
        <translation>Officer &amp;ID</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="84"/>
        <source>Kata &amp;sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="88"/>
        <source>contoh: jakarta.go.id (kosong: tidak ada)</source>
        <translation>e.g. jakarta.go.id (empty: none)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="91"/>
        <source>jurisdiction_id yang diminta server Open311 ini; tanyakan kepada pengelola server.</source>
        <translation>The jurisdiction_id this Open311 server asks for; ask the server&apos;s administrators.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="97"/>
        <source>Ditetapkan oleh petugas TI untuk komputer ini.</source>
        <translation>Fixed by IT staff for this computer.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="99"/>
        <source>&amp;Yurisdiksi Open311</source>
        <translation>Open311 &amp;jurisdiction</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="108"/>
        <source>Tanpa koneksi, petugas yang pernah masuk di komputer ini tetap bisa membuka data lokalnya dengan kata sandi yang sama.</source>
        <translation>Without a connection, an officer who signed in on this computer before can still open the local data with the same password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="116"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="120"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="125"/>
        <source>Workstation Petugas CRM Jakarta</source>
        <translation>Jakarta CRM Officer Workstation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="144"/>
        <source>alamat server</source>
        <translation>server address</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="146"/>
        <source>ID petugas</source>
        <translation>officer id</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="148"/>
        <source>kata sandi</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="150"/>
        <source>Isi dulu: %1.</source>
        <translation>Please fill in: %1.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="153"/>
        <source>Sedang masuk…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="182"/>
        <source>Gagal masuk karena kesalahan tak terduga.</source>
        <translation>Sign-in failed because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="837"/>
        <source>Konfigurasi komputer salah</source>
        <translation>Machine configuration is wrong</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="838"/>
        <source>Aplikasi tidak dapat dimulai karena berkas konfigurasi komputer ini salah. Hubungi petugas TI.</source>
        <translation>The application cannot start because this computer&apos;s configuration file is wrong. Contact IT.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="102"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="103"/>
        <source>Koordinasi</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="104"/>
        <source>Disposisi</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="105"/>
        <source>Proses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="106"/>
        <source>Menunggu Validasi</source>
        <translation>Awaiting validation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="107"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="108"/>
        <source>TL Ditolak</source>
        <translation>Follow-up rejected</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="109"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>Suggestion</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="73"/>
        <source>%1 (disarankan)</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="77"/>
        <source>Unit yang biasa menangani kategori ini sudah dipilih.</source>
        <translation>The unit that usually handles this category is already chosen.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../officer_app/views/texts.py" line="49"/>
        <source>Sinkronisasi selesai.</source>
        <translation>Synchronisation finished.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="50"/>
        <source>Perlu masuk (login) lagi. Semua pekerjaan Anda tetap tersimpan.</source>
        <translation>You need to sign in again. All your work is kept.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="53"/>
        <source>Server tidak dapat dihubungi. Semua pekerjaan Anda tetap tersimpan dan akan dikirim pada sinkronisasi berikutnya.</source>
        <translation>The server cannot be reached. All your work is kept and will be sent at the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="58"/>
        <source>Sinkronisasi dibatalkan. Semua pekerjaan Anda tetap tersimpan.</source>
        <translation>Synchronisation cancelled. All your work is kept.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="61"/>
        <source>Server memberi jawaban yang tidak dapat dipakai. Semua pekerjaan Anda tetap tersimpan.</source>
        <translation>The server gave an answer that cannot be used. All your work is kept.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/texts.py" line="67"/>
        <source>Sinkronisasi gagal.</source>
        <translation>Synchronisation failed.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../officer_app/views/sync_controller.py" line="104"/>
        <source>Sinkronisasi gagal.</source>
        <translation>Synchronisation failed.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="54"/>
        <source>Menyinkronkan…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="70"/>
        <source>mengirim</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="71"/>
        <source>mengambil</source>
        <translation>pulling</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="72"/>
        <source>mengunggah foto</source>
        <translation>uploading photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="76"/>
        <source>Menyinkronkan: %1 (%2)</source>
        <translation>Synchronising: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="83"/>
        <source>Mengunduh laporan: %1 dari ~%2</source>
        <translation>Downloading reports: %1 of ~%2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="91"/>
        <source>Sesi berakhir: masuk lagi untuk mengirim. Pekerjaan Anda tetap aman.</source>
        <translation>Session ended: sign in again to send. Your work is safe.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="94"/>
        <source>Server tidak terjangkau; pekerjaan menunggu dan dikirim otomatis nanti.</source>
        <translation>Server unreachable; your work is waiting and will be sent automatically later.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/status_bar.py" line="98"/>
        <source>%n hal perlu perhatian</source>
        <translation>
            <numerusform>%n item needs attention</numerusform>
            <numerusform>%n items need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tindakan perlu perhatian</source>
        <translation type="vanished">
            <numerusform>%n action needs attention</numerusform>
            <numerusform>%n actions need attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="110"/>
        <source>● belum tersambung</source>
        <translation>● not connected yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="113"/>
        <source>● daring</source>
        <translation>● online</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="116"/>
        <source>○ luring</source>
        <translation>○ offline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/status_bar.py" line="120"/>
        <source>sinkron %1</source>
        <translation>synced %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/status_bar.py" line="126"/>
        <source>%n menunggu dikirim</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/status_bar.py" line="131"/>
        <source>%n perlu perhatian</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="697"/>
        <source>Mode latihan</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="698"/>
        <source>Peran yang ingin dilatih:</source>
        <translation>Role to practise:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="55"/>
        <source>LATIHAN</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="112"/>
        <source>Mode latihan: data contoh di server latihan di komputer ini. Tidak ada yang dikirim ke server sebenarnya atau disimpan di profil Anda.</source>
        <translation>Training mode: sample data on a training server on this computer. Nothing is sent to the real server or kept in your profile.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="123"/>
        <source>Tanda mode latihan</source>
        <translation>Training mode mark</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="130"/>
        <source>Terima laporan</source>
        <translation>Accept a report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="131"/>
        <source>Catat tindak lanjut dengan foto</source>
        <translation>Record a follow-up with photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="132"/>
        <source>Terima pengaduan langsung</source>
        <translation>Take a walk-in complaint</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="133"/>
        <source>Cetak tanda terima</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="134"/>
        <source>Teruskan laporan</source>
        <translation>Forward a report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="135"/>
        <source>Alihkan laporan lain</source>
        <translation>Reassign another report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="136"/>
        <source>Setujui tindak lanjut</source>
        <translation>Approve a follow-up</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="143"/>
        <source>Pilih laporan berstatus Menunggu di halaman Laporan, lalu tekan «Terima dan proses».</source>
        <translation>Choose a report with the status Waiting on the Reports page, then press «Accept and process».</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="147"/>
        <source>Pada laporan berstatus Proses, tekan «Catat tindak lanjut», tambahkan paling sedikit satu foto sebelum dan satu foto sesudah, tulis catatan, lalu simpan.</source>
        <translation>On a report with the status In progress, press «Record follow-up», add at least one before photo and one after photo, write a note, then save.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="152"/>
        <source>Di halaman Meja Pengaduan, isi identitas warga (atau pilih anonim), uraian, kategori dan lokasi, lalu simpan.</source>
        <translation>On the Complaint desk page, fill in the citizen&apos;s identity (or choose anonymous), the description, category and location, then save.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="157"/>
        <source>Untuk laporan yang baru Anda simpan, tekan «Cetak tanda terima» atau «Simpan sebagai PDF». Tanda terima latihan bertanda LATIHAN.</source>
        <translation>For the report you just saved, press «Print receipt» or «Save as PDF». A training receipt is marked TRAINING.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="162"/>
        <source>Pilih laporan yang bukan wewenang unit Anda, tekan «Teruskan ke unit lain», pilih unit tujuan dan tulis alasannya.</source>
        <translation>Choose a report your unit is not responsible for, press «Forward to another unit», choose the unit and write the reason.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="167"/>
        <source>Di halaman Antrian unit, pilih laporan lain, tekan «Alihkan ke petugas lain», pilih petugas dan tulis alasannya.</source>
        <translation>On the Unit queue page, choose another report, press «Reassign to another officer», choose the officer and write the reason.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="172"/>
        <source>Di halaman Validasi, periksa foto sebelum dan sesudah sebuah tindak lanjut, lalu tekan «Setujui tindak lanjut».</source>
        <translation>On the Validation page, check the before and after photos of a follow-up, then press «Approve follow-up».</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="215"/>
        <source>Daftar latihan</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="220"/>
        <source>&amp;Lewati latihan ini</source>
        <translation>S&amp;kip this exercise</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="222"/>
        <source>&amp;Selesai latihan</source>
        <translation>&amp;Finish training</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="316"/>
        <source>Contoh laporan untuk latihan ini: %1</source>
        <translation>A report to practise on: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="329"/>
        <source>Latihan %1 dari %2 selesai</source>
        <translation>Exercises done: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="342"/>
        <source>selesai (%1)</source>
        <translation>done (%1)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="352"/>
        <source>Menyiapkan data latihan…</source>
        <translation>Preparing the training data…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="354"/>
        <source>Latihan dimulai setelah laporan latihan diambil dari server latihan.</source>
        <translation>Training starts once the training reports have been fetched from the training server.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="357"/>
        <source>Latihan selesai</source>
        <translation>Training finished</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="358"/>
        <source>Lihat ringkasan hasil latihan Anda.</source>
        <translation>See the summary of your training.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="370"/>
        <source>Waktu: %1</source>
        <translation>Time: %1</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="460"/>
        <source>Latihan</source>
        <translation>Exercise</translation>
    </message>
</context>
<context>
    <name>TrainingSummaryDialog</name>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="382"/>
        <source>Ringkasan latihan</source>
        <translation>Training summary</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="386"/>
        <source>%1 dari %2 latihan selesai (%3), waktu %4.</source>
        <translation>%1 of %2 exercises done (%3), time %4.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="394"/>
        <source>Hasil latihan</source>
        <translation>Training results</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="399"/>
        <location filename="../../officer_app/views/training_panel.py" line="428"/>
        <location filename="../../officer_app/views/training_panel.py" line="432"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="399"/>
        <source>Belum</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="418"/>
        <source>&amp;Simpan ringkasan…</source>
        <translation>&amp;Save summary…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="428"/>
        <location filename="../../officer_app/views/training_panel.py" line="432"/>
        <source>Latihan</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="428"/>
        <source>Waktu (m:dd)</source>
        <translation>Time (m:ss)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="428"/>
        <location filename="../../officer_app/views/training_panel.py" line="432"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="432"/>
        <source>Detik</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="439"/>
        <source>Simpan ringkasan latihan</source>
        <translation>Save the training summary</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/training_panel.py" line="441"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>UnitQueuePage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="113"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="119"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="337"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="121"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="338"/>
        <source>Hampir lewat (sisa &lt; 1/4 waktu)</source>
        <translation>Nearly overdue (&lt; 1/4 of the time left)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="129"/>
        <source>Kelompokkan per status</source>
        <translation>Group by status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="130"/>
        <source>Kelompokkan per petugas</source>
        <translation>Group by officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="134"/>
        <source>Semua yang terbuka</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="135"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="146"/>
        <source>Cari nomor atau kategori…</source>
        <translation>Search number or category…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="91"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="202"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="88"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="89"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="90"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="94"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="203"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="204"/>
        <source>Lewat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Median respons (jam)</source>
        <translation type="vanished">Median response (h)</translation>
    </message>
    <message>
        <source>Median TL (jam)</source>
        <translation type="vanished">Median follow-up (h)</translation>
    </message>
    <message>
        <source>TL minggu ini</source>
        <translation type="vanished">Follow-ups this week</translation>
    </message>
    <message>
        <source>TL bulan ini</source>
        <translation type="vanished">Follow-ups this month</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="198"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="231"/>
        <source>Beban kerja petugas</source>
        <translation>Officers&apos; workload</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="114"/>
        <source>Hampir lewat tenggat</source>
        <translation>Nearly due</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="74"/>
        <source>Petugas lapangan</source>
        <translation>Field officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="75"/>
        <source>Laporan terbuka</source>
        <translation>Open reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="76"/>
        <source>Laporan lewat tenggat</source>
        <translation>Overdue reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="77"/>
        <source>Median waktu respons (jam)</source>
        <translation>Median response time (hours)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="78"/>
        <source>Median waktu sampai tindak lanjut (jam)</source>
        <translation>Median time to follow-up (hours)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="79"/>
        <source>Tindak lanjut minggu ini</source>
        <translation>Follow-ups this week</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="80"/>
        <source>Tindak lanjut bulan ini</source>
        <translation>Follow-ups this month</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="140"/>
        <source>Kelompokkan</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="141"/>
        <source>Saring unit</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="142"/>
        <source>Saring petugas</source>
        <translation>Filter by officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="143"/>
        <source>Saring status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="145"/>
        <source>Cari di antrean</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="175"/>
        <source>Antrean unit</source>
        <translation>Unit queue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="205"/>
        <source>Respons</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="206"/>
        <source>TL</source>
        <translation>F-up</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="207"/>
        <source>Mgg</source>
        <translation>Wk</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="208"/>
        <source>Bln</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="308"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="313"/>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="316"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="384"/>
        <source>(belum ditugaskan)</source>
        <translation>(not assigned yet)</translation>
    </message>
    <message>
        <source>Paling lowong: %1 (%2 terbuka, %3 lewat tenggat)</source>
        <translation type="vanished">Least busy: %1 (%2 open, %3 overdue)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="545"/>
        <source>%n laporan dipilih</source>
        <translation>
            <numerusform>%n report selected</numerusform>
            <numerusform>%n reports selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="581"/>
        <source>%n laporan: </source>
        <translation>
            <numerusform>%n report: </numerusform>
            <numerusform>%n reports: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="591"/>
        <source>%1 — %2 terbuka, %3 lewat</source>
        <translation>%1 — %2 open, %3 overdue</translation>
    </message>
    <message>
        <source> (disarankan)</source>
        <translation type="vanished"> (suggested)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="598"/>
        <source>Laporan dari beberapa unit: pilih per unit.</source>
        <translation>Reports from several units: choose per unit.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="602"/>
        <source>Petugas tujuan</source>
        <translation>Target officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="637"/>
        <source>Unit tujuan</source>
        <translation>Target unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="649"/>
        <source>Nomor laporan asli</source>
        <translation>Number of the original report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="651"/>
        <source>Catatan (boleh kosong)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="93"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="658"/>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="433"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="660"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="434"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="661"/>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="435"/>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="662"/>
        <source>Mendesak</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="514"/>
        <source>Paling lowong: %1 (%4; %2 terbuka, %3 lewat tenggat)</source>
        <translation>Least busy: %1 (%4; %2 open, %3 overdue)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="606"/>
        <source>Paling lowong di unit ini sudah dipilih.</source>
        <translation>The least busy officer of this unit is already chosen.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="665"/>
        <source>Catatan (tidak dikirim)</source>
        <translation>Note (not sent)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="719"/>
        <source>Gagal menyimpan.</source>
        <translation>Saving failed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/queue_page.py" line="723"/>
        <source>Tindakan tidak tersimpan</source>
        <translation>Action not saved</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="89"/>
        <source>Antrean validasi</source>
        <translation>Validation queue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="103"/>
        <source>Identitas pelapor (hanya untuk validator)</source>
        <translation>Reporter&apos;s identity (validators only)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="119"/>
        <source>Setujui → Selesai</source>
        <translation>Approve → Done</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="123"/>
        <source>Tolak tindak lanjut → TL Ditolak</source>
        <translation>Reject follow-up → Follow-up rejected</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="196"/>
        <source>%n menunggu validasi</source>
        <translation>
            <numerusform>%n awaiting validation</numerusform>
            <numerusform>%n awaiting validation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="229"/>
        <source>Tidak ada tindak lanjut yang menunggu validasi.</source>
        <translation>No follow-up is awaiting validation.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="239"/>
        <source>tanpa koordinat</source>
        <translation>no coordinates</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="242"/>
        <source>Masuk %1 · %2 · %3 · %4</source>
        <translation>Received %1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="254"/>
        <source>⚠ %n foto pernah dipakai pada laporan lain: periksa keasliannya.</source>
        <translation>
            <numerusform>⚠ %n photo was used on another report before: check that it is genuine.</numerusform>
            <numerusform>⚠ %n photos were used on other reports before: check that they are genuine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="258"/>
        <source>SEBELUM</source>
        <translation>BEFORE</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="258"/>
        <source>SESUDAH</source>
        <translation>AFTER</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="266"/>
        <source>memuat foto…</source>
        <translation>loading photo…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="280"/>
        <source>Tidak ada foto</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="288"/>
        <source>Pelapor dirahasiakan</source>
        <translation>Reporter kept confidential</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="292"/>
        <source>Pelapor anonim</source>
        <translation>Anonymous reporter</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="295"/>
        <source>Nama: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="296"/>
        <source>NIK: %1</source>
        <translation>NIK: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="297"/>
        <source>Telepon: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="304"/>
        <source>Waktu pengambilan tidak diketahui</source>
        <translation>Time taken unknown</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="306"/>
        <source>Diambil %1</source>
        <translation>Taken %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="310"/>
        <source>%1 jam setelah laporan masuk</source>
        <translation>%1 h after the report came in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="312"/>
        <source>%1 jam SEBELUM laporan masuk</source>
        <translation>%1 h BEFORE the report came in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="317"/>
        <source>%1 m dari lokasi laporan</source>
        <translation>%1 m from the report&apos;s location</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="320"/>
        <source>Lokasi foto tidak diketahui</source>
        <translation>Photo location unknown</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="322"/>
        <source>Foto ini pernah dipakai pada laporan lain</source>
        <translation>This photo was used on another report before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="344"/>
        <source>Foto belum tersedia (luring?)</source>
        <translation>Photo not available yet (offline?)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="356"/>
        <source>Catatan (boleh kosong)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="361"/>
        <source>Alasan ini dibaca petugas di linimasa laporan.</source>
        <translation>The officer reads this reason in the report&apos;s timeline.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="402"/>
        <source>Gagal menyimpan.</source>
        <translation>Saving failed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/supervisor/validation_page.py" line="403"/>
        <source>Keputusan tidak tersimpan</source>
        <translation>Decision not saved</translation>
    </message>
</context>
</TS>
