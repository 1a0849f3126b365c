"""xaso-admin demo / demo-province: fill a separate data folder with a demo commune, or a demo
province hub with this folder as its viewer."""

from __future__ import annotations

import argparse

from cli.base import DEMO_HOME_NEEDED, Cli, key_passphrase
from core.i18n import tr


def _officer_count(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 500:
        raise argparse.ArgumentTypeError("1..500")
    return value


def add_parsers(sub, common) -> None:
    demo = sub.add_parser("demo", parents=[common], help=tr("fill the data folder with demo data"))
    demo.add_argument("--officers", type=_officer_count, default=40, help=tr("1 to 500"))
    demo.add_argument("--seed", type=int, default=2025, help=tr("seed of the random demo data"))
    demo.add_argument("--commune", metavar="CODE",
                      help=tr("the commune of the demo: its code in the official list (default "
                              "06385, Xã Hữu Lũng)"))
    province = sub.add_parser("demo-province", parents=[common],
                              help=tr("a demo province: hub data in HOME/hub, this folder its viewer"))
    province.add_argument("--seed", type=int, default=2025, help=tr("seed of the random demo data"))


def demo(cli: Cli) -> int:
    from core.communes import find_commune
    from db.errors import N_, UserError
    from demo.commune import DEFAULT_COMMUNE, fill_demo

    if not cli.args.home_given:
        return cli.fail(cli.tr(DEMO_HOME_NEEDED))
    code = (cli.args.commune or DEFAULT_COMMUNE).strip()
    if not code.isdigit() or find_commune(code) is None:
        return cli.fail(UserError(N_("{code} is not the code of a commune or ward in the official "
                                     "list (5 digits, e.g. 06385). Check the code and try again."),
                                  code=code))
    code = find_commune(code)[0].code
    store = cli.store()
    try:
        if (cli.args.commune and store.is_initialized
                and store.context.commune_code != code):
            return cli.fail(UserError(N_(
                "This data folder is already set up for commune {current}; a demo of commune "
                "{code} needs a new, empty folder (--home)."),
                current=store.context.commune_code, code=code))
        result = fill_demo(store, seed=cli.args.seed, officers=cli.args.officers,
                           commune_code=code)
    finally:
        store.close()
    tr = cli.tr
    lines = [tr("Demo data: {commune}, {province} — {count} officers.").format(
        commune=result.commune_name, province=result.province_name, count=result.officers)]
    if result.already_filled:
        lines.append(tr("This data folder already holds the demo data; nothing was added."))
    for user, password in result.passwords.items():
        lines.append(tr("  account {user}, password {password}").format(user=user, password=password))
    if result.passwords:
        lines.append(tr("The passwords are shown only this once."))
    cli.emit({"ok": True, "home": str(cli.args.home), "commune_code": code,
               "commune": result.commune_name,
               "province": result.province_name, "officers": result.officers,
               "already_filled": result.already_filled, "accounts": result.passwords},
              "\n".join(lines))
    return 0


def demo_province(cli: Cli) -> int:
    from demo.province import fill_demo_province

    if not cli.args.home_given:
        return cli.fail(cli.tr(DEMO_HOME_NEEDED))
    store = cli.store()
    try:
        result = fill_demo_province(store, seed=cli.args.seed, passphrase=key_passphrase())
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


HANDLERS = {"demo": demo, "demo-province": demo_province}
