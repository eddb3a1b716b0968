"""The status bar's one line on team mode: synced when, what waits, offline, conflicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from asfdesk.i18n import translate
from asfdesk.sync.team import SyncProgress

CONFLICTS_LINK = "conflicts"


@dataclass(frozen=True)
class TeamLine:
    last_synced: datetime | None = None  # local time of the last sync that went through
    waiting: int = 0  # changes made here not yet on the server
    conflicts: int = 0
    offline: bool = False  # the last try did not reach the server
    revoked: bool = False  # the server no longer accepts this computer
    problem: str = ""  # what the server said when it refused (other than revocation)
    running: SyncProgress | None = None  # a sync under way (phase "" before the first step)


def _when(moment: datetime, now: datetime) -> str:
    return f"{moment:%H:%M}" if moment.date() == now.date() else f"{moment:%Y-%m-%d %H:%M}"


def team_line(state: TeamLine, now: datetime) -> str:
    """Rich text: 'Synkad 14:32 · 3 ändringar väntar · konflikter (2)', the conflicts a link."""
    if state.revoked:
        parts = [translate("TeamStatus", "Datorn är spärrad från teamet: inget synkroniseras")]
    elif state.running is not None:
        parts = [_running(state.running)]
    elif state.offline:
        parts = [translate("TeamStatus", "Offline")]
        if state.last_synced:
            parts.append(translate("TeamStatus", "senast synkad %1").replace("%1", _when(state.last_synced, now)))
    elif state.problem:
        parts = [translate("TeamStatus", "Synkroniseringen misslyckades: %1").replace("%1", state.problem)]
    elif state.last_synced:
        parts = [translate("TeamStatus", "Synkad %1").replace("%1", _when(state.last_synced, now))]
    else:
        parts = [translate("TeamStatus", "Inte synkad än")]
    if state.waiting:
        one, many = translate("TeamStatus", "1 ändring väntar"), translate("TeamStatus", "%1 ändringar väntar")
        parts.append(one if state.waiting == 1 else many.replace("%1", str(state.waiting)))
    if state.conflicts:
        text = translate("TeamStatus", "konflikter (%1)").replace("%1", str(state.conflicts))
        parts.append(f'<a href="{CONFLICTS_LINK}">{text}</a>')
    return " · ".join(p if p.startswith("<a ") else _escape(p) for p in parts)


def _running(progress: SyncProgress) -> str:
    if progress.phase == "send" and progress.total:
        return (
            translate("TeamStatus", "Skickar %1 av %2…")
            .replace("%1", str(progress.done))
            .replace("%2", str(progress.total))
        )
    if progress.phase == "receive" and progress.total:
        percent = min(100, 100 * progress.done // progress.total)
        return translate("TeamStatus", "Tar emot… %1 %").replace("%1", str(percent))
    return translate("TeamStatus", "Synkroniserar…")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
