"""The status bar's team line says, in words, where a team database stands."""

from __future__ import annotations

from datetime import datetime

from asfdesk.sync.team import SyncProgress
from asfdesk.ui.team.status_text import TeamLine, team_line

NOW = datetime(2026, 12, 3, 15, 0)


def test_synced_waiting_and_conflicts_in_one_line_with_singular_and_plural() -> None:
    line = TeamLine(last_synced=datetime(2026, 12, 3, 14, 32), waiting=3, conflicts=2)
    assert team_line(line, NOW) == 'Synkad 14:32 · 3 ändringar väntar · <a href="conflicts">konflikter (2)</a>'
    assert team_line(TeamLine(last_synced=NOW, waiting=1), NOW) == "Synkad 15:00 · 1 ändring väntar"
    assert team_line(TeamLine(last_synced=datetime(2026, 11, 30, 9, 5)), NOW) == "Synkad 2026-11-30 09:05"
    assert team_line(TeamLine(), NOW) == "Inte synkad än"


def test_offline_revoked_and_refused_say_so_and_keep_the_waiting_count() -> None:
    offline = TeamLine(last_synced=datetime(2026, 12, 3, 8, 0), waiting=4, offline=True)
    assert team_line(offline, NOW) == "Offline · senast synkad 08:00 · 4 ändringar väntar"
    assert team_line(TeamLine(waiting=1, revoked=True), NOW).startswith("Datorn är spärrad från teamet")
    refused = TeamLine(problem="Uppdatera asfdesk <3.0> & försök igen.")
    assert team_line(refused, NOW) == "Synkroniseringen misslyckades: Uppdatera asfdesk &lt;3.0&gt; &amp; försök igen."


def test_a_running_sync_shows_how_far_it_has_come() -> None:
    assert team_line(TeamLine(running=SyncProgress("", 0, 0)), NOW) == "Synkroniserar…"
    assert team_line(TeamLine(running=SyncProgress("send", 40, 120)), NOW) == "Skickar 40 av 120…"
    assert team_line(TeamLine(running=SyncProgress("receive", 450, 1000)), NOW) == "Tar emot… 45 %"
    assert team_line(TeamLine(running=SyncProgress("receive", 1200, 1000)), NOW) == "Tar emot… 100 %"
