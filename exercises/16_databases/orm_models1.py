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
    # TODO: the annotation decides NOT NULL; make this column optional.
    os_version: Mapped[str]


def add_device(session: Session, **fields) -> Device:
    device = Device(**fields)
    session.add(device)
    session.commit()
    return device


# --- tests: read them, don't change them ---
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.exc import IntegrityError


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


def test_device_without_os_version(session):
    device = add_device(session, hostname="sw-ams-01", vendor="arista", site="ams")
    assert device.id is not None
    assert device.os_version is None


def test_device_with_os_version(session):
    add_device(session, hostname="rtr-fra-01", vendor="cisco", site="fra", os_version="17.9")
    stored = session.scalars(select(Device.os_version)).one()
    assert stored == "17.9"


@pytest.mark.parametrize("missing", ["hostname", "vendor", "site"])
def test_other_columns_stay_required(session, missing):
    fields = {"hostname": "sw-ams-01", "vendor": "arista", "site": "ams"}
    del fields[missing]
    with pytest.raises(IntegrityError):
        add_device(session, **fields)


def test_hostname_is_unique(session):
    add_device(session, hostname="sw-ams-01", vendor="arista", site="ams", os_version="4.30")
    with pytest.raises(IntegrityError):
        add_device(session, hostname="sw-ams-01", vendor="cisco", site="fra")
