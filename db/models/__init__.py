"""All tables. One module per feature; each is imported here so Alembic and the ORM see it."""

from db.models.backlog import (  # noqa: F401
    BacklogBatch,
    BacklogCounter,
    BacklogDaily,
    BacklogLot,
    BacklogRecord,
    DigitizationTarget,
)
from db.models.certificates import CertAuthority, Certificate, CertRequest, SupportTicket  # noqa: F401
from db.models.core import (  # noqa: F401
    ROLES,
    Account,
    ChangeLog,
    Commune,
    Officer,
    Setting,
    SyncState,
    synced_models,
)
from db.models.dossier import Dossier  # noqa: F401
from db.models.evidence import RecordFile  # noqa: F401
from db.models.hub import HubEnrolment  # noqa: F401
from db.models.hub_replay import HubSeenRequest  # noqa: F401
from db.models.hub_view import HubNodeContact  # noqa: F401
from db.models.infrastructure import DigitalTeam, Equipment, InfraRequirement, TeamActivity, TeamMember  # noqa: F401
from db.models.reports import ReportNote, ReportRegister  # noqa: F401
from db.models.sync import SyncConflict, SyncLog, SyncPeer, SyncQuarantine, SyncResolution  # noqa: F401
from db.models.training import Attendance, Course, CourseResult, TrainingSession  # noqa: F401
