from typing import Optional

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
    os_version: Mapped[Optional[str]] = mapped_column(String(32), nullable=True)


def add_device(session, hostname, vendor, site, os_version=None):
    device = Device(hostname=hostname, vendor=vendor, site=site, os_version=os_version)
    session.add(device)
    session.commit()
    return device


def hostnames_at_site(session, site):
    devices = session.execute(
        select(Device).filter_by(site=site).order_by(Device.hostname.asc())
    ).scalars()
    return [d.hostname for d in devices]


def devices_per_vendor(session):
    counts = {}
    for vendor, n in session.execute(
        select(Device.vendor, func.count(Device.id)).group_by(Device.vendor)
    ).all():
        counts[vendor] = n
    return counts
