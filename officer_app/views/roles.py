"""The item data roles of the window's models and item widgets: one definition each.

A report id is always ``ReportIdRole`` (the report list, the unit queue, the
validation queue, the desk's duplicates), so one view can read another's items.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

SortRole = Qt.ItemDataRole.UserRole + 1  # the value a column sorts by
ReportRole = Qt.ItemDataRole.UserRole + 2  # the whole row (ReportRow)
ReportIdRole = Qt.ItemDataRole.UserRole + 3  # a report's id (str)
ItemRole = Qt.ItemDataRole.UserRole + 4  # the item object behind a row (e.g. AttentionItem)
ThumbnailRole = Qt.ItemDataRole.UserRole + 5  # a photo thumbnail (QImage)
KeyRole = Qt.ItemDataRole.UserRole  # a navigation key / photo sha256 / plain id of a list item
