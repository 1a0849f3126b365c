"""The official post-2025 list of provinces and communes (package vietnam-provinces)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from core.text import collation_key, fold


@dataclass(frozen=True)
class ProvinceInfo:
    code: str
    name: str  # display name, e.g. "Tỉnh Lạng Sơn", "Thành phố Hà Nội"
    short_name: str  # "Lạng Sơn"


@dataclass(frozen=True)
class CommuneInfo:
    code: str
    name: str  # "Xã Hữu Lũng", "Phường Hoàn Kiếm"
    province_code: str

    @property
    def search_key(self) -> str:
        return fold(self.name)


def _province_display(name: str, division: str) -> tuple[str, str]:
    short = name
    for prefix in ("Thành phố ", "Tỉnh "):
        if name.startswith(prefix):
            short = name[len(prefix):]
    if name == short:
        name = ("Thành phố " if "thành phố" in division else "Tỉnh ") + short
    return name, short


@lru_cache(maxsize=1)
def provinces() -> tuple[ProvinceInfo, ...]:
    from vietnam_provinces import Province

    items = []
    for p in Province.iter_all():
        name, short = _province_display(p.name, p.division_type.value)
        items.append(ProvinceInfo(code=f"{int(p.code):02d}", name=name, short_name=short))
    return tuple(sorted(items, key=lambda p: collation_key(p.short_name)))


@lru_cache(maxsize=64)
def communes_of(province_code: str) -> tuple[CommuneInfo, ...]:
    from vietnam_provinces import ProvinceCode, Ward

    items = [
        CommuneInfo(code=f"{int(w.code):05d}", name=w.name, province_code=f"{int(province_code):02d}")
        for w in Ward.iter_by_province(ProvinceCode(int(province_code)))
    ]
    return tuple(sorted(items, key=lambda c: collation_key(c.name)))


def find_province(code: str) -> ProvinceInfo | None:
    return next((p for p in provinces() if p.code == f"{int(code):02d}"), None)


def find_commune(code: str) -> tuple[CommuneInfo, ProvinceInfo] | None:
    from vietnam_provinces import Ward, WardCode

    try:
        ward = Ward.from_code(WardCode(int(code)))
    except (ValueError, KeyError):
        return None
    province = find_province(str(int(ward.province_code)))
    info = CommuneInfo(code=f"{int(ward.code):05d}", name=ward.name, province_code=province.code)
    return info, province


def search_communes(province_code: str, query: str) -> list[CommuneInfo]:
    """Accent-insensitive: 'huu lung' finds 'Xã Hữu Lũng'."""
    words = fold(query).split()
    return [c for c in communes_of(province_code) if all(w in c.search_key for w in words)]
