"""The one reader of the topic files and the clinic's page, and the faithfulness check. May import milia.config."""
