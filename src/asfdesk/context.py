"""The application context: one object holding what the rest of the program needs, built once."""

from __future__ import annotations

from dataclasses import dataclass, field

from asfdesk.config import AppPaths
from asfdesk.services.enterprise_queries import EnterpriseQueries
from asfdesk.storage.engine import Database


@dataclass
class AppContext:
    paths: AppPaths
    database: Database
    enterprises: EnterpriseQueries = field(init=False)

    def __post_init__(self) -> None:
        self.enterprises = EnterpriseQueries(self.database.session_factory)

    @property
    def is_demo(self) -> bool:
        return self.database.path == self.paths.demo_db.resolve()

    def close(self) -> None:
        self.database.close()
