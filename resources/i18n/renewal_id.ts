<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ReasonDelegate</name>
    <message>
        <source>(from the boxes)</source>
        <translation>(menurut kotak)</translation>
    </message>
</context>
<context>
    <name>RenewalModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>No. pendaftaran</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation>Tgl. lahir (umur)</translation>
    </message>
    <message>
        <source>Still living
here</source>
        <translation>Masih tinggal
di sini</translation>
    </message>
    <message>
        <source>Still an
informal worker</source>
        <translation>Masih pekerja
informal</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Alasan lain</translation>
    </message>
    <message>
        <source>Under the
age limit</source>
        <translation>Di bawah
batas usia</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>End
date</source>
        <translation>Tanggal
berhenti</translation>
    </message>
    <message>
        <source>Over the age limit before the year ends (from the birth date)</source>
        <translation>Melewati batas usia sebelum akhir tahun (menurut tanggal lahir)</translation>
    </message>
    <message>
        <source>Continued</source>
        <translation>Dilanjutkan</translation>
    </message>
    <message>
        <source>Ended %1 (%2)</source>
        <translation>Berakhir %1 (%2)</translation>
    </message>
    <message>
        <source>Will continue</source>
        <translation>Akan dilanjutkan</translation>
    </message>
    <message>
        <source>Will end (%1)</source>
        <translation>Akan berakhir (%1)</translation>
    </message>
</context>
<context>
    <name>RenewalPage</name>
    <message>
        <source>Yearly renewal</source>
        <translation>Pembaruan tahunan</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>&amp;Cetak daftar…</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>&amp;Impor jawaban…</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <source>Budget &amp;year</source>
        <translation>Tahun &amp;anggaran</translation>
    </message>
    <message>
        <source>Participants of the village</source>
        <translation>Peserta di desa ini</translation>
    </message>
    <message>
        <source>&amp;Tick all: still here and informal</source>
        <translation>&amp;Centang semua: masih di sini dan informal</translation>
    </message>
    <message>
        <source>&amp;Apply the answers…</source>
        <translation>&amp;Terapkan jawaban…</translation>
    </message>
    <message>
        <source>Each office renews its own participants.</source>
        <translation>Setiap kantor memperbarui pesertanya sendiri.</translation>
    </message>
    <message>
        <source>Each office renews its own participants; the hub receives the results in their data bundles.</source>
        <translation>Setiap kantor memperbarui pesertanya sendiri; hub menerima hasilnya dalam paket data mereka.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 answered)</source>
        <translation>%1 — %2 (%3 dijawab)</translation>
    </message>
    <message>
        <source>No participant to re-verify.</source>
        <translation>Tidak ada peserta untuk diverifikasi ulang.</translation>
    </message>
    <message>
        <source>Tick what still holds for each participant; a box left empty ends the participation (on 31/12 of the year before unless a date is typed). Already answered rows are shown as answered.</source>
        <translation>Centang yang masih benar untuk setiap peserta; kotak yang dibiarkan kosong mengakhiri kepesertaan (pada 31/12 tahun sebelumnya kecuali tanggal diketik). Baris yang sudah dijawab ditampilkan seperti jawabannya.</translation>
    </message>
    <message>
        <source>Nothing answered yet in this village.</source>
        <translation>Belum ada jawaban di desa ini.</translation>
    </message>
    <message>
        <source>For %1: continue %2 and end %3 participants? Each change goes to the central office with the next data bundle.</source>
        <translation>Untuk %1: lanjutkan %2 dan akhiri %3 peserta? Setiap perubahan dikirim ke kantor pusat dalam paket data berikutnya.</translation>
    </message>
    <message>
        <source>Apply the renewal</source>
        <translation>Terapkan pembaruan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Renewal %1: %2 continued, %3 ended.</source>
        <translation>Pembaruan %1: %2 dilanjutkan, %3 diakhiri.</translation>
    </message>
    <message>
        <source>Print the re-verification list</source>
        <translation>Cetak daftar verifikasi ulang</translation>
    </message>
    <message>
        <source>The list of %1 participants in %2 villages was written to %3.</source>
        <translation>Daftar %1 peserta di %2 desa ditulis ke %3.</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Menulis daftar…</translation>
    </message>
    <message>
        <source>The filled-in list</source>
        <translation>Daftar yang sudah diisi</translation>
    </message>
    <message>
        <source>%1 for %2: continue %3 and end %4 participants (%5 already recorded, %6 not answered)?</source>
        <translation>%1 untuk %2: lanjutkan %3 dan akhiri %4 peserta (%5 sudah tercatat, %6 belum dijawab)?</translation>
    </message>
    <message>
        <source>Import the answers</source>
        <translation>Impor jawaban</translation>
    </message>
</context>
</TS>
