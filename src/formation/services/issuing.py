"""Issuing documents: the register (issue, show, verify) and the batch for a session.

One import for the screens and the command line; the work is done in issuing_register,
issuing_batch and issuing_rules.
"""

from __future__ import annotations

from formation.documents.kinds import FORMATS, KINDS
from formation.services.issuing_batch import BatchItem, BatchRefusal, BatchSummary, issue_batch
from formation.services.issuing_register import (
    Issued,
    UnknownCode,
    Verification,
    issue,
    list_issued,
    show,
    verify,
)
from formation.services.issuing_rules import (
    IssuingRefused,
    NoAttendance,
    NotEligible,
    OrganisationIncomplete,
    SessionNotEnded,
)

__all__ = [
    "FORMATS", "KINDS", "BatchItem", "BatchRefusal", "BatchSummary", "Issued", "IssuingRefused",
    "NoAttendance", "NotEligible", "OrganisationIncomplete", "SessionNotEnded", "UnknownCode",
    "Verification", "issue", "issue_batch", "list_issued", "show", "verify",
]
