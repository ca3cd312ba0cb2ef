"""The intake template (`intake --template OUT.xlsx`, the import page's button): an Indonesian XLSX with the columns
intake reads, drop-down lists of occupations, sexes and heir relationships, and a sheet explaining each column.
Every header is one intake recognises (tests/services/intake hold it to that)."""

from __future__ import annotations

from pathlib import Path

from pekerja_desktop.documents.list_template import DATE, TEXT, ListTemplate, TemplateColumn, write_list_template
from pekerja_desktop.fileio import atomic_path
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.intake.errors import IntakeError
from pekerja_desktop.services.intake.report import file_problem
from pekerja_desktop.services.reference.data import heir_relationships, occupations

OCCUPATIONS, SEXES, RELATIONSHIPS = "Pekerjaan", "Jenis Kelamin", "Hubungan"

COLUMNS = (
    TemplateColumn("NIK", 20, "16 angka sesuai KTP. Kolom ini berformat teks: jangan ubah menjadi angka (Excel "
                   "menghapus angka terakhir).", "8171014508850001", True, TEXT),
    TemplateColumn("No KK", 20, "Nomor Kartu Keluarga, 16 angka (boleh kosong). Mengelompokkan satu rumah tangga.",
                   "8171012304120003", False, TEXT),
    TemplateColumn("Nama Lengkap", 30, "Sesuai KTP, tanpa singkatan; gelar boleh ditulis seperti di KTP. Paling "
                   "banyak 60 karakter.", "MARIA LATUCONSINA", True),
    TemplateColumn("Tempat Lahir", 16, "Sesuai KTP.", "Ambon"),
    TemplateColumn("Tanggal Lahir", 14, "Tanggal/bulan/tahun (dd/mm/yyyy).", "05/08/1985", False, DATE),
    TemplateColumn("Jenis Kelamin", 14, "L (laki-laki) atau P (perempuan); pilih dari daftar.", "P", False, None,
                   SEXES),
    TemplateColumn("Alamat", 30, "Jalan dan nomor rumah.", "Jl. Sultan Hairun No. 5"),
    TemplateColumn("Dusun", 16, "Nama dusun (banyak negeri memakai dusun, bukan RT/RW).", "Wailela"),
    TemplateColumn("RT", 6, "Nomor RT (boleh kosong).", "001", False, TEXT),
    TemplateColumn("RW", 6, "Nomor RW (boleh kosong).", "002", False, TEXT),
    TemplateColumn("Desa/Kelurahan", 20, "Nama desa, negeri, ohoi atau kelurahan seperti di daftar wilayah, atau "
                   "kodenya. Untuk daftar satu desa boleh kosong: desanya dipilih saat impor.", "Wainitu"),
    TemplateColumn("Kecamatan", 18, "Nama kecamatan (membedakan desa yang namanya sama).", "Nusaniwe"),
    TemplateColumn("Kabupaten/Kota", 20, "Nama kabupaten atau kota.", "Kota Ambon"),
    TemplateColumn("Pekerjaan", 26, "Pekerjaan sekarang; pilih dari daftar. Nama atau kode pekerjaan Dukcapil "
                   "seperti di KTP (mis. PETANI/PEKEBUN atau 9) juga dibaca.", "Nelayan", False, None, OCCUPATIONS),
    TemplateColumn("No HP", 16, "Nomor HP yang aktif.", "0812-3456-7890", False, TEXT),
    TemplateColumn("Nama Ibu Kandung", 24, "Sesuai KK.", "YULIANA PATTINAMA"),
    TemplateColumn("Ahli Waris", 24, "Nama ahli waris (suami/istri atau anak lebih dulu).", "YOHANIS LATUCONSINA"),
    TemplateColumn("Hubungan Ahli Waris", 18, "Hubungan ahli waris dengan peserta; pilih dari daftar.", "Suami",
                   False, None, RELATIONSHIPS),
)
NOTES = (
    "Isi satu baris per pekerja, mulai baris 2 lembar Daftar. Kolom NIK dan Nama Lengkap wajib; kolom lain "
    "dilengkapi di formulir bila kosong.",
    "Agama dan status perkawinan tidak diperlukan dan tidak disimpan (UU 27/2022 tentang Pelindungan Data Pribadi).",
    "Daftar ekspor OpenSID (kolom nik, nama, no_kk, sex, pekerjaan_id, dusun, status_dasar …) juga dapat diimpor "
    "langsung.",
)


def list_template(ctx: AppContext) -> ListTemplate:
    with ctx.db.session() as session:
        jobs = [o.name_id for o in occupations(session)]
        relations = [r.name_id for r in heir_relationships(session)]
    return ListTemplate(
        list_sheet="Daftar", columns=COLUMNS, choices_sheet="Pilihan",
        choices={OCCUPATIONS: jobs, SEXES: ["L", "P"], RELATIONSHIPS: relations},
        guide_sheet="Petunjuk", guide_title="Petunjuk pengisian daftar calon peserta BPJS Ketenagakerjaan",
        guide_header=("Kolom", "Wajib", "Keterangan", "Contoh"), guide_notes=NOTES)


def write_template(ctx: AppContext, path: Path) -> Path:
    """Write the template to `path` (.xlsx), atomically: complete or not at all."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise IntakeError("intake.template_type", path=str(path))
    if not path.parent.is_dir():
        raise IntakeError("intake.template_folder_missing", path=str(path), folder=str(path.parent))
    template = list_template(ctx)
    try:
        with atomic_path(path) as staged:
            write_list_template(template, staged)
    except OSError as exc:
        raise file_problem(path, exc) from exc
    return path
