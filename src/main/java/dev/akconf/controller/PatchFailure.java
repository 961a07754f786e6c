package dev.akconf.controller;

/** What went wrong in a patch operation, for fix hints; the Python wording is in {@link PatchError}. */
public enum PatchFailure {
    /** A pointer step names a member the object does not have. */
    MEMBER_NOT_FOUND,
    /** A pointer step indexes past the end of a list. */
    INDEX_OUT_OF_BOUNDS,
    /** A pointer step is not a list index ({@code '-'} where an element is needed, {@code 'x'}). */
    INVALID_INDEX,
    /** A pointer step goes into a number, boolean, null or the {@code -} end of a list. */
    NOT_INDEXABLE,
    /** The pointer itself is malformed (no leading {@code /}, a {@code ~} not followed by 0 or 1). */
    INVALID_POINTER,
    /** The operation is malformed (no {@code op}, unknown op, no {@code path}, {@code value} or {@code from}). */
    INVALID_OPERATION,
    /** {@code add} at an index past the end, or {@code replace} of an index not in the list. */
    OUTSIDE_OF_LIST,
    /** {@code remove}/{@code replace} of a member that does not exist, or {@code move}/{@code copy} from one. */
    NON_EXISTENT,
    /** A {@code test} operation found another value. */
    TEST_FAILED,
    /** {@code move} of an object member into its own child. */
    MOVE_INTO_CHILD,
    /**
     * The patch applies, but the Kubernetes python client cannot read the result back (a required
     * field such as a volume's {@code name} is missing, a number is not one): authentik/outposts/controllers/k8s/base.py's
     * {@code ApiClient().deserialize} raises outside any handler.
     */
    INVALID_OBJECT,
    /** Anything else Python raises ({@code TypeError}, {@code ValueError}, strings that cannot be patched). */
    OTHER
}
