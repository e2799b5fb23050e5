print("committee-docs")
