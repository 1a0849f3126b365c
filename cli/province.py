"""xaso-admin demo-province: a demo hub with several communes and this folder as its viewer."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cli.main import Cli


def add_parsers(sub, common) -> None:
    demo = sub.add_parser("demo-province", parents=[common],
                          help="a demo province: hub data in HOME/hub, this folder its viewer")
    demo.add_argument("--seed", type=int, default=2025)


def demo_province(cli: Cli) -> int:
    from cli.sync import _passphrase
    from demo.province import fill_demo_province

    if not cli.args.home_given:
        return cli.fail(cli.tr("Name the folder for the demo data with --home DIR; demo "
                               "data never goes into the real data folder."))
    store = cli.store()
    try:
        result = fill_demo_province(store, seed=cli.args.seed, passphrase=_passphrase())
    finally:
        store.close()
    lines = [cli.tr("Demo province: {count} communes on the province server in {folder}; this "
                    "folder opens in province mode.").format(count=result.communes,
                                                             folder=result.hub_dir)]
    if result.password:
        lines.append(cli.tr("  account {user}, password {password}").format(
            user="admin", password=result.password))
        lines.append(cli.tr("The passwords are shown only this once."))
    if result.key_passphrase:
        lines.append(cli.tr("No keyring on this computer: the signing key is in a file "
                            "protected by the passphrase {passphrase}.").format(
            passphrase=result.key_passphrase))
    cli.emit({"ok": True, "hub": str(result.hub_dir), "communes": result.communes,
              "accounts": {"admin": result.password} if result.password else {}},
             "\n".join(lines))
    return 0


HANDLERS = {"demo-province": demo_province}
