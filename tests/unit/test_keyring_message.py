"""No system password store: the clerk reads a Vietnamese sentence that says what to do, not
the keyring's English error (issue 24, item 8)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from core.i18n import user_message
from core.sync import keys


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_a_missing_keyring_is_explained_in_vietnamese_with_the_way_out(no_keyring, caplog):
    with pytest.raises(keys.KeyringUnavailable) as caught:
        keys.load_or_create("node-1")
    text = user_message(caught.value)
    assert text.startswith("Máy tính này không có kho mật khẩu của hệ thống (keyring)")
    assert "tệp" in text and "cụm mật khẩu" in text
    assert "backend" not in text.lower() and "install" not in text.lower()
    assert any("backend" in r.getMessage().lower() for r in caplog.records)  # the reason, logged
