"""(field office) What a data bundle carries, and applying the hub's ack and reference bundles."""
