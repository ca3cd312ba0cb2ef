"""Item-data roles shared by every table model: the row's object, and the value a proxy sorts by."""

from __future__ import annotations

from PySide6.QtCore import Qt

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
