"""(hub) Applying office data bundles, deciding verdicts, writing acks and reference bundles."""
