"""
People use Python for all kinds of work: automating boring tasks, the backend
(server side) of websites, working with data, talking to network devices, and
managing servers in the cloud.

This program lists those uses, but the last two lines are missing. Add one
print() line for each, written like the lines above them.
"""

print("Python is used for:")
print("- automation: scripts that rename files and send reports")
print("- backend: the server side of websites and apps")
print("- data: cleaning, analysing and plotting numbers")
# TODO: print "- networking: configuring routers and switches"
# TODO: print "- cloud: creating servers and storage with code"
