"""Sync between the local store and the central server (no Qt).

- the protocol v1 schemas live in ``crm_shared.protocol.wire`` (shared with the server);
- ``backend``: the ``SyncBackend`` interface and its errors; ``http_backend``
  our protocol over HTTP; ``fake`` an in-memory server for tests and demos;
- ``engine``: ``SyncEngine(store, backend, photos, config=SyncConfig(...),
  on_progress=...).run(cancel=...) -> SyncResult``;
- ``merge``: how server reports are applied to the store.
"""
