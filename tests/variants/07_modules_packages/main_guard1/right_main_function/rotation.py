DEMO_BACKUPS = [
    "2024-03-01-db.tar.gz",
    "2024-03-04-db.tar.gz",
    "2024-03-02-db.tar.gz",
    "2024-03-03-db.tar.gz",
]


def stale_backups(names, keep=2):
    newest_first = sorted(names, reverse=True)
    return sorted(newest_first[keep:])


def main():
    print("Rotation plan:")
    for name in stale_backups(DEMO_BACKUPS):
        print("  delete", name)


if __name__ == "__main__":
    main()
