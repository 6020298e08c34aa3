def run_step(step, notify, log):
    try:
        result = step()
    except ValueError as err:
        log.append(f"failed: {err}")
        log.append("done")
        return None
    else:
        notify(result)
        log.append("done")
        return result
