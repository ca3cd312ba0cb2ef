"""Storage: SQLModel tables, the one database opener, migrations and queries."""
