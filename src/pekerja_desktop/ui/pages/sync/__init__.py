"""The Sinkronisasi page (sync through files carried on USB drives)."""
