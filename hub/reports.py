"""``xaso-hub conflicts`` and ``xaso-hub summary``: what the province IT officer reads."""

from __future__ import annotations

from core.hub.conflicts import conflicts as hub_conflicts
from core.i18n import tr
from core.labels import table_label
from core.text import format_number, format_percent


def conflicts(args, hub, show) -> int:
    rows = hub_conflicts(hub.engine, include_resolved=args.all)
    kept = {"local": tr("Kept the hub's version"), "incoming": tr("Kept the commune's version")}
    line = tr("{when}  commune {commune}  {table} “{label}”  hub v{hub} / received v{incoming}  "
              "{kept}{resolved}")
    lines = []
    for r in rows:
        resolved = (" · " + tr("resolved ({how}) by {who}").format(
            how=r["resolution"], who=r["resolved_by"])) if r["resolved"] else ""
        lines.append(line.format(when=r["detected_at"][:16].replace("T", " "),
                                 commune=r["commune"], table=table_label(r["table"], tr),
                                 label=r["label"] or r["row_id"], hub=r["hub_version"],
                                 incoming=r["incoming_version"], kept=kept.get(r["kept"], ""),
                                 resolved=resolved))
        lines += [f"    {d['column']}: {d['hub']!r} ≠ {d['incoming']!r}" for d in r["differences"]]
    show(args, rows, "\n".join(lines) or tr("No open conflict at the hub."))
    return 0


def _as_of(text: str | None):
    from core.text import parse_date
    from db.errors import N_, UserError

    if not text:
        return None
    try:
        day = parse_date(text)
    except ValueError:
        day = None
    if day is None:
        raise UserError(N_("Enter the end of the period as dd/mm/yyyy (e.g. 30/11/2026)."))
    return day


def summary(args, hub, show) -> int:
    from core.hub.province import commune_names, summary_json
    from core.province.figures import transfer_lines
    from db.base import utcnow

    data = summary_json(hub.engine, utcnow(), _as_of(getattr(args, "as_of", None)))
    rows = data["communes"]
    line = tr("{rank}. {code} {name}: digitized {digitized}, signers certified {cert}, "
              "officers {officers} (trained {trained}), last sync {last}")
    never = tr("never")
    text = "\n".join(line.format(
        rank=r["rank"], code=r["code"], name=r["name"],
        digitized=format_percent(r["digitized_percent"]), cert=format_percent(r["cert_percent"]),
        officers=format_number(r["officers"]), trained=format_percent(r["training_percent"]),
        last=(r["last_sync"] or "")[:16].replace("T", " ") or never) for r in rows)
    text = text or tr("The hub holds no commune yet.")
    if data["transfers"]:
        from sqlalchemy.orm import Session

        codes = {st["commune"] for m in data["transfers"] for st in m["stints"]}
        with Session(hub.engine) as s:
            names = commune_names(s, codes)
        text += "\n" + tr("Officers who moved between communes:") + "\n" + "\n".join(
            "  " + line for line in transfer_lines(data["transfers"], names, tr))
    show(args, data, text)
    return 0
