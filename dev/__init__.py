"""Development stand-ins (the reference booking receiver). Production code never imports this package."""
