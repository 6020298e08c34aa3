"""ORM basics (SQLAlchemy): a model and its columns.

`Device` maps the `devices` table. SQLAlchemy 2.0 reads each `Mapped[...]` annotation to
build the column: its type, and whether it may be NULL. `os_version` is optional (a device
that was never scanned has none), but as declared every device must have one, so saving a
new device fails. Fix the annotation; the other columns stay required.
"""
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(String(64), unique=True)
    vendor: Mapped[str]
    site: Mapped[str]
    os_version: Mapped[str] = mapped_column(default="")


def add_device(session: Session, **fields) -> Device:
    device = Device(**fields)
    session.add(device)
    session.commit()
    return device


