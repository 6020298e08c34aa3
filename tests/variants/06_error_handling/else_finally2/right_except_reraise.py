def run_in_maintenance(status, job):
    previous = status["maintenance"]
    status["maintenance"] = True
    try:
        result = job()
    except BaseException:
        status["maintenance"] = previous
        raise
    status["maintenance"] = previous
    return result
