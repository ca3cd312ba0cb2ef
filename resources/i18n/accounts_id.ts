<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountDialogs</name>
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
</TS>
