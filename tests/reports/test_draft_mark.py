"""A report saved or printed before Ban hành says so: "DỰ THẢO" on every page and a blank "Số:"
(issue 24, item 9); an issued one carries its number and no draft mark."""

from __future__ import annotations

import datetime as dt

from core.reports import catalog, monthly, pdf, period
from core.reports.common import Stamp
from tests.reports.conftest import pdf_pages

ON = dt.date(2026, 12, 5)


def test_a_report_not_issued_is_marked_draft_on_every_page(demo_store):
    with demo_store.session() as s:
        draft = monthly.build(s, period.parse("2026-11"), Stamp(None, ON))
        issued = monthly.build(s, period.parse("2026-11"), Stamp(7, ON))
    draft_pages = pdf_pages(pdf.render(draft))
    assert len(draft_pages) >= 2
    assert all("DỰ THẢO" in page for page in draft_pages)
    assert "Số:        /BC-" in draft_pages[0]
    issued_pages = pdf_pages(pdf.render(issued))
    assert not any("DỰ THẢO" in page for page in issued_pages)
    assert "Số: 07/BC-" in issued_pages[0]


def test_a_list_preview_is_a_draft_too(demo_store):
    with demo_store.session() as s:
        doc = catalog.build(s, "officers", period.parse("2026-11"), Stamp(None, ON))
    assert doc.draft and "DỰ THẢO" in pdf_pages(pdf.render(doc))[0]
