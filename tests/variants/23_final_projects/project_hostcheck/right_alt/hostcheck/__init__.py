"""hostcheck: do your hosts answer?"""
