<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddressSection</name>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Street, house number, hamlet (dusun)</source>
        <translation>Jalan, nomor rumah, dusun</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>The worker heard or read this statement and agrees</source>
        <translation>Pekerja telah mendengar atau membaca pernyataan ini dan menyetujuinya</translation>
    </message>
    <message>
        <source>This statement is printed on the registration receipt.</source>
        <translation>Pernyataan ini tercetak pada tanda terima pendaftaran.</translation>
    </message>
</context>
<context>
    <name>EnrolmentForm</name>
    <message>
        <source>Not a real date: type dd/mm/yyyy, e.g. 05/08/1985.</source>
        <translation>Tanggal tidak valid: ketik hh/bb/tttt, misalnya 05/08/1985.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list: choose one of the suggestions.</source>
        <translation>&quot;%1&quot; tidak ada di daftar: pilih salah satu usulan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches no single region: choose one from the list (Down arrow opens it).</source>
        <translation>&quot;%1&quot; tidak cocok dengan satu wilayah: pilih dari daftar (tombol panah bawah membukanya).</translation>
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
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Ctrl+S save &amp;&amp; finish · Ctrl+Shift+S save draft · Ctrl+N next worker · Esc discard</source>
        <translation>Ctrl+S simpan &amp;&amp; selesai · Ctrl+Shift+S simpan draf · Ctrl+N pekerja berikutnya · Esc buang</translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>Pekerja Baru</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Simpan Draf</translation>
    </message>
    <message>
        <source>Save &amp;&amp; finish</source>
        <translation>Simpan &amp;&amp; Selesai</translation>
    </message>
    <message>
        <source>New enrolment</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <source>Editing %1 · %2</source>
        <translation>Mengubah %1 · %2</translation>
    </message>
    <message>
        <source>Same KK (%1): %2</source>
        <translation>Satu KK (%1): %2</translation>
    </message>
    <message>
        <source>Heirs who are participants too: %1</source>
        <translation>Ahli waris yang juga peserta: %1</translation>
    </message>
    <message>
        <source>Heir of: %1</source>
        <translation>Menjadi ahli waris dari: %1</translation>
    </message>
    <message>
        <source>From the village list, to complete:</source>
        <translation>Dari daftar desa, perlu dilengkapi:</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Belum tersimpan: perbaiki isian yang ditandai.</translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation>Tersimpan %1 (%2)</translation>
    </message>
    <message>
        <source>Not saved: confirm the warnings marked ⚠.</source>
        <translation>Belum tersimpan: konfirmasi peringatan bertanda ⚠.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>I have checked: this is correct</source>
        <translation>Saya sudah memeriksa: data ini benar</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Reported income</source>
        <translation>Penghasilan dilaporkan</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Coverage start</source>
        <translation>Mulai kepesertaan</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Heirs</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmed warnings</source>
        <translation>Peringatan dikonfirmasi</translation>
    </message>
    <message>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Occupation on the KTP</source>
        <translation>Pekerjaan di KTP</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>L — male</source>
        <translation>L — Laki-laki</translation>
    </message>
    <message>
        <source>P — female</source>
        <translation>P — Perempuan</translation>
    </message>
    <message>
        <source>date of birth differs from the NIK</source>
        <translation>tanggal lahir berbeda dengan NIK</translation>
    </message>
    <message>
        <source>sex differs from the NIK</source>
        <translation>jenis kelamin berbeda dengan NIK</translation>
    </message>
    <message>
        <source>NIK issued outside Maluku</source>
        <translation>NIK terbit di luar Maluku</translation>
    </message>
    <message>
        <source>NIK region not in the region list</source>
        <translation>wilayah NIK tidak ada di daftar wilayah</translation>
    </message>
    <message>
        <source>age above the limit</source>
        <translation>umur di atas batas</translation>
    </message>
    <message>
        <source>no heir recorded</source>
        <translation>tanpa ahli waris</translation>
    </message>
    <message>
        <source>Last covered day</source>
        <translation>Hari terakhir ditanggung</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Alasan berakhir</translation>
    </message>
    <message>
        <source>End note</source>
        <translation>Catatan berakhir</translation>
    </message>
    <message>
        <source>Reactivated because</source>
        <translation>Diaktifkan kembali karena</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Pembaruan</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Transferred to another office</source>
        <translation>Dipindahkan ke kantor lain</translation>
    </message>
</context>
<context>
    <name>HeirRow</name>
    <message>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove this heir (Ctrl+Shift+Delete)</source>
        <translation>Hapus ahli waris ini (Ctrl+Shift+Delete)</translation>
    </message>
</context>
<context>
    <name>HeirsEditor</name>
    <message>
        <source>Heirs (ahli waris)</source>
        <translation>Ahli Waris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Add heir</source>
        <translation>Tambah Ahli Waris</translation>
    </message>
    <message>
        <source>Adds a row and puts the cursor in its name</source>
        <translation>Menambah satu baris dan menaruh kursor di kolom nama</translation>
    </message>
    <message>
        <source>Heir %1: %2</source>
        <translation>Ahli waris %1: %2</translation>
    </message>
    <message>
        <source>Heir %1: the date of birth is not a real date (dd/mm/yyyy).</source>
        <translation>Ahli waris ke-%1: tanggal lahir tidak valid (hh/bb/tttt).</translation>
    </message>
    <message>
        <source>Heir %1: choose the relationship from the list.</source>
        <translation>Ahli waris ke-%1: pilih hubungan dari daftar.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Created (%1)</source>
        <translation>Dibuat (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Change history</source>
        <translation>Riwayat perubahan</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Identity (as on the KTP)</source>
        <translation>Identitas (sesuai KTP)</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <source>16 digits, if known</source>
        <translation>16 angka, bila ada</translation>
    </message>
</context>
<context>
    <name>LikelyDuplicate</name>
    <message>
        <source>I have checked: this is a different person</source>
        <translation>Sudah saya periksa: ini orang yang berbeda</translation>
    </message>
</context>
<context>
    <name>MembershipSection</name>
    <message>
        <source>Membership</source>
        <translation>Kepesertaan</translation>
    </message>
    <message>
        <source>JKK (work accident) + JKM (death)</source>
        <translation>JKK (kecelakaan kerja) + JKM (kematian)</translation>
    </message>
    <message>
        <source>Occupation on the KTP: %1 (Dukcapil %2)</source>
        <translation>Pekerjaan di KTP: %1 (Dukcapil %2)</translation>
    </message>
</context>
<context>
    <name>SavedStrip</name>
    <message>
        <source>Print the &amp;receipt</source>
        <translation>Cetak tanda &amp;terima</translation>
    </message>
    <message>
        <source>The registration receipt of this worker (Ctrl+P)</source>
        <translation>Tanda terima pendaftaran pekerja ini (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the &amp;card…</source>
        <translation>Cetak &amp;kartu…</translation>
    </message>
    <message>
        <source>The card is in the print queue: the Kartu page opens with only this worker ticked</source>
        <translation>Kartunya sudah masuk antrean cetak: halaman Kartu dibuka dengan hanya pekerja ini yang dicentang</translation>
    </message>
    <message>
        <source>Print on A4…</source>
        <translation>Cetak di A4…</translation>
    </message>
    <message>
        <source>Print on A5…</source>
        <translation>Cetak di A5…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>✓ Saved and finished: %1 · %2</source>
        <translation>✓ Tersimpan dan selesai: %1 · %2</translation>
    </message>
    <message>
        <source>Registration receipt</source>
        <translation>Tanda terima pendaftaran</translation>
    </message>
    <message>
        <source>Receipt of %1 sent to the printer.</source>
        <translation>Tanda terima %1 dikirim ke printer.</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt of %1 saved: %2</source>
        <translation>Tanda terima %1 disimpan: %2</translation>
    </message>
</context>
</TS>
