<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
</TS>
