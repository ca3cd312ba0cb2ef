<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BackupModel</name>
    <message>
        <source>Made at</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>Saat keluar</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Sebelum pembaruan</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Backup to &amp;USB…</source>
        <translation>Cadangkan ke &amp;USB…</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Pulihkan yang dipilih…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Pulihkan dari &amp;berkas…</translation>
    </message>
    <message>
        <source>This office&apos;s database is on the PostgreSQL server %1. It is backed up and restored there, with the server&apos;s own tools (pg_dump, pg_basebackup); the buttons below are for a database file.</source>
        <translation>Basis data kantor ini ada di server PostgreSQL %1. Cadangan dan pemulihannya dibuat di sana, dengan alat server itu sendiri (pg_dump, pg_basebackup); tombol di bawah ini untuk basis data berkas.</translation>
    </message>
    <message>
        <source>Pekerja Desktop backs up this office&apos;s data when an operator signs out, when it closes and once a day; the newest %1 are kept in %2. Backups are encrypted like the database itself. Keep a copy on a USB stick away from this laptop.</source>
        <translation>Pekerja Desktop mencadangkan data kantor ini saat operator keluar akun, saat ditutup dan sekali sehari; %1 cadangan terbaru disimpan di %2. Cadangan terenkripsi seperti basis datanya. Simpan satu salinan di flashdisk, jauh dari laptop ini.</translation>
    </message>
    <message>
        <source>The database is on a server: use the server&apos;s backup tools.</source>
        <translation>Basis data ada di server: gunakan alat cadangan server.</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder for the backup</source>
        <translation>Pilih USB atau folder untuk cadangan</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1 participants, %2.

%3</source>
        <translation>Cadangan dibuat dan diperiksa: %1 peserta, %2.

%3</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>Backup or restore failed</source>
        <translation>Pencadangan atau pemulihan gagal</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Pilih cadangan yang akan dipulihkan</translation>
    </message>
    <message>
        <source>Pekerja Desktop backups (*.sqlite)</source>
        <translation>Cadangan Pekerja Desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Cadangan ini tidak dapat dipulihkan</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Pulihkan cadangan ini?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source> (now %1 participants)</source>
        <translation> (sekarang %1 peserta)</translation>
    </message>
    <message>
        <source>This backup is from %1 and holds %2 participants.

Everything entered on this laptop after %1 is replaced by the backup%3. A copy of the current data is kept in the backups folder first.

Afterwards Pekerja Desktop closes; open it again and sign in.</source>
        <translation>Cadangan ini dibuat %1 dan berisi %2 peserta.

Semua yang dimasukkan di laptop ini setelah %1 diganti oleh cadangan%3. Salinan data sekarang disimpan dahulu di folder cadangan.

Sesudahnya Pekerja Desktop ditutup; buka lagi lalu masuk.</translation>
    </message>
    <message>
        <source>The bills closed after this backup was made (%1) are kept: a closed bill never goes back to an earlier state.</source>
        <translation>Tagihan yang ditutup sesudah cadangan ini dibuat (%1) tetap disimpan: tagihan yang sudah ditutup tidak pernah kembali ke keadaan lama.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2 participants).</source>
        <translation>Cadangan %1 dipulihkan (%2 peserta).</translation>
    </message>
    <message>
        <source>The data before the restore were kept in %1.</source>
        <translation>Data sebelum pemulihan disimpan di %1.</translation>
    </message>
    <message>
        <source>The bills closed after that backup were kept: %1.</source>
        <translation>Tagihan yang ditutup sesudah cadangan itu tetap disimpan: %1.</translation>
    </message>
    <message>
        <source>No account can sign in to the restored data: use the recovery key (pekerja-desktop recover).</source>
        <translation>Belum ada akun yang dapat masuk ke data yang dipulihkan: gunakan kunci pemulihan (pekerja-desktop recover).</translation>
    </message>
    <message>
        <source>Pekerja Desktop closes now: open it again and sign in.</source>
        <translation>Pekerja Desktop ditutup sekarang: buka lagi lalu masuk.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>Pekerja Desktop found damage in this office&apos;s database.</source>
        <translation>Pekerja Desktop menemukan kerusakan pada basis data kantor ini.</translation>
    </message>
    <message>
        <source>Records saved from now on might be lost. The safest way on is to restore the newest good backup: everything entered after it must then be entered again (from the paper forms).</source>
        <translation>Data yang disimpan mulai sekarang bisa hilang. Jalan paling aman adalah memulihkan cadangan baik yang terbaru: semua yang dimasukkan setelahnya harus dimasukkan lagi (dari formulir kertas).</translation>
    </message>
    <message>
        <source>What the check found: %1</source>
        <translation>Hasil pemeriksaan: %1</translation>
    </message>
    <message>
        <source>Looking for the newest good backup…</source>
        <translation>Mencari cadangan baik yang terbaru…</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Pulihkan cadangan ini</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Do not enter new data. Restore a backup from a USB stick (Settings → Backups → Restore from file…) or call the provincial office.</source>
        <translation>Tidak ada cadangan baik di %1. Jangan memasukkan data baru. Pulihkan cadangan dari USB (Pengaturan → Cadangan → Pulihkan dari berkas…) atau hubungi kantor provinsi.</translation>
    </message>
    <message>
        <source>Newest good backup: %1, %2 participants (%3). Restoring it keeps a copy of the damaged data in the backups folder, then Pekerja Desktop closes; open it again and sign in.</source>
        <translation>Cadangan baik terbaru: %1, %2 peserta (%3). Saat dipulihkan, salinan data yang rusak disimpan di folder cadangan, lalu Pekerja Desktop ditutup; buka lagi lalu masuk.</translation>
    </message>
    <message>
        <source>Newest good backup: %1, %2 participants (%3). Only a supervisor or an admin may restore it: close Pekerja Desktop and ask one to sign in.</source>
        <translation>Cadangan baik terbaru: %1, %2 peserta (%3). Hanya supervisor atau admin yang boleh memulihkannya: tutup Pekerja Desktop dan minta salah satunya masuk.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Pemulihan gagal</translation>
    </message>
</context>
</TS>
