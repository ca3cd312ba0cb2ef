<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>BackupHooks</name>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_hooks.py" line="43" />
            <source>Daily backup made.</source>
            <translation>Cadangan harian dibuat.</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_model.py" line="28" />
            <source>Made at</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_model.py" line="29" />
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_model.py" line="30" />
            <source>Participants</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_model.py" line="31" />
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_model.py" line="32" />
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_model.py" line="35" />
            <source>On exit</source>
            <translation>Saat keluar</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_model.py" line="36" />
            <source>Daily</source>
            <translation>Harian</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_model.py" line="37" />
            <source>By hand</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_model.py" line="38" />
            <source>Before a restore</source>
            <translation>Sebelum pemulihan</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_model.py" line="39" />
            <source>Before an upgrade</source>
            <translation>Sebelum pembaruan</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="64" />
            <source>Unexpected error: %1</source>
            <translation>Kesalahan tak terduga: %1</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="73" />
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="79" />
            <source>&amp;Backup now</source>
            <translation>&amp;Cadangkan sekarang</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="80" />
            <source>Backup to &amp;USB…</source>
            <translation>Cadangkan ke &amp;USB…</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="81" />
            <source>&amp;Restore selected…</source>
            <translation>&amp;Pulihkan yang dipilih…</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="82" />
            <source>Restore from &amp;file…</source>
            <translation>Pulihkan dari &amp;berkas…</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="127" />
            <source>Pekerja Desktop backs up this office's data when it closes and once a day; the newest %1 are kept in %2. Backups are encrypted like the database itself. Keep a copy on a USB stick away from this laptop.</source>
            <translation>Pekerja Desktop mencadangkan data kantor ini saat ditutup dan sekali sehari; %1 cadangan terbaru disimpan di %2. Cadangan terenkripsi seperti basis datanya. Simpan satu salinan di USB, jauh dari laptop ini.</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="128" />
            <source>This office's database is on the PostgreSQL server %1. It is backed up and restored there, with the server's own tools (pg_dump, pg_basebackup); the buttons below are for a database file.</source>
            <translation>Basis data kantor ini ada di server PostgreSQL %1. Cadangan dan pemulihannya dibuat di sana, dengan alat server itu sendiri (pg_dump, pg_basebackup); tombol di bawah ini untuk basis data berkas.</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="154" />
            <source>The database is on a server: use the server's backup tools.</source>
            <translation>Basis data ada di server: gunakan alat cadangan server.</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="149" />
            <source>Choose the USB stick or folder for the backup</source>
            <translation>Pilih USB atau folder untuk cadangan</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="156" />
            <source>Backing up…</source>
            <translation>Mencadangkan…</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="161" />
            <source>Backup made and checked: %1 participants, %2.

%3</source>
            <translation>Cadangan dibuat dan diperiksa: %1 peserta, %2.

%3</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="163" />
            <source>Backup made</source>
            <translation>Cadangan dibuat</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="167" />
            <source>Backup or restore failed</source>
            <translation>Pencadangan atau pemulihan gagal</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="177" />
            <source>Choose the backup to restore</source>
            <translation>Pilih cadangan yang akan dipulihkan</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="179" />
            <source>Pekerja Desktop backups (*.sqlite)</source>
            <translation>Cadangan Pekerja Desktop (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="188" />
            <source>This backup cannot be restored</source>
            <translation>Cadangan ini tidak dapat dipulihkan</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="190" />
            <source>Restore this backup?</source>
            <translation>Pulihkan cadangan ini?</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="191" />
            <source>Restore</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="191" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="195" />
            <source>Restoring…</source>
            <translation>Memulihkan…</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="201" />
            <source> (now %1 participants)</source>
            <translation> (sekarang %1 peserta)</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="203" />
            <source>This backup is from %1 and holds %2 participants.

Everything entered on this laptop after %1 is replaced by the backup%3. A copy of the current data is kept in the backups folder first.

Afterwards Pekerja Desktop closes; open it again and sign in.</source>
            <translation>Cadangan ini dibuat %1 dan berisi %2 peserta.

Semua yang dimasukkan di laptop ini setelah %1 diganti oleh cadangan%3. Salinan data sekarang disimpan dahulu di folder cadangan.

Sesudahnya Pekerja Desktop ditutup; buka lagi lalu masuk.</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="210" />
            <source>Backup restored</source>
            <translation>Cadangan dipulihkan</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="216" />
            <source>Restored the backup of %1 (%2 participants).</source>
            <translation>Cadangan %1 dipulihkan (%2 peserta).</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="219" />
            <source>The data before the restore were kept in %1.</source>
            <translation>Data sebelum pemulihan disimpan di %1.</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="222" />
            <source>No account can sign in to the restored data: use the recovery key (pekerja-desktop recover).</source>
            <translation>Belum ada akun yang dapat masuk ke data yang dipulihkan: gunakan kunci pemulihan (pekerja-desktop recover).</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/backup_page.py" line="224" />
            <source>Pekerja Desktop closes now: open it again and sign in.</source>
            <translation>Pekerja Desktop ditutup sekarang: buka lagi lalu masuk.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="27" />
            <source>The database is damaged</source>
            <translation>Basis data rusak</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="29" />
            <source>Pekerja Desktop found damage in this office's database.</source>
            <translation>Pekerja Desktop menemukan kerusakan pada basis data kantor ini.</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="32" />
            <source>Records saved from now on might be lost. The safest way on is to restore the newest good backup: everything entered after it must then be entered again (from the paper forms).</source>
            <translation>Data yang disimpan mulai sekarang bisa hilang. Jalan paling aman adalah memulihkan cadangan baik yang terbaru: semua yang dimasukkan setelahnya harus dimasukkan lagi (dari formulir kertas).</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="34" />
            <source>What the check found: %1</source>
            <translation>Hasil pemeriksaan: %1</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="36" />
            <source>Looking for the newest good backup…</source>
            <translation>Mencari cadangan baik yang terbaru…</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="38" />
            <source>&amp;Restore this backup</source>
            <translation>&amp;Pulihkan cadangan ini</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="39" />
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="67" />
            <source>Checking the backups…</source>
            <translation>Memeriksa cadangan…</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="74" />
            <source>No good backup was found in %1. Do not enter new data. Restore a backup from a USB stick (Settings → Backups → Restore from file…) or call the provincial office.</source>
            <translation>Tidak ada cadangan baik di %1. Jangan memasukkan data baru. Pulihkan cadangan dari USB (Pengaturan → Cadangan → Pulihkan dari berkas…) atau hubungi kantor provinsi.</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="79" />
            <source>Newest good backup: %1, %2 participants (%3). Restoring it keeps a copy of the damaged data in the backups folder, then Pekerja Desktop closes; open it again and sign in.</source>
            <translation>Cadangan baik terbaru: %1, %2 peserta (%3). Saat dipulihkan, salinan data yang rusak disimpan di folder cadangan, lalu Pekerja Desktop ditutup; buka lagi lalu masuk.</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="84" />
            <source>Newest good backup: %1, %2 participants (%3). Only a supervisor or an admin may restore it: close Pekerja Desktop and ask one to sign in.</source>
            <translation>Cadangan baik terbaru: %1, %2 peserta (%3). Hanya supervisor atau admin yang boleh memulihkannya: tutup Pekerja Desktop dan minta salah satunya masuk.</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="101" />
            <source>Restoring…</source>
            <translation>Memulihkan…</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="105" />
            <source>Backup restored</source>
            <translation>Cadangan dipulihkan</translation>
        </message>
        <message>
            <location filename="../../src/pekerja_desktop/ui/recovery_dialog.py" line="111" />
            <source>Restore failed</source>
            <translation>Pemulihan gagal</translation>
        </message>
    </context>
</TS>
