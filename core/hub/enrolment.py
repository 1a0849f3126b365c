"""One-time enrolment codes: the province admin gives one to a commune computer, which redeems it
with its public keys. Only the code's SHA-256 is stored; a code works once and expires."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import uuid
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from core.sync.keys import unb64
from db.base import utcnow
from db.errors import N_, UserError, ValidationError
from db.models import HubEnrolment, SyncPeer

CODE_DAYS = 7
PROVINCE = "*"  # the commune of a code for a province viewer (reads the summary, sends nothing)
_COMMUNE = re.compile(r"^\d{5}$")


class EnrolRefused(UserError):
    """The code is unknown, used, expired or for another commune."""


def _hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().replace("-", "").encode()).hexdigest()


def create_code(engine: Engine, commune: str, days: int = CODE_DAYS) -> str:
    """A new one-time code for a computer of ``commune`` (shown once, kept only hashed)."""
    if commune != PROVINCE and not _COMMUNE.match(commune or ""):
        raise ValidationError(N_("The commune code {code} is not valid (5 digits)."),
                              code=str(commune))
    raw = secrets.token_hex(8).upper()
    code = "-".join(raw[i:i + 4] for i in range(0, 16, 4))
    now = utcnow()
    with Session(engine) as s, s.begin():
        s.add(HubEnrolment(code_hash=_hash(code), commune_code=commune, created_at=now,
                           expires_at=now + dt.timedelta(days=days)))
    return code


HUB_PROVINCE = "hub.province"  # the province this hub serves (the first commune enrolled fixes it)


def hub_province(session: Session) -> str | None:
    """The province code of this hub: the one kept, else that of the communes already enrolled
    or given a code (None for a new hub)."""
    from core.communes import find_commune
    from core.settings import get_setting

    kept = get_setting(session, HUB_PROVINCE)
    if kept:
        return str(kept)
    codes = list(session.scalars(select(SyncPeer.commune_code).where(
        SyncPeer.role == "node", SyncPeer.commune_code != "").distinct()))
    codes += list(session.scalars(select(HubEnrolment.commune_code).where(
        HubEnrolment.commune_code != PROVINCE).distinct()))
    for code in codes:
        found = find_commune(code) if code else None
        if found:
            return found[1].code
    return None


def check_commune(engine: Engine, commune: str) -> tuple[str, str]:
    """``commune`` must be a commune of the official list in this hub's province (a new hub
    takes the province of the first commune it enrols). Returns (commune name, province name)."""
    from core.communes import find_commune, find_province
    from core.settings import set_setting

    if not _COMMUNE.match(commune or ""):
        raise ValidationError(N_("The commune code {code} is not valid (5 digits)."),
                              code=str(commune))
    found = find_commune(commune)
    if found is None:
        raise ValidationError(N_("{code} is not the code of a commune or ward in the official "
                                 "list (5 digits, e.g. 06385). Check the code and try again."),
                              code=str(commune))
    info, its_province = found
    with Session(engine) as s, s.begin():
        province = hub_province(s)
        if province is None:
            set_setting(s, HUB_PROVINCE, its_province.code)
        elif province != its_province.code:
            ours = find_province(province)
            raise ValidationError(N_("{code} ({name}) is a commune of {other}, not of {province}, "
                                     "the province of this server. Check the code and try "
                                     "again."), code=commune, name=info.name,
                                  other=its_province.name,
                                  province=ours.name if ours else province)
    return info.name, its_province.name


def _card_keys(card: Any) -> tuple[uuid.UUID, str, str | None]:
    try:
        node = uuid.UUID(str(card["node_id"]))
        sign_key = str(card["sign_key"])
        if len(unb64(sign_key)) != 32:
            raise ValueError
        box = card.get("box_key") or None
        if box is not None and len(unb64(str(box))) != 32:
            raise ValueError
    except (KeyError, TypeError, ValueError) as err:
        raise ValidationError(N_("The enrolment data is not valid.")) from err
    return node, sign_key, box


def redeem(engine: Engine, code: str, card: Any) -> SyncPeer:
    """Register the computer of ``card`` for the code's commune; the code is then spent."""
    node, sign_key, box = _card_keys(card)
    now = utcnow()
    with Session(engine, expire_on_commit=False) as s, s.begin():
        row = s.scalar(select(HubEnrolment).where(HubEnrolment.code_hash == _hash(str(code)))
                       .with_for_update())
        if row is None or row.used_at is not None or row.expires_at < now:
            raise EnrolRefused(N_("The enrolment code is wrong, already used or expired. Ask the "
                                  "province for a new code."))
        viewer = row.commune_code == PROVINCE
        if not viewer and not card.get("commune"):  # a province computer has no commune
            raise EnrolRefused(N_("This enrolment code is for commune {code}. A province "
                                  "computer needs a province viewer code (xaso-hub enrol "
                                  "--province)."), code=row.commune_code)
        if not viewer and str(card.get("commune")) != row.commune_code:
            raise EnrolRefused(N_("This enrolment code is for commune {code}, not for this "
                                  "commune."), code=row.commune_code)
        if s.get(SyncPeer, node) is not None:
            raise EnrolRefused(N_("This computer is already enrolled (or was revoked). Ask the "
                                  "province to check it."))
        peer = SyncPeer(node_id=node, role="province" if viewer else "node",
                        name=str(card.get("name") or "")[:128],
                        commune_code="" if viewer else row.commune_code, sign_key=sign_key,
                        box_key=box, url="", enrolled_at=now, active=True)
        s.add(peer)
        row.used_at, row.node_id = now, node
    return peer


def revoke(engine: Engine, node: str) -> SyncPeer:
    """The computer's requests and bundles are refused from now on."""
    try:
        node_id = uuid.UUID(node)
    except ValueError as err:
        raise ValidationError(N_("No enrolled computer has the id {peer}."), peer=node) from err
    with Session(engine, expire_on_commit=False) as s, s.begin():
        peer = s.get(SyncPeer, node_id)
        if peer is None or peer.role not in ("node", "province"):
            raise ValidationError(N_("No enrolled computer has the id {peer}."), peer=node)
        peer.active = False
    return peer


def nodes(engine: Engine) -> list[SyncPeer]:
    with Session(engine, expire_on_commit=False) as s:
        return list(s.scalars(select(SyncPeer).where(SyncPeer.role.in_(("node", "province")))
                              .order_by(SyncPeer.commune_code, SyncPeer.enrolled_at)))
