"""Report fixtures: a data folder with the demo commune's officers, certificates and training."""

from __future__ import annotations

import io
import shutil

import pytest
from pypdf import PdfReader


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo data folder, filled once per run (filling takes seconds)."""
    from core.config import Paths
    from core.store import Store
    from demo.commune import fill_demo

    home = tmp_path_factory.mktemp("demo-template") / "home"
    store = Store.open(Paths(home))
    fill_demo(store)
    store.close()
    return home


@pytest.fixture
def demo_store(demo_template, xaso_home):
    """A private copy of the demo data folder for one test."""
    from core.config import Paths
    from core.store import Store

    shutil.copytree(demo_template, xaso_home)
    store = Store.open(Paths(xaso_home))
    yield store
    store.close()


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def text_positions(data: bytes, page_no: int = 0) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text run on a page, in points from the bottom-left corner."""
    page = PdfReader(io.BytesIO(data)).pages[page_no]
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            found.append((cm[4] + tm[4], cm[5] + tm[5], text))

    page.extract_text(visitor_text=visit)
    return found
