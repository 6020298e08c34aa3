from sqlalchemy import ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    devices: Mapped[list["Device"]] = relationship()


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    site: Mapped["Site"] = relationship(viewonly=True)


def add_site(session, name, hostnames):
    site = Site(name=name, devices=[Device(hostname=h) for h in hostnames])
    session.add(site)
    session.commit()
    return site


def hostnames_at_site(session, site_name):
    stmt = (
        select(Device.hostname)
        .join(Device.site)
        .where(Site.name == site_name)
        .order_by(Device.hostname)
    )
    return list(session.scalars(stmt))
