"""Personal data (UU 27/2022): NIKs revealed on request, a person's data export, retention purge, breach lists."""
