def run_in_maintenance(status, job):
    previous = status["maintenance"]
    status["maintenance"] = True
    try:
        result = job()
    finally:
        status["maintenance"] = previous
    return result
