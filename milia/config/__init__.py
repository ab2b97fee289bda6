"""Settings: clinic facts (clinic.yml) and the environment, read in one place. Imports nothing of ours."""
