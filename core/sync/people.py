"""After an online sync: ask the province server for the certificates and completed courses this
commune's officers have under other communes (they follow the person, core/hub/people.py) and
keep them read-only (core/carried.py). A server too old to answer, or a network failure at this
point, leaves the previous answer in place: the sync itself has already succeeded."""

from __future__ import annotations

import httpx

from core import carried
from core.store import Store
from db.errors import UserError

PATH = "/api/v1/sync/people"


def refresh(store: Store, client) -> bool:
    """True when a new answer was kept."""
    try:
        data = client.get_json(PATH)
    except (UserError, httpx.HTTPError, ValueError):  # refused, offline, cancelled, not JSON
        return False
    if not isinstance(data, dict) or not isinstance(data.get("people"), list):
        return False
    with store.write("system") as s:
        carried.keep(s, data)
    return True
