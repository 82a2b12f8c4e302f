print("roadmap")
