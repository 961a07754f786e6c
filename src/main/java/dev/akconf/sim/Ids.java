package dev.akconf.sim;

import java.util.Random;
import java.util.UUID;

/**
 * Identifiers for created objects, from a seeded generator so that two runs sending the same
 * requests get the same uuids and client ids (golden outputs stay stable).
 */
final class Ids {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Random random;

    Ids(long seed) {
        this.random = new Random(seed);
    }

    private Ids(Random random) {
        this.random = random;
    }

    /**
     * A generator in the same state: a state copied after seeding objects without a pk (a fixture)
     * must not hand out their uuids again. java.util.Random is Serializable, state included.
     */
    Ids copy() {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(random);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                return new Ids((Random) in.readObject());
            }
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot copy the id generator", e);
        }
    }

    /** A version-4 uuid, like Django's {@code uuid4} default. */
    String uuid() {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    /** A 40-character OAuth2 client id (authentik/providers/oauth2/generators.py generate_id). */
    String clientId() {
        StringBuilder sb = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            sb.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return sb.toString();
    }
}
