<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActionBar</name>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Tata letak:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message>
    <message>
        <source>Request a &amp;reprint…</source>
        <translation>Minta cetak &amp;ulang…</translation>
    </message>
    <message>
        <source>Re&amp;ceipt (Tanda Terima)…</source>
        <translation>Tanda te&amp;rima…</translation>
    </message>
</context>
<context>
    <name>CardLayouts</name>
    <message>
        <source>A4 sheet: 10 cards, printed on both sides</source>
        <translation>Lembar A4: 10 kartu, dicetak bolak-balik</translation>
    </message>
    <message>
        <source>Card printer: one card per page (CR80)</source>
        <translation>Printer kartu: satu kartu per halaman (CR80)</translation>
    </message>
</context>
<context>
    <name>CardPrinting</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Printer tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Printer menolak halaman berikutnya.</translation>
    </message>
</context>
<context>
    <name>CardQueueModel</name>
    <message>
        <source>Reg. No.</source>
        <translation>No. Pendaftaran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Reprint asked by</source>
        <translation>Diminta oleh</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Data changed</source>
        <translation>Data berubah</translation>
    </message>
    <message>
        <source>KPJ number arrived</source>
        <translation>Nomor KPJ terbit</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>hilang</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <source>Version of the last card printed (–: never)</source>
        <translation>Versi kartu terakhir yang dicetak (–: belum pernah)</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <translation>Simpan kartu sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1 cards…</source>
        <translation>Menulis %1 kartu…</translation>
    </message>
    <message>
        <source>Membership cards</source>
        <translation>Kartu peserta</translation>
    </message>
    <message>
        <source>Preparing %1 cards for the printer…</source>
        <translation>Menyiapkan %1 kartu untuk printer…</translation>
    </message>
    <message>
        <source>Reprint of %1 (%2) added to the queue.</source>
        <translation>Cetak ulang %1 (%2) masuk antrean.</translation>
    </message>
    <message>
        <source>Not printed: nothing was recorded, the cards stay in the queue.</source>
        <translation>Tidak tercetak: tidak ada yang dicatat, kartu tetap dalam antrean.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Mengirim ke printer…</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <source>Receipt of %1 saved: %2</source>
        <translation>Tanda terima %1 disimpan: %2</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>Menulis tanda terima…</translation>
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
        <source>Printing the receipt…</source>
        <translation>Mencetak tanda terima…</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written and nothing was recorded.</source>
        <translation>Dibatalkan: tidak ada PDF yang ditulis dan tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>Preview: cards are marked PRATINJAU and nothing is recorded.</source>
        <translation>Pratinjau: kartu diberi tanda PRATINJAU dan tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 cards.</source>
        <translation>Yang tampil: %1 kartu pertama dari %2.</translation>
    </message>
    <message>
        <source>%1 cards were saved to %2 (%3 pages). Print the PDF at actual size, then record the cards as printed: their card versions change, older cards of these people become invalid and they leave the queue.</source>
        <translation>%1 kartu disimpan ke %2 (%3 halaman). Cetak PDF-nya pada ukuran sebenarnya, lalu catat kartu sebagai dicetak: versi kartunya berubah, kartu lama orang-orang ini tidak berlaku lagi dan mereka keluar dari antrean.</translation>
    </message>
    <message>
        <source>Record as printed?</source>
        <translation>Catat sebagai dicetak?</translation>
    </message>
    <message>
        <source>&amp;Record as printed</source>
        <translation>&amp;Catat sebagai dicetak</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Belum</translation>
    </message>
    <message>
        <source>Recording the print…</source>
        <translation>Mencatat cetakan…</translation>
    </message>
    <message>
        <source>%1 cards saved to %2, not recorded: they stay in the queue. Save them again when you print them.</source>
        <translation>%1 kartu disimpan ke %2, tidak dicatat: kartu tetap dalam antrean. Simpan lagi saat Anda mencetaknya.</translation>
    </message>
    <message>
        <source>%1 cards saved to %2 (%3 pages) and recorded as printed.</source>
        <translation>%1 kartu disimpan ke %2 (%3 halaman) dan dicatat sebagai tercetak.</translation>
    </message>
    <message>
        <source>%1 cards sent to the printer (%2 pages) and recorded as printed.</source>
        <translation>%1 kartu dikirim ke printer (%2 halaman) dan dicatat sebagai tercetak.</translation>
    </message>
    <message>
        <source>Queue: %1 cards · selected: %2</source>
        <translation>Antrean: %1 kartu · dipilih: %2</translation>
    </message>
    <message>
        <source>The preview and printing from this window need a PDF renderer (Qt PDF, pypdfium2 or poppler&apos;s pdftoppm), and none is installed. Save the PDF and print it from a PDF reader at actual size (not “fit to page”).</source>
        <translation>Pratinjau dan pencetakan dari jendela ini memerlukan komponen penampil PDF (Qt PDF, pypdfium2 atau pdftoppm dari poppler), dan belum ada yang terpasang. Simpan PDF-nya lalu cetak dari aplikasi pembaca PDF dengan ukuran sebenarnya (bukan “sesuaikan dengan halaman”).</translation>
    </message>
    <message>
        <source>Press Preview to see the pages of the selected cards.</source>
        <translation>Tekan Pratinjau untuk melihat halaman kartu yang dipilih.</translation>
    </message>
    <message>
        <source>Select the cards to print in the queue.</source>
        <translation>Pilih kartu yang akan dicetak di antrean.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Registration number, NIK or name</source>
        <translation>Nomor pendaftaran, NIK atau nama</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Peserta:</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <source>All reasons</source>
        <translation>Semua alasan</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Alasan:</translation>
    </message>
</context>
<context>
    <name>QueueTable</name>
    <message>
        <source>Select &amp;all</source>
        <translation>Pilih se&amp;mua</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Kosongkan pilihan</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Registration receipt (Tanda Terima)</source>
        <translation>Tanda terima pendaftaran</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5 (half a sheet)</source>
        <translation>A5 (setengah lembar)</translation>
    </message>
    <message>
        <source>Print the full &amp;NIK (otherwise masked)</source>
        <translation>Cetak &amp;NIK lengkap (biasanya disamarkan)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Request a card reprint</source>
        <translation>Minta cetak ulang kartu</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Hilang</translation>
    </message>
    <message>
        <source>&amp;Damaged</source>
        <translation>&amp;Rusak</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>&amp;Queue the reprint</source>
        <translation>&amp;Masukkan ke antrean</translation>
    </message>
</context>
</TS>
