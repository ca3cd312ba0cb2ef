<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="37"/>
        <source>Protect this office&apos;s data</source>
        <translation>Amankan data kantor ini</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="38"/>
        <source>These data were made by an older version of Pekerja Desktop: they are not encrypted and there are no user accounts yet.</source>
        <translation>Data ini dibuat oleh versi lama Pekerja Desktop: belum terenkripsi dan belum ada akun pengguna.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="41"/>
        <source>Encrypt the data</source>
        <translation>Enkripsi Data</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="46"/>
        <source>e.g. admin.ambon</source>
        <translation>misalnya admin.ambon</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="53"/>
        <source>Admin user name</source>
        <translation>Nama pengguna admin</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="54"/>
        <source>Admin full name</source>
        <translation>Nama lengkap admin</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="55"/>
        <source>Admin password</source>
        <translation>Kata sandi admin</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="56"/>
        <source>Repeat the password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="60"/>
        <source>Create the first admin account. The data are then encrypted: only someone who signs in can read them, also if the laptop is lost. Every record is kept.</source>
        <translation>Buat akun admin pertama. Setelah itu data dienkripsi: hanya orang yang masuk dengan akun yang dapat membacanya, juga bila laptop hilang. Semua data tetap tersimpan.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="74"/>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="99"/>
        <source>The data could not be encrypted: %1</source>
        <translation>Data tidak dapat dienkripsi: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="106"/>
        <source>Data encrypted</source>
        <translation>Data sudah dienkripsi</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="107"/>
        <source>Every record was kept. From now on each operator signs in with a user name and password.</source>
        <translation>Semua data tetap tersimpan. Mulai sekarang setiap operator masuk dengan nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="115"/>
        <source>&lt;b&gt;Older backups kept elsewhere&lt;/b&gt; (for example on USB sticks) are still not encrypted: delete them, and make a new backup.</source>
        <translation>&lt;b&gt;Cadangan lama yang disimpan di tempat lain&lt;/b&gt; (misalnya di flashdisk/USB) masih belum terenkripsi: hapus semuanya, lalu buat cadangan baru.</translation>
    </message>
</context>
<context>
    <name>SecureWizard</name>
    <message>
        <location filename="../../src/pekerja_desktop/ui/secure_wizard.py" line="141"/>
        <source>Pekerja Desktop — protect the data</source>
        <translation>Pekerja Desktop — amankan data</translation>
    </message>
</context>
</TS>
