"""Persistence of review work: the SQLite batch database and the reviewer's settings."""
from .sqlite import AuditEntry, BatchInfo, BatchStore, StoreError

__all__ = ["AuditEntry", "BatchInfo", "BatchStore", "StoreError"]
