<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
</TS>
