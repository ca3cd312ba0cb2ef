<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminPage</name>
    <message>
        <source>Protect this office&apos;s data</source>
        <translation>Amankan data kantor ini</translation>
    </message>
    <message>
        <source>These data were made by an older version of Pekerja Desktop: they are not encrypted and there are no user accounts yet.</source>
        <translation>Data ini dibuat oleh versi lama Pekerja Desktop: belum terenkripsi dan belum ada akun pengguna.</translation>
    </message>
    <message>
        <source>Encrypt the data</source>
        <translation>Enkripsi Data</translation>
    </message>
    <message>
        <source>e.g. admin.ambon</source>
        <translation>misalnya admin.ambon</translation>
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
        <source>Create the first admin account. The data are then encrypted: only someone who signs in can read them, also if the laptop is lost. Every record is kept.</source>
        <translation>Buat akun admin pertama. Setelah itu data dienkripsi: hanya orang yang masuk dengan akun yang dapat membacanya, juga bila laptop hilang. Semua data tetap tersimpan.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <source>Office created</source>
        <translation>Kantor sudah dibuat</translation>
    </message>
    <message>
        <source>Write down this key fingerprint. The collecting hub compares it by phone before it accepts data from this office.</source>
        <translation>Catat sidik jari kunci ini. Kantor pengumpul mencocokkannya melalui telepon sebelum menerima data dari kantor ini.</translation>
    </message>
    <message>
        <source>It is also shown later under Settings.</source>
        <translation>Sidik jari ini juga dapat dilihat nanti di menu Pengaturan.</translation>
    </message>
    <message>
        <source>Office %1 — %2, %3.</source>
        <translation>Kantor %1 — %2, %3.</translation>
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
        <source>At least %1 characters. The admin creates the other operators&apos; accounts and signs in right after this step.</source>
        <translation>Minimal %1 karakter. Admin membuat akun operator lain dan langsung masuk setelah langkah ini.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Set up this office</source>
        <translation>Penyiapan kantor</translation>
    </message>
    <message>
        <source>This laptop has no office yet. Fill in the office once; enrolments are then numbered with its code.</source>
        <translation>Laptop ini belum memiliki kantor. Isi data kantor sekali saja; nomor pendaftaran kemudian memakai kodenya.</translation>
    </message>
    <message>
        <source>Create office</source>
        <translation>Buat Kantor</translation>
    </message>
    <message>
        <source>e.g. 8171A</source>
        <translation>misalnya 8171A</translation>
    </message>
    <message>
        <source>e.g. Disnaker Kota Ambon</source>
        <translation>misalnya Disnaker Kota Ambon</translation>
    </message>
    <message>
        <source>Field office: enrols workers</source>
        <translation>Kantor lapangan: mendaftarkan pekerja</translation>
    </message>
    <message>
        <source>Collecting hub: gathers the field offices&apos; data</source>
        <translation>Kantor pengumpul: menghimpun data kantor lapangan</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>2–10 capital letters or digits, as registered at the hub.</source>
        <translation>2–10 huruf besar atau angka, sesuai yang terdaftar di kantor pengumpul.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Data encrypted</source>
        <translation>Data sudah dienkripsi</translation>
    </message>
    <message>
        <source>Every record was kept. From now on each operator signs in with a user name and password.</source>
        <translation>Semua data tetap tersimpan. Mulai sekarang setiap operator masuk dengan nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older backups kept elsewhere&lt;/b&gt; (for example on USB sticks) are still not encrypted: delete them, and make a new backup.</source>
        <translation>&lt;b&gt;Cadangan lama yang disimpan di tempat lain&lt;/b&gt; (misalnya di flashdisk/USB) masih belum terenkripsi: hapus semuanya, lalu buat cadangan baru.</translation>
    </message>
</context>
<context>
    <name>SecureWizard</name>
    <message>
        <source>Pekerja Desktop — protect the data</source>
        <translation>Pekerja Desktop — amankan data</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Pekerja Desktop — office setup</source>
        <translation>Pekerja Desktop — penyiapan kantor</translation>
    </message>
</context>
</TS>
