"""Demo data: a set-up commune with plausible officers, for `xaso --demo` and screenshots.

Everything goes through the ordinary services (setup.initialize, accounts.create_account,
officers.create), so the change log holds every row exactly as real use would leave it.
The officers are deterministic for a seed; the passwords are random and returned once.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select

from core.accounts.auth import create_account
from core.communes import find_commune
from core.officers import registry as officer_service
from core.officers.registry import OfficerInput
from core.settings import get_setting, set_setting
from core.store import Store
from core.text import fold, nfc
from db.errors import N_, ValidationError
from db.models import Account

DEMO_FILLED = "demo.filled"
DEMO_CREATED = "demo.created"  # this folder was set up by the demo, never by a commune
DEFAULT_COMMUNE = "06385"  # Xã Hữu Lũng, Tỉnh Lạng Sơn
ADMIN_USER = "admin"
STAFF_USER = "canbo"


@dataclass
class DemoResult:
    commune_name: str
    province_name: str
    officers: int  # demo officers in the store (added by this call, or earlier when already_filled)
    passwords: dict[str, str]  # username -> password, only for accounts created by this call
    already_filled: bool


# names ----------------------------------------------------------------------------------------
# Family names: the common Kinh ones, plus Tày/Nùng names frequent in Lạng Sơn.
_FAMILY = (
    ("Nguyễn", 24), ("Hoàng", 10), ("Trần", 8), ("Lê", 7), ("Phạm", 5), ("Vũ", 4),
    ("Đặng", 3), ("Bùi", 3), ("Đỗ", 3), ("Ngô", 2), ("Dương", 2), ("Lý", 2), ("Đinh", 2),
    ("Nông", 5), ("Lương", 4), ("Vi", 3), ("Lăng", 2), ("Triệu", 2), ("Chu", 2), ("Lộc", 2),
    ("Hà", 2), ("Mã", 1), ("Lành", 1), ("Hứa", 1),
)
_MALE_MIDDLE = (
    ("Văn", 30), ("Đức", 6), ("Minh", 6), ("Quang", 5), ("Hữu", 4), ("Công", 4), ("Xuân", 3),
    ("Mạnh", 3), ("Thanh", 3), ("Tiến", 3), ("Ngọc", 2), ("Đình", 3), ("Trung", 2), ("Việt", 2),
)
_FEMALE_MIDDLE = (
    ("Thị", 30), ("Thu", 5), ("Thanh", 4), ("Ngọc", 4), ("Hồng", 3), ("Minh", 2),
    ("Phương", 2), ("Kim", 2), ("Thúy", 2), ("Mai", 2), ("Bích", 1), ("Diệu", 1),
)
# a second middle word after "Thị": "Nguyễn Thị Thu Hà"
_FEMALE_SECOND = ("Thu", "Thanh", "Ngọc", "Hồng", "Minh", "Kim", "Thúy", "Bích", "Phương")
_MALE_GIVEN = (
    "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Long", "Nam", "Sơn", "Thắng", "Cường", "Hiếu",
    "Trung", "Quân", "Tùng", "Phong", "Kiên", "Đạt", "Huy", "Khánh", "Lâm", "Thành", "Bình",
    "Toàn", "Hưng", "Vinh", "Dương", "Tú", "Quý", "Lợi", "Chiến",
)
_FEMALE_GIVEN = (
    "Hà", "Lan", "Hương", "Hằng", "Mai", "Linh", "Trang", "Thảo", "Ngọc", "Huyền", "Nga",
    "Hạnh", "Yến", "Phương", "Dung", "Thủy", "Nhung", "Vân", "Giang", "Oanh", "Loan", "Hoa",
    "Liên", "Quyên", "Thu", "Duyên", "Tâm", "Nhàn", "Hiền", "Ánh",
)


def _weighted(rng: random.Random, items: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w for w, _ in items], weights=[n for _, n in items])[0]


def random_person(rng: random.Random) -> tuple[str, str]:
    """(full name NFC, gender "Nam"/"Nữ"): "Nguyễn Thị Thu Hà", "Hoàng Văn Hùng"."""
    family = _weighted(rng, _FAMILY)
    if rng.random() < 0.5:
        middle = _weighted(rng, _MALE_MIDDLE)
        given = rng.choice(_MALE_GIVEN)
        if given == middle:
            given = "Hùng" if given != "Hùng" else "Dũng"
        return nfc(f"{family} {middle} {given}"), "Nam"
    middle = _weighted(rng, _FEMALE_MIDDLE)
    given = rng.choice(_FEMALE_GIVEN)
    if middle == "Thị" and rng.random() < 0.3:
        second = rng.choice(_FEMALE_SECOND)
        if second != given:
            middle = f"Thị {second}"
    if given == middle.split()[-1]:
        given = "Hà" if given != "Hà" else "Lan"
    return nfc(f"{family} {middle} {given}"), "Nữ"


# identity numbers -----------------------------------------------------------------------------
# CCCD: 3-digit province of registration, gender/century digit, 2-digit birth year, 6 digits.
_OTHER_PROVINCES = ("001", "004", "019", "024", "027")  # Hà Nội, Cao Bằng, Thái Nguyên, Bắc Giang, Bắc Ninh


def random_cccd(rng: random.Random, province_prefix: str, birth_year: int, gender: str,
                taken: set[str]) -> str:
    prefix = province_prefix if rng.random() < 0.85 else rng.choice(_OTHER_PROVINCES)
    century = 0 if birth_year < 2000 else 2
    gender_digit = century + (1 if gender == "Nữ" else 0)
    while True:
        cccd = f"{prefix}{gender_digit}{birth_year % 100:02d}{rng.randrange(1_000_000):06d}"
        if cccd not in taken:
            taken.add(cccd)
            return cccd


# mobile prefixes in use (Viettel 096-098/032-039, VinaPhone 091/094/088, MobiFone 090/093/089)
_PHONE_PREFIXES = ("096", "097", "098", "091", "094", "090", "093", "032", "033", "034",
                   "035", "036", "037", "038", "039", "088", "089")


def random_phone(rng: random.Random, taken: set[str]) -> str:
    while True:
        phone = rng.choice(_PHONE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"
        if phone not in taken:
            taken.add(phone)
            return phone


# commune structure (two-level government, from 1/7/2025) ------------------------------------
LEADERS = "Lãnh đạo UBND"
OFFICE = "Văn phòng HĐND và UBND"
ECONOMY = "Phòng Kinh tế"
SOCIAL = "Phòng Văn hóa - Xã hội"
SERVICE = "Trung tâm Phục vụ hành chính công"
MILITARY = "Ban Chỉ huy Quân sự xã"
POLICE = "Công an xã"

# (position, department, is_signer, may be transferred away, born from, born to)
_POSTS: tuple[tuple[str, str, bool, bool, int, int], ...] = (
    ("Chủ tịch UBND", LEADERS, True, False, 1968, 1980),
    ("Phó Chủ tịch UBND", LEADERS, True, False, 1970, 1985),
    ("Phó Chủ tịch UBND", LEADERS, True, False, 1972, 1987),
    ("Chánh Văn phòng HĐND và UBND", OFFICE, True, False, 1972, 1988),
    ("Phó Chánh Văn phòng HĐND và UBND", OFFICE, False, False, 1975, 1990),
    ("Công chức Văn phòng - Thống kê", OFFICE, False, True, 1980, 1998),
    ("Công chức Văn phòng - Thống kê", OFFICE, False, True, 1985, 2000),
    ("Công chức Tư pháp - Hộ tịch", OFFICE, True, False, 1978, 1995),
    ("Công chức Tư pháp - Hộ tịch", OFFICE, False, True, 1985, 2000),
    ("Chuyên viên Tổng hợp", OFFICE, False, True, 1985, 2000),
    ("Văn thư - Lưu trữ", OFFICE, False, True, 1980, 2000),
    ("Trưởng phòng Kinh tế", ECONOMY, True, False, 1970, 1985),
    ("Phó Trưởng phòng Kinh tế", ECONOMY, False, False, 1975, 1990),
    ("Công chức Tài chính - Kế toán", ECONOMY, False, True, 1978, 1995),
    ("Công chức Tài chính - Kế toán", ECONOMY, False, True, 1985, 2000),
    ("Công chức Địa chính - Xây dựng", ECONOMY, False, True, 1975, 1995),
    ("Công chức Địa chính - Xây dựng", ECONOMY, False, True, 1985, 2000),
    ("Công chức Địa chính - Nông nghiệp - Môi trường", ECONOMY, False, True, 1978, 1998),
    ("Chuyên viên Kế hoạch - Đầu tư", ECONOMY, False, True, 1985, 2000),
    ("Chuyên viên Nông nghiệp", ECONOMY, False, True, 1975, 1995),
    ("Chuyên viên Giao thông - Hạ tầng", ECONOMY, False, True, 1980, 1998),
    ("Trưởng phòng Văn hóa - Xã hội", SOCIAL, True, False, 1970, 1985),
    ("Phó Trưởng phòng Văn hóa - Xã hội", SOCIAL, False, False, 1975, 1990),
    ("Công chức Văn hóa - Xã hội", SOCIAL, False, True, 1978, 1995),
    ("Công chức Văn hóa - Xã hội", SOCIAL, False, True, 1985, 2000),
    ("Chuyên viên Lao động - Người có công - Xã hội", SOCIAL, False, True, 1980, 1998),
    ("Chuyên viên Giáo dục - Đào tạo", SOCIAL, False, True, 1980, 1998),
    ("Chuyên viên Y tế", SOCIAL, False, True, 1982, 2000),
    ("Chuyên viên Chuyển đổi số", SOCIAL, False, True, 1988, 2000),
    ("Phó Giám đốc Trung tâm Phục vụ hành chính công", SERVICE, True, False, 1975, 1990),
    ("Chuyên viên tiếp nhận và trả kết quả", SERVICE, False, True, 1985, 2000),
    ("Chuyên viên tiếp nhận và trả kết quả", SERVICE, False, True, 1985, 2000),
    ("Chuyên viên tiếp nhận và trả kết quả", SERVICE, False, True, 1988, 2000),
    ("Chuyên viên tiếp nhận và trả kết quả", SERVICE, False, True, 1990, 2000),
    ("Chuyên viên số hóa hồ sơ", SERVICE, False, True, 1990, 2000),
    ("Chỉ huy trưởng Quân sự", MILITARY, False, False, 1972, 1988),
    ("Chỉ huy phó Quân sự", MILITARY, False, False, 1978, 1992),
    ("Trưởng Công an xã", POLICE, False, False, 1972, 1988),
    ("Phó Trưởng Công an xã", POLICE, False, False, 1978, 1992),
    ("Chuyên viên Tư pháp", OFFICE, False, True, 1985, 2000),
)
# posts added round-robin when more officers than _POSTS are asked for
_EXTRA_POSTS = (
    ("Chuyên viên", OFFICE), ("Chuyên viên", ECONOMY), ("Chuyên viên", SOCIAL),
    ("Chuyên viên tiếp nhận và trả kết quả", SERVICE),
)
_STAFF_POST = "Công chức Văn phòng - Thống kê"  # the `canbo` account belongs to this officer


def _slug(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _place_name(name: str) -> str:
    for prefix in ("Xã ", "Phường ", "Đặc khu "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def demo_officers(seed: int, count: int, commune_name: str, province_code: str,
                  province_short: str) -> list[OfficerInput]:
    """Deterministic officers of one commune for ``seed`` (no database access)."""
    rng = random.Random(seed)
    posts = [(p, d, s, m, lo, hi) for p, d, s, m, lo, hi in _POSTS[:count]]
    for i in range(count - len(posts)):
        position, department = _EXTRA_POSTS[i % len(_EXTRA_POSTS)]
        posts.append((position, department, False, True, 1985, 2000))
    prefix = f"{int(province_code):03d}"
    mail_place = _slug(_place_name(commune_name))
    mail_domain = f"{_slug(province_short)}.gov.vn"
    names: set[str] = set()
    cccds: set[str] = set()
    phones: set[str] = set()
    emails: set[str] = set()
    movable = [i for i, post in enumerate(posts) if post[3]]
    transferred = set(rng.sample(movable, min(len(movable), 3 if count >= 20 else 1)))
    out: list[OfficerInput] = []
    for i, (position, department, signer, _movable, born_from, born_to) in enumerate(posts):
        full_name, gender = random_person(rng)
        while full_name in names:
            full_name, gender = random_person(rng)
        names.add(full_name)
        year = rng.randint(born_from, born_to)
        birth = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        email = ""
        if signer or rng.random() < 0.6:
            words = fold(full_name).split()
            local = f"{words[-1]}{words[0]}"
            candidate, n = f"{local}.{mail_place}@{mail_domain}", 1
            while candidate in emails:
                n += 1
                candidate = f"{local}{n}.{mail_place}@{mail_domain}"
            emails.add(candidate)
            email = candidate
        active = i not in transferred
        note = ""
        if not active:
            month = rng.randint(7, 12)
            note = f"Chuyển công tác từ 01/{month:02d}/2025"
        elif department == LEADERS and position.startswith("Phó") and i == 1:
            note = "Kiêm Giám đốc Trung tâm Phục vụ hành chính công"
        out.append(
            OfficerInput(
                full_name=full_name,
                cccd=random_cccd(rng, prefix, year, gender, cccds),
                birth_date=birth,
                gender=gender,
                position=position,
                department=department,
                phone=random_phone(rng, phones),
                email=email,
                is_signer=signer and active,
                active=active,
                note=note,
            )
        )
    return out


def _password(place: str) -> str:
    """Readable and random: "huu-lung-048213" (shown once by the CLI)."""
    words = fold(place).split() or ["xaso"]
    return "-".join(words) + f"-{secrets.randbelow(1_000_000):06d}"


def fill_demo(store: Store, seed: int = 2025, officers: int = 40,
              commune_code: str = DEFAULT_COMMUNE) -> DemoResult:
    """Set up the store if needed and add the demo officers once; idempotent.

    ``commune_code`` only matters when the store is not set up yet; a set-up store keeps its
    commune. The officers, the `canbo` account and the "demo.filled" mark are written in one
    transaction, so a failure leaves no half-filled demo behind.
    """
    from core.setup import SetupRequest, initialize

    passwords: dict[str, str] = {}
    if store.is_initialized:
        with store.session() as session:
            ours = get_setting(session, DEMO_CREATED) or get_setting(session, DEMO_FILLED)
        if not ours:  # never mix made-up officers into a commune's real records
            raise ValidationError(N_(
                "This data folder holds a commune's real data; demo data only goes into a new, "
                "empty folder. Choose another folder."))
    else:
        found = find_commune(commune_code)
        if found is None:
            raise ValidationError(N_("Choose a commune from the list."), field="commune")
        commune_info, _province = found
        admin_password = _password(_place_name(commune_info.name))
        initialize(store, SetupRequest(commune_info.code, ADMIN_USER, admin_password,
                                       "Quản trị viên"))
        passwords[ADMIN_USER] = admin_password
        with store.write("demo") as session:
            set_setting(session, DEMO_CREATED, True)

    with store.session() as session:
        filled = get_setting(session, DEMO_FILLED)
    if filled:  # the common case on every `xaso --demo` start: answer from the database
        commune = store.commune()
        count = filled.get("officers", 0) if isinstance(filled, dict) else 0
        return DemoResult(commune.name, commune.province_name, count, passwords, True)

    found = find_commune(store.context.commune_code)
    if found is None:  # a commune code the installed list no longer knows
        raise ValidationError(N_("Choose a commune from the list."), field="commune")
    commune_info, province = found

    with store.write("demo") as session:
        filled = get_setting(session, DEMO_FILLED)
        if filled:
            count = filled.get("officers", 0) if isinstance(filled, dict) else 0
            return DemoResult(commune_info.name, province.name, count, passwords, True)
        people = demo_officers(seed, officers, commune_info.name, province.code,
                               province.short_name)
        created = [officer_service.create(session, person) for person in people]
        from demo.training import add_demo_training

        add_demo_training(session, seed, created)
        from demo.reports import add_demo_reports

        add_demo_reports(session, seed)
        staff_taken = session.execute(
            select(func.count()).select_from(Account).where(Account.username == STAFF_USER)
        ).scalar_one()
        if not staff_taken:
            owner = next((o for o in created if o.position == _STAFF_POST and o.active), None)
            staff_password = _password(_place_name(commune_info.name))
            account = create_account(session, STAFF_USER, staff_password, "staff",
                                     owner.full_name if owner else "Cán bộ")
            if owner is not None:
                account.officer_id = owner.id
            passwords[STAFF_USER] = staff_password
        from demo.certificates import add_demo_certificates

        add_demo_certificates(session, seed, commune_info.name)
        from demo.infrastructure import add_demo_infrastructure

        add_demo_infrastructure(session, seed, created)
        from demo.backlog import add_demo_backlog

        add_demo_backlog(session, seed)
        from demo.sync import add_demo_sync

        add_demo_sync(session, seed, commune_info.code, province.name, created)
        from demo.accounts import add_demo_accounts

        add_demo_accounts(session, seed, created)
        from demo.dossiers import add_demo_dossiers

        add_demo_dossiers(session, seed, commune_info.code)
        set_setting(session, DEMO_FILLED, {"seed": seed, "officers": len(created)})
    return DemoResult(commune_info.name, province.name, len(created), passwords, False)
