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
    replicas: Annotated[int, typer.Option(min=0, max=10, help="How many copies to run.")] = 1,
    dry_run: Annotated[bool, typer.Option(help="Only show what would change.")] = False,
):
    """Set the number of replicas of SERVICE."""
    if service not in SERVICES:
        typer.echo(f"unknown service: {service}")
        raise typer.Exit(code=1)
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


