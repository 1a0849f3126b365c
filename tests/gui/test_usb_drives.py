"""With no USB stick the USB dialog chooses nothing for the clerk (never "/" or C:) and says what
to do; with one, the stick is chosen (issue 24, item 9)."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.sync.drives import DriveDialog


def test_without_a_usb_stick_nothing_is_preselected(qtbot, prompts):
    dialog = DriveDialog(prompts, found=[("/ (40 GB trống)", Path("/"), False)])
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.list.currentItem() is None
    assert not dialog.export_button.isEnabled()
    assert "Không thấy USB" in dialog.hint.text()
    dialog.accept_choice()
    assert dialog.folder is None
    dialog.list.setCurrentRow(0)  # the clerk may still choose a drive on purpose
    assert dialog.export_button.isEnabled()


def test_a_usb_stick_is_chosen_first(qtbot, prompts, tmp_path):
    dialog = DriveDialog(prompts, found=[("KINGSTON (7 GB trống)", tmp_path, True),
                                         ("/ (40 GB trống)", Path("/"), False)])
    qtbot.addWidget(dialog)
    assert dialog.list.currentRow() == 0 and dialog.export_button.isEnabled()
    dialog.accept_choice()
    assert dialog.folder == tmp_path
