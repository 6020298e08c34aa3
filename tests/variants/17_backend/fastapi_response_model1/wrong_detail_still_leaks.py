"""Request validation: a response model that keeps secrets in.

The user records in the database hold a password hash and an API token. The routes return
those records as they are, so every client, and the published API documentation, sees both.
A response model is the allow-list of what goes out: FastAPI validates the return value
against it and drops every field it doesn't name. Declare `UserOut` as the response model of
both routes (a list of them for `/users`), with `response_model=` or a return annotation.
"""
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class UserInDB(BaseModel):
    username: str
    full_name: str
    password_hash: str
    api_token: str


class UserOut(BaseModel):
    username: str
    full_name: str


USERS = {
    "alice": UserInDB(username="alice", full_name="Alice Ops",
                      password_hash="pbkdf2_sha256$600000$9f1c$77aa", api_token="tk_3f9a1c"),
    "bob": UserInDB(username="bob", full_name="Bob Dev",
                    password_hash="pbkdf2_sha256$600000$02be$c4d1", api_token="tk_77b0e2"),
}


@app.get("/users", response_model=list[UserOut])
def list_users():
    return list(USERS.values())


@app.get("/users/{username}")
def get_user(username: str):
    if username not in USERS:
        raise HTTPException(status_code=404, detail=f"no user called {username}")
    return USERS[username]


