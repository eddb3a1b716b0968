"""ORM models, one module per area. Importing this package registers every table on Base.metadata."""

from asfdesk.storage.models.action_plan import ActionPlanActivity
from asfdesk.storage.models.audit import AuditEntry
from asfdesk.storage.models.consent import Consent
from asfdesk.storage.models.draft import FormDraft
from asfdesk.storage.models.enterprises import Agreement, ContactPerson, Enterprise, SupportRelationship
from asfdesk.storage.models.meetings import ActionItem, Meeting, MeetingAttendee, MeetingDecision, MeetingPlacement
from asfdesk.storage.models.modules import Module, ModuleProgress
from asfdesk.storage.models.organisations import Organisation, Staff
from asfdesk.storage.models.participants import Participant, Placement
from asfdesk.storage.models.places import Place
from asfdesk.storage.models.projects import Goal, Project
from asfdesk.storage.models.revenue import RevenueFigure
from asfdesk.storage.models.setting import Setting
from asfdesk.storage.models.support import SupportContact, SupportContactModule
from asfdesk.storage.models.trash import TrashEntry

__all__ = [
    "ActionItem",
    "ActionPlanActivity",
    "Agreement",
    "AuditEntry",
    "Consent",
    "ContactPerson",
    "Enterprise",
    "FormDraft",
    "Goal",
    "Meeting",
    "MeetingAttendee",
    "MeetingDecision",
    "MeetingPlacement",
    "Module",
    "ModuleProgress",
    "Organisation",
    "Participant",
    "Place",
    "Placement",
    "Project",
    "RevenueFigure",
    "Setting",
    "Staff",
    "SupportContact",
    "SupportContactModule",
    "SupportRelationship",
    "TrashEntry",
]
