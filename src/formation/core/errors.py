"""Typed errors of the core. Their messages are already French: they reach users as they are."""

from __future__ import annotations


class FormationError(Exception):
    """Something the user can act on; `str(error)` is a French sentence saying what to do."""


class ValidationError(FormationError):
    """Input refused; `fields` maps each field name at fault to what to fix there."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__(" ".join(self.fields.values()))


class NotFoundError(FormationError):
    pass


class DeletionRefused(FormationError):
    """A deletion that would lose other data (e.g. a course that still has sessions)."""


class SessionFullError(FormationError):
    """The session has no seat left; the caller may offer the waiting list."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        super().__init__(
            f"La session est complète ({capacity} place{'s' if capacity > 1 else ''}). "
            "Vous pouvez inscrire la personne sur la liste d'attente."
        )


class DatabaseError(FormationError):
    """The file cannot be used as it is: in use elsewhere, too new, damaged."""
