"""The Sinkronisasi page (sync through files carried on USB drives)."""

from pekerja_desktop.ui.pages.sync.page import SyncPage

__all__ = ["SyncPage"]
