"""Before a report is issued: does the signer chosen in the report settings hold a valid
official-duty certificate? Plans forbid signing state documents with anything else (DOMAIN.md),
so the app warns — it does not refuse: the paper copy can still be signed by hand."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.reports import register as service
from core.reports.period import VIETNAM, end_of
from db.errors import N_, UserError
from db.models import Certificate, Officer


def certificate_warning(session: Session, on: dt.date) -> UserError | None:
    """What is wrong with the default signer's official-duty certificate on ``on`` (None: fine).

    The warning is a :class:`UserError` so each shell words it in its own language.
    """
    settings = service.load_settings(session)
    officer = None
    if settings.signer_id:
        try:
            officer = session.get(Officer, uuid.UUID(settings.signer_id))
        except ValueError:
            officer = None
    if officer is None or officer.deleted or not officer.active:
        return UserError(N_("No signer is chosen in the report settings: the report will have "
                            "no name under the signature."))
    moment = end_of(on)
    certs = session.execute(
        select(Certificate.not_before, Certificate.not_after, Certificate.status)
        .where(Certificate.officer_id == officer.id, Certificate.deleted.is_(False),
               Certificate.kind == "official_duty")
        .order_by(Certificate.not_after.desc())).all()
    usable = [c for c in certs if c.status in ("active", "expired")]
    if any(c.not_before <= moment < c.not_after for c in usable):
        return None
    if usable and usable[0].not_after <= moment:
        return UserError(N_("The official-duty certificate of the signer, {name}, expired on "
                            "{date}: the report cannot be signed digitally until it is "
                            "renewed."), name=officer.full_name,
                         date=usable[0].not_after.astimezone(VIETNAM).strftime("%d/%m/%Y"))
    return UserError(N_("The signer, {name}, has no valid official-duty certificate "
                        "(chữ ký số chuyên dùng công vụ): the report cannot be signed "
                        "digitally."), name=officer.full_name)
