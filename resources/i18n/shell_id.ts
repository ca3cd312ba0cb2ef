<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>BackupHooks</name>
    <message>
        <source>Daily backup made.</source>
        <translation>Cadangan harian dibuat.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Kesalahan tak terduga: %1</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Change password…</source>
        <translation>Ganti kata sandi…</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Drafts: %1</source>
        <translation>Draf: %1</translation>
    </message>
    <message>
        <source>Finished today: %1</source>
        <translation>Selesai hari ini: %1</translation>
    </message>
    <message>
        <source>Not yet exported: %1</source>
        <translation>Belum diekspor: %1</translation>
    </message>
    <message>
        <source>Last export %1 days ago: export to the hub</source>
        <translation>Ekspor terakhir %1 hari lalu: segera ekspor ke kantor provinsi</translation>
    </message>
    <message>
        <source>Warning after %1 days without an export (setting export_warning_days)</source>
        <translation>Peringatan setelah %1 hari tanpa ekspor (pengaturan export_warning_days)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda sudah diganti.</translation>
    </message>
    <message>
        <source>Pekerja Desktop — %1</source>
        <translation>Pekerja Desktop — %1</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Village list import</source>
        <translation>Impor Daftar Desa</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Yearly renewal</source>
        <translation>Pembaruan tahunan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
</context>
<context>
    <name>SecondStart</name>
    <message>
        <source>The data of this office are already open in another Pekerja Desktop window, which does not answer. Close that window (with the Task Manager if need be), then start the program again.</source>
        <translation>Data kantor ini sudah terbuka di jendela Pekerja Desktop yang lain, tetapi jendela itu tidak menjawab. Tutup jendela itu (bila perlu lewat Task Manager), lalu buka program ini lagi.</translation>
    </message>
    <message>
        <source>The data of this office are already open in another Pekerja Desktop window: the bundle %1 is shown there.</source>
        <translation>Data kantor ini sudah terbuka di jendela Pekerja Desktop yang lain: paket %1 ditampilkan di sana.</translation>
    </message>
    <message>
        <source>The data of this office are already open in another Pekerja Desktop window: it was brought to the front.</source>
        <translation>Data kantor ini sudah terbuka di jendela Pekerja Desktop yang lain: jendela itu dibawa ke depan.</translation>
    </message>
</context>
<context><name>AccountDialogs</name><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>Suggest another</source>
        <translation>Usulkan yang lain</translation>
    </message><message><source>At least %1 characters. Give it to the person privately: they choose their own at the first sign-in.</source>
        <translation>Minimal %1 karakter. Berikan secara pribadi kepada orangnya: ia memilih kata sandinya sendiri saat pertama kali masuk.</translation>
    </message><message><source>&amp;Temporary password</source>
        <translation>Kata sandi &amp;sementara</translation>
    </message><message><source>&amp;Role</source>
        <translation>Pe&amp;ran</translation>
    </message></context><context><name>AccountsModel</name><message><source>User name</source>
        <translation>Nama pengguna</translation>
    </message><message><source>Full name</source>
        <translation>Nama lengkap</translation>
    </message><message><source>Role</source>
        <translation>Peran</translation>
    </message><message><source>Status</source>
        <translation>Status</translation>
    </message><message><source>Locked until</source>
        <translation>Terkunci sampai</translation>
    </message><message><source>Password set</source>
        <translation>Kata sandi diatur</translation>
    </message><message><source>Active</source>
        <translation>Aktif</translation>
    </message><message><source>Active, temporary password</source>
        <translation>Aktif, kata sandi sementara</translation>
    </message><message><source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message></context><context><name>AccountsPage</name><message><source>Each person who uses this laptop signs in with their own account. Clerks enrol and print; supervisors also correct, confirm warnings and send data; admins also manage accounts and settings.</source>
        <translation>Setiap orang yang memakai laptop ini masuk dengan akunnya sendiri. Petugas mendaftarkan dan mencetak; supervisor juga mengoreksi data, mengonfirmasi peringatan dan mengirim data; admin juga mengelola akun dan pengaturan.</translation>
    </message><message><source>&amp;New account…</source>
        <translation>Akun &amp;baru…</translation>
    </message><message><source>Change &amp;role…</source>
        <translation>Ubah &amp;peran…</translation>
    </message><message><source>&amp;Temporary password…</source>
        <translation>Kata sandi &amp;sementara…</translation>
    </message><message><source>&amp;Unlock</source>
        <translation>Buka &amp;kunci</translation>
    </message><message><source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message><message><source>Re&amp;activate…</source>
        <translation>&amp;Aktifkan kembali…</translation>
    </message><message><source>For a forgotten password: the person chooses a new one at sign-in.</source>
        <translation>Untuk kata sandi yang terlupa: orangnya memilih kata sandi baru saat masuk.</translation>
    </message><message><source>Ends the 5-minute lock after too many wrong passwords.</source>
        <translation>Mengakhiri penguncian 5 menit setelah terlalu banyak kata sandi salah.</translation>
    </message><message><source>Account %1 created (%2). Give them the temporary password; they choose their own at the first sign-in.</source>
        <translation>Akun %1 dibuat (%2). Berikan kata sandi sementara kepadanya; ia memilih kata sandinya sendiri saat pertama kali masuk.</translation>
    </message><message><source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message><message><source>%1 is active again with a temporary password.</source>
        <translation>%1 aktif kembali dengan kata sandi sementara.</translation>
    </message><message><source>%1 has a temporary password now and chooses a new one at the next sign-in.</source>
        <translation>%1 kini memakai kata sandi sementara dan memilih kata sandi baru saat masuk berikutnya.</translation>
    </message><message><source>%1 may sign in again.</source>
        <translation>%1 boleh masuk lagi.</translation>
    </message><message><source>Deactivate %1? Their password stops working at once; their records stay.</source>
        <translation>Nonaktifkan %1? Kata sandinya langsung tidak berlaku; data yang ia daftarkan tetap tersimpan.</translation>
    </message><message><source>Deactivate account</source>
        <translation>Nonaktifkan akun</translation>
    </message><message><source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>%1 is deactivated.</source>
        <translation>%1 sudah dinonaktifkan.</translation>
    </message><message><source>Not for your own account: another admin does it (your own password: the menu on your name, top right).</source>
        <translation>Tidak untuk akun Anda sendiri: admin lain yang melakukannya (kata sandi Anda sendiri: menu pada nama Anda, kanan atas).</translation>
    </message></context><context><name>NewAccountDialog</name><message><source>New account</source>
        <translation>Akun baru</translation>
    </message><message><source>Create account</source>
        <translation>Buat akun</translation>
    </message><message><source>e.g. maria.s (small letters, digits, dot)</source>
        <translation>misalnya maria.s (huruf kecil, angka, titik)</translation>
    </message><message><source>e.g. Maria Sahetapy</source>
        <translation>misalnya Maria Sahetapy</translation>
    </message><message><source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message><message><source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message></context><context><name>ResetPasswordDialog</name><message><source>Reactivate %1</source>
        <translation>Aktifkan kembali %1</translation>
    </message><message><source>New password for %1</source>
        <translation>Kata sandi baru untuk %1</translation>
    </message><message><source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message><message><source>Set password</source>
        <translation>Atur kata sandi</translation>
    </message></context><context><name>RoleDialog</name><message><source>Role of %1</source>
        <translation>Peran %1</translation>
    </message><message><source>Change role</source>
        <translation>Ubah peran</translation>
    </message><message><source>Clerk: enrols, edits own records until exported, prints.
Supervisor: also edits any record, confirms warnings, exports, imports, reprints.
Admin: also accounts and settings.</source>
        <translation>Petugas: mendaftarkan, mengubah data sendiri sampai dikirim, mencetak.
Supervisor: juga mengubah data siapa pun, mengonfirmasi peringatan, mengekspor, mengimpor, mencetak ulang.
Admin: juga akun dan pengaturan.</translation>
    </message></context><context><name>BackupModel</name><message><source>Made at</source>
        <translation>Dibuat</translation>
    </message><message><source>Why</source>
        <translation>Alasan</translation>
    </message><message><source>Participants</source>
        <translation>Peserta</translation>
    </message><message><source>Size</source>
        <translation>Ukuran</translation>
    </message><message><source>File</source>
        <translation>Berkas</translation>
    </message><message><source>On exit</source>
        <translation>Saat keluar</translation>
    </message><message><source>Daily</source>
        <translation>Harian</translation>
    </message><message><source>By hand</source>
        <translation>Manual</translation>
    </message><message><source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message><message><source>Before an upgrade</source>
        <translation>Sebelum pembaruan</translation>
    </message></context><context><name>BackupPage</name><message><source>Backups</source>
        <translation>Cadangan</translation>
    </message><message><source>&amp;Backup now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message><message><source>Backup to &amp;USB…</source>
        <translation>Cadangkan ke &amp;USB…</translation>
    </message><message><source>&amp;Restore selected…</source>
        <translation>&amp;Pulihkan yang dipilih…</translation>
    </message><message><source>Restore from &amp;file…</source>
        <translation>Pulihkan dari &amp;berkas…</translation>
    </message><message><source>This office's database is on the PostgreSQL server %1. It is backed up and restored there, with the server's own tools (pg_dump, pg_basebackup); the buttons below are for a database file.</source>
        <translation>Basis data kantor ini ada di server PostgreSQL %1. Cadangan dan pemulihannya dibuat di sana, dengan alat server itu sendiri (pg_dump, pg_basebackup); tombol di bawah ini untuk basis data berkas.</translation>
    </message><message><source>Pekerja Desktop backs up this office's data when an operator signs out, when it closes and once a day; the newest %1 are kept in %2. Backups are encrypted like the database itself. Keep a copy on a USB stick away from this laptop.</source>
        <translation>Pekerja Desktop mencadangkan data kantor ini saat operator keluar akun, saat ditutup dan sekali sehari; %1 cadangan terbaru disimpan di %2. Cadangan terenkripsi seperti basis datanya. Simpan satu salinan di flashdisk, jauh dari laptop ini.</translation>
    </message><message><source>The database is on a server: use the server's backup tools.</source>
        <translation>Basis data ada di server: gunakan alat cadangan server.</translation>
    </message><message><source>Choose the USB stick or folder for the backup</source>
        <translation>Pilih USB atau folder untuk cadangan</translation>
    </message><message><source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message><message><source>Backup made and checked: %1 participants, %2.

%3</source>
        <translation>Cadangan dibuat dan diperiksa: %1 peserta, %2.

%3</translation>
    </message><message><source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message><message><source>Backup or restore failed</source>
        <translation>Pencadangan atau pemulihan gagal</translation>
    </message><message><source>Choose the backup to restore</source>
        <translation>Pilih cadangan yang akan dipulihkan</translation>
    </message><message><source>Pekerja Desktop backups (*.sqlite)</source>
        <translation>Cadangan Pekerja Desktop (*.sqlite)</translation>
    </message><message><source>This backup cannot be restored</source>
        <translation>Cadangan ini tidak dapat dipulihkan</translation>
    </message><message><source>Restore this backup?</source>
        <translation>Pulihkan cadangan ini?</translation>
    </message><message><source>Restore</source>
        <translation>Pulihkan</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message><message><source> (now %1 participants)</source>
        <translation> (sekarang %1 peserta)</translation>
    </message><message><source>This backup is from %1 and holds %2 participants.

Everything entered on this laptop after %1 is replaced by the backup%3. A copy of the current data is kept in the backups folder first.

Afterwards Pekerja Desktop closes; open it again and sign in.</source>
        <translation>Cadangan ini dibuat %1 dan berisi %2 peserta.

Semua yang dimasukkan di laptop ini setelah %1 diganti oleh cadangan%3. Salinan data sekarang disimpan dahulu di folder cadangan.

Sesudahnya Pekerja Desktop ditutup; buka lagi lalu masuk.</translation>
    </message><message><source>The bills closed after this backup was made (%1) are kept: a closed bill never goes back to an earlier state.</source>
        <translation>Tagihan yang ditutup sesudah cadangan ini dibuat (%1) tetap disimpan: tagihan yang sudah ditutup tidak pernah kembali ke keadaan lama.</translation>
    </message><message><source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message><message><source>Restored the backup of %1 (%2 participants).</source>
        <translation>Cadangan %1 dipulihkan (%2 peserta).</translation>
    </message><message><source>The data before the restore were kept in %1.</source>
        <translation>Data sebelum pemulihan disimpan di %1.</translation>
    </message><message><source>The bills closed after that backup were kept: %1.</source>
        <translation>Tagihan yang ditutup sesudah cadangan itu tetap disimpan: %1.</translation>
    </message><message><source>No account can sign in to the restored data: use the recovery key (pekerja-desktop recover).</source>
        <translation>Belum ada akun yang dapat masuk ke data yang dipulihkan: gunakan kunci pemulihan (pekerja-desktop recover).</translation>
    </message><message><source>Pekerja Desktop closes now: open it again and sign in.</source>
        <translation>Pekerja Desktop ditutup sekarang: buka lagi lalu masuk.</translation>
    </message></context><context><name>RecoveryDialog</name><message><source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message><message><source>Pekerja Desktop found damage in this office's database.</source>
        <translation>Pekerja Desktop menemukan kerusakan pada basis data kantor ini.</translation>
    </message><message><source>Records saved from now on might be lost. The safest way on is to restore the newest good backup: everything entered after it must then be entered again (from the paper forms).</source>
        <translation>Data yang disimpan mulai sekarang bisa hilang. Jalan paling aman adalah memulihkan cadangan baik yang terbaru: semua yang dimasukkan setelahnya harus dimasukkan lagi (dari formulir kertas).</translation>
    </message><message><source>What the check found: %1</source>
        <translation>Hasil pemeriksaan: %1</translation>
    </message><message><source>Looking for the newest good backup…</source>
        <translation>Mencari cadangan baik yang terbaru…</translation>
    </message><message><source>&amp;Restore this backup</source>
        <translation>&amp;Pulihkan cadangan ini</translation>
    </message><message><source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message><message><source>Checking the backups…</source>
        <translation>Memeriksa cadangan…</translation>
    </message><message><source>No good backup was found in %1. Do not enter new data. Restore a backup from a USB stick (Settings → Backups → Restore from file…) or call the provincial office.</source>
        <translation>Tidak ada cadangan baik di %1. Jangan memasukkan data baru. Pulihkan cadangan dari USB (Pengaturan → Cadangan → Pulihkan dari berkas…) atau hubungi kantor provinsi.</translation>
    </message><message><source>Newest good backup: %1, %2 participants (%3). Restoring it keeps a copy of the damaged data in the backups folder, then Pekerja Desktop closes; open it again and sign in.</source>
        <translation>Cadangan baik terbaru: %1, %2 peserta (%3). Saat dipulihkan, salinan data yang rusak disimpan di folder cadangan, lalu Pekerja Desktop ditutup; buka lagi lalu masuk.</translation>
    </message><message><source>Newest good backup: %1, %2 participants (%3). Only a supervisor or an admin may restore it: close Pekerja Desktop and ask one to sign in.</source>
        <translation>Cadangan baik terbaru: %1, %2 peserta (%3). Hanya supervisor atau admin yang boleh memulihkannya: tutup Pekerja Desktop dan minta salah satunya masuk.</translation>
    </message><message><source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message><message><source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message><message><source>Restore failed</source>
        <translation>Pemulihan gagal</translation>
    </message></context><context><name>ActionBar</name><message><source>&amp;Layout:</source>
        <translation>&amp;Tata letak:</translation>
    </message><message><source>Pre&amp;view</source>
        <translation>&amp;Pratinjau</translation>
    </message><message><source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message><message><source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message><message><source>Request a &amp;reprint…</source>
        <translation>Minta cetak &amp;ulang…</translation>
    </message><message><source>Re&amp;ceipt (Tanda Terima)…</source>
        <translation>Tanda te&amp;rima…</translation>
    </message></context><context><name>CardLayouts</name><message><source>A4 sheet: 10 cards, printed on both sides</source>
        <translation>Lembar A4: 10 kartu, dicetak bolak-balik</translation>
    </message><message><source>Card printer: one card per page (CR80)</source>
        <translation>Printer kartu: satu kartu per halaman (CR80)</translation>
    </message></context><context><name>CardPrinting</name><message><source>Print</source>
        <translation>Cetak</translation>
    </message><message><source>The printer could not be opened.</source>
        <translation>Printer tidak dapat dibuka.</translation>
    </message><message><source>The printer refused a new page.</source>
        <translation>Printer menolak halaman berikutnya.</translation>
    </message></context><context><name>CardQueueModel</name><message><source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
    </message><message><source>Name</source>
        <translation>Nama</translation>
    </message><message><source>Village</source>
        <translation>Desa</translation>
    </message><message><source>Why</source>
        <translation>Alasan</translation>
    </message><message><source>Card</source>
        <translation>Kartu</translation>
    </message><message><source>Reprint asked by</source>
        <translation>Diminta oleh</translation>
    </message><message><source>New</source>
        <translation>Baru</translation>
    </message><message><source>Data changed</source>
        <translation>Data berubah</translation>
    </message><message><source>KPJ number arrived</source>
        <translation>Nomor KPJ terbit</translation>
    </message><message><source>Reprint</source>
        <translation>Cetak ulang</translation>
    </message><message><source>lost</source>
        <translation>hilang</translation>
    </message><message><source>damaged</source>
        <translation>rusak</translation>
    </message><message><source>Version of the last card printed (–: never)</source>
        <translation>Versi kartu terakhir yang dicetak (–: belum pernah)</translation>
    </message></context><context><name>CardsPage</name><message><source>Preparing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message><message><source>Save the cards as PDF</source>
        <translation>Simpan kartu sebagai PDF</translation>
    </message><message><source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message><message><source>Writing %1 cards…</source>
        <translation>Menulis %1 kartu…</translation>
    </message><message><source>Membership cards</source>
        <translation>Kartu peserta</translation>
    </message><message><source>Preparing %1 cards for the printer…</source>
        <translation>Menyiapkan %1 kartu untuk printer…</translation>
    </message><message><source>Reprint of %1 (%2) added to the queue.</source>
        <translation>Cetak ulang %1 (%2) masuk antrean.</translation>
    </message><message><source>Not printed: nothing was recorded, the cards stay in the queue.</source>
        <translation>Tidak tercetak: tidak ada yang dicatat, kartu tetap dalam antrean.</translation>
    </message><message><source>Sending to the printer…</source>
        <translation>Mengirim ke printer…</translation>
    </message><message><source>Save the receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message><message><source>Receipt of %1 saved: %2</source>
        <translation>Tanda terima %1 disimpan: %2</translation>
    </message><message><source>Writing the receipt…</source>
        <translation>Menulis tanda terima…</translation>
    </message><message><source>Registration receipt</source>
        <translation>Tanda terima pendaftaran</translation>
    </message><message><source>Receipt of %1 sent to the printer.</source>
        <translation>Tanda terima %1 dikirim ke printer.</translation>
    </message><message><source>Printing the receipt…</source>
        <translation>Mencetak tanda terima…</translation>
    </message><message><source>Cancelled: no PDF was written and nothing was recorded.</source>
        <translation>Dibatalkan: tidak ada PDF yang ditulis dan tidak ada yang dicatat.</translation>
    </message><message><source>Preview: cards are marked PRATINJAU and nothing is recorded.</source>
        <translation>Pratinjau: kartu diberi tanda PRATINJAU dan tidak ada yang dicatat.</translation>
    </message><message><source>Showing the first %1 of %2 cards.</source>
        <translation>Yang tampil: %1 kartu pertama dari %2.</translation>
    </message><message><source>%1 cards were saved to %2 (%3 pages). Print the PDF at actual size, then record the cards as printed: their card versions change, older cards of these people become invalid and they leave the queue.</source>
        <translation>%1 kartu disimpan ke %2 (%3 halaman). Cetak PDF-nya pada ukuran sebenarnya, lalu catat kartu sebagai dicetak: versi kartunya berubah, kartu lama orang-orang ini tidak berlaku lagi dan mereka keluar dari antrean.</translation>
    </message><message><source>Record as printed?</source>
        <translation>Catat sebagai dicetak?</translation>
    </message><message><source>&amp;Record as printed</source>
        <translation>&amp;Catat sebagai dicetak</translation>
    </message><message><source>&amp;Not yet</source>
        <translation>&amp;Belum</translation>
    </message><message><source>Recording the print…</source>
        <translation>Mencatat cetakan…</translation>
    </message><message><source>%1 cards saved to %2, not recorded: they stay in the queue. Save them again when you print them.</source>
        <translation>%1 kartu disimpan ke %2, tidak dicatat: kartu tetap dalam antrean. Simpan lagi saat Anda mencetaknya.</translation>
    </message><message><source>%1 cards saved to %2 (%3 pages) and recorded as printed.</source>
        <translation>%1 kartu disimpan ke %2 (%3 halaman) dan dicatat sebagai tercetak.</translation>
    </message><message><source>%1 cards sent to the printer (%2 pages) and recorded as printed.</source>
        <translation>%1 kartu dikirim ke printer (%2 halaman) dan dicatat sebagai tercetak.</translation>
    </message><message><source>Queue: %1 cards · selected: %2</source>
        <translation>Antrean: %1 kartu · dipilih: %2</translation>
    </message><message><source>The preview and printing from this window need a PDF renderer (Qt PDF, pypdfium2 or poppler's pdftoppm), and none is installed. Save the PDF and print it from a PDF reader at actual size (not “fit to page”).</source>
        <translation>Pratinjau dan pencetakan dari jendela ini memerlukan komponen penampil PDF (Qt PDF, pypdfium2 atau pdftoppm dari poppler), dan belum ada yang terpasang. Simpan PDF-nya lalu cetak dari aplikasi pembaca PDF dengan ukuran sebenarnya (bukan “sesuaikan dengan halaman”).</translation>
    </message><message><source>Press Preview to see the pages of the selected cards.</source>
        <translation>Tekan Pratinjau untuk melihat halaman kartu yang dipilih.</translation>
    </message><message><source>Select the cards to print in the queue.</source>
        <translation>Pilih kartu yang akan dicetak di antrean.</translation>
    </message></context><context><name>ParticipantDialog</name><message><source>Registration number, NIK or name</source>
        <translation>Nomor pendaftaran, NIK atau nama</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>&amp;Participant:</source>
        <translation>&amp;Peserta:</translation>
    </message></context><context><name>QueueFilters</name><message><source>All reasons</source>
        <translation>Semua alasan</translation>
    </message><message><source>&amp;Why:</source>
        <translation>&amp;Alasan:</translation>
    </message></context><context><name>QueueTable</name><message><source>Select &amp;all</source>
        <translation>Pilih se&amp;mua</translation>
    </message><message><source>Select &amp;none</source>
        <translation>&amp;Kosongkan pilihan</translation>
    </message></context><context><name>ReceiptDialog</name><message><source>Registration receipt (Tanda Terima)</source>
        <translation>Tanda terima pendaftaran</translation>
    </message><message><source>A4</source>
        <translation>A4</translation>
    </message><message><source>A5 (half a sheet)</source>
        <translation>A5 (setengah lembar)</translation>
    </message><message><source>Print the full &amp;NIK (otherwise masked)</source>
        <translation>Cetak &amp;NIK lengkap (biasanya disamarkan)</translation>
    </message><message><source>Paper:</source>
        <translation>Kertas:</translation>
    </message><message><source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message><message><source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message></context><context><name>ReprintDialog</name><message><source>Request a card reprint</source>
        <translation>Minta cetak ulang kartu</translation>
    </message><message><source>&amp;Lost</source>
        <translation>&amp;Hilang</translation>
    </message><message><source>&amp;Damaged</source>
        <translation>&amp;Rusak</translation>
    </message><message><source>Why:</source>
        <translation>Alasan:</translation>
    </message><message><source>&amp;Queue the reprint</source>
        <translation>&amp;Masukkan ke antrean</translation>
    </message></context><context><name>DashboardPage</name><message><source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message><message><source>enrolled (finished; click for the list)</source>
        <translation>terdaftar (selesai; klik untuk daftarnya)</translation>
    </message><message><source>target</source>
        <translation>target</translation>
    </message><message><source>of the target reached</source>
        <translation>target tercapai</translation>
    </message><message><source>offices late with their bundles</source>
        <translation>kantor terlambat mengirim paket</translation>
    </message><message><source>days since the last export</source>
        <translation>hari sejak ekspor terakhir</translation>
    </message><message><source>held out of BPJS's file: already covered elsewhere</source>
        <translation>ditahan dari berkas BPJS: sudah terlindungi di tempat lain</translation>
    </message><message><source>finished records not yet exported</source>
        <translation>data selesai yang belum diekspor</translation>
    </message><message><source>Change the enrolment target of each regency or city</source>
        <translation>Ubah target pendaftaran tiap kabupaten/kota</translation>
    </message><message><source>Reading the figures…</source>
        <translation>Membaca angka…</translation>
    </message><message><source>The figures could not be read: %1</source>
        <translation>Angka tidak dapat dibaca: %1</translation>
    </message><message><source>Dashboard — all of Maluku</source>
        <translation>Dasbor — seluruh Maluku</translation>
    </message><message><source>Dashboard — %1</source>
        <translation>Dasbor — %1</translation>
    </message><message><source>As of %1, %2</source>
        <translation>Keadaan %1, pukul %2</translation>
    </message><message><source>never</source>
        <translation>belum pernah</translation>
    </message><message><source>%1: projected %2 by December, over its ceiling of %3 by %4</source>
        <translation>%1: proyeksi %2 sampai Desember, melebihi pagunya %3 sebesar %4</translation>
    </message><message><source>Budget %1: the projected contributions pass the ceiling</source>
        <translation>Anggaran %1: proyeksi iuran melebihi pagu</translation>
    </message><message><source>The figures: pekerja-desktop-cli report budget --year %1 --out anggaran.pdf</source>
        <translation>Rinciannya: pekerja-desktop-cli report budget --year %1 --out anggaran.pdf</translation>
    </message><message><source>The budget could not be read: %1</source>
        <translation>Anggaran tidak dapat dibaca: %1</translation>
    </message><message><source>All enrolled participants</source>
        <translation>Semua peserta terdaftar</translation>
    </message></context><context><name>DashboardTabs</name><message><source>Change the &amp;targets…</source>
        <translation>Ubah &amp;target…</translation>
    </message><message><source>Coverage</source>
        <translation>Cakupan</translation>
    </message><message><source>Offices</source>
        <translation>Kantor</translation>
    </message><message><source>Per day</source>
        <translation>Per hari</translation>
    </message><message><source>Date</source>
        <translation>Tanggal</translation>
    </message><message><source>Per week</source>
        <translation>Per minggu</translation>
    </message><message><source>Week</source>
        <translation>Minggu</translation>
    </message><message><source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message><message><source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message><message><source>Age group</source>
        <translation>Kelompok umur</translation>
    </message><message><source>Sex and age</source>
        <translation>Jenis kelamin dan umur</translation>
    </message><message><source>Age limit</source>
        <translation>Batas usia</translation>
    </message><message><source>Reaches the age limit</source>
        <translation>Mencapai batas usia</translation>
    </message><message><source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message><message><source>Target</source>
        <translation>Target</translation>
    </message><message><source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message><message><source>% of target</source>
        <translation>% target</translation>
    </message><message><source>Still to enrol</source>
        <translation>Kekurangan</translation>
    </message><message><source>Office</source>
        <translation>Kantor</translation>
    </message><message><source>Already past it, still active</source>
        <translation>Sudah lewat, masih aktif</translation>
    </message><message><source>Age limit: %1</source>
        <translation>Batas usia: %1</translation>
    </message><message><source>Active participants who turn %1 (the age limit is %2 years): their coverage ends the day before that birthday. End them with the reason age-limit, or in the yearly renewal.</source>
        <translation>Peserta aktif yang berulang tahun ke-%1 (batas usia %2 tahun): kepesertaannya berakhir sehari sebelum ulang tahun itu. Akhiri dengan alasan batas usia, atau lewat pembaruan tahunan.</translation>
    </message><message><source>Participants</source>
        <translation>Peserta</translation>
    </message><message><source>Bundles received</source>
        <translation>Paket diterima</translation>
    </message><message><source>Last bundle</source>
        <translation>Paket terakhir</translation>
    </message><message><source>never</source>
        <translation>belum pernah</translation>
    </message><message><source>Days since</source>
        <translation>Hari sejak</translation>
    </message><message><source>Share</source>
        <translation>Porsi</translation>
    </message><message><source>%1: %2 enrolled of a target of %3</source>
        <translation>%1: %2 terdaftar dari target %3</translation>
    </message><message><source>Targets: the quota split by population (Dukcapil, December 2024); an administrator can change them.</source>
        <translation>Target: kuota dibagi menurut jumlah penduduk (Dukcapil, Desember 2024); dapat diubah oleh admin.</translation>
    </message><message><source>Targets set by an administrator.</source>
        <translation>Target ditetapkan oleh admin.</translation>
    </message><message><source>The dashed line marks 100 % of the target.</source>
        <translation>Garis putus-putus menandai 100 % target.</translation>
    </message><message><source>%1 (no target here)</source>
        <translation>%1 (tanpa target di sini)</translation>
    </message><message><source>%1: %2 bundles received</source>
        <translation>%1: %2 paket diterima</translation>
    </message><message><source>Office %1</source>
        <translation>Kantor %1</translation>
    </message><message><source>Bars: days since each office's last bundle; in red after %1 days (setting export_warning_days) or when none came yet.</source>
        <translation>Batang: hari sejak paket terakhir tiap kantor; merah setelah %1 hari (setelan export_warning_days) atau bila belum pernah ada paket.</translation>
    </message><message><source>no bundle yet</source>
        <translation>belum ada paket</translation>
    </message><message><source>%1 days</source>
        <translation>%1 hari</translation>
    </message></context><context><name>FigurePanel</name><message><source>Chart: %1</source>
        <translation>Grafik: %1</translation>
    </message><message><source>Table: %1</source>
        <translation>Tabel: %1</translation>
    </message></context><context><name>TargetsDialog</name><message><source>Enrolment targets</source>
        <translation>Target pendaftaran</translation>
    </message><message><source>Workers to enrol in each regency or city. The default splits the quota by population; change it when the programme agrees other numbers.</source>
        <translation>Jumlah pekerja yang didaftarkan di tiap kabupaten/kota. Bawaannya membagi kuota menurut jumlah penduduk; ubahlah bila program menyepakati angka lain.</translation>
    </message><message><source>&amp;Population split</source>
        <translation>Bagi menurut &amp;penduduk</translation>
    </message><message><source>Fill in the default: the quota split by population</source>
        <translation>Isi dengan bawaan: kuota dibagi menurut jumlah penduduk</translation>
    </message><message><source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>Total: %1 workers</source>
        <translation>Jumlah: %1 pekerja</translation>
    </message></context><context><name>AddressSection</name><message><source>Address</source>
        <translation>Alamat</translation>
    </message><message><source>Street, house number, hamlet (dusun)</source>
        <translation>Jalan, nomor rumah, dusun</translation>
    </message><message><source>Region</source>
        <translation>Wilayah</translation>
    </message></context><context><name>ConsentSection</name><message><source>Consent</source>
        <translation>Persetujuan</translation>
    </message><message><source>The worker heard or read this statement and agrees</source>
        <translation>Pekerja telah mendengar atau membaca pernyataan ini dan menyetujuinya</translation>
    </message><message><source>This statement is printed on the registration receipt.</source>
        <translation>Pernyataan ini tercetak pada tanda terima pendaftaran.</translation>
    </message></context><context><name>EnrolmentForm</name><message><source>Not a real date: type dd/mm/yyyy, e.g. 05/08/1985.</source>
        <translation>Tanggal tidak valid: ketik hh/bb/tttt, misalnya 05/08/1985.</translation>
    </message><message><source>"%1" is not in the list: choose one of the suggestions.</source>
        <translation>"%1" tidak ada di daftar: pilih salah satu usulan.</translation>
    </message><message><source>"%1" matches no single region: choose one from the list (Down arrow opens it).</source>
        <translation>"%1" tidak cocok dengan satu wilayah: pilih dari daftar (tombol panah bawah membukanya).</translation>
    </message></context><context><name>EnrolmentPage</name><message><source>Viewing %1 · %2 (read only)</source>
        <translation>Melihat %1 · %2 (hanya baca)</translation>
    </message><message><source>Not saved: a supervisor confirms the warnings marked ⚠. Save it as a draft (Ctrl+Shift+S) for the supervisor.</source>
        <translation>Belum tersimpan: peringatan bertanda ⚠ dikonfirmasi oleh supervisor. Simpan sebagai draf (Ctrl+Shift+S) untuk supervisor.</translation>
    </message><message><source>Yes</source>
        <translation>Ya</translation>
    </message><message><source>No</source>
        <translation>Tidak</translation>
    </message><message><source>Ctrl+S save &amp;&amp; finish · Ctrl+Shift+S save draft · Ctrl+N next worker · Esc discard</source>
        <translation>Ctrl+S simpan &amp;&amp; selesai · Ctrl+Shift+S simpan draf · Ctrl+N pekerja berikutnya · Esc buang</translation>
    </message><message><source>New worker</source>
        <translation>Pekerja Baru</translation>
    </message><message><source>Save draft</source>
        <translation>Simpan Draf</translation>
    </message><message><source>Save &amp;&amp; finish</source>
        <translation>Simpan &amp;&amp; Selesai</translation>
    </message><message><source>New enrolment</source>
        <translation>Pendaftaran baru</translation>
    </message><message><source>Editing %1 · %2</source>
        <translation>Mengubah %1 · %2</translation>
    </message><message><source>Same KK (%1): %2</source>
        <translation>Satu KK (%1): %2</translation>
    </message><message><source>Heirs who are participants too: %1</source>
        <translation>Ahli waris yang juga peserta: %1</translation>
    </message><message><source>Heir of: %1</source>
        <translation>Menjadi ahli waris dari: %1</translation>
    </message><message><source>From the village list, to complete:</source>
        <translation>Dari daftar desa, perlu dilengkapi:</translation>
    </message><message><source>Open %1</source>
        <translation>Buka %1</translation>
    </message><message><source>Not saved: correct the marked fields.</source>
        <translation>Belum tersimpan: perbaiki isian yang ditandai.</translation>
    </message><message><source>Saved %1 (%2)</source>
        <translation>Tersimpan %1 (%2)</translation>
    </message><message><source>Not saved: confirm the warnings marked ⚠.</source>
        <translation>Belum tersimpan: konfirmasi peringatan bertanda ⚠.</translation>
    </message></context><context><name>FieldMessage</name><message><source>I have checked: this is correct</source>
        <translation>Saya sudah memeriksa: data ini benar</translation>
    </message></context><context><name>Fields</name><message><source>NIK</source>
        <translation>NIK</translation>
    </message><message><source>Full name</source>
        <translation>Nama lengkap</translation>
    </message><message><source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message><message><source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message><message><source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message><message><source>Mother's maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message><message><source>Address</source>
        <translation>Alamat</translation>
    </message><message><source>RT/RW</source>
        <translation>RT/RW</translation>
    </message><message><source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message><message><source>Mobile phone</source>
        <translation>No. HP</translation>
    </message><message><source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message><message><source>Reported income</source>
        <translation>Penghasilan dilaporkan</translation>
    </message><message><source>Programmes</source>
        <translation>Program</translation>
    </message><message><source>Funding source</source>
        <translation>Sumber dana</translation>
    </message><message><source>Coverage start</source>
        <translation>Mulai kepesertaan</translation>
    </message><message><source>Consent</source>
        <translation>Persetujuan</translation>
    </message><message><source>Heirs</source>
        <translation>Ahli waris</translation>
    </message><message><source>Status</source>
        <translation>Status</translation>
    </message><message><source>Confirmed warnings</source>
        <translation>Peringatan dikonfirmasi</translation>
    </message><message><source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message><message><source>KK number</source>
        <translation>No. KK</translation>
    </message><message><source>Occupation on the KTP</source>
        <translation>Pekerjaan di KTP</translation>
    </message><message><source>Draft</source>
        <translation>Draf</translation>
    </message><message><source>Finished</source>
        <translation>Selesai</translation>
    </message><message><source>Rejected</source>
        <translation>Ditolak</translation>
    </message><message><source>Ended</source>
        <translation>Berakhir</translation>
    </message><message><source>L — male</source>
        <translation>L — Laki-laki</translation>
    </message><message><source>P — female</source>
        <translation>P — Perempuan</translation>
    </message><message><source>date of birth differs from the NIK</source>
        <translation>tanggal lahir berbeda dengan NIK</translation>
    </message><message><source>sex differs from the NIK</source>
        <translation>jenis kelamin berbeda dengan NIK</translation>
    </message><message><source>NIK issued outside Maluku</source>
        <translation>NIK terbit di luar Maluku</translation>
    </message><message><source>NIK region not in the region list</source>
        <translation>wilayah NIK tidak ada di daftar wilayah</translation>
    </message><message><source>age above the limit</source>
        <translation>umur di atas batas</translation>
    </message><message><source>no heir recorded</source>
        <translation>tanpa ahli waris</translation>
    </message><message><source>Last covered day</source>
        <translation>Hari terakhir ditanggung</translation>
    </message><message><source>End reason</source>
        <translation>Alasan berakhir</translation>
    </message><message><source>End note</source>
        <translation>Catatan berakhir</translation>
    </message><message><source>Reactivated because</source>
        <translation>Diaktifkan kembali karena</translation>
    </message><message><source>Office</source>
        <translation>Kantor</translation>
    </message><message><source>Renewal</source>
        <translation>Pembaruan</translation>
    </message><message><source>Claim</source>
        <translation>Klaim</translation>
    </message><message><source>Transferred to another office</source>
        <translation>Dipindahkan ke kantor lain</translation>
    </message></context><context><name>HeirRow</name><message><source>optional</source>
        <translation>boleh kosong</translation>
    </message><message><source>Remove</source>
        <translation>Hapus</translation>
    </message><message><source>Remove this heir (Ctrl+Shift+Delete)</source>
        <translation>Hapus ahli waris ini (Ctrl+Shift+Delete)</translation>
    </message></context><context><name>HeirsEditor</name><message><source>Heirs (ahli waris)</source>
        <translation>Ahli Waris</translation>
    </message><message><source>Name</source>
        <translation>Nama</translation>
    </message><message><source>Relationship</source>
        <translation>Hubungan</translation>
    </message><message><source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message><message><source>Mobile phone</source>
        <translation>No. HP</translation>
    </message><message><source>NIK</source>
        <translation>NIK</translation>
    </message><message><source>Add heir</source>
        <translation>Tambah Ahli Waris</translation>
    </message><message><source>Adds a row and puts the cursor in its name</source>
        <translation>Menambah satu baris dan menaruh kursor di kolom nama</translation>
    </message><message><source>Heir %1: %2</source>
        <translation>Ahli waris %1: %2</translation>
    </message><message><source>Heir %1: the date of birth is not a real date (dd/mm/yyyy).</source>
        <translation>Ahli waris ke-%1: tanggal lahir tidak valid (hh/bb/tttt).</translation>
    </message><message><source>Heir %1: choose the relationship from the list.</source>
        <translation>Ahli waris ke-%1: pilih hubungan dari daftar.</translation>
    </message></context><context><name>HistoryModel</name><message><source>Created (%1)</source>
        <translation>Dibuat (%1)</translation>
    </message></context><context><name>HistoryPanel</name><message><source>Change history</source>
        <translation>Riwayat perubahan</translation>
    </message></context><context><name>IdentitySection</name><message><source>Identity (as on the KTP)</source>
        <translation>Identitas (sesuai KTP)</translation>
    </message><message><source>16 digits</source>
        <translation>16 angka</translation>
    </message><message><source>16 digits, if known</source>
        <translation>16 angka, bila ada</translation>
    </message></context><context><name>MembershipSection</name><message><source>Membership</source>
        <translation>Kepesertaan</translation>
    </message><message><source>JKK (work accident) + JKM (death)</source>
        <translation>JKK (kecelakaan kerja) + JKM (kematian)</translation>
    </message><message><source>Occupation on the KTP: %1 (Dukcapil %2)</source>
        <translation>Pekerjaan di KTP: %1 (Dukcapil %2)</translation>
    </message></context><context><name>SavedStrip</name><message><source>Print the &amp;receipt</source>
        <translation>Cetak tanda &amp;terima</translation>
    </message><message><source>The registration receipt of this worker (Ctrl+P)</source>
        <translation>Tanda terima pendaftaran pekerja ini (Ctrl+P)</translation>
    </message><message><source>Print the &amp;card…</source>
        <translation>Cetak &amp;kartu…</translation>
    </message><message><source>The card is in the print queue: the Kartu page opens with only this worker ticked</source>
        <translation>Kartunya sudah masuk antrean cetak: halaman Kartu dibuka dengan hanya pekerja ini yang dicentang</translation>
    </message><message><source>Print on A4…</source>
        <translation>Cetak di A4…</translation>
    </message><message><source>Print on A5…</source>
        <translation>Cetak di A5…</translation>
    </message><message><source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message><message><source>✓ Saved and finished: %1 · %2</source>
        <translation>✓ Tersimpan dan selesai: %1 · %2</translation>
    </message><message><source>Registration receipt</source>
        <translation>Tanda terima pendaftaran</translation>
    </message><message><source>Receipt of %1 sent to the printer.</source>
        <translation>Tanda terima %1 dikirim ke printer.</translation>
    </message><message><source>Save the receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message><message><source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message><message><source>Receipt of %1 saved: %2</source>
        <translation>Tanda terima %1 disimpan: %2</translation>
    </message></context><context><name>GroupsBox</name><message><source>&amp;Keep my choices as this office's aliases for the next lists</source>
        <translation>&amp;Simpan pilihan saya sebagai alias kantor untuk daftar berikutnya</translation>
    </message><message><source>Values to settle</source>
        <translation>Nilai yang perlu dipilih</translation>
    </message><message><source>Kind</source>
        <translation>Jenis</translation>
    </message><message><source>Written in the list</source>
        <translation>Tertulis di daftar</translation>
    </message><message><source>Rows</source>
        <translation>Baris</translation>
    </message><message><source>Choose what it means</source>
        <translation>Pilih artinya</translation>
    </message><message><source>(no village in the list: the village of the whole file)</source>
        <translation>(daftar tanpa desa: desa untuk seluruh berkas)</translation>
    </message><message><source>Rows: %1</source>
        <translation>Baris: %1</translation>
    </message><message><source>Values the list writes that nothing recognised (%1): choose once for every row that writes them. Without a choice those rows become drafts to complete.</source>
        <translation>Nilai di daftar yang tidak dikenali (%1): pilih sekali untuk semua baris yang menulisnya. Tanpa pilihan, baris itu menjadi draf yang perlu dilengkapi.</translation>
    </message><message><source>— choose —</source>
        <translation>— pilih —</translation>
    </message><message><source>Another region…</source>
        <translation>Wilayah lain…</translation>
    </message><message><source>Choice for %1</source>
        <translation>Pilihan untuk %1</translation>
    </message></context><context><name>IntakeGroups</name><message><source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message><message><source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message><message><source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message></context><context><name>IntakePage</name><message><source>&amp;Choose a village list…</source>
        <translation>&amp;Pilih daftar desa…</translation>
    </message><message><source>List &amp;template…</source>
        <translation>&amp;Templat daftar…</translation>
    </message><message><source>An Excel list to fill in, with the columns read here, drop-down lists and a sheet explaining each column</source>
        <translation>Daftar Excel untuk diisi: kolom yang dibaca di sini, pilihan daftar, dan lembar penjelasan tiap kolom</translation>
    </message><message><source>For a list of one desa (an OpenSID export) or one kecamatan: rows that name no village or kecamatan get this one</source>
        <translation>Untuk daftar satu desa (ekspor OpenSID) atau satu kecamatan: baris tanpa desa atau kecamatan memakai wilayah ini</translation>
    </message><message><source>No list chosen yet.</source>
        <translation>Belum ada daftar yang dipilih.</translation>
    </message><message><source>Only rows with &amp;problems</source>
        <translation>Hanya baris &amp;bermasalah</translation>
    </message><message><source>Save the &amp;report…</source>
        <translation>Simpan &amp;laporan…</translation>
    </message><message><source>&amp;Import as drafts</source>
        <translation>&amp;Impor sebagai draf</translation>
    </message><message><source>Applying the choice…</source>
        <translation>Menerapkan pilihan…</translation>
    </message><message><source>Rows to add to the register as drafts: %1 (to complete in the form: %2). Rejected, already registered and repeated rows are not imported.</source>
        <translation>Baris yang ditambahkan ke daftar peserta sebagai draf: %1 (perlu dilengkapi di formulir: %2). Baris yang ditolak, sudah terdaftar dan ganda tidak diimpor.</translation>
    </message><message><source>Save the report (it holds full NIKs: keep it safe)</source>
        <translation>Simpan laporan (berisi NIK lengkap: simpan dengan aman)</translation>
    </message><message><source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV untuk Excel (*.csv)</translation>
    </message><message><source>Checking the list again…</source>
        <translation>Memeriksa daftar lagi…</translation>
    </message><message><source>&amp;Import as drafts (%1)</source>
        <translation>&amp;Impor sebagai draf (%1)</translation>
    </message><message><source>Choose the list of participants sent by a village (XLSX, XLS or CSV, an OpenSID export too): every row is checked before anything is imported.</source>
        <translation>Pilih daftar calon peserta kiriman desa (XLSX, XLS atau CSV, juga ekspor OpenSID): setiap baris diperiksa sebelum ada yang diimpor.</translation>
    </message><message><source>&amp;Funding source:</source>
        <translation>Sumber &amp;dana:</translation>
    </message><message><source>Rows of the list</source>
        <translation>Baris daftar</translation>
    </message><message><source>Coverage &amp;starts:</source>
        <translation>&amp;Mulai kepesertaan:</translation>
    </message><message><source>One-place list:</source>
        <translation>Daftar satu wilayah:</translation>
    </message><message><source>Choose a village list</source>
        <translation>Pilih daftar desa</translation>
    </message><message><source>Village lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Daftar desa (*.xlsx *.xlsm *.csv *.txt);;Semua berkas (*)</translation>
    </message><message><source>Checking the list…</source>
        <translation>Memeriksa daftar…</translation>
    </message><message><source>Import</source>
        <translation>Impor</translation>
    </message><message><source>Import the rows as drafts?</source>
        <translation>Impor baris sebagai draf?</translation>
    </message><message><source>Do not import</source>
        <translation>Jangan impor</translation>
    </message><message><source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message><message><source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message><message><source>Save the list template</source>
        <translation>Simpan templat daftar</translation>
    </message><message><source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message><message><source>Writing the template…</source>
        <translation>Menulis templat…</translation>
    </message><message><source>Cancelled: nothing was imported.</source>
        <translation>Dibatalkan: tidak ada yang diimpor.</translation>
    </message><message><source>Report saved: %1</source>
        <translation>Laporan disimpan: %1</translation>
    </message><message><source>Template saved: %1</source>
        <translation>Templat disimpan: %1</translation>
    </message><message><source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message><message><source>Row %1: no errors or warnings.</source>
        <translation>Baris %1: tanpa kesalahan atau peringatan.</translation>
    </message></context><context><name>IntakePreviewModel</name><message><source>Row</source>
        <translation>Baris</translation>
    </message><message><source>Outcome</source>
        <translation>Hasil</translation>
    </message><message><source>NIK</source>
        <translation>NIK</translation>
    </message><message><source>Name</source>
        <translation>Nama</translation>
    </message><message><source>Village</source>
        <translation>Desa</translation>
    </message><message><source>Errors and warnings</source>
        <translation>Kesalahan dan peringatan</translation>
    </message><message><source>Valid</source>
        <translation>Valid</translation>
    </message><message><source>Draft to complete</source>
        <translation>Draf perlu dilengkapi</translation>
    </message><message><source>Valid, with warnings</source>
        <translation>Valid, ada peringatan</translation>
    </message><message><source>Rejected</source>
        <translation>Ditolak</translation>
    </message><message><source>Already registered</source>
        <translation>Sudah terdaftar</translation>
    </message><message><source>Repeated in file</source>
        <translation>Ganda dalam berkas</translation>
    </message><message><source>Imported</source>
        <translation>Diimpor</translation>
    </message><message><source>Imported as draft %1.</source>
        <translation>Diimpor sebagai draf %1.</translation>
    </message></context><context><name>IntakeSummary</name><message><source>%1 valid</source>
        <translation>%1 valid</translation>
    </message><message><source>%1 drafts to complete</source>
        <translation>%1 draf perlu dilengkapi</translation>
    </message><message><source>%1 rejected</source>
        <translation>%1 ditolak</translation>
    </message><message><source>%1 already registered</source>
        <translation>%1 sudah terdaftar</translation>
    </message><message><source>%1 repeated in the file</source>
        <translation>%1 ganda dalam berkas</translation>
    </message><message><source>Rows in the list: %1</source>
        <translation>Baris dalam daftar: %1</translation>
    </message><message><source>(valid with warnings: %1)</source>
        <translation>(valid dengan peringatan: %1)</translation>
    </message><message><source>Columns read: NIK and Nama (required), No KK, place and date of birth, sex (L/P, 1/2, Laki-laki/Perempuan), address, dusun, RT/RW, desa/negeri/ohoi, kecamatan, kabupaten/kota, occupation (a name or a Dukcapil code), phone, mother's name, heir and relationship, status (a person marked dead or moved is refused). Religion and marital status are not stored; any other column is ignored.</source>
        <translation>Kolom yang dibaca: NIK dan Nama (wajib), No KK, tempat dan tanggal lahir, jenis kelamin (L/P, 1/2, Laki-laki/Perempuan), alamat, dusun, RT/RW, desa/negeri/ohoi, kecamatan, kabupaten/kota, pekerjaan (nama atau kode Dukcapil), No HP, nama ibu kandung, ahli waris dan hubungannya, status (orang yang ditandai meninggal atau pindah ditolak). Agama dan status perkawinan tidak disimpan; kolom lain diabaikan.</translation>
    </message><message><source>Read: %1.</source>
        <translation>Dibaca: %1.</translation>
    </message><message><source>Ignored: %1.</source>
        <translation>Diabaikan: %1.</translation>
    </message><message><source>Not stored (personal data protection): %1.</source>
        <translation>Tidak disimpan (pelindungan data pribadi): %1.</translation>
    </message><message><source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message><message><source>Participants imported as drafts: %1 (%2).</source>
        <translation>Peserta diimpor sebagai draf: %1 (%2).</translation>
    </message><message><source>%1 of them carry what is left to complete: finish them in the form.</source>
        <translation>%1 di antaranya membawa hal yang perlu dilengkapi: selesaikan di formulir.</translation>
    </message><message><source>No row was imported.</source>
        <translation>Tidak ada baris yang diimpor.</translation>
    </message><message><source>Not imported: %1 rejected, %2 already registered, %3 repeated in the file.</source>
        <translation>Tidak diimpor: %1 ditolak, %2 sudah terdaftar, %3 ganda dalam berkas.</translation>
    </message></context><context><name>RegionChoiceDialog</name><message><source>Choose the region</source>
        <translation>Pilih wilayah</translation>
    </message><message><source>The list writes “%1”. Choose the region it means:</source>
        <translation>Daftar menulis “%1”. Pilih wilayah yang dimaksud:</translation>
    </message><message><source>Use this region</source>
        <translation>Pakai wilayah ini</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message></context><context><name>ClaimDialog</name><message><source>Record a claim of %1</source>
        <translation>Catat klaim %1</translation>
    </message><message><source>Record claim</source>
        <translation>Catat klaim</translation>
    </message><message><source>JKM — death</source>
        <translation>JKM — kematian</translation>
    </message><message><source>JKK — work accident</source>
        <translation>JKK — kecelakaan kerja</translation>
    </message><message><source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message><message><source>&amp;Submitted to BPJS on</source>
        <translation>&amp;Diajukan ke BPJS pada</translation>
    </message><message><source>&amp;Paid on</source>
        <translation>Di&amp;bayar pada</translation>
    </message><message><source>&amp;Amount paid</source>
        <translation>Ju&amp;mlah dibayar</translation>
    </message><message><source>Record the claim when it is submitted; record it again with the same submission date once it is paid.</source>
        <translation>Catat klaim saat diajukan; catat lagi dengan tanggal pengajuan yang sama setelah dibayar.</translation>
    </message><message><source>the submission date</source>
        <translation>tanggal pengajuan</translation>
    </message><message><source>the payment date</source>
        <translation>tanggal bayar</translation>
    </message></context><context><name>EndDialog</name><message><source>End the participation of %1</source>
        <translation>Akhiri kepesertaan %1</translation>
    </message><message><source>End participation</source>
        <translation>Akhiri kepesertaan</translation>
    </message><message><source>e.g. the death certificate's number</source>
        <translation>mis. nomor akta kematian</translation>
    </message><message><source>Participant</source>
        <translation>Peserta</translation>
    </message><message><source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message><message><source>&amp;Last covered day</source>
        <translation>&amp;Hari terakhir ditanggung</translation>
    </message><message><source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message><message><source>Coverage runs through the last covered day (for a death: the day of death). The change is sent to the central office with the next data bundle; an end made by mistake can be undone.</source>
        <translation>Kepesertaan berlaku sampai hari terakhir ditanggung (untuk kematian: tanggal meninggal). Perubahan dikirim ke kantor pusat dalam paket data berikutnya; pengakhiran yang keliru dapat dibatalkan.</translation>
    </message><message><source>the last covered day</source>
        <translation>hari terakhir ditanggung</translation>
    </message></context><context><name>LifecycleDialogs</name><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>Type %1 as dd/mm/yyyy.</source>
        <translation>Ketik %1 sebagai hh/bb/tttt.</translation>
    </message></context><context><name>ParticipationActions</name><message><source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message></context><context><name>ParticipationButton</name><message><source>Participation</source>
        <translation>Kepesertaan</translation>
    </message><message><source>End the participation…</source>
        <translation>Akhiri kepesertaan…</translation>
    </message><message><source>Undo the end (reactivate)…</source>
        <translation>Batalkan pengakhiran (aktifkan kembali)…</translation>
    </message><message><source>Transfer to another office…</source>
        <translation>Pindahkan ke kantor lain…</translation>
    </message><message><source>Record a claim…</source>
        <translation>Catat klaim…</translation>
    </message><message><source>Claim checklist for the heirs (PDF)…</source>
        <translation>Daftar periksa klaim untuk ahli waris (PDF)…</translation>
    </message><message><source>Only an active participation ends.</source>
        <translation>Hanya kepesertaan aktif yang dapat diakhiri.</translation>
    </message><message><source>The participation has not ended.</source>
        <translation>Kepesertaan ini tidak berakhir.</translation>
    </message><message><source>Only an active participation held for an office is transferred.</source>
        <translation>Hanya kepesertaan aktif milik suatu kantor yang dapat dipindahkan.</translation>
    </message><message><source>Office %1 records the claims of this participant.</source>
        <translation>Kantor %1 yang mencatat klaim peserta ini.</translation>
    </message><message><source>Only for a participant recorded as having died.</source>
        <translation>Hanya untuk peserta yang tercatat meninggal dunia.</translation>
    </message><message><source>The participation of %1 ends on %2. Office %3 applies the hub's decision from its next acknowledgement or reference bundle.</source>
        <translation>Kepesertaan %1 berakhir %2. Kantor %3 menerapkan keputusan hub dari balasan atau paket referensi berikutnya.</translation>
    </message><message><source>The participation of %1 ends on %2. It goes to the central office with the next data bundle.</source>
        <translation>Kepesertaan %1 berakhir %2. Perubahan dikirim ke kantor pusat dalam paket data berikutnya.</translation>
    </message><message><source>The participation of %1 is active again.</source>
        <translation>Kepesertaan %1 aktif kembali.</translation>
    </message><message><source>%1 now belongs to office %2; both offices learn it from their next acknowledgement or reference bundle.</source>
        <translation>%1 kini milik kantor %2; kedua kantor mengetahuinya dari balasan atau paket referensi berikutnya.</translation>
    </message><message><source>The %1 claim of %2 was recorded.</source>
        <translation>Klaim %1 untuk %2 sudah dicatat.</translation>
    </message><message><source>Claim checklist for the heirs</source>
        <translation>Daftar periksa klaim untuk ahli waris</translation>
    </message><message><source>The claim checklist was written to %1.</source>
        <translation>Daftar periksa klaim ditulis ke %1.</translation>
    </message></context><context><name>ReactivateDialog</name><message><source>Reactivate %1</source>
        <translation>Aktifkan kembali %1</translation>
    </message><message><source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message><message><source>e.g. the wrong person was ended</source>
        <translation>mis. yang diakhiri orang lain</translation>
    </message><message><source>Ended</source>
        <translation>Berakhir</translation>
    </message><message><source>&amp;Why undo the end</source>
        <translation>&amp;Mengapa dibatalkan</translation>
    </message><message><source>The participation is active again as if it had not ended; the reason stays in the record's history.</source>
        <translation>Kepesertaan aktif kembali seolah tidak pernah berakhir; alasannya tetap tercatat di riwayat perubahan.</translation>
    </message></context><context><name>TransferDialog</name><message><source>Transfer %1 to another office</source>
        <translation>Pindahkan %1 ke kantor lain</translation>
    </message><message><source>Transfer</source>
        <translation>Pindahkan</translation>
    </message><message><source>e.g. moved to Tual</source>
        <translation>mis. pindah ke Tual</translation>
    </message><message><source>Now at office</source>
        <translation>Kini di kantor</translation>
    </message><message><source>&amp;To office</source>
        <translation>Ke &amp;kantor</translation>
    </message><message><source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message><message><source>Coverage goes on without a gap: the same registration number, KPJ and dates. Both offices learn it from their next acknowledgement or reference bundle; the new office then edits the record and prints its cards.</source>
        <translation>Kepesertaan berlanjut tanpa jeda: nomor pendaftaran, KPJ dan tanggal tetap. Kedua kantor mengetahuinya dari balasan atau paket referensi berikutnya; kantor baru lalu mengubah data dan mencetak kartunya.</translation>
    </message></context><context><name>LockScreen</name><message><source>Screen locked</source>
        <translation>Layar terkunci</translation>
    </message><message><source>Password</source>
        <translation>Kata sandi</translation>
    </message><message><source>Signed in: %1 (%2) at %3. Type your password to continue where you left off.</source>
        <translation>Masuk sebagai %1 (%2) di %3. Ketik kata sandi Anda untuk melanjutkan pekerjaan tadi.</translation>
    </message><message><source>&amp;Unlock</source>
        <translation>&amp;Buka</translation>
    </message><message><source>Sign &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message><message><source>Another operator may sign in; what was not saved is lost.</source>
        <translation>Operator lain dapat masuk; data yang belum disimpan akan hilang.</translation>
    </message><message><source>Wrong password.</source>
        <translation>Kata sandi salah.</translation>
    </message></context><context><name>LoginDialog</name><message><source>%1 — sign in</source>
        <translation>%1 — masuk</translation>
    </message><message><source>e.g. maria.s</source>
        <translation>misalnya maria.s</translation>
    </message><message><source>Forgot your password? The office admin can set a temporary one.</source>
        <translation>Lupa kata sandi? Admin kantor dapat memberi kata sandi sementara.</translation>
    </message><message><source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message><message><source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message><message><source>Sign in</source>
        <translation>Masuk</translation>
    </message><message><source>Close</source>
        <translation>Tutup</translation>
    </message><message><source>Type your user name and password.</source>
        <translation>Ketik nama pengguna dan kata sandi Anda.</translation>
    </message><message><source>After %1 wrong passwords the account is locked for %2 minutes.</source>
        <translation>Setelah %1 kali salah, akun dikunci selama %2 menit.</translation>
    </message></context><context><name>PasswordDialog</name><message><source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message><message><source>%1: your password was set by the admin. Choose your own password before you continue.</source>
        <translation>%1: kata sandi Anda diatur oleh admin. Pilih kata sandi Anda sendiri sebelum melanjutkan.</translation>
    </message><message><source>New password for %1.</source>
        <translation>Kata sandi baru untuk %1.</translation>
    </message><message><source>&amp;Current password</source>
        <translation>Kata sandi &amp;saat ini</translation>
    </message><message><source>&amp;Temporary password</source>
        <translation>Kata sandi &amp;sementara</translation>
    </message><message><source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message><message><source>&amp;Repeat the new password</source>
        <translation>&amp;Ulangi kata sandi baru</translation>
    </message><message><source>At least %1 characters. A short sentence is easier to remember than a code.</source>
        <translation>Minimal %1 karakter. Kalimat pendek lebih mudah diingat daripada kode.</translation>
    </message><message><source>Sign out</source>
        <translation>Keluar</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>The two new passwords differ.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message><message><source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari yang sekarang.</translation>
    </message></context><context><name>PrivacyActions</name><message><source>Purge personal data</source>
        <translation>Hapus data pribadi</translation>
    </message><message><source>Purge the records the hub acknowledged more than this many months ago:</source>
        <translation>Hapus data pribadi rekaman yang diterima kantor provinsi lebih dari sekian bulan lalu:</translation>
    </message><message><source>Export this person's data</source>
        <translation>Ekspor data orang ini</translation>
    </message><message><source>The data of %1 were written to %2 (%3 pages).</source>
        <translation>Data %1 ditulis ke %2 (%3 halaman).</translation>
    </message><message><source>Export this person's data (PDF)…</source>
        <translation>Ekspor data orang ini (PDF)…</translation>
    </message><message><source>Everything held about this person, for an access request</source>
        <translation>Semua data yang disimpan tentang orang ini, untuk permintaan akses</translation>
    </message><message><source>Persons in the bundle</source>
        <translation>Daftar orang dalam paket</translation>
    </message><message><source>%1 persons in bundle number %2, written to %3.</source>
        <translation>%1 orang dalam paket nomor %2, ditulis ke %3.</translation>
    </message><message><source>Membership was not recorded for bundles before version 0.2: use the hub's acknowledgement. Written to %1.</source>
        <translation>Keanggotaan tidak dicatat untuk paket sebelum versi 0.2: gunakan ack dari kantor provinsi. Ditulis ke %1.</translation>
    </message><message><source>Persons in the bundle…</source>
        <translation>Daftar orang dalam paket…</translation>
    </message><message><source>Whose data the selected bundle carried: for the notice within 3 × 24 hours if the bundle is lost</source>
        <translation>Data siapa saja yang dimuat paket terpilih: untuk pemberitahuan dalam 3 × 24 jam bila paket hilang</translation>
    </message><message><source>No record was acknowledged by the hub before %1: nothing to purge.</source>
        <translation>Tidak ada rekaman yang diterima kantor provinsi sebelum %1: tidak ada yang dihapus.</translation>
    </message><message><source>%1 records were acknowledged by the hub before %2. Remove their personal data (name, NIK, address, phone, heirs…)? Statistics and billing data stay. This cannot be undone; the hub keeps its copy.</source>
        <translation>%1 rekaman diterima kantor provinsi sebelum %2. Hapus data pribadinya (nama, NIK, alamat, telepon, ahli waris…)? Data statistik dan penagihan tetap ada. Tindakan ini tidak dapat dibatalkan; kantor provinsi tetap menyimpan salinannya.</translation>
    </message><message><source>Purge</source>
        <translation>Hapus</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>Personal data of %1 records purged.</source>
        <translation>Data pribadi %1 rekaman telah dihapus.</translation>
    </message><message><source>Personal data</source>
        <translation>Data pribadi</translation>
    </message><message><source>Personal data of records the hub acknowledged long ago can be removed here; the records stay for statistics and billing. The retention period is a policy choice of the provincial office.</source>
        <translation>Data pribadi rekaman yang sudah lama diterima kantor provinsi dapat dihapus di sini; rekamannya tetap ada untuk statistik dan penagihan. Masa simpan adalah keputusan kebijakan kantor provinsi.</translation>
    </message><message><source>Purge personal data past retention…</source>
        <translation>Hapus data pribadi lewat masa simpan…</translation>
    </message></context><context><name>QPlatformTheme</name><message><source>OK</source>
        <translation>OK</translation>
    </message><message><source>Save</source>
        <translation>Simpan</translation>
    </message><message><source>Save All</source>
        <translation>Simpan Semua</translation>
    </message><message><source>Open</source>
        <translation>Buka</translation>
    </message><message><source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message><message><source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message><message><source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message><message><source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message><message><source>Abort</source>
        <translation>Batalkan</translation>
    </message><message><source>Retry</source>
        <translation>Coba Lagi</translation>
    </message><message><source>Ignore</source>
        <translation>Abaikan</translation>
    </message><message><source>Close</source>
        <translation>Tutup</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>Discard</source>
        <translation>Buang</translation>
    </message><message><source>Help</source>
        <translation>Bantuan</translation>
    </message><message><source>Apply</source>
        <translation>Terapkan</translation>
    </message><message><source>Reset</source>
        <translation>Atur Ulang</translation>
    </message><message><source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message></context><context><name>QDialogButtonBox</name><message><source>OK</source>
        <translation>OK</translation>
    </message></context><context><name>QMessageBox</name><message><source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message><message><source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message><message><source>About Qt</source>
        <translation>Tentang Qt</translation>
    </message></context><context><name>QErrorMessage</name><message><source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message><message><source>&amp;Show this message again</source>
        <translation>&amp;Tampilkan pesan ini lagi</translation>
    </message><message><source>An error occurred</source>
        <translation>Terjadi kesalahan</translation>
    </message><message><source>Warning:</source>
        <translation>Peringatan:</translation>
    </message><message><source>Information:</source>
        <translation>Informasi:</translation>
    </message><message><source>Critical Error:</source>
        <translation>Kesalahan Kritis:</translation>
    </message><message><source>Fatal Error:</source>
        <translation>Kesalahan Fatal:</translation>
    </message><message><source>Debug Message:</source>
        <translation>Pesan Debug:</translation>
    </message></context><context><name>QWizard</name><message><source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
    </message><message><source>&amp;Next</source>
        <translation>&amp;Berikutnya</translation>
    </message><message><source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message><message><source>Go Back</source>
        <translation>Kembali</translation>
    </message><message><source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message><message><source>Done</source>
        <translation>Selesai</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>Continue</source>
        <translation>Lanjutkan</translation>
    </message><message><source>Commit</source>
        <translation>Simpan</translation>
    </message><message><source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message><message><source>Help</source>
        <translation>Bantuan</translation>
    </message></context><context><name>QLineEdit</name><message><source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message><message><source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message><message><source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message><message><source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message><message><source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message><message><source>Delete</source>
        <translation>Hapus</translation>
    </message><message><source>Select All</source>
        <translation>Pilih Semua</translation>
    </message></context><context><name>QWidgetTextControl</name><message><source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message><message><source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message><message><source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message><message><source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message><message><source>Copy &amp;Link Location</source>
        <translation>Salin Alamat &amp;Tautan</translation>
    </message><message><source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message><message><source>Delete</source>
        <translation>Hapus</translation>
    </message><message><source>Select All</source>
        <translation>Pilih Semua</translation>
    </message></context><context><name>QAbstractSpinBox</name><message><source>&amp;Select All</source>
        <translation>&amp;Pilih Semua</translation>
    </message><message><source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message><message><source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message></context><context><name>QComboBox</name><message><source>Open the combo box selection popup</source>
        <translation>Buka daftar pilihan</translation>
    </message><message><source>True</source>
        <translation>Benar</translation>
    </message><message><source>False</source>
        <translation>Salah</translation>
    </message></context><context><name>QProgressDialog</name><message><source>Cancel</source>
        <translation>Batal</translation>
    </message></context><context><name>QInputDialog</name><message><source>Enter a value:</source>
        <translation>Masukkan nilai:</translation>
    </message></context><context><name>QScrollBar</name><message><source>Scroll here</source>
        <translation>Gulir ke sini</translation>
    </message><message><source>Left edge</source>
        <translation>Tepi kiri</translation>
    </message><message><source>Top</source>
        <translation>Atas</translation>
    </message><message><source>Right edge</source>
        <translation>Tepi kanan</translation>
    </message><message><source>Bottom</source>
        <translation>Bawah</translation>
    </message><message><source>Page left</source>
        <translation>Halaman kiri</translation>
    </message><message><source>Page up</source>
        <translation>Halaman atas</translation>
    </message><message><source>Page right</source>
        <translation>Halaman kanan</translation>
    </message><message><source>Page down</source>
        <translation>Halaman bawah</translation>
    </message><message><source>Scroll left</source>
        <translation>Gulir ke kiri</translation>
    </message><message><source>Scroll up</source>
        <translation>Gulir ke atas</translation>
    </message><message><source>Scroll right</source>
        <translation>Gulir ke kanan</translation>
    </message><message><source>Scroll down</source>
        <translation>Gulir ke bawah</translation>
    </message></context><context><name>QTabBar</name><message><source>Scroll Left</source>
        <translation>Gulir ke Kiri</translation>
    </message><message><source>Scroll Right</source>
        <translation>Gulir ke Kanan</translation>
    </message></context><context><name>QFileDialog</name><message><source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message><message><source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message><message><source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message><message><source>Open</source>
        <translation>Buka</translation>
    </message><message><source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message><message><source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message><message><source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message><message><source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message><message><source>Directory:</source>
        <translation>Folder:</translation>
    </message><message><source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message><message><source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message><message><source>Directories</source>
        <translation>Folder</translation>
    </message><message><source>Files</source>
        <translation>Berkas</translation>
    </message><message><source>Back</source>
        <translation>Kembali</translation>
    </message><message><source>Forward</source>
        <translation>Maju</translation>
    </message><message><source>Go back</source>
        <translation>Kembali</translation>
    </message><message><source>Go forward</source>
        <translation>Maju</translation>
    </message><message><source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message><message><source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message><message><source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message><message><source>Create a New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message><message><source>New Folder</source>
        <translation>Folder Baru</translation>
    </message><message><source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message><message><source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message><message><source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message><message><source>Change to list view mode</source>
        <translation>Ganti ke tampilan daftar</translation>
    </message><message><source>Change to detail view mode</source>
        <translation>Ganti ke tampilan rinci</translation>
    </message><message><source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message><message><source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message><message><source>Delete</source>
        <translation>Hapus</translation>
    </message><message><source>Remove</source>
        <translation>Hapus</translation>
    </message><message><source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message><message><source>Recent Places</source>
        <translation>Tempat Terakhir</translation>
    </message><message><source>Sidebar</source>
        <translation>Panel Samping</translation>
    </message><message><source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message><message><source>Find Directory</source>
        <translation>Cari Folder</translation>
    </message><message><source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message><message><source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas tersebut?</translation>
    </message><message><source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation>
    </message><message><source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder sudah benar.</translation>
    </message><message><source>Are you sure you want to delete '%1'?</source>
        <translation>Yakin ingin menghapus '%1'?</translation>
    </message><message><source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' dilindungi dari penulisan.
Tetap hapus?</translation>
    </message></context><context><name>QFileSystemModel</name><message><source>Name</source>
        <translation>Nama</translation>
    </message><message><source>Size</source>
        <translation>Ukuran</translation>
    </message><message><source>Type</source>
        <translation>Jenis</translation>
    </message><message><source>Kind</source>
        <translation>Jenis</translation>
    </message><message><source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message><message><source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message><message><source>Computer</source>
        <translation>Komputer</translation>
    </message></context><context><name>QDialog</name><message><source>What's This?</source>
        <translation>Apa Ini?</translation>
    </message></context><context><name>DrillDownBar</name><message><source>Show every participant</source>
        <translation>Tampilkan semua peserta</translation>
    </message><message><source>Back to the whole register (the dashboard's filter is removed)</source>
        <translation>Kembali ke seluruh daftar (saringan dari dasbor dihapus)</translation>
    </message><message><source>Shown from the dashboard: %1</source>
        <translation>Ditampilkan dari dasbor: %1</translation>
    </message></context><context><name>FilterDateField</name><message><source>Pick a date from the calendar</source>
        <translation>Pilih tanggal dari kalender</translation>
    </message><message><source>Not a date: type it as dd/mm/yyyy</source>
        <translation>Bukan tanggal: ketik sebagai hh/bb/tttt</translation>
    </message></context><context><name>RegisterFilters</name><message><source>All statuses</source>
        <translation>Semua status</translation>
    </message><message><source>All occupations</source>
        <translation>Semua pekerjaan</translation>
    </message><message><source>Registered up to</source>
        <translation>Terdaftar sampai dengan</translation>
    </message><message><source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message><message><source>Show every participant again</source>
        <translation>Tampilkan lagi semua peserta</translation>
    </message><message><source>&amp;Region:</source>
        <translation>&amp;Wilayah:</translation>
    </message><message><source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message><message><source>&amp;Occupation:</source>
        <translation>&amp;Pekerjaan:</translation>
    </message><message><source>Registered &amp;from:</source>
        <translation>Terdaftar &amp;dari:</translation>
    </message><message><source>to:</source>
        <translation>s.d.:</translation>
    </message></context><context><name>RegisterModel</name><message><source>Draft</source>
        <translation>Draf</translation>
    </message><message><source>Finished</source>
        <translation>Selesai</translation>
    </message><message><source>Rejected</source>
        <translation>Ditolak</translation>
    </message><message><source>Ended</source>
        <translation>Berakhir</translation>
    </message><message><source>Transferred</source>
        <translation>Dipindahkan</translation>
    </message><message><source>M</source>
        <translation>L</translation>
    </message><message><source>F</source>
        <translation>P</translation>
    </message><message><source>Male</source>
        <translation>Laki-laki</translation>
    </message><message><source>Female</source>
        <translation>Perempuan</translation>
    </message><message><source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
    </message><message><source>NIK</source>
        <translation>NIK</translation>
    </message><message><source>Name</source>
        <translation>Nama</translation>
    </message><message><source>Date of birth</source>
        <translation>Tgl Lahir</translation>
    </message><message><source>Sex</source>
        <translation>JK</translation>
    </message><message><source>Village</source>
        <translation>Desa</translation>
    </message><message><source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message><message><source>Status</source>
        <translation>Status</translation>
    </message><message><source>KPJ</source>
        <translation>KPJ</translation>
    </message><message><source>Registered</source>
        <translation>Terdaftar</translation>
    </message><message><source>Click to sort</source>
        <translation>Klik untuk mengurutkan</translation>
    </message><message><source>Covered</source>
        <translation>Terlindungi</translation>
    </message><message><source>%1 — on a list of people already covered elsewhere (BPJS, DTSEN…): check before sending to BPJS</source>
        <translation>%1 — ada pada daftar orang yang sudah terlindungi di tempat lain (BPJS, DTSEN…): periksa sebelum dikirim ke BPJS</translation>
    </message><message><source>Masked: use “Show NIK” to see it in full</source>
        <translation>Disamarkan: pakai “Tampilkan NIK” untuk melihat seluruhnya</translation>
    </message></context><context><name>RegisterPage</name><message><source>NIK, name or registration number</source>
        <translation>NIK, nama, atau nomor pendaftaran</translation>
    </message><message><source>Type the start of a NIK or registration number, or part of a name</source>
        <translation>Ketik awal NIK atau nomor pendaftaran, atau sebagian nama</translation>
    </message><message><source>Show &amp;NIK</source>
        <translation>Tampilkan &amp;NIK</translation>
    </message><message><source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message><message><source>Counting…</source>
        <translation>Menghitung…</translation>
    </message><message><source>No participant matches the search and filters.</source>
        <translation>Tidak ada peserta yang cocok dengan pencarian dan filter.</translation>
    </message><message><source>Enter or double-click opens the selected record.</source>
        <translation>Enter atau klik dua kali membuka data yang dipilih.</translation>
    </message><message><source>Participants: %1</source>
        <translation>Jumlah peserta: %1</translation>
    </message><message><source>The register could not be read: %1</source>
        <translation>Daftar peserta tidak dapat dibaca: %1</translation>
    </message><message><source>Show the full NIK of the selected participant (personal data: recorded in the audit trail)</source>
        <translation>Tampilkan NIK lengkap peserta yang dipilih (data pribadi: dicatat dalam jejak audit)</translation>
    </message></context><context><name>ReasonDelegate</name><message><source>(from the boxes)</source>
        <translation>(menurut kotak)</translation>
    </message></context><context><name>RenewalModel</name><message><source>Name</source>
        <translation>Nama</translation>
    </message><message><source>Registration no.</source>
        <translation>No. pendaftaran</translation>
    </message><message><source>Born (age)</source>
        <translation>Tgl. lahir (umur)</translation>
    </message><message><source>Still living
here</source>
        <translation>Masih tinggal
di sini</translation>
    </message><message><source>Still an
informal worker</source>
        <translation>Masih pekerja
informal</translation>
    </message><message><source>Other reason</source>
        <translation>Alasan lain</translation>
    </message><message><source>Under the
age limit</source>
        <translation>Di bawah
batas usia</translation>
    </message><message><source>Outcome</source>
        <translation>Hasil</translation>
    </message><message><source>End
date</source>
        <translation>Tanggal
berhenti</translation>
    </message><message><source>Over the age limit before the year ends (from the birth date)</source>
        <translation>Melewati batas usia sebelum akhir tahun (menurut tanggal lahir)</translation>
    </message><message><source>Continued</source>
        <translation>Dilanjutkan</translation>
    </message><message><source>Ended %1 (%2)</source>
        <translation>Berakhir %1 (%2)</translation>
    </message><message><source>Will continue</source>
        <translation>Akan dilanjutkan</translation>
    </message><message><source>Will end (%1)</source>
        <translation>Akan berakhir (%1)</translation>
    </message></context><context><name>RenewalPage</name><message><source>Yearly renewal</source>
        <translation>Pembaruan tahunan</translation>
    </message><message><source>&amp;Print the list…</source>
        <translation>&amp;Cetak daftar…</translation>
    </message><message><source>&amp;Import answers…</source>
        <translation>&amp;Impor jawaban…</translation>
    </message><message><source>&amp;Village</source>
        <translation>&amp;Desa</translation>
    </message><message><source>Budget &amp;year</source>
        <translation>Tahun &amp;anggaran</translation>
    </message><message><source>Participants of the village</source>
        <translation>Peserta di desa ini</translation>
    </message><message><source>&amp;Tick all: still here and informal</source>
        <translation>&amp;Centang semua: masih di sini dan informal</translation>
    </message><message><source>&amp;Apply the answers…</source>
        <translation>&amp;Terapkan jawaban…</translation>
    </message><message><source>Each office renews its own participants.</source>
        <translation>Setiap kantor memperbarui pesertanya sendiri.</translation>
    </message><message><source>Each office renews its own participants; the hub receives the results in their data bundles.</source>
        <translation>Setiap kantor memperbarui pesertanya sendiri; hub menerima hasilnya dalam paket data mereka.</translation>
    </message><message><source>%1 — %2 (%3 answered)</source>
        <translation>%1 — %2 (%3 dijawab)</translation>
    </message><message><source>No participant to re-verify.</source>
        <translation>Tidak ada peserta untuk diverifikasi ulang.</translation>
    </message><message><source>Tick what still holds for each participant; a box left empty ends the participation (on 31/12 of the year before unless a date is typed). Already answered rows are shown as answered.</source>
        <translation>Centang yang masih benar untuk setiap peserta; kotak yang dibiarkan kosong mengakhiri kepesertaan (pada 31/12 tahun sebelumnya kecuali tanggal diketik). Baris yang sudah dijawab ditampilkan seperti jawabannya.</translation>
    </message><message><source>Nothing answered yet in this village.</source>
        <translation>Belum ada jawaban di desa ini.</translation>
    </message><message><source>For %1: continue %2 and end %3 participants? Each change goes to the central office with the next data bundle.</source>
        <translation>Untuk %1: lanjutkan %2 dan akhiri %3 peserta? Setiap perubahan dikirim ke kantor pusat dalam paket data berikutnya.</translation>
    </message><message><source>Apply the renewal</source>
        <translation>Terapkan pembaruan</translation>
    </message><message><source>Apply</source>
        <translation>Terapkan</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>Renewal %1: %2 continued, %3 ended.</source>
        <translation>Pembaruan %1: %2 dilanjutkan, %3 diakhiri.</translation>
    </message><message><source>Print the re-verification list</source>
        <translation>Cetak daftar verifikasi ulang</translation>
    </message><message><source>The list of %1 participants in %2 villages was written to %3.</source>
        <translation>Daftar %1 peserta di %2 desa ditulis ke %3.</translation>
    </message><message><source>Writing the list…</source>
        <translation>Menulis daftar…</translation>
    </message><message><source>The filled-in list</source>
        <translation>Daftar yang sudah diisi</translation>
    </message><message><source>%1 for %2: continue %3 and end %4 participants (%5 already recorded, %6 not answered)?</source>
        <translation>%1 untuk %2: lanjutkan %3 dan akhiri %4 peserta (%5 sudah tercatat, %6 belum dijawab)?</translation>
    </message><message><source>Import the answers</source>
        <translation>Impor jawaban</translation>
    </message></context><context><name>AliasesSection</name><message><source>Office aliases for village lists</source>
        <translation>Alias kantor untuk daftar desa</translation>
    </message><message><source>Choices kept while importing village lists: the next lists that write the same text get the same desa, kecamatan or occupation. They stay at this office.</source>
        <translation>Pilihan yang disimpan saat mengimpor daftar desa: daftar berikutnya yang menulis teks yang sama mendapat desa, kecamatan atau pekerjaan yang sama. Alias hanya berlaku di kantor ini.</translation>
    </message><message><source>Kind</source>
        <translation>Jenis</translation>
    </message><message><source>Written in lists</source>
        <translation>Tertulis di daftar</translation>
    </message><message><source>Means</source>
        <translation>Artinya</translation>
    </message><message><source>Kept by</source>
        <translation>Disimpan oleh</translation>
    </message><message><source>On</source>
        <translation>Pada</translation>
    </message><message><source>&amp;Remove the alias</source>
        <translation>&amp;Hapus alias</translation>
    </message><message><source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message><message><source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message><message><source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message><message><source>Removed: %1</source>
        <translation>Dihapus: %1</translation>
    </message></context><context><name>BackupsSection</name><message><source>Automatic backups</source>
        <translation>Cadangan otomatis</translation>
    </message><message><source>A daily backup</source>
        <translation>Cadangan harian</translation>
    </message><message><source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message><message><source>Besides the backups made when an operator signs out and when the window closes.</source>
        <translation>Selain cadangan yang dibuat saat operator keluar akun dan saat jendela ditutup.</translation>
    </message><message><source>Keep the newest</source>
        <translation>Simpan yang terbaru</translation>
    </message><message><source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message></context><context><name>CardTextsSection</name><message><source>Printed on the card back and the receipt</source>
        <translation>Dicetak di balik kartu dan di tanda terima</translation>
    </message><message><source>e.g. Jl. Dr. Kayadoe No. 12, Benteng, Nusaniwe, Kota Ambon 97117</source>
        <translation>mis. Jl. Dr. Kayadoe No. 12, Benteng, Nusaniwe, Kota Ambon 97117</translation>
    </message><message><source>e.g. (0911) 352 123</source>
        <translation>mis. (0911) 352 123</translation>
    </message><message><source>&amp;Save the texts</source>
        <translation>&amp;Simpan teks</translation>
    </message><message><source>Office address</source>
        <translation>Alamat kantor</translation>
    </message><message><source>Empty: the office name and its kabupaten/kota are printed.</source>
        <translation>Kosong: yang dicetak nama kantor dan kabupaten/kotanya.</translation>
    </message><message><source>Office telephone</source>
        <translation>Telepon kantor</translation>
    </message><message><source>BPJS Ketenagakerjaan contact</source>
        <translation>Kontak BPJS Ketenagakerjaan</translation>
    </message><message><source>Provincial policy: the hub's value replaces this one with each reference bundle.</source>
        <translation>Kebijakan provinsi: nilai dari kantor provinsi menggantikan nilai ini pada setiap paket referensi.</translation>
    </message><message><source>Saved: the next cards and receipts print these texts.</source>
        <translation>Tersimpan: kartu dan tanda terima berikutnya mencetak teks ini.</translation>
    </message></context><context><name>CoverageStartSection</name><message><source>Coverage start of a new enrolment</source>
        <translation>Mulai kepesertaan pendaftaran baru</translation>
    </message><message><source>The first day of the month after the enrolment</source>
        <translation>Tanggal 1 bulan sesudah pendaftaran</translation>
    </message><message><source>The day of enrolment</source>
        <translation>Hari pendaftaran</translation>
    </message><message><source>A fixed date:</source>
        <translation>Tanggal tetap:</translation>
    </message><message><source>Set by the provincial hub; it arrives with the reference bundles.</source>
        <translation>Diatur oleh hub provinsi; sampai lewat paket referensi.</translation>
    </message><message><source>An enrolment today starts its coverage on %1.</source>
        <translation>Pendaftaran hari ini mulai kepesertaannya pada %1.</translation>
    </message></context><context><name>DukcapilSection</name><message><source>Dukcapil occupations (KTP/KK) and the programme's occupations</source>
        <translation>Pekerjaan Dukcapil (KTP/KK) dan pekerjaan program</translation>
    </message><message><source>Village lists copy the occupation on the KTP. Choose what each one means here; the offices receive the mapping in the next reference bundle.</source>
        <translation>Daftar desa menyalin pekerjaan di KTP. Pilih artinya masing-masing di sini; kantor menerima pemetaan ini di paket referensi berikutnya.</translation>
    </message><message><source>Code</source>
        <translation>Kode</translation>
    </message><message><source>Dukcapil occupation</source>
        <translation>Pekerjaan Dukcapil</translation>
    </message><message><source>Means for the programme</source>
        <translation>Artinya bagi program</translation>
    </message><message><source>Note</source>
        <translation>Catatan</translation>
    </message><message><source>A supervisor confirms (not a target group)</source>
        <translation>Dikonfirmasi supervisor (bukan sasaran)</translation>
    </message><message><source>Ask the current occupation</source>
        <translation>Tanyakan pekerjaan sekarang</translation>
    </message><message><source>Saved: %1 → %2</source>
        <translation>Tersimpan: %1 → %2</translation>
    </message></context><context><name>GeneralSection</name><message><source>Language</source>
        <translation>Bahasa</translation>
    </message><message><source>Interface language</source>
        <translation>Bahasa tampilan</translation>
    </message><message><source>The new language applies the next time Pekerja Desktop starts.</source>
        <translation>Bahasa baru berlaku saat Pekerja Desktop dibuka lagi.</translation>
    </message><message><source>This office</source>
        <translation>Kantor ini</translation>
    </message><message><source>Field office</source>
        <translation>Kantor lapangan</translation>
    </message><message><source>Collecting hub</source>
        <translation>Kantor pengumpul</translation>
    </message><message><source>Office code</source>
        <translation>Kode kantor</translation>
    </message><message><source>Office name</source>
        <translation>Nama kantor</translation>
    </message><message><source>Region</source>
        <translation>Wilayah</translation>
    </message><message><source>Role</source>
        <translation>Peran</translation>
    </message><message><source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message><message><source>Read this fingerprint to the collecting hub by phone when it registers this office.</source>
        <translation>Bacakan sidik jari ini kepada kantor pengumpul melalui telepon saat kantor ini didaftarkan.</translation>
    </message><message><source>Data folder</source>
        <translation>Folder data</translation>
    </message><message><source>PostgreSQL server %1</source>
        <translation>Server PostgreSQL %1</translation>
    </message><message><source>Encrypted file %1</source>
        <translation>Berkas terenkripsi %1</translation>
    </message><message><source>Database</source>
        <translation>Basis data</translation>
    </message><message><source>Operator</source>
        <translation>Petugas</translation>
    </message></context><context><name>OccupationModel</name><message><source>Code</source>
        <translation>Kode</translation>
    </message><message><source>Name (Indonesian)</source>
        <translation>Nama (Indonesia)</translation>
    </message><message><source>Name (English)</source>
        <translation>Nama (Inggris)</translation>
    </message><message><source>Offered</source>
        <translation>Ditawarkan</translation>
    </message><message><source>yes</source>
        <translation>ya</translation>
    </message><message><source>no (kept for old records)</source>
        <translation>tidak (tetap untuk data lama)</translation>
    </message></context><context><name>OccupationsSection</name><message><source>Occupations</source>
        <translation>Pekerjaan</translation>
    </message><message><source>Add or change an occupation</source>
        <translation>Tambah atau ubah pekerjaan</translation>
    </message><message><source>e.g. NLY (capital letters, digits, _)</source>
        <translation>mis. NLY (huruf kapital, angka, _)</translation>
    </message><message><source>&amp;Save the occupation</source>
        <translation>&amp;Simpan pekerjaan</translation>
    </message><message><source>&amp;Take it off the list</source>
        <translation>&amp;Keluarkan dari daftar</translation>
    </message><message><source>Code</source>
        <translation>Kode</translation>
    </message><message><source>Name (Indonesian)</source>
        <translation>Nama (Indonesia)</translation>
    </message><message><source>Name (English)</source>
        <translation>Nama (Inggris)</translation>
    </message><message><source>Saved: %1 is offered in the form.</source>
        <translation>Tersimpan: %1 ditawarkan di formulir.</translation>
    </message><message><source>Taken off the list; records that have it keep it.</source>
        <translation>Dikeluarkan dari daftar; data yang sudah memakainya tetap.</translation>
    </message></context><context><name>PrinterSection</name><message><source>Back page offset of the A4 card sheets</source>
        <translation>Geseran halaman belakang lembar kartu A4</translation>
    </message><message><source>Any printer (default)</source>
        <translation>Semua printer (bawaan)</translation>
    </message><message><source>&amp;Save the offset</source>
        <translation>&amp;Simpan geseran</translation>
    </message><message><source>&amp;Alignment page…</source>
        <translation>Halaman &amp;uji perataan…</translation>
    </message><message><source>Two pages with the current offset: print them on both sides of one sheet, hold it against the light and read the shift</source>
        <translation>Dua halaman dengan geseran saat ini: cetak bolak-balik pada satu lembar, terawangkan ke cahaya dan baca pergeserannya</translation>
    </message><message><source>Printer</source>
        <translation>Printer</translation>
    </message><message><source>Shift to the right (mm)</source>
        <translation>Geser ke kanan (mm)</translation>
    </message><message><source>Shift down (mm)</source>
        <translation>Geser ke bawah (mm)</translation>
    </message><message><source>As seen on the back page. Single CR80 cards need no offset.</source>
        <translation>Dilihat dari halaman belakang. Kartu tunggal CR80 tidak memerlukan geseran.</translation>
    </message><message><source>Saved: the next card sheets on this printer use this offset.</source>
        <translation>Tersimpan: lembar kartu berikutnya di printer ini memakai geseran ini.</translation>
    </message><message><source>Alignment page</source>
        <translation>Halaman uji perataan</translation>
    </message><message><source>Alignment page sent to the printer.</source>
        <translation>Halaman uji perataan dikirim ke printer.</translation>
    </message><message><source>Save the alignment page</source>
        <translation>Simpan halaman uji perataan</translation>
    </message><message><source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message><message><source>Alignment page saved: %1</source>
        <translation>Halaman uji perataan disimpan: %1</translation>
    </message></context><context><name>ScreenLockSection</name><message><source>Screen lock</source>
        <translation>Kunci layar</translation>
    </message><message><source> minutes</source>
        <translation> menit</translation>
    </message><message><source>Lock after no input for</source>
        <translation>Kunci setelah tanpa aktivitas selama</translation>
    </message><message><source>The window then asks the operator's password; what was typed stays.</source>
        <translation>Jendela lalu meminta kata sandi operator; yang sudah diketik tetap ada.</translation>
    </message><message><source>Saved: the window locks after %1 minutes without input.</source>
        <translation>Tersimpan: jendela terkunci setelah %1 menit tanpa aktivitas.</translation>
    </message></context><context><name>SettingsPage</name><message><source>General</source>
        <translation>Umum</translation>
    </message><message><source>Card printer</source>
        <translation>Printer kartu</translation>
    </message><message><source>Occupations</source>
        <translation>Pekerjaan</translation>
    </message><message><source>Card texts</source>
        <translation>Teks kartu</translation>
    </message><message><source>Warnings</source>
        <translation>Peringatan</translation>
    </message><message><source>Coverage start</source>
        <translation>Mulai kepesertaan</translation>
    </message><message><source>Village list aliases</source>
        <translation>Alias daftar desa</translation>
    </message><message><source>Dukcapil occupations</source>
        <translation>Pekerjaan Dukcapil</translation>
    </message><message><source>Backups</source>
        <translation>Cadangan</translation>
    </message><message><source>Screen lock</source>
        <translation>Kunci layar</translation>
    </message><message><source>Personal data</source>
        <translation>Data pribadi</translation>
    </message><message><source>Settings sections</source>
        <translation>Bagian pengaturan</translation>
    </message></context><context><name>WarningsSection</name><message><source>A clerk (petugas) may confirm</source>
        <translation>Petugas boleh mengonfirmasi</translation>
    </message><message><source>Supervisors and admins confirm every warning. Tick the warnings a clerk may confirm too; the others are saved as drafts for a supervisor.</source>
        <translation>Supervisor dan admin mengonfirmasi semua peringatan. Centang peringatan yang juga boleh dikonfirmasi petugas; yang lain disimpan sebagai draf untuk supervisor.</translation>
    </message><message><source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message><message><source>Back to the &amp;default</source>
        <translation>Kembali ke &amp;bawaan</translation>
    </message><message><source>Saved: the enrolment form follows at once.</source>
        <translation>Tersimpan: formulir pendaftaran langsung mengikuti.</translation>
    </message></context><context><name>AdminPage</name><message><source>Protect this office's data</source>
        <translation>Amankan data kantor ini</translation>
    </message><message><source>These data were made by an older version of Pekerja Desktop: they are not encrypted and there are no user accounts yet.</source>
        <translation>Data ini dibuat oleh versi lama Pekerja Desktop: belum terenkripsi dan belum ada akun pengguna.</translation>
    </message><message><source>Encrypt the data</source>
        <translation>Enkripsi Data</translation>
    </message><message><source>e.g. admin.ambon</source>
        <translation>misalnya admin.ambon</translation>
    </message><message><source>Admin user name</source>
        <translation>Nama pengguna admin</translation>
    </message><message><source>Admin full name</source>
        <translation>Nama lengkap admin</translation>
    </message><message><source>Admin password</source>
        <translation>Kata sandi admin</translation>
    </message><message><source>Repeat the password</source>
        <translation>Ulangi kata sandi</translation>
    </message><message><source>Create the first admin account. The data are then encrypted: only someone who signs in can read them, also if the laptop is lost. Every record is kept.</source>
        <translation>Buat akun admin pertama. Setelah itu data dienkripsi: hanya orang yang masuk dengan akun yang dapat membacanya, juga bila laptop hilang. Semua data tetap tersimpan.</translation>
    </message><message><source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message></context><context><name>FingerprintPage</name><message><source>Office created</source>
        <translation>Kantor sudah dibuat</translation>
    </message><message><source>Write down this key fingerprint. The collecting hub compares it by phone before it accepts data from this office.</source>
        <translation>Catat sidik jari kunci ini. Kantor pengumpul mencocokkannya melalui telepon sebelum menerima data dari kantor ini.</translation>
    </message><message><source>It is also shown later under Settings.</source>
        <translation>Sidik jari ini juga dapat dilihat nanti di menu Pengaturan.</translation>
    </message><message><source>Office %1 — %2, %3.</source>
        <translation>Kantor %1 — %2, %3.</translation>
    </message></context><context><name>OfficePage</name><message><source>Database (collecting hub)</source>
        <translation>Basis data (kantor pengumpul)</translation>
    </message><message><source>empty: on this computer; or postgresql://user@server/database</source>
        <translation>kosong: di komputer ini; atau postgresql://pengguna@server/basisdata</translation>
    </message><message><source>server password</source>
        <translation>kata sandi server</translation>
    </message><message><source>Server</source>
        <translation>Server</translation>
    </message><message><source>Only for several staff on one database server; all computers then share this data folder.</source>
        <translation>Hanya untuk beberapa staf pada satu server basis data; semua komputer lalu berbagi folder data ini.</translation>
    </message><message><source>Every computer then uses this same data folder, on the office's shared drive; the server makes the backups.</source>
        <translation>Semua komputer lalu memakai folder data yang sama ini, di drive bersama kantor; cadangan dibuat oleh server.</translation>
    </message><message><source>Office</source>
        <translation>Kantor</translation>
    </message><message><source>First admin account</source>
        <translation>Akun admin pertama</translation>
    </message><message><source>e.g. admin.ambon</source>
        <translation>misalnya admin.ambon</translation>
    </message><message><source>e.g. Yohana Latuheru</source>
        <translation>misalnya Yohana Latuheru</translation>
    </message><message><source>Admin user name</source>
        <translation>Nama pengguna admin</translation>
    </message><message><source>Admin full name</source>
        <translation>Nama lengkap admin</translation>
    </message><message><source>Admin password</source>
        <translation>Kata sandi admin</translation>
    </message><message><source>Repeat the password</source>
        <translation>Ulangi kata sandi</translation>
    </message><message><source>At least %1 characters. The admin creates the other operators' accounts and signs in right after this step.</source>
        <translation>Minimal %1 karakter. Admin membuat akun operator lain dan langsung masuk setelah langkah ini.</translation>
    </message><message><source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message><message><source>Set up this office</source>
        <translation>Penyiapan kantor</translation>
    </message><message><source>This laptop has no office yet. Fill in the office once; enrolments are then numbered with its code.</source>
        <translation>Laptop ini belum memiliki kantor. Isi data kantor sekali saja; nomor pendaftaran kemudian memakai kodenya.</translation>
    </message><message><source>Create office</source>
        <translation>Buat Kantor</translation>
    </message><message><source>e.g. 8171A</source>
        <translation>misalnya 8171A</translation>
    </message><message><source>e.g. Disnaker Kota Ambon</source>
        <translation>misalnya Disnaker Kota Ambon</translation>
    </message><message><source>Field office: enrols workers</source>
        <translation>Kantor lapangan: mendaftarkan pekerja</translation>
    </message><message><source>Collecting hub: gathers the field offices' data</source>
        <translation>Kantor pengumpul: menghimpun data kantor lapangan</translation>
    </message><message><source>Office code</source>
        <translation>Kode kantor</translation>
    </message><message><source>2–10 capital letters or digits, as registered at the hub.</source>
        <translation>2–10 huruf besar atau angka, sesuai yang terdaftar di kantor pengumpul.</translation>
    </message><message><source>Office name</source>
        <translation>Nama kantor</translation>
    </message><message><source>Region</source>
        <translation>Wilayah</translation>
    </message><message><source>Role</source>
        <translation>Peran</translation>
    </message></context><context><name>RecoveryPage</name><message><source>Data encrypted</source>
        <translation>Data sudah dienkripsi</translation>
    </message><message><source>Every record was kept. From now on each operator signs in with a user name and password.</source>
        <translation>Semua data tetap tersimpan. Mulai sekarang setiap operator masuk dengan nama pengguna dan kata sandi.</translation>
    </message><message><source>&lt;b&gt;Older backups kept elsewhere&lt;/b&gt; (for example on USB sticks) are still not encrypted: delete them, and make a new backup.</source>
        <translation>&lt;b&gt;Cadangan lama yang disimpan di tempat lain&lt;/b&gt; (misalnya di flashdisk/USB) masih belum terenkripsi: hapus semuanya, lalu buat cadangan baru.</translation>
    </message></context><context><name>SecureWizard</name><message><source>Pekerja Desktop — protect the data</source>
        <translation>Pekerja Desktop — amankan data</translation>
    </message></context><context><name>SetupWizard</name><message><source>Pekerja Desktop — office setup</source>
        <translation>Pekerja Desktop — penyiapan kantor</translation>
    </message></context><context><name>BundleHistoryModel</name><message><source>Time</source>
        <translation>Waktu</translation>
    </message><message><source>Direction</source>
        <translation>Arah</translation>
    </message><message><source>Kind</source>
        <translation>Jenis</translation>
    </message><message><source>Office</source>
        <translation>Kantor</translation>
    </message><message><source>No.</source>
        <translation>No.</translation>
    </message><message><source>Records</source>
        <translation>Rekaman</translation>
    </message><message><source>Status</source>
        <translation>Status</translation>
    </message><message><source>Details</source>
        <translation>Rincian</translation>
    </message></context><context><name>BundlePreviewBox</name><message><source>Opened bundle</source>
        <translation>Paket yang dibuka</translation>
    </message><message><source>&amp;Import this bundle</source>
        <translation>&amp;Impor paket ini</translation>
    </message><message><source>Close</source>
        <translation>Tutup</translation>
    </message><message><source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message><message><source>Checking the bundle…</source>
        <translation>Memeriksa paket…</translation>
    </message><message><source>This bundle was already imported: importing it again changes nothing.</source>
        <translation>Paket ini sudah pernah diimpor: mengimpornya lagi tidak mengubah apa pun.</translation>
    </message><message><source>Bundle numbers not received yet from this office: %1. It can be imported; ask the office to export again.</source>
        <translation>Nomor paket dari kantor ini yang belum diterima: %1. Paket ini tetap bisa diimpor; minta kantor itu mengekspor ulang.</translation>
    </message><message><source>Signature and addressee checked: ready to import.</source>
        <translation>Tanda tangan dan alamat tujuan sudah diperiksa: siap diimpor.</translation>
    </message><message><source>%1 from %2 (%3) for %4</source>
        <translation>%1 dari %2 (%3) untuk %4</translation>
    </message><message><source>no. %1</source>
        <translation>no. %1</translation>
    </message><message><source>made %1</source>
        <translation>dibuat %1</translation>
    </message></context><context><name>DestinationPicker</name><message><source>No USB drive: plug one in or choose a folder</source>
        <translation>Tidak ada flashdisk: colokkan atau pilih folder</translation>
    </message><message><source>Rescan</source>
        <translation>Cari lagi</translation>
    </message><message><source>Look again for USB drives plugged in</source>
        <translation>Cari lagi flashdisk yang tercolok</translation>
    </message><message><source>Choose &amp;folder…</source>
        <translation>Pilih &amp;folder…</translation>
    </message><message><source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message><message><source>Choose where to write the bundle</source>
        <translation>Pilih tempat menulis paket</translation>
    </message></context><context><name>DropZone</name><message><source>Drop a sync bundle (.pekerja) here, or click to choose it</source>
        <translation>Tarik paket sinkronisasi (.pekerja) ke sini, atau klik untuk memilihnya</translation>
    </message><message><source>Choose a sync bundle</source>
        <translation>Pilih paket sinkronisasi</translation>
    </message><message><source>Sync bundles (*.pekerja *.zip);;All files (*)</source>
        <translation>Paket sinkronisasi (*.pekerja *.zip);;Semua berkas (*)</translation>
    </message></context><context><name>ExportBox</name><message><source>Send reference data to the offices</source>
        <translation>Kirim data referensi ke kantor</translation>
    </message><message><source>Send to the hub</source>
        <translation>Kirim ke kantor provinsi</translation>
    </message><message><source>&amp;Export reference bundles</source>
        <translation>&amp;Ekspor paket referensi</translation>
    </message><message><source>&amp;Export to the hub</source>
        <translation>&amp;Ekspor ke kantor provinsi</translation>
    </message><message><source>One bundle per registered office, with the hub's verdicts and KPJ numbers.</source>
        <translation>Satu paket untuk setiap kantor terdaftar, berisi keputusan kantor provinsi dan nomor KPJ.</translation>
    </message><message><source>Every finished record the hub has not confirmed yet goes into the bundle.</source>
        <translation>Semua rekaman selesai yang belum dikonfirmasi kantor provinsi masuk ke dalam paket.</translation>
    </message><message><source>Write to:</source>
        <translation>Tulis ke:</translation>
    </message></context><context><name>ImportBox</name><message><source>Receive office bundles</source>
        <translation>Terima paket dari kantor</translation>
    </message><message><source>Receive from the hub</source>
        <translation>Terima dari kantor provinsi</translation>
    </message><message><source>Drop an office's data bundle (.pekerja) here, or click to choose it.
The acknowledgement for the office is written beside it.</source>
        <translation>Tarik paket data kantor (.pekerja) ke sini, atau klik untuk memilihnya.
Tanda terima untuk kantor itu ditulis di sebelahnya.</translation>
    </message><message><source>Drop the bundle from the hub (.pekerja) here,
or click to choose it.</source>
        <translation>Tarik paket dari kantor provinsi (.pekerja) ke sini,
atau klik untuk memilihnya.</translation>
    </message></context><context><name>ListTabs</name><message><source>&amp;Open for correction</source>
        <translation>&amp;Buka untuk diperbaiki</translation>
    </message><message><source>The hub sent these records back. Open each one, correct it and save it: the next export sends the new version.</source>
        <translation>Kantor provinsi mengembalikan rekaman berikut. Buka satu per satu, perbaiki, lalu simpan: ekspor berikutnya mengirim versi barunya.</translation>
    </message><message><source>Registered offices (%1)</source>
        <translation>Kantor terdaftar (%1)</translation>
    </message><message><source>Bundle history</source>
        <translation>Riwayat paket</translation>
    </message><message><source>Not yet confirmed (%1)</source>
        <translation>Belum dikonfirmasi (%1)</translation>
    </message><message><source>Rejected by the hub (%1)</source>
        <translation>Ditolak kantor provinsi (%1)</translation>
    </message></context><context><name>PendingRecordsModel</name><message><source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
    </message><message><source>Name</source>
        <translation>Nama</translation>
    </message><message><source>Village</source>
        <translation>Desa</translation>
    </message><message><source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message></context><context><name>RegisteredOfficesModel</name><message><source>Code</source>
        <translation>Kode</translation>
    </message><message><source>Office</source>
        <translation>Kantor</translation>
    </message><message><source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message><message><source>Last bundle received</source>
        <translation>Paket terakhir diterima</translation>
    </message><message><source>Since then</source>
        <translation>Sejak itu</translation>
    </message><message><source>Last no.</source>
        <translation>No. terakhir</translation>
    </message></context><context><name>RejectedRecordsModel</name><message><source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
    </message><message><source>Name</source>
        <translation>Nama</translation>
    </message><message><source>Village</source>
        <translation>Desa</translation>
    </message><message><source>Why the hub rejected it</source>
        <translation>Alasan ditolak kantor provinsi</translation>
    </message><message><source>Since</source>
        <translation>Sejak</translation>
    </message></context><context><name>SyncKeys</name><message><source>Key files (*.json);;All files (*)</source>
        <translation>Berkas kunci (*.json);;Semua berkas (*)</translation>
    </message><message><source>Save the hub key file</source>
        <translation>Simpan berkas kunci kantor provinsi</translation>
    </message><message><source>Save the office key file</source>
        <translation>Simpan berkas kunci kantor</translation>
    </message><message><source>each office</source>
        <translation>setiap kantor</translation>
    </message><message><source>the hub</source>
        <translation>kantor provinsi</translation>
    </message><message><source>The key file was written to:
%1

Give it to %2 (on a USB drive or by e-mail). When they load it, read this fingerprint out to them by phone:</source>
        <translation>Berkas kunci ditulis ke:
%1

Serahkan kepada %2 (lewat flashdisk atau e-mail). Saat mereka memuatnya, bacakan sidik jari ini lewat telepon:</translation>
    </message><message><source>Register office %1?</source>
        <translation>Daftarkan kantor %1?</translation>
    </message><message><source>Fingerprints match: register</source>
        <translation>Sidik jari sama: daftarkan</translation>
    </message><message><source>Trust hub %1?</source>
        <translation>Percayai kantor provinsi %1?</translation>
    </message><message><source>Fingerprints match: trust</source>
        <translation>Sidik jari sama: percayai</translation>
    </message><message><source>%1 – %2

Phone them and ask them to read out the fingerprint shown when they saved this file. Accept only if it is exactly the same as:</source>
        <translation>%1 – %2

Telepon mereka dan minta dibacakan sidik jari yang muncul saat berkas ini disimpan. Terima hanya bila persis sama dengan:</translation>
    </message><message><source>This office already trusts hub %1. Trust hub %2 instead? Bundles from %1 will then be refused.</source>
        <translation>Kantor ini sudah mempercayai kantor provinsi %1. Percayai kantor provinsi %2 sebagai gantinya? Paket dari %1 selanjutnya akan ditolak.</translation>
    </message><message><source>Office %1 is already known here with another key (fingerprint %2). The new key has fingerprint %3. Replace it only if the office confirmed the new key by phone (a new laptop, a reinstall).</source>
        <translation>Kantor %1 sudah dikenal di sini dengan kunci lain (sidik jari %2). Kunci baru bersidik jari %3. Ganti hanya bila kantor itu sudah memastikan kunci barunya lewat telepon (laptop baru, instal ulang).</translation>
    </message><message><source>Choose the office's key file</source>
        <translation>Pilih berkas kunci kantor</translation>
    </message><message><source>Choose the hub's key file</source>
        <translation>Pilih berkas kunci kantor provinsi</translation>
    </message><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>Replace the key?</source>
        <translation>Ganti kunci?</translation>
    </message><message><source>Replace</source>
        <translation>Ganti</translation>
    </message><message><source>Keep the current one</source>
        <translation>Pertahankan yang lama</translation>
    </message></context><context><name>SyncLabels</name><message><source>Outgoing</source>
        <translation>Keluar</translation>
    </message><message><source>Incoming</source>
        <translation>Masuk</translation>
    </message><message><source>Enrolment data</source>
        <translation>Data pendaftaran</translation>
    </message><message><source>Acknowledgement</source>
        <translation>Tanda terima</translation>
    </message><message><source>Reference data</source>
        <translation>Data referensi</translation>
    </message><message><source>Sent</source>
        <translation>Terkirim</translation>
    </message><message><source>Confirmed by the hub</source>
        <translation>Dikonfirmasi kantor provinsi</translation>
    </message><message><source>Imported</source>
        <translation>Diimpor</translation>
    </message><message><source>Already imported</source>
        <translation>Sudah diimpor</translation>
    </message><message><source>%1 records</source>
        <translation>%1 rekaman</translation>
    </message><message><source>%1 print batches</source>
        <translation>%1 catatan cetak</translation>
    </message><message><source>%1 new</source>
        <translation>%1 baru</translation>
    </message><message><source>%1 updated</source>
        <translation>%1 diperbarui</translation>
    </message><message><source>%1 unchanged</source>
        <translation>%1 sama</translation>
    </message><message><source>%1 older</source>
        <translation>%1 lebih lama</translation>
    </message><message><source>%1 conflicts</source>
        <translation>%1 konflik</translation>
    </message><message><source>%1 refused</source>
        <translation>%1 ditolak</translation>
    </message><message><source>%1 accepted</source>
        <translation>%1 diterima</translation>
    </message><message><source>%1 rejected</source>
        <translation>%1 ditolak</translation>
    </message><message><source>%1 duplicates</source>
        <translation>%1 ganda</translation>
    </message><message><source>%1 new KPJ numbers</source>
        <translation>%1 nomor KPJ baru</translation>
    </message><message><source>%1 recovered</source>
        <translation>%1 dipulihkan</translation>
    </message><message><source>%1 record</source>
        <translation>%1 rekaman</translation>
    </message><message><source>%1 print batch</source>
        <translation>%1 catatan cetak</translation>
    </message><message><source>%1 conflict</source>
        <translation>%1 konflik</translation>
    </message><message><source>%1 duplicate</source>
        <translation>%1 ganda</translation>
    </message><message><source>%1 new KPJ number</source>
        <translation>%1 nomor KPJ baru</translation>
    </message><message><source>never</source>
        <translation>belum pernah</translation>
    </message><message><source>today</source>
        <translation>hari ini</translation>
    </message><message><source>yesterday</source>
        <translation>kemarin</translation>
    </message><message><source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message><message><source>numbers not received: %1</source>
        <translation>nomor yang belum diterima: %1</translation>
    </message><message><source>Confirmed on %1</source>
        <translation>Dikonfirmasi pada %1</translation>
    </message><message><source>%1 free</source>
        <translation>sisa %1</translation>
    </message><message><source>%1 not recovered (failing the rules)</source>
        <translation>%1 tidak dipulihkan (tidak memenuhi aturan)</translation>
    </message></context><context><name>SyncPage</name><message><source>%1 is no longer there: plug the drive in again or choose another folder.</source>
        <translation>%1 tidak ada lagi: colokkan kembali flashdisk atau pilih folder lain.</translation>
    </message><message><source>Writing the reference bundles…</source>
        <translation>Menulis paket referensi…</translation>
    </message><message><source>Writing the bundle…</source>
        <translation>Menulis paket…</translation>
    </message><message><source>Cancelled: no bundle was written.</source>
        <translation>Dibatalkan: tidak ada paket yang ditulis.</translation>
    </message><message><source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message><message><source>Cancelled: nothing was imported.</source>
        <translation>Dibatalkan: tidak ada yang diimpor.</translation>
    </message><message><source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message><message><source>Another task is running: open the bundle again when it is done.</source>
        <translation>Pekerjaan lain sedang berjalan: buka paketnya lagi setelah selesai.</translation>
    </message><message><source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message><message><source>The sync history could not be read: %1</source>
        <translation>Riwayat sinkronisasi tidak dapat dibaca: %1</translation>
    </message><message><source>Registered offices: %1</source>
        <translation>Kantor terdaftar: %1</translation>
    </message><message><source>no bundle for more than %1 days: %2</source>
        <translation>tanpa paket lebih dari %1 hari: %2</translation>
    </message><message><source>Last export: %1</source>
        <translation>Ekspor terakhir: %1</translation>
    </message><message><source>Not yet exported: %1</source>
        <translation>Belum diekspor: %1</translation>
    </message><message><source>Not yet confirmed by the hub: %1</source>
        <translation>Belum dikonfirmasi kantor provinsi: %1</translation>
    </message><message><source>Rejected by the hub: %1</source>
        <translation>Ditolak kantor provinsi: %1</translation>
    </message><message><source>It has been %1 days since the last export (limit: %2 days). Export to the hub today.</source>
        <translation>Sudah %1 hari sejak ekspor terakhir (batas: %2 hari). Ekspor ke kantor provinsi hari ini.</translation>
    </message><message><source>Finished records the hub has not confirmed yet. They go into every export until the hub's acknowledgement comes back.</source>
        <translation>Rekaman selesai yang belum dikonfirmasi kantor provinsi. Rekaman ini ikut di setiap ekspor sampai tanda terima dari kantor provinsi kembali.</translation>
    </message><message><source>Showing the first %1 of %2.</source>
        <translation>Yang tampil: %1 pertama dari %2.</translation>
    </message><message><source>Each office's last bundle; in red when none came for more than %1 days.</source>
        <translation>Paket terakhir dari setiap kantor; merah bila lebih dari %1 hari tidak ada paket.</translation>
    </message><message><source>Each office sends its key file once: register it after comparing the fingerprint by phone.</source>
        <translation>Setiap kantor mengirim berkas kuncinya sekali: daftarkan setelah sidik jarinya dicocokkan lewat telepon.</translation>
    </message><message><source>Trusted hub: %1 – %2 (fingerprint %3)</source>
        <translation>Kantor provinsi tepercaya: %1 – %2 (sidik jari %3)</translation>
    </message><message><source>No hub trusted yet: load the hub's key file with “Trust the hub” before the first export.</source>
        <translation>Belum ada kantor provinsi tepercaya: muat berkas kunci kantor provinsi dengan “Percayai kantor provinsi” sebelum ekspor pertama.</translation>
    </message><message><source>Register an office first.</source>
        <translation>Daftarkan kantor terlebih dahulu.</translation>
    </message><message><source>Trust the hub first.</source>
        <translation>Percayai kantor provinsi terlebih dahulu.</translation>
    </message></context><context><name>SyncResults</name><message><source>Reference bundles written to %1 for: %2. Each was read back and checked.</source>
        <translation>Paket referensi ditulis ke %1 untuk: %2. Setiap paket sudah dibaca ulang dan diperiksa.</translation>
    </message><message><source>Bundle no. %1 for the hub written: %2 records, read back and checked.
%3</source>
        <translation>Paket no. %1 untuk kantor provinsi ditulis: %2 rekaman, sudah dibaca ulang dan diperiksa.
%3</translation>
    </message><message><source>Bundle no. %1 from %2 was already imported: nothing changed.</source>
        <translation>Paket no. %1 dari %2 sudah pernah diimpor: tidak ada yang berubah.</translation>
    </message><message><source>Bundle no. %1 from office %2 imported: %3.</source>
        <translation>Paket no. %1 dari kantor %2 diimpor: %3.</translation>
    </message><message><source>Bundle no. %1 from the hub imported: %2.</source>
        <translation>Paket no. %1 dari kantor provinsi diimpor: %2.</translation>
    </message><message><source>Open each rejected record to correct it.</source>
        <translation>Buka setiap rekaman yang ditolak untuk memperbaikinya.</translation>
    </message><message><source>Bundle numbers not received yet: %1. Ask the office to export again.</source>
        <translation>Nomor paket yang belum diterima: %1. Minta kantor itu mengekspor ulang.</translation>
    </message><message><source>Acknowledgement for the office (take it back to them): %1</source>
        <translation>Tanda terima untuk kantor (bawa kembali ke kantor itu): %1</translation>
    </message><message><source>Records failing the rules were not stored: the acknowledgement returns each to the office with its reasons.</source>
        <translation>Rekaman yang tidak memenuhi aturan tidak disimpan: tanda terima mengembalikan masing-masing ke kantor beserta alasannya.</translation>
    </message></context><context><name>TrustBox</name><message><source>Keys (set up once, fingerprints compared by phone)</source>
        <translation>Kunci (disiapkan sekali, sidik jari dicocokkan lewat telepon)</translation>
    </message><message><source>Save the &amp;hub key file…</source>
        <translation>Simpan berkas kunci kantor &amp;provinsi…</translation>
    </message><message><source>Save the office &amp;key file…</source>
        <translation>Simpan berkas &amp;kunci kantor…</translation>
    </message><message><source>&amp;Register an office…</source>
        <translation>&amp;Daftarkan kantor…</translation>
    </message><message><source>&amp;Trust the hub…</source>
        <translation>&amp;Percayai kantor provinsi…</translation>
    </message><message><source>This office's fingerprint:</source>
        <translation>Sidik jari kantor ini:</translation>
    </message></context><context><name>BusyRow</name><message><source>Cancel</source>
        <translation>Batal</translation>
    </message><message><source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message></context><context><name>DateEdit</name><message><source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message></context><context><name>Messages</name><message><source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message><message><source>The data typed into this form have not been saved. Discard them?</source>
        <translation>Data yang diketik di formulir ini belum disimpan. Buang data tersebut?</translation>
    </message><message><source>Discard</source>
        <translation>Buang</translation>
    </message><message><source>Keep editing</source>
        <translation>Lanjut Mengisi</translation>
    </message><message><source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message><message><source>Information</source>
        <translation>Informasi</translation>
    </message></context><context><name>RecoveryKeyBox</name><message><source>&lt;b&gt;Recovery key — shown only this once.&lt;/b&gt; Print it or write it down and keep it at the provincial office. It opens this office's data when every password is lost.</source>
        <translation>&lt;b&gt;Kunci pemulihan — hanya ditampilkan sekali ini.&lt;/b&gt; Cetak atau catat, lalu simpan di kantor provinsi. Kunci ini membuka data kantor ini bila semua kata sandi hilang.</translation>
    </message><message><source>&amp;Print the key sheet…</source>
        <translation>&amp;Cetak lembar kunci…</translation>
    </message><message><source>&amp;Save the key sheet as PDF…</source>
        <translation>&amp;Simpan lembar kunci sebagai PDF…</translation>
    </message><message><source>A PDF of the key opens this office's data: save it on a USB stick that is kept at the provincial office, never on this laptop.</source>
        <translation>PDF kunci ini membuka data kantor ini: simpan di flashdisk yang disimpan di kantor provinsi, jangan pernah di laptop ini.</translation>
    </message><message><source>I have written down or printed the recovery key</source>
        <translation>Saya sudah mencatat atau mencetak kunci pemulihan</translation>
    </message><message><source>Printing from this window needs a PDF renderer: save the sheet as PDF and print it from a PDF reader.</source>
        <translation>Mencetak dari jendela ini memerlukan penampil PDF: simpan lembarnya sebagai PDF lalu cetak dari aplikasi pembaca PDF.</translation>
    </message><message><source>Save the recovery key sheet</source>
        <translation>Simpan lembar kunci pemulihan</translation>
    </message><message><source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message><message><source>Key sheet saved: %1</source>
        <translation>Lembar kunci disimpan: %1</translation>
    </message><message><source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message><message><source>Key sheet sent to the printer.</source>
        <translation>Lembar kunci dikirim ke printer.</translation>
    </message></context><context><name>RegionPicker</name><message><source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message><message><source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message><message><source>Village (desa/kelurahan)</source>
        <translation>Desa/kelurahan</translation>
    </message><message><source>All</source>
        <translation>Semua</translation>
    </message><message><source>Name or code</source>
        <translation>Nama atau kode</translation>
    </message></context><context><name>RoleNames</name><message><source>Clerk</source>
        <translation>Petugas</translation>
    </message><message><source>Supervisor</source>
        <translation>Supervisor</translation>
    </message><message><source>Admin</source>
        <translation>Admin</translation>
    </message></context></TS>