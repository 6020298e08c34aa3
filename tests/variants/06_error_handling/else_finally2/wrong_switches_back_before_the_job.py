def run_in_maintenance(status, job):
    previous = status["maintenance"]
    try:
        status["maintenance"] = True
    finally:
        status["maintenance"] = previous
    return job()
