"""Staff tools: data checks, generated data, the quality gate, the inbox, model deployment. May import the rest of milia."""
