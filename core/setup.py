"""First run: give this PC its node identity, its commune (or, for a province computer, its
province) and the first admin account."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from core import settings as keys
from core.accounts.auth import create_account
from core.communes import find_commune, find_province
from core.settings import set_setting
from core.store import Store
from db.engine import ChangeContext, make_session_factory
from db.errors import N_, ValidationError
from db.ids import natural_id, uuid7
from db.models import Commune


@dataclass
class SetupRequest:
    """``commune_code`` for a commune computer; else ``province_code`` for a province computer
    (it views the whole province from the province server and enters no data of its own)."""

    commune_code: str
    admin_username: str
    admin_password: str
    admin_full_name: str = ""
    province_code: str = ""


def commune_row_id(code: str) -> uuid.UUID:
    return natural_id("commune", code)


def initialize(store: Store, request: SetupRequest) -> None:
    """All in one transaction: a failure leaves the data folder as it was."""
    if store.is_initialized:
        raise ValidationError(N_("This installation is already set up."))
    if not request.commune_code and request.province_code:
        _initialize_province(store, request)
        return
    found = find_commune(request.commune_code)
    if found is None:
        raise ValidationError(N_("Choose a commune from the list."), field="commune")
    commune, province = found
    context = ChangeContext(node_id=uuid7(), epoch=1, commune_code=commune.code, actor="setup")
    factory = make_session_factory(store.engine, context)
    with factory() as session, session.begin():
        set_setting(session, keys.NODE_ID, str(context.node_id))
        set_setting(session, keys.NODE_EPOCH, 1)
        set_setting(session, keys.COMMUNE_CODE, commune.code)
        session.add(
            Commune(
                id=commune_row_id(commune.code),
                code=commune.code,
                name=commune.name,
                province_code=province.code,
                province_name=province.name,
            )
        )
        create_account(
            session, request.admin_username, request.admin_password, "admin",
            request.admin_full_name,
        )
    store.reload_identity()


def _initialize_province(store: Store, request: SetupRequest) -> None:
    from core.province.client import MODE

    province = find_province(request.province_code)
    if province is None:
        raise ValidationError(N_("Choose a province from the list."), field="province")
    context = ChangeContext(node_id=uuid7(), epoch=1, commune_code="", actor="setup")
    factory = make_session_factory(store.engine, context)
    with factory() as session, session.begin():
        set_setting(session, keys.NODE_ID, str(context.node_id))
        set_setting(session, keys.NODE_EPOCH, 1)
        set_setting(session, keys.PROVINCE_CODE, province.code)
        set_setting(session, MODE, True)
        create_account(
            session, request.admin_username, request.admin_password, "admin",
            request.admin_full_name,
        )
    store.reload_identity()
