"""Tệp USB của xã at the province computer: the commune clerk brings the stick; each chosen
file goes to the province server, which applies it, and the commune's return file is written
beside it on the stick, read back, ready to take home ("Nhập từ USB" at the commune)."""

from __future__ import annotations

from core.province import client as svc
from core.sync.split import order_bundles
from core.text import format_number
from desktop.i18n import N_, tr, user_message
from desktop.ui.tasks import run_with_progress

TITLE = N_("Commune's USB file")


def take_usb(page) -> None:
    ctx = page.ctx
    paths = ctx.prompts.open_files(page, tr(TITLE), tr("Xã Số sync files (*.xaso)"))
    if paths:
        page.with_keys(lambda: _take(page, paths))


def _take(page, paths) -> None:
    ctx = page.ctx
    store, passphrase = ctx.store, page.passphrase
    files = order_bundles(list(paths))  # a commune's parts in order: no gap at the server

    def work(progress):
        results = []
        for done, path in enumerate(files):
            progress.report(done, len(files), tr("Sending {file}…").format(file=path.name))
            try:
                results.append((path, svc.take_usb_bundle(store, path, passphrase), None))
            except Exception as err:  # noqa: BLE001 - said per file; the other files go on
                results.append((path, None, err))
        return results

    def done(results) -> None:
        lines = []
        for path, got, err in results:
            if got is None:
                lines.append(tr("{file}: refused — {message}").format(
                    file=path.name, message=user_message(err)))
                continue
            lines.append(tr("{file}: commune {commune}, {applied} changes applied, {skipped} "
                            "already here, {conflicts} conflicts. Return file {reply} written "
                            "beside it.").format(
                file=path.name, commune=got.commune, applied=format_number(got.applied),
                skipped=format_number(got.skipped), conflicts=format_number(got.conflicts),
                reply=got.reply.name))
        taken = sum(1 for _p, got, _e in results if got is not None)
        if taken:
            lines.append(tr("Give the stick back to the commune: there, Sync → Import from USB "
                            "reads the return file."))
        show = ctx.prompts.info if taken == len(results) else ctx.prompts.error
        show(page, tr(TITLE), "\n\n".join(lines))
        if taken:
            page.refresh()  # the commune's new figures

    run_with_progress(ctx.runner, page, tr("Sending the commune's file to the province server…"),
                      work, done, lambda e: ctx.prompts.error(page, tr(TITLE), user_message(e)))
