"""The headless `pekerja-desktop` commands. Results on stdout; errors as one line on stderr."""
