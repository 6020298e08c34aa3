def run_step(step, notify, log):
    try:
        try:
            result = step()
        except ValueError as err:
            log.append("failed: " + str(err))
            return None
        notify(result)
        return result
    finally:
        log.append("done")
