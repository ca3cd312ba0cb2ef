"""The bundle format: names, limits, manifests; writing, reading and verifying signed, encrypted bundles."""
