"""Connection settings, TLS with the province's CA, clock skew and offline against a real hub."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import func, select

from core.sync import online as sync_http
from core.sync import service as sync_svc
from core.sync import settings as sync_settings
from core.sync.http_client import HubOffline, HubRefused
from db.errors import ValidationError
from db.models import Officer, Setting
from tests.sync.conftest import add_officer, open_node
from tests.sync.hub_server import free_port, running_hub


def _officers(store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Officer))


def test_tls_hub_needs_the_province_ca_file(node_a, tmp_path, qapp):
    add_officer(node_a, "Nguyễn Văn An", "020190001234")
    with running_hub(tmp_path, node_a, tls=True) as (hub, _url, ca):
        with pytest.raises(HubRefused) as info:
            sync_http.run_sync(node_a)
        assert info.value.code == "tls"
        assert "certificate" in info.value.message() and "CA" in info.value.message()
        assert "not issued by a certificate authority this computer trusts" in info.value.message()
        from desktop.i18n import install, tr  # the reason in Vietnamese too, not OpenSSL's English

        install(qapp)
        shown = info.value.message(tr)
        assert "không do tổ chức chứng thực" in shown and "issuer" not in shown
        assert _officers(hub) == 0
        sync_settings.save(node_a, sync_settings.Connection(ca_file=str(ca)), None, "admin")
        result = sync_http.run_sync(node_a)
        assert result["sent"] >= 1 and _officers(hub) == 1


def test_a_broken_ca_file_is_named_and_nothing_saved(node_a, tmp_path):
    broken = tmp_path / "tinh-ca.pem"
    broken.write_text("-----BEGIN CERTIFICATE-----\nkhông phải chứng chỉ\n-----END CERTIFICATE-----\n")
    not_pem = tmp_path / "ca.docx"
    not_pem.write_bytes(b"PK\x03\x04 binary")
    for path in (broken, not_pem, tmp_path / "missing.pem"):
        with pytest.raises(ValidationError) as info:
            sync_settings.save(node_a, sync_settings.Connection(ca_file=str(path)), None, "admin")
        assert str(path) in info.value.message()
    assert sync_settings.load(node_a).ca_file == ""


def test_manual_proxy_goes_to_the_client_and_its_password_to_the_keyring(node_a):
    conn = sync_settings.Connection(proxy_mode="manual", proxy_host="10.0.0.1:3128",
                                    proxy_user="xa.huulung")
    sync_settings.save(node_a, conn, "Mật-khẩu 1", "admin")
    options = sync_settings.client_options(node_a)
    assert options["proxy"] == "http://xa.huulung:M%E1%BA%ADt-kh%E1%BA%A9u%201@10.0.0.1:3128"
    assert options["trust_env"] is False
    client = sync_http.make_client(node_a, "https://tinh.example.vn")
    transport = next(iter(client.http._mounts.values()))
    assert transport._pool._proxy_url.host == b"10.0.0.1"
    client.close()
    with node_a.session() as s:
        stored = " ".join(s.scalars(select(Setting.value)))
    assert "Mật-khẩu" not in stored and "10.0.0.1:3128" in stored
    with pytest.raises(ValidationError) as info:
        sync_settings.save(node_a, sync_settings.Connection(proxy_mode="manual",
                                                            proxy_host="proxy-khong-cong"), None, "a")
    assert "proxy-khong-cong" in info.value.message()


def test_clock_skew_is_warned_and_a_refusal_says_by_how_much(node_a, tmp_path):
    add_officer(node_a, "Trần Thị Bình", "020190001235")
    with running_hub(tmp_path, node_a) as (hub, _url, _ca):
        slow = lambda: dt.datetime.now(dt.UTC) - dt.timedelta(minutes=12)  # noqa: E731
        result = sync_http.run_sync(node_a, clock=slow)
        assert result["skew_minutes"] == 12 and _officers(hub) == 1
        warning = sync_settings.skew_warning(sync_settings.clock_skew(node_a))
        assert warning is not None and "12 minutes" in warning.message()
        late = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=20)  # noqa: E731
        with pytest.raises(HubRefused) as info:
            sync_http.run_sync(node_a, clock=late)
        assert info.value.code == "clock" and "20 minutes" in info.value.message()
        assert sync_settings.clock_skew(node_a) == -20
        sync_http.run_sync(node_a)
        assert sync_settings.skew_warning(sync_settings.clock_skew(node_a)) is None


def test_a_sync_while_offline_ends_at_once(node_a, tmp_path):
    hub = open_node(tmp_path / "hub")
    card = sync_svc.node_card(hub)
    card.update(role="hub", name="Máy chủ tỉnh", commune="",
                url=f"http://127.0.0.1:{free_port()}")  # nothing listens there
    sync_svc.enrol_peer(node_a, card)
    hub.close()
    started = time.monotonic()
    with pytest.raises(HubOffline) as info:
        sync_http.run_sync(node_a)
    assert time.monotonic() - started < 5  # no retries with backoff
    assert "cannot be reached" in info.value.message()


def test_an_unreachable_hub_is_explained_without_the_network_library_words(qapp, tmp_path):
    """The reason is a phrase of ours in Vietnamese, never httpx's English exception text."""
    import httpx

    from core.sync.http_client import OFFLINE_MESSAGE, offline_reason
    from desktop.i18n import install, tr

    install(qapp)
    port = free_port()  # nothing listens there
    with pytest.raises(httpx.HTTPError) as raised:
        httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
    shown = HubOffline(OFFLINE_MESSAGE, reason=offline_reason(raised.value)).message(tr)
    assert "kết nối bị từ chối hoặc mạng đang mất" in shown
    assert "Errno" not in shown and "refused" not in shown
    assert offline_reason(httpx.ReadTimeout("timed out")) == "no answer in time"
