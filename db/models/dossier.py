"""Dossiers received at the one-stop centre, as exported by the procedure system (hồ sơ TTHC).

One row per MaHoSo; its id is derived from the code (db.ids.natural_id) so that importing the
same export on two computers gives the same rows. The QĐ 766 digitization indicators are
counted from these rows (core/backlog/indicators.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced

CHANNELS = (1, 2, 3)  # KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích


class Dossier(Synced, Base):
    __tablename__ = "dossier"
    __table_args__ = (
        Index("ix_dossier_code", "commune_code", "code", unique=True),
        # the indicators count one month: by reception date and by finishing date
        Index("ix_dossier_received", "commune_code", "deleted", "received_on"),
        Index("ix_dossier_finished", "commune_code", "deleted", "finished_on"),
    )

    code: Mapped[str] = mapped_column(String(64))  # MaHoSo
    procedure_code: Mapped[str] = mapped_column(String(32), default="")  # MaTTHC
    field_name: Mapped[str] = mapped_column(String(256), default="")  # LinhVuc
    received_on: Mapped[dt.date] = mapped_column(Date)  # NgayTiepNhan
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # NgayHenTra
    finished_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # NgayKetThucXuLy
    channel: Mapped[int] = mapped_column(Integer, default=1)  # KenhThucHien
    digitized: Mapped[bool] = mapped_column(Boolean, default=False)  # DuocSoHoa
    reused_data: Mapped[bool] = mapped_column(Boolean, default=False)  # DuocLayTuKhoDMQG
    result_code: Mapped[str] = mapped_column(String(64), default="")  # MaKetQua
    # result stored in the data warehouse; when the export has no such column, a MaKetQua
    # (the code the warehouse gives an electronic result) counts as stored
    result_stored: Mapped[bool] = mapped_column(Boolean, default=False)
