def run_in_maintenance(status, job):
    status["maintenance"] = True
    try:
        return job()
    finally:
        status["maintenance"] = False
