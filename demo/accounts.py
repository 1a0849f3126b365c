"""Demo accounts beyond admin/canbo: a supervisor awaiting the first sign-in (temporary
password) and the locked account of an officer who left. Deterministic for a seed."""

from __future__ import annotations

import random
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.accounts.admin import temporary_password
from core.accounts.auth import create_account
from db.models import Account, Officer

SUPERVISOR_USER = "lanhdao"
LEFT_USER = "canbo.cu"


def add_demo_accounts(session: Session, seed: int, officers: Sequence[Officer]) -> int:
    """Returns how many accounts were added (none when they exist already)."""
    taken = session.execute(select(func.count()).select_from(Account).where(
        Account.username.in_((SUPERVISOR_USER, LEFT_USER)))).scalar_one()
    if taken:
        return 0
    rng = random.Random(seed * 31 + 7)
    leaders = [o for o in officers if o.active and "Chủ tịch" in o.position] or list(officers[:1])
    leaver = next((o for o in officers if not o.active), None)
    added = 0
    if leaders:
        leader = rng.choice(leaders)
        account = create_account(session, SUPERVISOR_USER, temporary_password(), "supervisor",
                                 leader.full_name, must_change_password=True)
        account.officer_id = leader.id
        added += 1
    if leaver is not None:
        account = create_account(session, LEFT_USER, temporary_password(), "staff", leaver.full_name)
        account.officer_id = leaver.id
        account.disabled = True  # the officer left: the administrator locked the account
        added += 1
    return added
