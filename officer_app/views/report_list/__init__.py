"""The report list of the window, by role of its parts.

- ``model``: ``ListQuery`` (what the list shows) and ``ReportListModel`` (the rows,
  fetched a page at a time from a ``ReportSource`` in a worker, redrawn in place);
- ``table``: the table view and its columns;
- ``filter_bar``: saved views, search and filters, which make the ``ListQuery``.
"""
