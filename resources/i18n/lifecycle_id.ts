<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Record a claim of %1</source>
        <translation>Catat klaim %1</translation>
    </message>
    <message>
        <source>Record claim</source>
        <translation>Catat klaim</translation>
    </message>
    <message>
        <source>JKM — death</source>
        <translation>JKM — kematian</translation>
    </message>
    <message>
        <source>JKK — work accident</source>
        <translation>JKK — kecelakaan kerja</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Submitted to BPJS on</source>
        <translation>&amp;Diajukan ke BPJS pada</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>Di&amp;bayar pada</translation>
    </message>
    <message>
        <source>&amp;Amount paid</source>
        <translation>Ju&amp;mlah dibayar</translation>
    </message>
    <message>
        <source>Record the claim when it is submitted; record it again with the same submission date once it is paid.</source>
        <translation>Catat klaim saat diajukan; catat lagi dengan tanggal pengajuan yang sama setelah dibayar.</translation>
    </message>
    <message>
        <source>the submission date</source>
        <translation>tanggal pengajuan</translation>
    </message>
    <message>
        <source>the payment date</source>
        <translation>tanggal bayar</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End the participation of %1</source>
        <translation>Akhiri kepesertaan %1</translation>
    </message>
    <message>
        <source>End participation</source>
        <translation>Akhiri kepesertaan</translation>
    </message>
    <message>
        <source>e.g. the death certificate&apos;s number</source>
        <translation>mis. nomor akta kematian</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>&amp;Last covered day</source>
        <translation>&amp;Hari terakhir ditanggung</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Coverage runs through the last covered day (for a death: the day of death). The change is sent to the central office with the next data bundle; an end made by mistake can be undone.</source>
        <translation>Kepesertaan berlaku sampai hari terakhir ditanggung (untuk kematian: tanggal meninggal). Perubahan dikirim ke kantor pusat dalam paket data berikutnya; pengakhiran yang keliru dapat dibatalkan.</translation>
    </message>
    <message>
        <source>the last covered day</source>
        <translation>hari terakhir ditanggung</translation>
    </message>
</context>
<context>
    <name>LifecycleDialogs</name>
    <message>
        <source>Type %1 as dd/mm/yyyy.</source>
        <translation>Ketik %1 sebagai hh/bb/tttt.</translation>
    </message>
</context>
<context>
    <name>ParticipationActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ParticipationButton</name>
    <message>
        <source>Participation</source>
        <translation>Kepesertaan</translation>
    </message>
    <message>
        <source>End the participation…</source>
        <translation>Akhiri kepesertaan…</translation>
    </message>
    <message>
        <source>Undo the end (reactivate)…</source>
        <translation>Batalkan pengakhiran (aktifkan kembali)…</translation>
    </message>
    <message>
        <source>Transfer to another office…</source>
        <translation>Pindahkan ke kantor lain…</translation>
    </message>
    <message>
        <source>Record a claim…</source>
        <translation>Catat klaim…</translation>
    </message>
    <message>
        <source>Claim checklist for the heirs (PDF)…</source>
        <translation>Daftar periksa klaim untuk ahli waris (PDF)…</translation>
    </message>
    <message>
        <source>Only an active participation ends.</source>
        <translation>Hanya kepesertaan aktif yang dapat diakhiri.</translation>
    </message>
    <message>
        <source>The participation has not ended.</source>
        <translation>Kepesertaan ini tidak berakhir.</translation>
    </message>
    <message>
        <source>Only an active participation held for an office is transferred.</source>
        <translation>Hanya kepesertaan aktif milik suatu kantor yang dapat dipindahkan.</translation>
    </message>
    <message>
        <source>Office %1 records the claims of this participant.</source>
        <translation>Kantor %1 yang mencatat klaim peserta ini.</translation>
    </message>
    <message>
        <source>Only for a participant recorded as having died.</source>
        <translation>Hanya untuk peserta yang tercatat meninggal dunia.</translation>
    </message>
    <message>
        <source>The participation of %1 ends on %2. Office %3 applies the hub&apos;s decision from its next acknowledgement or reference bundle.</source>
        <translation>Kepesertaan %1 berakhir %2. Kantor %3 menerapkan keputusan hub dari balasan atau paket referensi berikutnya.</translation>
    </message>
    <message>
        <source>The participation of %1 ends on %2. It goes to the central office with the next data bundle.</source>
        <translation>Kepesertaan %1 berakhir %2. Perubahan dikirim ke kantor pusat dalam paket data berikutnya.</translation>
    </message>
    <message>
        <source>The participation of %1 is active again.</source>
        <translation>Kepesertaan %1 aktif kembali.</translation>
    </message>
    <message>
        <source>%1 now belongs to office %2; both offices learn it from their next acknowledgement or reference bundle.</source>
        <translation>%1 kini milik kantor %2; kedua kantor mengetahuinya dari balasan atau paket referensi berikutnya.</translation>
    </message>
    <message>
        <source>The %1 claim of %2 was recorded.</source>
        <translation>Klaim %1 untuk %2 sudah dicatat.</translation>
    </message>
    <message>
        <source>Claim checklist for the heirs</source>
        <translation>Daftar periksa klaim untuk ahli waris</translation>
    </message>
    <message>
        <source>The claim checklist was written to %1.</source>
        <translation>Daftar periksa klaim ditulis ke %1.</translation>
    </message>
</context>
<context>
    <name>ReactivateDialog</name>
    <message>
        <source>Reactivate %1</source>
        <translation>Aktifkan kembali %1</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <source>e.g. the wrong person was ended</source>
        <translation>mis. yang diakhiri orang lain</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>&amp;Why undo the end</source>
        <translation>&amp;Mengapa dibatalkan</translation>
    </message>
    <message>
        <source>The participation is active again as if it had not ended; the reason stays in the record&apos;s history.</source>
        <translation>Kepesertaan aktif kembali seolah tidak pernah berakhir; alasannya tetap tercatat di riwayat perubahan.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1 to another office</source>
        <translation>Pindahkan %1 ke kantor lain</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>e.g. moved to Tual</source>
        <translation>mis. pindah ke Tual</translation>
    </message>
    <message>
        <source>Now at office</source>
        <translation>Kini di kantor</translation>
    </message>
    <message>
        <source>&amp;To office</source>
        <translation>Ke &amp;kantor</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Coverage goes on without a gap: the same registration number, KPJ and dates. Both offices learn it from their next acknowledgement or reference bundle; the new office then edits the record and prints its cards.</source>
        <translation>Kepesertaan berlanjut tanpa jeda: nomor pendaftaran, KPJ dan tanggal tetap. Kedua kantor mengetahuinya dari balasan atau paket referensi berikutnya; kantor baru lalu mengubah data dan mencetak kartunya.</translation>
    </message>
</context>
</TS>
