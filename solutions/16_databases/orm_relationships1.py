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
    devices: Mapped[list["Device"]] = relationship(back_populates="site")


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    site: Mapped[Site] = relationship(back_populates="devices")


def add_site(session: Session, name: str, hostnames: list[str]) -> Site:
    """Create a site with one device per hostname and save them all."""
    site = Site(name=name, devices=[Device(hostname=h) for h in hostnames])
    session.add(site)
    session.commit()
    return site


def hostnames_at_site(session: Session, site_name: str) -> list[str]:
    stmt = (
        select(Device.hostname)
        .join(Device.site)
        .where(Site.name == site_name)
        .order_by(Device.hostname)
    )
    return list(session.scalars(stmt))


# --- tests: read them, don't change them ---
import pytest
from sqlalchemy import create_engine


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


def test_devices_are_saved_with_their_site(session):
    add_site(session, "ams", ["sw-ams-02", "sw-ams-01"])
    site = session.scalars(select(Site).where(Site.name == "ams")).one()
    assert sorted(d.hostname for d in site.devices) == ["sw-ams-01", "sw-ams-02"]


def test_device_knows_its_site(session):
    add_site(session, "fra", ["rtr-fra-01"])
    device = session.scalars(select(Device)).one()
    assert device.site.name == "fra"


def test_both_sides_stay_in_sync_before_saving(session):
    site = Site(name="lon")
    device = Device(hostname="sw-lon-01")
    site.devices.append(device)
    assert device.site is site
    other = Device(hostname="sw-lon-02", site=site)
    assert other in site.devices


def test_hostnames_at_site(session):
    add_site(session, "ams", ["sw-ams-02", "sw-ams-01"])
    add_site(session, "fra", ["rtr-fra-01"])
    assert hostnames_at_site(session, "ams") == ["sw-ams-01", "sw-ams-02"]
    assert hostnames_at_site(session, "fra") == ["rtr-fra-01"]
    assert hostnames_at_site(session, "lon") == []
