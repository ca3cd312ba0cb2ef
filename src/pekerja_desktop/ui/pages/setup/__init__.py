"""The first-run setup wizard and the wizard that secures a release 0.1 data folder."""
