from typing import Annotated

import typer

SERVICES = {"web": 2, "worker": 4}

app = typer.Typer()


@app.command()
def scale(service: str, replicas: Annotated[int, typer.Option(min=0, max=10)] = 1,
          dry_run: Annotated[bool, typer.Option()] = False):
    if service not in SERVICES:
        typer.echo(f"unknown service: {service}", err=True)
        return 1
    if dry_run:
        typer.echo(f"would scale {service} to {replicas} replicas")
        return
    SERVICES[service] = replicas
    typer.echo(f"scaled {service} to {replicas} replicas")


@app.command()
def status(service: str):
    if service not in SERVICES:
        typer.echo(f"unknown service: {service}", err=True)
        raise typer.Exit(code=1)
    typer.echo(f"{service}: {SERVICES[service]} replicas")
