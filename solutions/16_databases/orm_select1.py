"""ORM basics (SQLAlchemy): queries with select().

SQLAlchemy 2.0 builds a query as a `select()` statement and runs it in a session:
`.where(...)` filters with Python comparisons on the mapped attributes, `.order_by(...)`
sorts, `.group_by(...)` groups rows for an aggregate such as `func.count()`. Finish the two
queries: the hostnames at one site in alphabetical order, and the number of devices per
vendor.
"""
from sqlalchemy import func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(unique=True)
    vendor: Mapped[str]
    site: Mapped[str]


def hostnames_at_site(session: Session, site: str) -> list[str]:
    stmt = select(Device.hostname).where(Device.site == site).order_by(Device.hostname)
    return list(session.scalars(stmt))


def devices_per_vendor(session: Session) -> dict[str, int]:
    stmt = select(Device.vendor, func.count()).group_by(Device.vendor)
    return {vendor: count for vendor, count in session.execute(stmt)}


# --- tests: read them, don't change them ---
import pytest
from sqlalchemy import create_engine


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add_all(
            [
                Device(hostname="rtr-ams-02", vendor="mikrotik", site="ams"),
                Device(hostname="rtr-fra-01", vendor="cisco", site="fra"),
                Device(hostname="sw-ams-01", vendor="arista", site="ams"),
                Device(hostname="rtr-ams-01", vendor="mikrotik", site="ams"),
                Device(hostname="sw-fra-01", vendor="mikrotik", site="fra"),
            ]
        )
        session.commit()
        yield session
    engine.dispose()


def test_hostnames_at_one_site(session):
    at_ams = hostnames_at_site(session, "ams")
    assert sorted(at_ams) == ["rtr-ams-01", "rtr-ams-02", "sw-ams-01"]
    assert hostnames_at_site(session, "lon") == []


def test_hostnames_are_sorted(session):
    assert hostnames_at_site(session, "ams") == ["rtr-ams-01", "rtr-ams-02", "sw-ams-01"]
    assert hostnames_at_site(session, "fra") == ["rtr-fra-01", "sw-fra-01"]


def test_devices_per_vendor(session):
    assert devices_per_vendor(session) == {"mikrotik": 3, "cisco": 1, "arista": 1}


def test_an_empty_table_has_no_vendors(session):
    session.query(Device).delete()
    session.commit()
    assert devices_per_vendor(session) == {}
