"""ORM basics (SQLAlchemy): a model, a session and select().

`Device` maps the `devices` table. Its `os_version` is optional, but as declared every device
must have one. Fix the model, then finish the two queries with SQLAlchemy 2.0's `select()`:
hostnames at one site in alphabetical order, and the number of devices per vendor.
"""
from sqlalchemy import String, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(String(64), unique=True)
    vendor: Mapped[str]
    site: Mapped[str]
    os_version: Mapped[str | None]


def add_device(session: Session, hostname: str, vendor: str, site: str,
               os_version: str | None = None) -> Device:
    device = Device(hostname=hostname, vendor=vendor, site=site, os_version=os_version)
    session.add(device)
    session.commit()
    return device


def hostnames_at_site(session: Session, site: str) -> list[str]:
    stmt = select(Device.hostname).where(Device.site == site).order_by(Device.hostname)
    return list(session.scalars(stmt))


def devices_per_vendor(session: Session) -> dict[str, int]:
    stmt = select(Device.vendor, func.count()).group_by(Device.vendor)
    return {vendor: count for vendor, count in session.execute(stmt)}


# --- tests: read them, don't change them ---
import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


def test_device_without_os_version(session):
    device = add_device(session, "sw-ams-01", "arista", "ams")
    assert device.id is not None
    assert device.os_version is None


def test_hostname_is_unique(session):
    add_device(session, "sw-ams-01", "arista", "ams", "4.30")
    with pytest.raises(IntegrityError):
        add_device(session, "sw-ams-01", "cisco", "fra", "17.9")


def test_hostnames_at_one_site_sorted(session):
    add_device(session, "rtr-ams-02", "mikrotik", "ams", "7.14")
    add_device(session, "rtr-fra-01", "cisco", "fra", "17.9")
    add_device(session, "rtr-ams-01", "mikrotik", "ams", "7.14")
    assert hostnames_at_site(session, "ams") == ["rtr-ams-01", "rtr-ams-02"]
    assert hostnames_at_site(session, "lon") == []


def test_devices_per_vendor(session):
    add_device(session, "rtr-ams-01", "mikrotik", "ams", "7.14")
    add_device(session, "rtr-fra-01", "cisco", "fra", "17.9")
    add_device(session, "rtr-ams-02", "mikrotik", "ams", "7.14")
    assert devices_per_vendor(session) == {"mikrotik": 2, "cisco": 1}
