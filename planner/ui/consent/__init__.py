"""The Consent window (Tools → Consents…): the practice's consent records, their state
today, the posts linked to each, and adding, editing and revoking them."""
