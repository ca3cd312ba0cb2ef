"""The register (Peserta) page: every participant, searched, filtered and sorted in SQL, loaded lazily."""
