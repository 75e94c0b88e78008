"""People: users and organisations, passwords, sessions, one-time links, directory sign-in
(LDAP, OIDC) and the audit log. Below the API and the CLI, above notify (mail, subscriptions)."""
