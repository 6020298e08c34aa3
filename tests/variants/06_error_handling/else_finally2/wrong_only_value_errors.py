def run_in_maintenance(status, job):
    previous = status["maintenance"]
    status["maintenance"] = True
    try:
        result = job()
    except ValueError:
        status["maintenance"] = previous
        raise
    status["maintenance"] = previous
    return result
