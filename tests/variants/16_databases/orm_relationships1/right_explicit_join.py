from typing import List

from sqlalchemy import ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    devices: Mapped[List["Device"]] = relationship("Device", back_populates="site")


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    site: Mapped["Site"] = relationship("Site", back_populates="devices")


def add_site(session, name, hostnames):
    site = Site(name=name)
    for hostname in hostnames:
        site.devices.append(Device(hostname=hostname))
    session.add(site)
    session.commit()
    return site


def hostnames_at_site(session, site_name):
    rows = session.execute(
        select(Device.hostname)
        .join(Site, Device.site_id == Site.id)
        .filter(Site.name == site_name)
    ).all()
    return sorted(row.hostname for row in rows)
