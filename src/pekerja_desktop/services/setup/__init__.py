"""Setting up an office: its data folder, encrypted database, first admin and keys; where its database lives."""
