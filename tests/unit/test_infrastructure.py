"""Hạ tầng: equipment register, OS support, requirements check arithmetic, import, figures."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from core.infrastructure import (
    check as infra_check,
)
from core.infrastructure import equipment as svc
from core.infrastructure import (
    export as infra_export,
)
from core.infrastructure import import_equipment as imp
from core.infrastructure import (
    report as infra_report,
)
from core.infrastructure import (
    teams as infra_teams,
)
from db.errors import UserError, ValidationError
from db.models import Certificate, ChangeLog, Equipment
from tests.unit.infra_fixtures import ROWS, TODAY, add_device, add_signer, write_list


@pytest.mark.parametrize("os_code, supported", [
    ("win7", False), ("win81", False), ("win10", False), ("win11", True), ("linux", True),
    ("", True)])
def test_os_support_on_23_11_2026(os_code, supported):
    assert svc.os_supported(os_code, TODAY) is supported


def test_windows_10_was_supported_until_14_10_2025():
    assert svc.os_supported("win10", dt.date(2025, 10, 13))
    assert not svc.os_supported("win10", dt.date(2025, 10, 14))


@pytest.mark.parametrize("changes, field", [
    ({"make_model": " "}, "make_model"), ({"kind": "fridge"}, "kind"),
    ({"purchase_year": 1980}, "purchase_year"), ({"state": "lost"}, "state"),
    ({"kind": "scanner", "pages_per_minute": 0}, "pages_per_minute"),
    ({"kind": "scanner", "subtype": "main_line"}, "subtype")])
def test_bad_device_is_refused_naming_the_field(changes, field):
    data = svc.EquipmentInput(**{"kind": "desktop", "make_model": "Dell", **changes})
    with pytest.raises(ValidationError) as info:
        svc.clean(data, TODAY)
    assert info.value.field == field


def test_device_crud_goes_through_the_change_log(ready_store):
    device = add_device(ready_store, asset_code="MT-01", os="win10")
    with ready_store.write("t") as s:
        svc.update(s, device, svc.EquipmentInput(kind="desktop", make_model="Dell OptiPlex 3080",
                                                 asset_code="MT-01", state="faulty"))
        svc.delete(s, device)
    with ready_store.session() as s:
        ops = s.execute(select(ChangeLog.op).where(ChangeLog.table_name == "equipment")
                        .order_by(ChangeLog.seq)).scalars().all()
        assert ops == ["insert", "update", "delete"]  # a tombstone is logged as a delete
        assert s.get(Equipment, device).deleted
        assert svc.count(s, svc.EquipmentQuery()) == 0


def test_asset_code_is_unique(ready_store):
    add_device(ready_store, asset_code="MT-01")
    with pytest.raises(ValidationError) as info, ready_store.write("t") as s:
        svc.create(s, svc.EquipmentInput(kind="laptop", make_model="Asus", asset_code="MT-01"))
    assert info.value.field == "asset_code"


def test_list_filters_and_pages(ready_store):
    for i in range(5):
        add_device(ready_store, asset_code=f"MT-{i}", state="faulty" if i < 2 else "in_use")
    add_device(ready_store, kind="laptop", asset_code="LT-1", make_model="Lenovo ThinkPad")
    with ready_store.session() as s:
        assert svc.count(s, svc.EquipmentQuery(kind="computer")) == 6
        assert svc.count(s, svc.EquipmentQuery(state="faulty")) == 2
        first = svc.page(s, svc.EquipmentQuery(), svc.PageRequest(limit=4))
        rest = svc.page(s, svc.EquipmentQuery(), svc.PageRequest(limit=4, after=first[-1].key))
    assert len(first) == 4 and len(rest) == 2
    assert not {r.id for r in first} & {r.id for r in rest}


# requirements check ---------------------------------------------------------------------------
def _gap(result, code):
    return next(g for g in result.gaps if g.requirement.code == code)


def test_check_counts_usable_out_of_support_and_faulty(ready_store):
    add_device(ready_store, asset_code="A", os="win11")
    add_device(ready_store, kind="laptop", asset_code="B", os="win7")
    add_device(ready_store, asset_code="C", os="win10", state="awaiting_repair")
    add_device(ready_store, asset_code="D", os="win11", state="retired")
    add_device(ready_store, kind="scanner", subtype="flatbed", asset_code="S1")
    with ready_store.session() as s:
        result = infra_check.check(s, TODAY)
    pcs = _gap(result, "pc_per_desk")
    assert (pcs.needed, pcs.usable, pcs.out_of_support, pcs.faulty, pcs.missing) == (4, 1, 1, 1, 3)
    assert _gap(result, "adf_scanner").missing == 1  # a flatbed scanner does not count
    assert _gap(result, "backup_line").missing == 1


def _certificate(store, officer_id, carrier, not_after):
    with store.write("t") as s:
        s.add(Certificate(der=b"x", fingerprint=f"{officer_id.hex}{carrier}"[:64], serial="1",
                          not_before=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
                          not_after=not_after, carrier=carrier, officer_id=officer_id))


def test_tokens_are_one_per_signer_holding_a_valid_token_certificate(ready_store):
    an = add_signer(ready_store)
    binh = add_signer(ready_store, "Trần Thị Bình", "020190004321")
    add_signer(ready_store, "Lê Văn Cường", "020190009999", signer=False)
    with ready_store.session() as s:
        tokens = _gap(infra_check.check(s, TODAY), "token_reader")
    assert (tokens.needed, tokens.usable, tokens.missing) == (2, 0, 2)
    later = dt.datetime(2028, 1, 1, tzinfo=dt.UTC)
    _certificate(ready_store, an, "token", later)
    _certificate(ready_store, binh, "sim", later)  # not a token: Bình still needs one
    with ready_store.session() as s:
        tokens = _gap(infra_check.check(s, TODAY), "token_reader")
        expired = _gap(infra_check.check(s, dt.date(2028, 1, 2)), "token_reader")
    assert (tokens.usable, tokens.missing) == (1, 1)
    assert expired.usable == 0


def test_estimate_is_quantity_times_unit_price(ready_store):
    add_device(ready_store, asset_code="A", os="win11")
    with ready_store.write("t") as s:
        lines = {r.code: r.id for r in infra_check.checklist(s)}
        infra_check.set_line(s, lines["pc_per_desk"], quantity=3, unit_price=15_000_000)
        infra_check.set_line(s, lines["ups"], unit_price=2_500_000)
        infra_check.set_line(s, lines["kiosk"], active=False)
    with ready_store.session() as s:
        result = infra_check.check(s, TODAY)
        stored = s.execute(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.table_name == "infra_requirement")).scalar_one()
    assert _gap(result, "pc_per_desk").total == 2 * 15_000_000
    assert _gap(result, "ups").total == 2 * 2_500_000
    assert "kiosk" not in {g.requirement.code for g in result.gaps}
    assert [r.code for r in result.inactive] == ["kiosk"]
    assert result.estimate_total == 35_000_000
    assert result.unpriced == 4  # ADF scanner, printer, main and backup line
    assert stored == len(infra_check.DEFAULTS) + 3


def test_checklist_line_values_are_checked(ready_store):
    with pytest.raises(ValidationError) as info, ready_store.write("t") as s:
        line = infra_check.checklist(s)[0]
        infra_check.set_line(s, line.id, quantity=-1)
    assert info.value.field == "quantity"
    with ready_store.session() as s:
        assert not infra_check.checklist(s)[0].stored  # the failed write left nothing


# import ---------------------------------------------------------------------------------------
def test_import_previews_then_writes_and_reimport_changes_nothing(ready_store, tmp_path):
    add_signer(ready_store)
    path = write_list(tmp_path / "thiet-bi.xlsx")
    with ready_store.write("t") as s:
        result = imp.preview(s, imp.read_table(path))
        assert not result.has_errors, [p.message() for r in result.rows for p in r.problems]
        assert imp.apply(s, result).created == 4
    with ready_store.session() as s:
        rows = {r.asset_code: r for r in svc.all_rows(s)}
    assert rows["MT-01"].officer_name == "Nguyễn Văn An"
    assert rows["MT-02"].os == "win7" and rows["MT-02"].location == "one_stop"
    assert (rows["MQ-01"].kind, rows["MQ-01"].subtype, rows["MQ-01"].state) == ("scanner", "adf", "faulty")
    assert (rows["DT-01"].subtype, rows["DT-01"].location) == ("main_line", "server")
    with ready_store.write("t") as s:
        again = imp.apply(s, imp.preview(s, imp.read_table(path)))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)


def test_one_bad_row_refuses_the_whole_file(ready_store, tmp_path):
    rows = [list(r) for r in ROWS]
    rows[2][4] = "năm ngoái"
    rows[3][6] = "Người Lạ"
    path = write_list(tmp_path / "loi.xlsx", rows)
    with ready_store.write("t") as s:
        result = imp.preview(s, imp.read_table(path))
        messages = [p.message() for r in result.rows for p in r.problems]
        assert result.errors == 3  # row 1: its officer is not registered either
        assert any("Row 6" in m and "năm ngoái" in m for m in messages)
        with pytest.raises(UserError):
            imp.apply(s, result)
    with ready_store.session() as s:
        assert svc.count(s, svc.EquipmentQuery()) == 0


def test_duplicate_asset_codes_are_refused(ready_store, tmp_path):
    rows = [ROWS[1], [9] + ROWS[1][1:]]
    with ready_store.write("t") as s:
        result = imp.preview(s, imp.read_table(write_list(tmp_path / "d.xlsx", rows)))
    assert result.count("duplicate") == 1
    assert "Row 5" in result.rows[1].problems[0].message()


def test_export_reimports_unchanged(ready_store, tmp_path, qapp):
    from desktop import i18n

    assert i18n.install(qapp, "vi")
    add_signer(ready_store)
    add_device(ready_store, asset_code="MT-01", os="win10", location_detail="Quầy 1")
    add_device(ready_store, kind="network", subtype="backup_line", asset_code="DT-2",
               make_model="Viettel 100 Mbps", location="server")
    add_device(ready_store, kind="camera", asset_code="CAM-1", location_detail="Sảnh chờ")
    add_device(ready_store, kind="printer", asset_code="MI-2", location="office",
               location_detail="Văn thư", state="awaiting_repair")
    out = tmp_path / "ha-tang.xlsx"
    with ready_store.session() as s:
        assert infra_export.export(s, out, i18n.tr, "Xã Hữu Lũng", TODAY) == 4
    wb = load_workbook(out)
    assert wb.sheetnames == ["Thiết bị", "Đối chiếu yêu cầu", "Dự toán"]
    assert wb["Dự toán"]["B6"].value == "Máy tính cho mỗi quầy tiếp nhận"
    with ready_store.write("t") as s:
        result = imp.preview(s, imp.read_table(out))
    assert [r.status for r in result.rows] == ["unchanged"] * 4


# teams and figures ----------------------------------------------------------------------------
def test_teams_members_activity_and_monthly_figures(ready_store):
    officer = add_signer(ready_store)
    add_device(ready_store, asset_code="A", os="win7")
    add_device(ready_store, asset_code="B", state="faulty")
    with ready_store.write("t") as s:
        village = infra_teams.TeamInput("Tổ CNS thôn Bản Lường", area="Thôn Bản Lường")
        team = infra_teams.save_team(s, village).id
        rapid = infra_teams.save_team(s, infra_teams.TeamInput("Tổ ứng cứu", kind="rapid_response")).id
        infra_teams.save_member(s, team, infra_teams.MemberInput(officer_id=officer, role="leader"))
        infra_teams.save_member(s, team, infra_teams.MemberInput("Hoàng Thị Mai", phone="0912 345 678"))
        guide = infra_teams.ActivityInput(dt.date(2026, 11, 5), "Hướng dẫn cài VNeID", 25)
        infra_teams.save_activity(s, team, guide)
        infra_teams.save_activity(s, rapid, infra_teams.ActivityInput(dt.date(2026, 10, 30), "Sửa token", 3))
    with ready_store.session() as s:
        rows = infra_teams.teams(s)
        members = infra_teams.members_of(s, team)
        figures = infra_report.monthly_figures(s, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [r.kind for r in rows] == ["rapid_response", "community"]
    assert (rows[1].members, rows[1].sessions, rows[1].people_helped) == (2, 1, 25)
    assert members[0].full_name == "Nguyễn Văn An" and members[1].phone == "0912345678"
    assert (figures.equipment_in_use, figures.equipment_faulty, figures.out_of_support) == (1, 1, 1)
    assert (figures.community_teams, figures.rapid_response_teams, figures.team_members) == (1, 1, 2)
    assert (figures.help_sessions, figures.people_helped) == (1, 25)
    assert figures.gap_items == 4 + 1 + 1 + 1 + 1 + 2 + 1 + 1  # 4 PCs (one old) … 1 token


@pytest.mark.parametrize("data, field", [
    (infra_teams.MemberInput(""), "full_name"),
    (infra_teams.MemberInput("An", phone="12345"), "phone"),
    (infra_teams.MemberInput("An", role="boss"), "role")])
def test_bad_member_is_refused(ready_store, data, field):
    with pytest.raises(ValidationError) as info, ready_store.write("t") as s:
        team = infra_teams.save_team(s, infra_teams.TeamInput("Tổ 1")).id
        infra_teams.save_member(s, team, data)
    assert info.value.field == field
