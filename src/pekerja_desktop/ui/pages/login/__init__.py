"""Signing in, and changing one's own password."""
