package dev.akconf.sim;

/**
 * Whose token a request carries. The simulator knows two: the main token, a superuser's (akadmin's
 * on a fresh install, a member of "authentik Admins"), and the viewer token, whose user is not a
 * superuser (alice in the default seed), for checking what a non-superuser's token sees.
 *
 * @param username  the user the token belongs to (looked up in /core/users/ by username)
 * @param superuser whether the token is the superuser's; the viewer's user is a superuser only if
 *                  the state makes it one (membership in a group with is_superuser)
 */
record Principal(String username, boolean superuser) {

    static final Principal ADMIN = new Principal("akadmin", true);
    static final Principal VIEWER = new Principal("alice", false);

    /** User.is_superuser for this principal in the current state (authentik/core/models.py). */
    boolean isSuperuser(Tables t, Links links) {
        if (superuser) {
            return true; // the main token stands for a superuser whatever the seed holds
        }
        return t.userByUsername(username)
                .map(u -> UserViews.isSuperuser(t, links.groupsOf(u.get("pk").intValue())))
                .orElse(false);
    }
}
