"""The audit trail: append-only, hash-chained events, their anchors outside the database, queries and verification."""
