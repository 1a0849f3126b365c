"""Sync engine: bundle codec, change export and apply, HTTP client, USB files, keys, and the
services that run a sync for a computer (one format for HTTP and USB; docs/sync-format.md)."""
