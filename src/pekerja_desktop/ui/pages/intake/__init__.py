"""The village-list import page (Impor Daftar Desa): the page, its preview table model and the summaries."""
