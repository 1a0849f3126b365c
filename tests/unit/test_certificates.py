"""Certificate import from real files: parsing, classification, matching, duplicates, errors."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.certificates import parse
from core.certificates import registry as svc
from db.errors import UserError, ValidationError
from db.models import Certificate, ChangeLog
from demo.cert_factory import der, make_name, pem
from tests.unit.cert_fixtures import P12_PASSWORD, add_officers, forged_official, write_cert_folder


@pytest.fixture
def files(tmp_path):
    return write_cert_folder(tmp_path / "nop")


@pytest.fixture
def officers(ready_store):
    with ready_store.write("test") as s:
        return add_officers(s)


def _import(store, paths, password=P12_PASSWORD, dry=False):
    with store.write("test") as s:
        result = svc.preview(s, svc.read_files(paths, password))
        if not dry and not result.has_errors:
            svc.apply(s, result)
    return result


def _count(store, *where):
    with store.session() as s:
        return s.execute(select(func.count()).select_from(Certificate).where(*where)).scalar_one()


def test_every_file_is_parsed_classified_and_matched(ready_store, officers, files):
    result = _import(ready_store, [files.folder])
    assert not result.errors
    got = {i.file: (i.kind.kind, i.match) for i in result.items}
    assert got == files.expected
    assert result.skipped_cas == 3  # the chain in the .p7b and the CA inside the .p12
    assert _count(ready_store) == len(files.expected)
    assert result.unmatched == 2


def test_vietnamese_names_in_bmp_and_utf8_strings_are_read(files):
    binh = parse.read_file(files.folder / "binh.cer")[0]
    assert binh.subject_cn == "Trần Thị Bình" and binh.subject_o == "UBND xã Hữu Lũng"
    assert binh.cccd == "020190005678" and binh.subscriber == "individual"
    cuong = parse.read_file(files.folder / "cuong-vnpt.der")[0]
    assert cuong.subject_cn == "Lê Văn Cường"  # decomposed in the file, NFC here
    assert cuong.issuer_cn == "VNPT Certification Authority"
    assert "digital_signature" in cuong.key_usage and len(cuong.fingerprint) == 64


def test_pem_der_and_pkcs7_of_one_certificate_give_one_row(ready_store, officers, files, tmp_path):
    an = parse.read_file(files.folder / "an.crt")[0]
    other = tmp_path / "khac"
    other.mkdir()
    (other / "an.der").write_bytes(an.der)
    (other / "an-copy.pem").write_bytes(pem(an.cert))
    result = _import(ready_store, [other])
    assert [i.duplicate for i in result.items] == [False, True]
    assert _count(ready_store) == 1
    again = _import(ready_store, [files.folder])
    assert again.duplicates == 1 and len(again.new_items) == len(files.expected) - 1
    assert _count(ready_store) == len(files.expected)


def test_broken_files_are_named_and_nothing_is_imported(ready_store, officers, files):
    result = _import(ready_store, [files.folder, *files.broken])
    messages = [e.message() for e in result.errors]
    assert any(m.startswith("cat-ngang.crt:") and "damaged" in m for m in messages)
    assert any(m.startswith("ngau-nhien.cer:") for m in messages)
    assert _count(ready_store) == 0
    with ready_store.write("test") as s, pytest.raises(ValidationError) as err:
        svc.apply(s, result)
    assert "cat-ngang.crt" in err.value.message()
    assert _count(ready_store) == 0


def test_pkcs12_needs_its_password_and_keeps_no_private_key(ready_store, officers, files):
    with pytest.raises(parse.PasswordNeeded, match="giang.p12: this PKCS#12 file needs"):
        parse.read_file(files.p12)
    with pytest.raises(parse.PasswordNeeded, match="password is wrong"):
        parse.read_file(files.p12, "sai")
    result = _import(ready_store, [files.p12])
    assert [i.cert.subject_cn for i in result.items] == ["Vũ Thị Giang"]
    key_bytes = files.factory.key("giang").private_bytes_raw()
    with ready_store.session() as s:
        stored = s.execute(select(Certificate.der)).scalar_one()
        log = "".join(s.execute(select(ChangeLog.payload)).scalars())
    assert key_bytes not in stored and b"PRIVATE" not in stored
    assert stored == parse.read_file(files.p12, P12_PASSWORD)[0].der
    assert "PRIVATE" not in log


def test_empty_and_missing_password_files_give_clear_messages(ready_store, officers, files, tmp_path):
    empty = tmp_path / "rong.cer"
    empty.write_bytes(b"")
    result = _import(ready_store, [empty, files.p12], password=None)
    assert [e.message() for e in result.errors] == [
        "rong.cer: the file is empty.", "giang.p12: this PKCS#12 file needs its password."]
    assert result.password_needed and _count(ready_store) == 0


def test_imported_ca_verifies_signatures_and_unmasks_forgeries(ready_store, officers, files, tmp_path):
    forged = forged_official(files.factory, make_name("Kẻ Giả Mạo", "X"))
    (tmp_path / "gia.cer").write_bytes(der(forged))
    _import(ready_store, [files.folder, tmp_path / "gia.cer"])
    with ready_store.session() as s:
        kinds = dict(s.execute(select(Certificate.subject_cn, Certificate.kind_reason)).all())
    assert kinds["Kẻ Giả Mạo"] == "official_name" and kinds["Nguyễn Văn An"] == "official_name"
    (tmp_path / "ca.cer").write_bytes(pem(files.factory.issuing))
    with ready_store.write("admin") as s:
        added, changed = svc.import_ca(s, tmp_path / "ca.cer")
    assert added == 1 and changed >= 2
    with ready_store.session() as s:
        rows = {r.subject_cn: r for r in s.execute(select(Certificate)).scalars()}
    assert rows["Nguyễn Văn An"].kind_reason == "official_verified"
    assert rows["Nguyễn Văn An"].signature_verified
    assert (rows["Kẻ Giả Mạo"].kind, rows["Kẻ Giả Mạo"].kind_reason) == ("unknown", "bad_signature")
    text = parse.explain("public_name", "VNPT Certification Authority", "VNPT Group")
    assert "VNPT Certification Authority (VNPT Group)" in text


def test_unmatched_wait_for_review_and_are_assigned(ready_store, officers, files):
    _import(ready_store, [files.folder])
    with ready_store.session() as s:
        review = svc.page(s, svc.CertQuery(view="review"), svc.PageRequest(50))
    assert {(r.subject_cn, r.match_problem) for r in review} == {
        ("Ngô Văn Vắng", "no_match"), ("Nguyễn Thị Hoa", "ambiguous")}
    hoa = next(r for r in review if r.subject_cn == "Nguyễn Thị Hoa")
    with ready_store.write("clerk") as s:
        svc.assign(s, hoa.id, officers["020190008882"])
    with ready_store.session() as s:
        assert svc.count(s, svc.CertQuery(view="review")) == 1
        cert = s.get(Certificate, hoa.id)
        assert cert.officer_id == officers["020190008882"] and cert.match_problem == ""
        logged = s.execute(select(ChangeLog.actor).where(ChangeLog.row_id == hoa.id)
                           .order_by(ChangeLog.seq)).scalars().all()
    assert logged == ["test", "clerk"]


def test_import_is_captured_in_the_change_log(ready_store, officers, files):
    _import(ready_store, [files.folder])
    with ready_store.session() as s:
        n = s.execute(select(func.count()).select_from(ChangeLog)
                      .where(ChangeLog.table_name == "certificate")).scalar_one()
    assert n == len(files.expected)


def test_a_file_that_is_not_readable_names_itself(tmp_path):
    missing = tmp_path / "khong-co.cer"
    with pytest.raises(UserError, match="khong-co.cer: cannot be read"):
        parse.read_file(missing)


def test_search_without_accents_finds_assigned_and_unassigned(ready_store, officers, files):
    _import(ready_store, [files.folder])
    with ready_store.session() as s:
        def names(text, view="all"):
            rows = svc.page(s, svc.CertQuery(search=text, view=view), svc.PageRequest(50))
            return {r.subject_cn for r in rows}

        assert names("vang") == {"Ngô Văn Vắng"}  # waits for review: found by the certificate
        assert names("hoang van em") == {"Hoàng Văn Em"}
        assert names("020190005678") == {"Trần Thị Bình"}
        assert names("cuong", view="public_ca") == {"Lê Văn Cường"}
        assert names("50%") == set()


def test_either_encoding_under_any_suffix_and_pem_bundles(files, tmp_path):
    from demo.cert_factory import p7

    an = parse.read_file(files.folder / "an.crt")[0]
    f = files.factory
    cases = {
        "der-but.crt": der(an.cert),
        "pem-but.cer": pem(an.cert),
        "bundle.p7b": p7([an.cert, f.issuing], encoding="pem"),
        "chain.pem": pem(an.cert) + pem(f.issuing) + pem(f.root),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        certs = parse.read_file(tmp_path / name)
        leaves = [c.fingerprint for c in certs if not c.is_ca]
        assert leaves == [an.fingerprint], name  # PKCS#7 may reorder; the CAs are told apart
        assert len(certs) == {"bundle.p7b": 2, "chain.pem": 3}.get(name, 1)
