"""The hub's HTTP API, one ``APIRouter`` per area (docs/sync-format.md §6, docs/hub.md)."""
