def run_in_maintenance(status, job):
    previous = status["maintenance"]
    status["maintenance"] = True
    try:
        return job()
    except Exception:
        return None
    finally:
        status["maintenance"] = previous
