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
    os_version: Mapped[str] = mapped_column(default="")


def add_device(session, hostname, vendor, site, os_version=None):
    device = Device(hostname=hostname, vendor=vendor, site=site, os_version=os_version or "")
    session.add(device)
    session.commit()
    return device


def hostnames_at_site(session, site):
    stmt = select(Device.hostname).where(Device.site == site).order_by(Device.hostname)
    return list(session.scalars(stmt))


def devices_per_vendor(session):
    stmt = select(Device.vendor, func.count()).group_by(Device.vendor)
    return {vendor: count for vendor, count in session.execute(stmt)}
