"""The kinds of documents the register issues: how each is gathered, rendered and named."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from formation.core.errors import FormationError
from formation.documents import (
    attendance_certificate,
    convention,
    convocation,
    docx_render,
    end_of_training,
    programme,
    realisation,
)
from formation.documents.facts import Facts
from formation.documents.issuer import Stamp

FORMATS = ("pdf", "docx")


@dataclass(frozen=True)
class Target:
    """What a document is about: a registration, a session, or a structure within a session."""

    registration_id: int | None = None
    session_id: int | None = None
    structure_id: int | None = None


Gather = Callable[[Facts, Target, Mapping[str, str] | None], Any]


@dataclass(frozen=True)
class Kind:
    code: str  # as stored in the register: "realisation"
    label: str  # "Certificat de réalisation"
    prefix: str  # of the printed number: "CR-2026-0007"
    name: str  # in file names, and the Word template's name: "certificat-realisation"
    target: str  # "registration", "session" or "structure"
    certificate: bool  # only after the session, for someone whose attendance is recorded
    signed: bool  # signed by the legal representative, who must then be known
    gather: Gather
    pdf: Callable[[Any, Stamp], bytes]
    docx_context: Callable[[Any, Stamp], dict[str, Any]]
    recipient: Callable[[Any], str]

    def render(self, fmt: str, data: Any, stamp: Stamp) -> bytes:
        if fmt == "pdf":
            return self.pdf(data, stamp)
        return docx_render.render(self.name, self.docx_context(data, stamp), data.issuer, stamp,
                                  title=f"{self.label} — {self.recipient(data)}")


def _registration(t: Target) -> int:
    assert t.registration_id is not None
    return t.registration_id


def _session(t: Target) -> int:
    assert t.session_id is not None
    return t.session_id


def _structure(t: Target) -> int:
    assert t.structure_id is not None
    return t.structure_id


KINDS: dict[str, Kind] = {k.code: k for k in [
    Kind("realisation", "Certificat de réalisation", "CR", "certificat-realisation",
         "registration", True, True,
         lambda f, t, _r: realisation.gather(f, _registration(t)),
         realisation.pdf, realisation.docx_context, lambda d: d.participant),
    Kind("fin", "Attestation de fin de formation", "AF", "attestation-fin-formation",
         "registration", True, True,
         lambda f, t, r: end_of_training.gather(f, _registration(t), r),
         end_of_training.pdf, end_of_training.docx_context, lambda d: d.participant),
    Kind("assiduite", "Attestation d'assiduité", "AA", "attestation-assiduite",
         "registration", True, True,
         lambda f, t, _r: attendance_certificate.gather(f, _registration(t)),
         attendance_certificate.pdf, attendance_certificate.docx_context, lambda d: d.participant),
    Kind("convocation", "Convocation", "CV", "convocation", "registration", False, True,
         lambda f, t, _r: convocation.gather(f, _registration(t)),
         convocation.pdf, convocation.docx_context, lambda d: d.participant),
    Kind("programme", "Programme de formation", "PG", "programme", "session", False, False,
         lambda f, t, _r: programme.gather(f, _session(t)),
         programme.pdf, programme.docx_context, lambda d: d.course.title),
    Kind("convention", "Convention de formation", "CF", "convention", "structure", False, True,
         lambda f, t, _r: convention.gather(f, _session(t), _structure(t)),
         convention.pdf, convention.docx_context, lambda d: d.client.name),
]}


def kind_of(code: str) -> Kind:
    if code not in KINDS:
        raise FormationError(f"Type de document inconnu : « {code} ». Types possibles : "
                             + ", ".join(KINDS) + ".")
    return KINDS[code]


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise FormationError(f"Format inconnu : « {fmt} ». Formats possibles : pdf, docx.")
    return fmt
