"""Personal-data actions the pages offer: a person's data export, retention purge, breach lists."""
