def run_step(step, notify, log):
    try:
        result = step()
    except ValueError as err:
        log.append(f"failed: {err}")
        return None
    finally:
        log.append("done")
    notify(result)
    return result
