"""The application context: one object holding what the rest of the program needs, built once."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from asfdesk.config import AppPaths
from asfdesk.services.audit import AuditTrail
from asfdesk.services.enterprise_queries import EnterpriseQueries
from asfdesk.services.enterprise_service import AgreementService, ContactPersonService, EnterpriseService
from asfdesk.services.goal_queries import GoalQueries
from asfdesk.services.importer import Importer
from asfdesk.services.lookups import Lookups
from asfdesk.services.meeting_service import MeetingService
from asfdesk.services.occupancy_queries import OccupancyQueries
from asfdesk.services.participant_service import ParticipantService, PlacementService
from asfdesk.services.place_service import PlaceCatalogue, PlaceService
from asfdesk.services.project_service import GoalService, ProjectService
from asfdesk.services.retention import RetentionService
from asfdesk.services.revenue_service import RevenueService
from asfdesk.services.search_service import SearchService
from asfdesk.services.settings import BACKUP_KEEP_DAYS, BACKUP_KEEP_WEEKS, SettingsService
from asfdesk.services.support_service import ModuleProgressService, SupportContactService
from asfdesk.services.todo_queries import TodoQueries
from asfdesk.services.trash_service import TrashService
from asfdesk.services.warning_queries import WarningQueries
from asfdesk.storage.backup import daily_backup
from asfdesk.storage.connect import DB_ERRORS
from asfdesk.storage.engine import Database
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.instance_lock import DatabaseLock
from asfdesk.storage.keys import KeyResolver
from asfdesk.storage.migrate import open_database

log = logging.getLogger(__name__)
BACKUP_FAILURES: tuple[type[Exception], ...] = (OSError, *DB_ERRORS)


@dataclass
class AppContext:
    paths: AppPaths
    database: Database
    lock: DatabaseLock | None = None
    keys: KeyResolver = field(default_factory=KeyResolver)
    audit: AuditTrail = field(init=False)
    enterprises: EnterpriseQueries = field(init=False)
    trash: TrashService = field(init=False)
    lookups: Lookups = field(init=False)
    enterprise_records: EnterpriseService = field(init=False)
    contact_persons: ContactPersonService = field(init=False)
    agreements: AgreementService = field(init=False)
    support_contacts: SupportContactService = field(init=False)
    module_progress: ModuleProgressService = field(init=False)
    participants: ParticipantService = field(init=False)
    placements: PlacementService = field(init=False)
    meetings: MeetingService = field(init=False)
    todo: TodoQueries = field(init=False)
    search: SearchService = field(init=False)
    retention: RetentionService = field(init=False)
    settings: SettingsService = field(init=False)
    places: PlaceService = field(init=False)
    place_catalogue: PlaceCatalogue = field(init=False)
    revenues: RevenueService = field(init=False)
    projects: ProjectService = field(init=False)
    goals: GoalService = field(init=False)
    goal_queries: GoalQueries = field(init=False)
    occupancy: OccupancyQueries = field(init=False)
    warnings: WarningQueries = field(init=False)

    def __post_init__(self) -> None:
        factory = self.database.session_factory
        self.audit = AuditTrail(factory)
        self.enterprises = EnterpriseQueries(factory)
        self.trash = TrashService(factory, self.audit)
        self.lookups = Lookups(factory)
        self.enterprise_records = EnterpriseService(factory, self.trash, self.audit)
        self.contact_persons = ContactPersonService(factory, self.trash, self.audit)
        self.agreements = AgreementService(factory, self.trash, self.audit)
        self.support_contacts = SupportContactService(factory, self.trash, self.audit)
        self.module_progress = ModuleProgressService(factory, self.trash, self.audit)
        self.participants = ParticipantService(factory, self.trash, self.audit)
        self.placements = PlacementService(factory, self.trash, self.audit)
        self.meetings = MeetingService(factory, self.trash, self.audit)
        self.todo = TodoQueries(factory)
        self.search = SearchService(factory)
        self.retention = RetentionService(factory, self.audit)
        self.settings = SettingsService(factory, self.audit)
        self.places = PlaceService(factory, self.trash, self.audit)
        self.place_catalogue = PlaceCatalogue(factory)
        self.revenues = RevenueService(factory, self.trash, self.audit)
        self.projects = ProjectService(factory, self.trash, self.audit)
        self.goals = GoalService(factory, self.trash, self.audit)
        self.goal_queries = GoalQueries(factory)
        self.occupancy = OccupancyQueries(factory)
        self.warnings = WarningQueries(factory, self.settings)

    def importer(self) -> Importer:
        return Importer(
            self.database.session_factory,
            {
                "enterprises": self.enterprise_records,
                "participants": self.participants,
                "contact_persons": self.contact_persons,
                "placements": self.placements,
                "revenue": self.revenues,
            },
        )

    @property
    def is_demo(self) -> bool:
        return self.database.path == self.paths.demo_db.resolve()

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    def close(self) -> None:
        self.database.close()
        if self.lock is not None:
            self.lock.release()


def open_context(
    paths: AppPaths,
    path: Path | None,
    read_only: bool = False,
    today: date | None = None,
    keys: KeyResolver | None = None,
    background_backup: bool = False,
) -> AppContext:
    """Open `path` (None: the demo database, made on first use) for this window.

    Takes the file's one-writer lock (or opens read-only), brings the schema up to date,
    and makes the day's automatic backup (in a thread when `background_backup`: the window
    need not wait for a large file to be copied).
    """
    paths.ensure()
    if path is None:
        path = paths.demo_db
        if not path.exists():
            from asfdesk.demo.database import create_demo_database

            create_demo_database(path, backup_dir=paths.backup_dir)
    path = path.expanduser().resolve()
    if not read_only and path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        # SQLite also writes -wal and -shm files beside the database, so the folder counts too.
        raise DatabaseOpenError(
            Problem.READ_ONLY, path, f"{path} (eller dess mapp) är skrivskyddad. Den kan öppnas för läsning."
        )
    lock = None
    if not read_only:
        lock = DatabaseLock(path)
        if path.parent.is_dir() and not lock.acquire():
            raise DatabaseOpenError(
                Problem.IN_USE,
                path,
                f"{path} är redan öppen i ett annat asfdesk-fönster (eller av en annan användare).",
            )
    keys = keys or KeyResolver()
    try:
        database = open_database(path, backup_dir=paths.backup_dir, read_only=read_only, keys=keys)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    context = AppContext(paths=paths, database=database, lock=lock, keys=keys)
    if not read_only:
        keep_days, keep_weeks = context.settings.get(BACKUP_KEEP_DAYS), context.settings.get(BACKUP_KEEP_WEEKS)

        def backup() -> None:
            try:
                daily_backup(path, paths.backup_dir, today or date.today(), keep_days, keep_weeks, keys=keys)
            except BACKUP_FAILURES as exc:  # a missed backup must not keep the user from working
                log.warning("Automatic backup of %s failed: %s", path, exc)

        if background_backup:
            # Not a daemon: quitting waits for the copy to finish rather than leave half a file.
            threading.Thread(target=backup, name="asfdesk-daily-backup").start()
        else:
            backup()
    return context
