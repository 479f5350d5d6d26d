"""Sync between the local store and the central server (no Qt).

- ``wire``: protocol v1 schemas, shared with the server (import only this from
  server code: this package's ``__init__`` imports nothing else on purpose);
- ``backend``: the ``SyncBackend`` interface and its errors; ``http_backend``
  our protocol over HTTP; ``fake`` an in-memory server for tests and demos;
- ``engine``: ``SyncEngine(store, backend, photos, config=SyncConfig(...),
  on_progress=...).run(cancel=...) -> SyncResult``;
- ``merge``: how server reports are applied to the store.
"""
