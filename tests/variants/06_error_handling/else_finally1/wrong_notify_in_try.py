def run_step(step, notify, log):
    try:
        result = step()
        notify(result)
    except ValueError as err:
        log.append(f"failed: {err}")
        return None
    finally:
        log.append("done")
    return result
