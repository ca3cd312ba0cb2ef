"""The register (Peserta): searching participants by NIK, registration number or name, page by page."""
