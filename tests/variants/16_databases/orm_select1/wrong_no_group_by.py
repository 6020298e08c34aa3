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
    stmt = select(Device.vendor, func.count())
    return {vendor: count for vendor, count in session.execute(stmt)}


