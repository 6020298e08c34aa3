"""ORM basics (SQLAlchemy): relationships.

A `Site` has many `Device`s. `Site.devices` exists, but a device can't reach its site and the
two sides don't know about each other. Add `Device.site` and link both sides with
`back_populates`, then finish `hostnames_at_site` by joining through the relationship.
"""
from sqlalchemy import ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    devices: Mapped[list["Device"]] = relationship(backref="site")


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))


def add_site(session: Session, name: str, hostnames: list[str]) -> Site:
    """Create a site with one device per hostname and save them all."""
    site = Site(name=name, devices=[Device(hostname=h) for h in hostnames])
    session.add(site)
    session.commit()
    return site


def hostnames_at_site(session: Session, site_name: str) -> list[str]:
    stmt = select(Device.hostname).where(Device.site.has(Site.name == site_name))
    return sorted(session.scalars(stmt))


