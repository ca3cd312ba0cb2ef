"""Sync through files: signed, encrypted bundles carried on USB between field offices and the hub.

Entry points (see docs/bundle-format.md for the file format and the rules):
- trust.py: `write_key_file`, `register_office` (hub), `trust_hub` (office);
- export.py: `export_bundles` (data at an office, reference at the hub), `resend`;
- importing.py: `import_bundle` (a data bundle at the hub; an ack or reference bundle at an office);
- bundle/verify.py: `verify_bundle`; epoch.py, after a restore: `note_database_restored`; the page: history.py,
  overview.py.
"""
