import typer

SERVICES = {"web": 2, "worker": 4}

app = typer.Typer()


def check_replicas(value: int) -> int:
    if value < 0 or value > 10:
        raise typer.BadParameter("must be between 0 and 10")
    return value


def fail(message: str) -> None:
    typer.secho(message, err=True, fg="red")
    raise typer.Exit(1)


@app.command()
def scale(service: str,
          replicas: int = typer.Option(1, callback=check_replicas),
          dry_run: bool = typer.Option(False, "--dry-run")):
    if service not in SERVICES:
        fail(f"no service called {service}")
    prefix = "would scale" if dry_run else "scaled"
    if not dry_run:
        SERVICES[service] = replicas
    typer.echo(f"{prefix} {service} to {replicas} replicas")


@app.command()
def status(service: str):
    if service not in SERVICES:
        fail(f"unknown service: {service}")
    typer.echo(f"{service}: {SERVICES[service]} replicas")
