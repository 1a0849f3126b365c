"""Record files travel like the other commune rows: linked and checked on one computer of the
commune, the other has the same rows (same ids, verdicts) and, with the share mounted at another
place, checks the same files under its own storage folder."""

from __future__ import annotations

from sqlalchemy import select

from core.backlog import lots as lot_svc
from core.backlog import progress as prog
from core.backlog import records as recs
from core.certificates import registry
from core.evidence import check, files
from core.hub import province
from core.province.figures import CommuneRow
from core.sync import service as sync_svc
from db.models import RecordFile
from demo.signed_pdfs import SigningChain, plain_pdf, sign_pdf
from tests.sync.conftest import add_officer, peer_id
from tests.sync.helpers import synced_rows


def test_record_files_and_verdicts_sync(pair, tmp_path):
    a, b = pair
    chain = SigningChain()
    leaf = chain.leaf("Nguyễn Văn An", "020190001234")
    an = add_officer(a, "Nguyễn Văn An", "020190001234")
    (tmp_path / "ca.pem").write_bytes(chain.roots_pem())
    (tmp_path / "an.cer").write_bytes(leaf.der())
    share = tmp_path / "o-D" / "kho"
    (share / "1999").mkdir(parents=True)
    (share / "1999" / "KS-1.pdf").write_bytes(sign_pdf(plain_pdf("1"), leaf))
    (share / "1999" / "KS-2.pdf").write_bytes(plain_pdf("2"))
    with a.write("admin") as s:
        registry.import_ca(s, tmp_path / "ca.pem")
        registry.apply(s, registry.preview(s, registry.read_files([tmp_path / "an.cer"])))
        lot_id = lot_svc.create_lot(s, lot_svc.LotInput(field="ho_tich", record_kind="Sổ khai sinh",
                                                        year_from=1999, year_to=1999)).id
        recs.generate_records(s, lot_id, 1, 2)
        for step in ("scanned", "verified"):
            recs.change_status(s, recs.Selection(lot_id=lot_id, first_no=1, last_no=2), step, an)
        files.set_storage_root(s, share)
        files.link_folder(s, share, lot_id, share / "1999")
    assert check.run_check(a, actor="admin").records_signed == 1

    out = sync_svc.export_for(a, peer_id(b), tmp_path)
    sync_svc.import_file(b, out.path)
    assert synced_rows(a)["record_file"] == synced_rows(b)["record_file"]
    with b.session() as s:
        figures = prog.progress(s).lots[lot_id]
        verdicts = sorted(s.execute(select(RecordFile.path, RecordFile.verdict)).all())
    assert (figures.reached("signed"), figures.backed_reached("signed")) == (1, 1)
    assert verdicts == [("1999/KS-1.pdf", "valid"), ("1999/KS-2.pdf", "unsigned")]
    # the province's figures of the commune say how many signed records a file backs
    row = next(r for r in province.summary(b.engine) if r.code == a.context.commune_code)
    assert (row.stages["signed"], row.signed_backed) == (1, 1)
    seen = CommuneRow.from_json({**row.to_json(), "rank": 1})
    assert (seen.signed_backed, seen.signed_unbacked) == (1, 0)
    # B mounts the share elsewhere: the same relative paths are found and checked there
    other = tmp_path / "mang" / "kho"
    other.parent.mkdir()
    share.rename(other)
    with b.write("admin") as s:
        files.set_storage_root(s, other)
    summary = check.run_check(b, actor="admin")
    assert summary.states == {"ok": 2} and summary.verdicts == {"valid": 1, "unsigned": 1}
