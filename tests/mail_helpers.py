"""A real SMTP server on 127.0.0.1 for the tests, and an in-memory keyring."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import keyring
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session
from keyring.backend import KeyringBackend


class Inbox:
    """Keeps what the server accepted; refuses the recipients listed in `refused`."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.refused: set[str] = set()

    async def handle_RCPT(self, server: Any, session: Session, envelope: Envelope,  # noqa: N802
                          address: str, rcpt_options: list[str]) -> str:
        if address in self.refused:
            return "550 5.1.1 Adresse inconnue"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session,  # noqa: N802
                          envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        self.messages.append(message_from_bytes(raw, policy=policy.default))  # type: ignore[arg-type]
        return "250 Message accepted"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@contextmanager
def using_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """`backend` as the system keyring for a while, never the developer's own."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
