"""(hub) The central office's exchange with BPJS Ketenagakerjaan: the upload file and the KPJ return."""
