"""Use cases as plain Python: they take what they need and raise typed errors."""
