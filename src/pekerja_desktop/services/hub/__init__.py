"""(hub) The central office's own work: contribution billing, the BPJS upload file and the KPJ return."""
