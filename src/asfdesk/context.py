"""The application context: one object holding what the rest of the program needs, built once."""

from __future__ import annotations

import logging
import os
import threading
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from asfdesk.config import AppPaths
from asfdesk.storage.backup import daily_backup
from asfdesk.storage.connect import DB_ERRORS
from asfdesk.storage.engine import Database, reading
from asfdesk.storage.errors import DatabaseOpenError, Problem
from asfdesk.storage.instance_lock import DatabaseLock
from asfdesk.storage.keys import KeyResolver
from asfdesk.storage.migrate import open_database
from asfdesk.storage.statistics import has_statistics, refresh_statistics

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from asfdesk.services.action_plan_service import ActionPlanService
    from asfdesk.services.audit import AuditTrail
    from asfdesk.services.database_care import DatabaseCare
    from asfdesk.services.enterprise_queries import EnterpriseQueries
    from asfdesk.services.enterprise_service import AgreementService, ContactPersonService, EnterpriseService
    from asfdesk.services.goal_queries import GoalQueries
    from asfdesk.services.importer import Importer
    from asfdesk.services.lookups import Lookups
    from asfdesk.services.meeting_service import MeetingService
    from asfdesk.services.occupancy_queries import OccupancyQueries
    from asfdesk.services.participant_queries import ParticipantQueries
    from asfdesk.services.participant_service import ParticipantService, PlacementService
    from asfdesk.services.place_service import PlaceCatalogue, PlaceService
    from asfdesk.services.project_service import GoalService, ProjectService
    from asfdesk.services.retention import RetentionService
    from asfdesk.services.revenue_service import RevenueService
    from asfdesk.services.search_service import SearchService
    from asfdesk.services.settings import SettingsService
    from asfdesk.services.support_service import ModuleProgressService, SupportContactService
    from asfdesk.services.todo_queries import TodoQueries
    from asfdesk.services.trash_service import TrashService
    from asfdesk.services.warning_queries import WarningQueries
    from asfdesk.sync.team import TeamService

log = logging.getLogger(__name__)
BACKUP_FAILURES: tuple[type[Exception], ...] = (OSError, *DB_ERRORS)
STATISTICS_FAILURES: tuple[type[Exception], ...] = (SQLAlchemyError, *BACKUP_FAILURES)


@dataclass
class AppContext:
    paths: AppPaths
    database: Database
    lock: DatabaseLock | None = None
    keys: KeyResolver = field(default_factory=KeyResolver)

    @property
    def _factory(self) -> sessionmaker[Session]:
        return self.database.session_factory

    # Services are made when first asked for, and their modules imported then: start-up imports
    # only what the first window needs.
    @cached_property
    def audit(self) -> AuditTrail:
        from asfdesk.services.audit import AuditTrail

        return AuditTrail(self._factory)

    @cached_property
    def enterprises(self) -> EnterpriseQueries:
        from asfdesk.services.enterprise_queries import EnterpriseQueries

        return EnterpriseQueries(self._factory)

    @cached_property
    def trash(self) -> TrashService:
        from asfdesk.services.trash_service import TrashService

        return TrashService(self._factory, self.audit)

    @cached_property
    def lookups(self) -> Lookups:
        from asfdesk.services.lookups import Lookups

        return Lookups(self._factory)

    @cached_property
    def enterprise_records(self) -> EnterpriseService:
        from asfdesk.services.enterprise_service import EnterpriseService

        return EnterpriseService(self._factory, self.trash, self.audit)

    @cached_property
    def contact_persons(self) -> ContactPersonService:
        from asfdesk.services.enterprise_service import ContactPersonService

        return ContactPersonService(self._factory, self.trash, self.audit)

    @cached_property
    def agreements(self) -> AgreementService:
        from asfdesk.services.enterprise_service import AgreementService

        return AgreementService(self._factory, self.trash, self.audit)

    @cached_property
    def support_contacts(self) -> SupportContactService:
        from asfdesk.services.support_service import SupportContactService

        return SupportContactService(self._factory, self.trash, self.audit)

    @cached_property
    def module_progress(self) -> ModuleProgressService:
        from asfdesk.services.support_service import ModuleProgressService

        return ModuleProgressService(self._factory, self.trash, self.audit)

    @cached_property
    def participants(self) -> ParticipantService:
        from asfdesk.services.participant_service import ParticipantService

        return ParticipantService(self._factory, self.trash, self.audit)

    @cached_property
    def placements(self) -> PlacementService:
        from asfdesk.services.participant_service import PlacementService

        return PlacementService(self._factory, self.trash, self.audit)

    @cached_property
    def meetings(self) -> MeetingService:
        from asfdesk.services.meeting_service import MeetingService

        return MeetingService(self._factory, self.trash, self.audit)

    @cached_property
    def todo(self) -> TodoQueries:
        from asfdesk.services.todo_queries import TodoQueries

        return TodoQueries(self._factory)

    @cached_property
    def search(self) -> SearchService:
        from asfdesk.services.search_service import SearchService

        return SearchService(self._factory)

    @cached_property
    def retention(self) -> RetentionService:
        from asfdesk.services.retention import RetentionService

        return RetentionService(self._factory, self.audit)

    @cached_property
    def settings(self) -> SettingsService:
        from asfdesk.services.settings import SettingsService

        return SettingsService(self._factory, self.audit)

    @cached_property
    def places(self) -> PlaceService:
        from asfdesk.services.place_service import PlaceService

        return PlaceService(self._factory, self.trash, self.audit)

    @cached_property
    def place_catalogue(self) -> PlaceCatalogue:
        from asfdesk.services.place_service import PlaceCatalogue

        return PlaceCatalogue(self._factory)

    @cached_property
    def revenues(self) -> RevenueService:
        from asfdesk.services.revenue_service import RevenueService

        return RevenueService(self._factory, self.trash, self.audit)

    @cached_property
    def projects(self) -> ProjectService:
        from asfdesk.services.project_service import ProjectService

        return ProjectService(self._factory, self.trash, self.audit)

    @cached_property
    def goals(self) -> GoalService:
        from asfdesk.services.project_service import GoalService

        return GoalService(self._factory, self.trash, self.audit)

    @cached_property
    def action_plans(self) -> ActionPlanService:
        from asfdesk.services.action_plan_service import ActionPlanService

        return ActionPlanService(self._factory, self.trash, self.audit)

    @cached_property
    def goal_queries(self) -> GoalQueries:
        from asfdesk.services.goal_queries import GoalQueries

        return GoalQueries(self._factory)

    @cached_property
    def occupancy(self) -> OccupancyQueries:
        from asfdesk.services.occupancy_queries import OccupancyQueries

        return OccupancyQueries(self._factory)

    @cached_property
    def warnings(self) -> WarningQueries:
        from asfdesk.services.warning_queries import WarningQueries

        return WarningQueries(self._factory, self.settings)

    def importer(self) -> Importer:
        from asfdesk.services.importer import Importer

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

    @cached_property
    def participant_register(self) -> ParticipantQueries:
        from asfdesk.services.participant_queries import ParticipantQueries

        return ParticipantQueries(self._factory)

    @cached_property
    def team(self) -> TeamService:
        """Team mode of this database: join, sync, conflicts (decision 0016)."""
        from asfdesk.storage.probe import head_revision
        from asfdesk.sync.team import TeamService

        return TeamService(self.database, schema=head_revision())

    @property
    def care(self) -> DatabaseCare:
        """Backups, restore and encryption of this database file."""
        from asfdesk.services.database_care import DatabaseCare

        return DatabaseCare(self.database.path, self.paths.backup_dir, self.keys)

    @property
    def is_demo(self) -> bool:
        return self.database.path == self.paths.demo_db.resolve()

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    @staticmethod
    def reading() -> AbstractContextManager[None]:
        """Within the block (this thread), sessions only read and never hold the write lock."""
        return reading()

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
    if not read_only and path.is_relative_to(paths.backup_dir.expanduser().resolve()):
        raise DatabaseOpenError(
            Problem.READ_ONLY,
            path,
            f"{path.name} är en säkerhetskopia och ändras inte. Återställ den (restore) eller öppna den skrivskyddad.",
        )
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
        from asfdesk.services.settings import BACKUP_KEEP_DAYS, BACKUP_KEEP_WEEKS

        keep_days, keep_weeks = context.settings.get(BACKUP_KEEP_DAYS), context.settings.get(BACKUP_KEEP_WEEKS)

        def backup() -> None:
            try:
                made = daily_backup(path, paths.backup_dir, today or date.today(), keep_days, keep_weeks, keys=keys)
            except BACKUP_FAILURES as exc:  # a missed backup must not keep the user from working
                log.warning("Automatic backup of %s failed: %s", path, exc)
                return
            try:  # once a day, after the copy: the planner's statistics follow the data
                if made is not None or not has_statistics(database):
                    refresh_statistics(database)
            except STATISTICS_FAILURES as exc:  # e.g. the window writing for a long while
                log.warning("Statistics of %s not refreshed: %s", path, exc)

        if background_backup:
            # Not a daemon: quitting waits for the copy to finish rather than leave half a file.
            threading.Thread(target=backup, name="asfdesk-daily-backup").start()
        else:
            backup()
    return context
