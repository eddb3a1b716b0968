"""The application context: one object holding what the rest of the program needs, built once."""

from __future__ import annotations

from dataclasses import dataclass, field

from asfdesk.config import AppPaths
from asfdesk.services.enterprise_queries import EnterpriseQueries
from asfdesk.services.enterprise_service import AgreementService, ContactPersonService, EnterpriseService
from asfdesk.services.lookups import Lookups
from asfdesk.services.meeting_service import MeetingService
from asfdesk.services.participant_service import ParticipantService, PlacementService
from asfdesk.services.search_service import SearchService
from asfdesk.services.support_service import ModuleProgressService, SupportContactService
from asfdesk.services.todo_queries import TodoQueries
from asfdesk.services.trash_service import TrashService
from asfdesk.storage.engine import Database


@dataclass
class AppContext:
    paths: AppPaths
    database: Database
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

    def __post_init__(self) -> None:
        factory = self.database.session_factory
        self.enterprises = EnterpriseQueries(factory)
        self.trash = TrashService(factory)
        self.lookups = Lookups(factory)
        self.enterprise_records = EnterpriseService(factory, self.trash)
        self.contact_persons = ContactPersonService(factory, self.trash)
        self.agreements = AgreementService(factory, self.trash)
        self.support_contacts = SupportContactService(factory, self.trash)
        self.module_progress = ModuleProgressService(factory, self.trash)
        self.participants = ParticipantService(factory, self.trash)
        self.placements = PlacementService(factory, self.trash)
        self.meetings = MeetingService(factory, self.trash)
        self.todo = TodoQueries(factory)
        self.search = SearchService(factory)

    @property
    def is_demo(self) -> bool:
        return self.database.path == self.paths.demo_db.resolve()

    def close(self) -> None:
        self.database.close()
