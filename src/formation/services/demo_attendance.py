"""Attendance for the demonstration: half-days already held are marked, signed and signed off."""

from __future__ import annotations

import hashlib
import io
import math
import random
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from PIL import Image, ImageDraw
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from formation.core.enums import Presence, RegistrationStatus, SessionStatus
from formation.storage.models import Attendance, Registration, SlotSignoff
from formation.storage.models import Session as TrainingSession

ON_SHEET = {RegistrationStatus.REGISTERED, RegistrationStatus.COMPLETED,
            RegistrationStatus.ABANDONED}


@lru_cache(maxsize=512)
def signature_png(seed: str) -> bytes:
    """A hand-like scribble, the same for the same seed: a stand-in for a drawn signature."""
    rng = random.Random(seed)
    image = Image.new("L", (300, 100), 255)
    pen = ImageDraw.Draw(image)
    loops, phase = rng.randint(3, 6), rng.random() * math.pi
    points = [(20 + x * 2.6, 55 + 25 * math.sin(x / 100 * loops * math.pi + phase)
               * (0.6 + 0.4 * math.cos(x / 17))) for x in range(100)]
    pen.line(points, fill=20, width=3, joint="curve")
    pen.line([(30, 82), (30 + rng.randint(120, 240), 78)], fill=20, width=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def record_held_half_days(s: OrmSession, now: datetime, rng: random.Random) -> None:
    sessions = s.scalars(select(TrainingSession).where(
        TrainingSession.status != SessionStatus.CANCELLED.value).options(
        selectinload(TrainingSession.slots), selectinload(TrainingSession.trainers),
        selectinload(TrainingSession.registrations).selectinload(Registration.participant)))
    for session in sessions:
        people = [r for r in session.registrations if r.status in ON_SHEET]
        for slot in session.slots:
            end = datetime.combine(slot.day, slot.end_time)
            if end > now:
                continue
            for registration in people:
                s.add(_mark(registration, slot.id, slot.day, slot.start_time, end, rng))
            if session.trainers:
                trainer = session.trainers[0]
                png = signature_png(f"trainer-{trainer.id}")
                s.add(SlotSignoff(slot_id=slot.id, trainer_id=trainer.id,
                                  trainer_name=trainer.full_name, signature=png,
                                  signature_sha256=hashlib.sha256(png).hexdigest(),
                                  signed_at=end + timedelta(minutes=rng.randint(1, 9))))


def _mark(registration: Registration, slot_id: int, day: date, start: time, end: datetime,
          rng: random.Random) -> Attendance:
    gone = (registration.status == RegistrationStatus.ABANDONED
            and registration.status_changed_on is not None
            and day >= registration.status_changed_on)
    roll = rng.random()
    status, arrival = Presence.PRESENT, None
    if gone or roll < 0.03:
        status = Presence.ABSENT
    elif roll < 0.05:
        status = Presence.EXCUSED
    elif roll < 0.10:
        status = Presence.LATE
        arrival = (datetime.combine(day, start) + timedelta(minutes=rng.choice([10, 20, 30]))).time()
    row = Attendance(registration_id=registration.id, slot_id=slot_id, status=status,
                     arrival_time=arrival, recorded_at=datetime.combine(day, start))
    if status.attended:
        png = signature_png(f"participant-{registration.participant_id}")
        row.signature, row.signature_sha256 = png, hashlib.sha256(png).hexdigest()
        row.signed_at = datetime.combine(day, arrival or start) + timedelta(minutes=rng.randint(0, 8))
    return row
