"""A command-line tool with typer, checked with typer's CliRunner.

`app` has two commands: `scale SERVICE [--replicas N] [--dry-run]` and
`status SERVICE`. scale sets a known service's replica count (N from 0 to 10,
default 1) and prints "scaled web to 3 replicas"; with --dry-run it prints
"would scale web to 3 replicas" and changes nothing. An unknown service is an
error: a message on stderr and exit code 1 (like `status` already does). An N
outside 0-10 is a usage error, exit code 2 - typer can check that for you.
"""
from typing import Annotated

import typer

SERVICES = {"web": 2, "worker": 4}

app = typer.Typer(help="Scale the services of a small cluster.")


@app.command()
def scale(
    service: str,
    # TODO: typer.Option can limit the value to 0-10
    replicas: Annotated[int, typer.Option(help="How many copies to run.")] = 1,
    dry_run: Annotated[bool, typer.Option(help="Only show what would change.")] = False,
):
    """Set the number of replicas of SERVICE."""
    # TODO: refuse unknown services, the way `status` does
    if dry_run:
        typer.echo(f"would scale {service} to {replicas} replicas")
        return
    SERVICES[service] = replicas
    typer.echo(f"scaled {service} to {replicas} replicas")


@app.command()
def status(service: str):
    """Show how many replicas SERVICE runs."""
    if service not in SERVICES:
        typer.echo(f"unknown service: {service}", err=True)
        raise typer.Exit(code=1)
    typer.echo(f"{service}: {SERVICES[service]} replicas")


if __name__ == "__main__":
    app()


# --- tests: read them, don't change them ---
# CliRunner runs the app in-process, as if from a terminal, and records the
# exit code and what went to stdout and stderr.
import pytest
from typer.testing import CliRunner

runner = CliRunner()


@pytest.fixture(autouse=True)
def fresh_services():
    saved = dict(SERVICES)
    yield
    SERVICES.clear()
    SERVICES.update(saved)


def test_scale_a_service():
    result = runner.invoke(app, ["scale", "web", "--replicas", "3"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "scaled web to 3 replicas\n"
    assert runner.invoke(app, ["status", "web"]).stdout == "web: 3 replicas\n"


def test_replicas_default_to_one():
    result = runner.invoke(app, ["scale", "worker"])
    assert result.exit_code == 0, result.output
    assert SERVICES["worker"] == 1


def test_dry_run_changes_nothing():
    result = runner.invoke(app, ["scale", "web", "--replicas", "7", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "would scale web to 7 replicas\n"
    assert SERVICES == {"web": 2, "worker": 4}


def test_unknown_service_is_an_error():
    result = runner.invoke(app, ["scale", "database", "--replicas", "2"])
    assert result.exit_code == 1, result.output
    assert "database" in result.stderr, "say which service is unknown, on stderr"
    assert result.stdout == ""
    assert SERVICES == {"web": 2, "worker": 4}


def test_unknown_service_fails_in_a_dry_run_too():
    result = runner.invoke(app, ["scale", "database", "--dry-run"])
    assert result.exit_code == 1, result.output


@pytest.mark.parametrize("replicas", ["11", "-1", "100"])
def test_replicas_out_of_range_is_a_usage_error(replicas):
    result = runner.invoke(app, ["scale", "web", "--replicas", replicas])
    assert result.exit_code == 2, result.output
    assert SERVICES["web"] == 2


def test_replicas_at_the_limits():
    assert runner.invoke(app, ["scale", "web", "--replicas", "0"]).exit_code == 0
    assert runner.invoke(app, ["scale", "web", "--replicas", "10"]).exit_code == 0
    assert SERVICES["web"] == 10
