from pathlib import Path


def make_env(folder):
    folder = Path(folder)
    folder.mkdir(parents=True)
    cfg = folder / "pyvenv.cfg"
    cfg.write_text("home = /usr/bin\ninclude-system-site-packages = false\n")
    return cfg
