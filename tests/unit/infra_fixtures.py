"""Shared set-up for Hạ tầng tests: officers, devices, and equipment lists as real XLSX."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from core.infrastructure import equipment as svc
from core.officers import registry as officers

TODAY = dt.date(2026, 11, 23)
HEADERS = ["STT", "Mã tài sản", "Loại thiết bị", "Hãng, model", "Năm mua", "Vị trí",
           "Người sử dụng", "Tình trạng", "Hệ điều hành", "Ghi chú"]
ROWS = [
    [1, "MT-01", "Máy tính để bàn", "Dell OptiPlex 3080", 2021, "Quầy 1 - Bộ phận một cửa",
     "Nguyễn Văn An", "Đang sử dụng", "Windows 11", ""],
    [2, "MT-02", "Máy tính để bàn", "HP ProDesk 400 G1", 2014, "Quầy 2 - Bộ phận một cửa", "",
     "Đang sử dụng", "Windows 7", "máy cũ"],
    [3, "MQ-01", "Máy quét ADF", "Canon DR-C225 II", 2022, "Bộ phận một cửa", "", "Hỏng", "", ""],
    [4, "DT-01", "Đường truyền Internet chính", "VNPT FiberVNN 300 Mbps", 2023, "Phòng máy chủ",
     "", "Đang sử dụng", "", ""],
]


def add_signer(store, name="Nguyễn Văn An", cccd="020190001234", signer=True):
    with store.write("t") as s:
        return officers.create(s, officers.OfficerInput(full_name=name, cccd=cccd,
                                                        is_signer=signer)).id


def add_device(store, kind="desktop", **kw):
    kw.setdefault("make_model", "Dell OptiPlex 3080")
    with store.write("t") as s:
        return svc.create(s, svc.EquipmentInput(kind=kind, **kw)).id


def write_list(path: Path, rows=None, headers=None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH MỤC TRANG THIẾT BỊ CÔNG NGHỆ THÔNG TIN"])
    ws.append([])
    ws.append(headers or HEADERS)
    for row in ROWS if rows is None else rows:
        ws.append(row)
    ws.append([])
    ws.append(["", "", "", "", "", "Người lập biểu"])
    wb.save(path)
    return path
