<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Suggest another</source>
        <translation>Usulkan yang lain</translation>
    </message>
    <message>
        <source>At least %1 characters. Give it to the person privately: they choose their own at the first sign-in.</source>
        <translation>Minimal %1 karakter. Berikan secara pribadi kepada orangnya: ia memilih kata sandinya sendiri saat pertama kali masuk.</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>Kata sandi &amp;sementara</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Pe&amp;ran</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Terkunci sampai</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Kata sandi diatur</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Active, temporary password</source>
        <translation>Aktif, kata sandi sementara</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Each person who uses this laptop signs in with their own account. Clerks enrol and print; supervisors also correct, confirm warnings and send data; admins also manage accounts and settings.</source>
        <translation>Setiap orang yang memakai laptop ini masuk dengan akunnya sendiri. Petugas mendaftarkan dan mencetak; supervisor juga mengoreksi data, mengonfirmasi peringatan dan mengirim data; admin juga mengelola akun dan pengaturan.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Akun &amp;baru…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Ubah &amp;peran…</translation>
    </message>
    <message>
        <source>&amp;Temporary password…</source>
        <translation>Kata sandi &amp;sementara…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Buka &amp;kunci</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>&amp;Aktifkan kembali…</translation>
    </message>
    <message>
        <source>For a forgotten password: the person chooses a new one at sign-in.</source>
        <translation>Untuk kata sandi yang terlupa: orangnya memilih kata sandi baru saat masuk.</translation>
    </message>
    <message>
        <source>Ends the 5-minute lock after too many wrong passwords.</source>
        <translation>Mengakhiri penguncian 5 menit setelah terlalu banyak kata sandi salah.</translation>
    </message>
    <message>
        <source>Account %1 created (%2). Give them the temporary password; they choose their own at the first sign-in.</source>
        <translation>Akun %1 dibuat (%2). Berikan kata sandi sementara kepadanya; ia memilih kata sandinya sendiri saat pertama kali masuk.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
    <message>
        <source>%1 is active again with a temporary password.</source>
        <translation>%1 aktif kembali dengan kata sandi sementara.</translation>
    </message>
    <message>
        <source>%1 has a temporary password now and chooses a new one at the next sign-in.</source>
        <translation>%1 kini memakai kata sandi sementara dan memilih kata sandi baru saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 boleh masuk lagi.</translation>
    </message>
    <message>
        <source>Deactivate %1? Their password stops working at once; their records stay.</source>
        <translation>Nonaktifkan %1? Kata sandinya langsung tidak berlaku; data yang ia daftarkan tetap tersimpan.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Nonaktifkan akun</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 sudah dinonaktifkan.</translation>
    </message>
    <message>
        <source>Not for your own account: another admin does it (your own password: the menu on your name, top right).</source>
        <translation>Tidak untuk akun Anda sendiri: admin lain yang melakukannya (kata sandi Anda sendiri: menu pada nama Anda, kanan atas).</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Viewing %1 · %2 (read only)</source>
        <translation>Melihat %1 · %2 (hanya baca)</translation>
    </message>
    <message>
        <source>Not saved: a supervisor confirms the warnings marked ⚠. Save it as a draft (Ctrl+Shift+S) for the supervisor.</source>
        <translation>Belum tersimpan: peringatan bertanda ⚠ dikonfirmasi oleh supervisor. Simpan sebagai draf (Ctrl+Shift+S) untuk supervisor.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyBox</name>
    <message>
        <source>&lt;b&gt;Recovery key — shown only this once.&lt;/b&gt; Print it or write it down and keep it at the provincial office. It opens this office's data when every password is lost.</source>
        <translation>&lt;b&gt;Kunci pemulihan — hanya ditampilkan sekali ini.&lt;/b&gt; Cetak atau catat, lalu simpan di kantor provinsi. Kunci ini membuka data kantor ini bila semua kata sandi hilang.</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>Saya sudah mencatat atau mencetak kunci pemulihan</translation>
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
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) at %3. Type your password to continue where you left off.</source>
        <translation>Masuk sebagai %1 (%2) di %3. Ketik kata sandi Anda untuk melanjutkan pekerjaan tadi.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Another operator may sign in; what was not saved is lost.</source>
        <translation>Operator lain dapat masuk; data yang belum disimpan akan hilang.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Kata sandi salah.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>%1 — sign in</source>
        <translation>%1 — masuk</translation>
    </message>
    <message>
        <source>e.g. maria.s</source>
        <translation>misalnya maria.s</translation>
    </message>
    <message>
        <source>Forgot your password? The office admin can set a temporary one.</source>
        <translation>Lupa kata sandi? Admin kantor dapat memberi kata sandi sementara.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Ketik nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>After %1 wrong passwords the account is locked for %2 minutes.</source>
        <translation>Setelah %1 kali salah, akun dikunci selama %2 menit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda sudah diganti.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>e.g. maria.s (small letters, digits, dot)</source>
        <translation>misalnya maria.s (huruf kecil, angka, titik)</translation>
    </message>
    <message>
        <source>e.g. Maria Sahetapy</source>
        <translation>misalnya Maria Sahetapy</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Database (collecting hub)</source>
        <translation>Basis data (kantor pengumpul)</translation>
    </message>
    <message>
        <source>empty: on this computer; or postgresql://user@server/database</source>
        <translation>kosong: di komputer ini; atau postgresql://pengguna@server/basisdata</translation>
    </message>
    <message>
        <source>server password</source>
        <translation>kata sandi server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Only for several staff on one database server; all computers then share this data folder.</source>
        <translation>Hanya untuk beberapa staf pada satu server basis data; semua komputer lalu berbagi folder data ini.</translation>
    </message>
    <message>
        <source>Every computer then uses this same data folder, on the office&apos;s shared drive; the server makes the backups.</source>
        <translation>Semua komputer lalu memakai folder data yang sama ini, di drive bersama kantor; cadangan dibuat oleh server.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>First admin account</source>
        <translation>Akun admin pertama</translation>
    </message>
    <message>
        <source>e.g. admin.ambon</source>
        <translation>misalnya admin.ambon</translation>
    </message>
    <message>
        <source>e.g. Yohana Latuheru</source>
        <translation>misalnya Yohana Latuheru</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Nama pengguna admin</translation>
    </message>
    <message>
        <source>Admin full name</source>
        <translation>Nama lengkap admin</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Kata sandi admin</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>At least %1 characters. The admin creates the other operators' accounts and signs in right after this step.</source>
        <translation>Minimal %1 karakter. Admin membuat akun operator lain dan langsung masuk setelah langkah ini.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>%1: your password was set by the admin. Choose your own password before you continue.</source>
        <translation>%1: kata sandi Anda diatur oleh admin. Pilih kata sandi Anda sendiri sebelum melanjutkan.</translation>
    </message>
    <message>
        <source>New password for %1.</source>
        <translation>Kata sandi baru untuk %1.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Kata sandi &amp;saat ini</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>Kata sandi &amp;sementara</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>At least %1 characters. A short sentence is easier to remember than a code.</source>
        <translation>Minimal %1 karakter. Kalimat pendek lebih mudah diingat daripada kode.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari yang sekarang.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Show the full NIK of the selected participant (personal data: recorded in the audit trail)</source>
        <translation>Tampilkan NIK lengkap peserta yang dipilih (data pribadi: dicatat dalam jejak audit)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reactivate %1</source>
        <translation>Aktifkan kembali %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Kata sandi baru untuk %1</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Atur kata sandi</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of %1</source>
        <translation>Peran %1</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Clerk: enrols, edits own records until exported, prints.
Supervisor: also edits any record, confirms warnings, exports, imports, reprints.
Admin: also accounts and settings.</source>
        <translation>Petugas: mendaftarkan, mengubah data sendiri sampai dikirim, mencetak.
Supervisor: juga mengubah data siapa pun, mengonfirmasi peringatan, mengekspor, mengimpor, mencetak ulang.
Admin: juga akun dan pengaturan.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Clerk</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Screen lock</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>Kunci setelah tanpa aktivitas selama</translation>
    </message>
    <message>
        <source>The window then asks the operator's password; what was typed stays.</source>
        <translation>Jendela lalu meminta kata sandi operator; yang sudah diketik tetap ada.</translation>
    </message>
    <message>
        <source>Saved: the window locks after %1 minutes without input.</source>
        <translation>Tersimpan: jendela terkunci setelah %1 menit tanpa aktivitas.</translation>
    </message>
</context>
</TS>
