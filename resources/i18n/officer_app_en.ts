<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Action</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="86" />
        <source>Laporan baru</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="87" />
        <source>Terima dan proses</source>
        <translation>Accept and process</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="88" />
        <source>Catat tindak lanjut</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="89" />
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="90" />
        <source>Teruskan ke unit lain</source>
        <translation>Forward to another unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="91" />
        <source>Disposisi ke Suku Dinas</source>
        <translation>Dispose to Suku Dinas</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="92" />
        <source>Alihkan ke petugas lain</source>
        <translation>Reassign to another officer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="93" />
        <source>Tolak laporan</source>
        <translation>Reject report</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="94" />
        <source>Tandai duplikat</source>
        <translation>Mark duplicate</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="95" />
        <source>Atur prioritas</source>
        <translation>Set priority</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="96" />
        <source>Setujui tindak lanjut</source>
        <translation>Approve follow-up</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="97" />
        <source>Tolak tindak lanjut</source>
        <translation>Reject follow-up</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="95" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="97" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="119" />
        <source>Belum bisa disimpan:</source>
        <translation>Cannot save yet:</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="128" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="141" />
        <source>Tindakan tidak tersimpan karena kesalahan tak terduga.</source>
        <translation>The action was not saved because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="144" />
        <source>%n mnt</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="146" />
        <source>%n jam</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/style.py" line="147" />
        <source>%n hari</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="153" />
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="156" />
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="157" />
        <source>%1 lalu</source>
        <translation>%1 ago</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="66" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="67" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="68" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="69" />
        <source>Jawaban server</source>
        <translation>Server answer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="70" />
        <source>Alasan dari server</source>
        <translation>Reason from the server</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="90" />
        <source>konflik</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="90" />
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../officer_app/views/attention.py" line="117" />
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="121" />
        <source>Tindakan di bawah ini ditolak server atau bertabrakan dengan perubahan lain. Pekerjaan Anda tetap tersimpan. Periksa alasannya, lalu kirim ulang atau buang.</source>
        <translation>The server refused the actions below or they conflict with other changes. Your work is kept. Check the reason, then send again or discard.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="126" />
        <source>&amp;Kirim ulang</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="127" />
        <source>&amp;Buang</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="143" />
        <source>Tidak ada yang perlu diperhatikan. Semua beres.</source>
        <translation>Nothing needs attention. All good.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="186" />
        <source>Dikirim ulang pada sinkronisasi berikut.</source>
        <translation>Will be sent again at the next sync.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="196" />
        <source>Buang tindakan?</source>
        <translation>Discard action?</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="198" />
        <source>Tindakan '%1' pada laporan %2 akan dibuang dan tidak dikirim ke server. Ini tidak bisa dibatalkan. Lanjutkan?</source>
        <translation>The action '%1' on report %2 will be discarded and not sent to the server. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="214" />
        <source>Tindakan dibuang dan dicatat.</source>
        <translation>Action discarded and logged.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/attention.py" line="229" />
        <source>Gagal: kesalahan tak terduga.</source>
        <translation>Failed: unexpected error.</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="117" />
        <source>Respons</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="118" />
        <source>Jawaban pengaduan</source>
        <translation>Answer to the complaint</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="119" />
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../officer_app/errors_hook.py" line="127" />
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan tetap aman. Rincian teknis dicatat di berkas log.</source>
        <translation>An unexpected error occurred. The work you saved is safe. Technical details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="212" />
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="109" />
        <source>Laporan masuk</source>
        <translation>Report received</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="110" />
        <source>Diteruskan otomatis ke unit</source>
        <translation>Routed to the unit automatically</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="113" />
        <source>Semua laporan</source>
        <translation>All reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="114" />
        <source>Laporan saya</source>
        <translation>My reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="117" />
        <location filename="../../officer_app/views/main_window.py" line="143" />
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="121" />
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="123" />
        <source>Tampilan tersimpan</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="125" />
        <source>Cari nomor, isi, alamat, kategori… (Ctrl+F)</source>
        <translation>Search number, text, address, category… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="130" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="134" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="139" />
        <source>Semua kelurahan</source>
        <translation>All kelurahan</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="269" />
        <source>Catat tindak lanjut — %1</source>
        <translation>Record follow-up — %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="272" />
        <source>Foto sebelum</source>
        <translation>Photos before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="273" />
        <source>Foto sesudah</source>
        <translation>Photos after</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="279" />
        <source>Apa yang sudah dikerjakan di lapangan?</source>
        <translation>What was done in the field?</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="282" />
        <source>&amp;Catatan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="283" />
        <source>Pekerjaan butuh waktu lebih lama</source>
        <translation>The work takes longer</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="292" />
        <source>Perkiraan selesai</source>
        <translation>Estimated completion</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="302" />
        <source>tunggu, foto masih diproses</source>
        <translation>wait, photos are still being processed</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="304" />
        <source>foto sebelum penanganan</source>
        <translation>photo before the work</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="306" />
        <source>foto sesudah penanganan</source>
        <translation>photo after the work</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="308" />
        <source>catatan tindak lanjut</source>
        <translation>follow-up note</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="401" />
        <source>— pilih unit —</source>
        <translation>— choose a unit —</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="406" />
        <source>%1 (disarankan)</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="414" />
        <source>Unit yang biasa menangani kategori ini sudah dipilih.</source>
        <translation>The unit that usually handles this category is selected.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="421" />
        <source>&amp;Unit tujuan</source>
        <translation>Target &amp;unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="423" />
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="440" />
        <source>unit tujuan</source>
        <translation>target unit</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="442" />
        <source>alasan meneruskan</source>
        <translation>reason for forwarding</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="222" />
        <source>&amp;Buka</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="233" />
        <source>Layar terkunci karena tidak ada aktivitas. Ketik kata sandi Anda.</source>
        <translation>The screen locked after a period of inactivity. Type your password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="242" />
        <source>Terkunci — %1</source>
        <translation>Locked — %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="250" />
        <source>Ketik kata sandi.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="267" />
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="206" />
        <source>CRM Jakarta — %1 (%2)</source>
        <translation>CRM Jakarta — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="284" />
        <source>Sinkronkan</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="286" />
        <source>Sinkronkan sekarang (F5)</source>
        <translation>Synchronise now (F5)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="350" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="351" />
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="352" />
        <source>Peta</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="355" />
        <source>Meja Pengaduan</source>
        <translation>Complaint desk</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="357" />
        <source>Meja pengaduan: pencatatan laporan tatap muka.</source>
        <translation>Complaint desk: recording walk-in complaints.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="359" />
        <source>Laporan saya</source>
        <translation>My reports</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="360" />
        <source>Antrian unit</source>
        <translation>Unit queue</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="363" />
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="365" />
        <source>Dasbor unit: waktu respons dan penyelesaian.</source>
        <translation>Unit dashboard: response and completion times.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="367" />
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="465" />
        <source>%n laporan</source>
        <translation><numerusform>%n report</numerusform><numerusform>%n reports</numerusform></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="593" />
        <source>Gagal menyimpan.</source>
        <translation>Saving failed.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="594" />
        <source>Tindakan tidak tersimpan</source>
        <translation>Action not saved</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="610" />
        <source>Menyinkronkan…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="621" />
        <source>mengirim</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="622" />
        <source>mengambil</source>
        <translation>pulling</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="623" />
        <source>mengunggah foto</source>
        <translation>uploading photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="627" />
        <source>Menyinkronkan: %1 (%2)</source>
        <translation>Synchronising: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="635" />
        <source>Sesi berakhir: masuk lagi untuk mengirim. Pekerjaan Anda tetap aman.</source>
        <translation>Session ended: sign in again to send. Your work is safe.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="639" />
        <source>Server tidak terjangkau; pekerjaan menunggu dan dikirim otomatis nanti.</source>
        <translation>Server unreachable; your work is waiting and will be sent automatically later.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="642" />
        <source>%n tindakan perlu perhatian</source>
        <translation><numerusform>%n action needs attention</numerusform><numerusform>%n actions need attention</numerusform></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="666" />
        <source>Laporan baru untuk Anda</source>
        <translation>New reports for you</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="667" />
        <source>%n laporan baru: </source>
        <translation><numerusform>%n new report: </numerusform><numerusform>%n new reports: </numerusform></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="674" />
        <source>Tenggat segera</source>
        <translation>Deadlines soon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="676" />
        <source>%n laporan bertenggat dalam %1 jam: </source>
        <translation><numerusform>%n report due within %1 hours: </numerusform><numerusform>%n reports due within %1 hours: </numerusform></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="689" />
        <source>● belum tersambung</source>
        <translation>● not connected yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="692" />
        <source>● daring</source>
        <translation>● online</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="695" />
        <source>○ luring</source>
        <translation>○ offline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/main_window.py" line="699" />
        <source>sinkron %1</source>
        <translation>synced %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="703" />
        <source>%n menunggu dikirim</source>
        <translation><numerusform>%n waiting to send</numerusform><numerusform>%n waiting to send</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/main_window.py" line="708" />
        <source>%n perlu perhatian</source>
        <translation><numerusform>%n needs attention</numerusform><numerusform>%n need attention</numerusform></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="328" />
        <source>Tambah catatan — %1</source>
        <translation>Add note — %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="332" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="340" />
        <source>isi catatan</source>
        <translation>note text</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="49" />
        <source>sebelum</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="50" />
        <source>sesudah</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="51" />
        <source>bukti</source>
        <translation>evidence</translation>
    </message>
</context>
<context>
    <name>PhotoDropZone</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="167" />
        <source>Seret foto ke sini, atau</source>
        <translation>Drag photos here, or</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="169" />
        <source>Pilih berkas…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="177" />
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="186" />
        <source>Pilih foto</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="188" />
        <source>Foto (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="232" />
        <source>pernah dipakai!</source>
        <translation>used before!</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="242" />
        <source>tidak bisa dibaca</source>
        <translation>cannot be read</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/dialogs.py" line="258" />
        <source>Memproses %n foto…</source>
        <translation><numerusform>Processing %n photo…</numerusform><numerusform>Processing %n photos…</numerusform></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="363" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="363" />
        <source>Catatan (boleh kosong)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="373" />
        <source>alasan</source>
        <translation>reason</translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <location filename="../../officer_app/views/detail.py" line="131" />
        <source>Pilih laporan di daftar untuk melihat rinciannya.</source>
        <translation>Select a report in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="175" />
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="179" />
        <source>Isi laporan</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="193" />
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="205" />
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="214" />
        <source>Belum ada foto.</source>
        <translation>No photos yet.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="219" />
        <source>Riwayat</source>
        <translation>Timeline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/detail.py" line="244" />
        <source>%n tindakan menunggu dikirim ke server</source>
        <translation><numerusform>%n action waiting to be sent to the server</numerusform><numerusform>%n actions waiting to be sent to the server</numerusform></translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="254" />
        <source>Tidak ada tenggat yang berjalan.</source>
        <translation>No running deadlines.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="260" />
        <source>Alamat: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="264" />
        <source>tanpa koordinat</source>
        <translation>no coordinates</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="266" />
        <source>Kelurahan: %1 · Lokasi: %2</source>
        <translation>Kelurahan: %1 · Location: %2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="271" />
        <source>Masuk %1 melalui %2</source>
        <translation>Received %1 via %2</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="276" />
        <source>Pelapor dirahasiakan</source>
        <translation>Reporter kept confidential</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="278" />
        <source>Identitas pelapor hanya dapat dilihat validator.</source>
        <translation>Only validators may see the reporter's identity.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="281" />
        <source>Laporan bersifat privasi. Jangan berikan informasi dalam laporan ini kepada siapapun</source>
        <translation>This report is private. Do not share any information in this report with anyone</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="309" />
        <source>belum terkirim</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="311" />
        <source>pernah dipakai</source>
        <translation>used before</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="353" />
        <source>Ke: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="355" />
        <source>Alasan: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/detail.py" line="359" />
        <source>⏳ menunggu dikirim (belum dikonfirmasi server)</source>
        <translation>⏳ waiting to send (not yet confirmed by the server)</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="237" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="238" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="239" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="240" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="241" />
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="242" />
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="243" />
        <source>Kirim</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="320" />
        <source>perlu perhatian</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="321" />
        <source>menunggu dikirim</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/report_model.py" line="343" />
        <source>Tenggat: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../officer_app/views/report_model.py" line="347" />
        <source>%n tindakan belum dikonfirmasi server</source>
        <translation><numerusform>%n action not yet confirmed by the server</numerusform><numerusform>%n actions not yet confirmed by the server</numerusform></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="57" />
        <source>Foto sebelum penanganan wajib dilampirkan.</source>
        <translation>A photo from before the work is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="60" />
        <source>Foto sesudah penanganan wajib dilampirkan.</source>
        <translation>A photo from after the work is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="63" />
        <source>Catatan wajib diisi.</source>
        <translation>A note is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="64" />
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="65" />
        <source>Pilih unit tujuan.</source>
        <translation>Choose the target unit.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="66" />
        <source>Tindakan ini tidak bisa dilakukan pada status sekarang.</source>
        <translation>This action is not possible in the current status.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="69" />
        <source>Peran Anda tidak boleh melakukan tindakan ini.</source>
        <translation>Your role may not take this action.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/dialogs.py" line="72" />
        <source>Perkiraan tanggal selesai tidak valid.</source>
        <translation>The estimated completion date is not valid.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../officer_app/gui_main.py" line="157" />
        <source>ID petugas atau kata sandi salah.</source>
        <translation>Wrong officer id or password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="165" />
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/gui_main.py" line="168" />
        <source>Server tidak terjangkau dan petugas ini belum pernah masuk di komputer ini. Periksa koneksi lalu coba lagi.</source>
        <translation>The server is unreachable and this officer has never signed in on this computer. Check the connection and try again.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../officer_app/views/signin.py" line="55" />
        <source>Masuk — Workstation Petugas CRM</source>
        <translation>Sign in — CRM Officer Workstation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="61" />
        <source>contoh: officer.demo</source>
        <translation>e.g. officer.demo</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="66" />
        <source>Alamat &amp;server</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="67" />
        <source>&amp;ID petugas</source>
        <translation>Officer &amp;ID</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="68" />
        <source>Kata &amp;sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="76" />
        <source>Tanpa koneksi, petugas yang pernah masuk di komputer ini tetap bisa membuka data lokalnya dengan kata sandi yang sama.</source>
        <translation>Without a connection, an officer who signed in on this computer before can still open the local data with the same password.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="84" />
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="88" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="93" />
        <source>Workstation Petugas CRM Jakarta</source>
        <translation>Jakarta CRM Officer Workstation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="109" />
        <source>alamat server</source>
        <translation>server address</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="111" />
        <source>ID petugas</source>
        <translation>officer id</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="113" />
        <source>kata sandi</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="115" />
        <source>Isi dulu: %1.</source>
        <translation>Please fill in: %1.</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="118" />
        <source>Sedang masuk…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/signin.py" line="142" />
        <source>Gagal masuk karena kesalahan tak terduga.</source>
        <translation>Sign-in failed because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../officer_app/views/style.py" line="72" />
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="73" />
        <source>Koordinasi</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="74" />
        <source>Disposisi</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="75" />
        <source>Proses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="76" />
        <source>Menunggu Validasi</source>
        <translation>Awaiting validation</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="77" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="78" />
        <source>TL Ditolak</source>
        <translation>Follow-up rejected</translation>
    </message>
    <message>
        <location filename="../../officer_app/views/style.py" line="79" />
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../officer_app/views/sync_controller.py" line="104" />
        <source>Sinkronisasi gagal.</source>
        <translation>Synchronisation failed.</translation>
    </message>
</context>
</TS>