"""FastAPI fundamentals: dependencies for authentication.

`current_user` reads the bearer token and answers 401 when there is none or it is unknown;
`require_admin` builds on it and answers 403 for a user who isn't an admin. FastAPI runs such
functions for a route when the route declares them with `Depends(...)`, before the route's
own code, and hands their result to the route. `/me` does it; the other two routes don't, so
anyone can list the devices and reboot them. Declare the right dependency on each: signed-in
users may list, only admins may reboot.
"""
from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException

app = FastAPI()

TOKENS = {
    "tk_3f9a1c": {"name": "alice", "roles": ["admin", "viewer"]},
    "tk_77b0e2": {"name": "bob", "roles": ["viewer"]},
}
DEVICES = ["sw-ams-01", "rtr-fra-01"]


def current_user(authorization: str | None = Header(default=None)) -> dict:
    scheme, _, token = (authorization or "").partition(" ")
    user = TOKENS.get(token) if scheme.lower() == "bearer" else None
    if user is None:
        raise HTTPException(
            status_code=401,
            detail="authentication required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


def require_admin(user: dict = Depends(current_user)) -> dict:
    if "admin" not in user["roles"]:
        raise HTTPException(status_code=403, detail="admin role required")
    return user


@app.get("/me")
def me(user: dict = Depends(current_user)):
    return {"name": user["name"]}


signed_in = APIRouter(dependencies=[Depends(current_user)])
admins = APIRouter(dependencies=[Depends(require_admin)])


@signed_in.get("/devices")
def list_devices():
    return DEVICES


@admins.post("/devices/{hostname}/reboot")
def reboot(hostname: str):
    if hostname not in DEVICES:
        raise HTTPException(status_code=404, detail=f"no device called {hostname}")
    return {"rebooting": hostname}


app.include_router(signed_in)
app.include_router(admins)


