package dev.akconf.sim;

import java.util.List;

/** The emulated viewsets, by list path (stateless, shared by every simulator). */
final class Endpoints {

    static final List<Collection> ALL = List.of(new ProxyProviders(), new AllProviders(), new Applications(),
            new Outposts(), new ServiceConnections(), new Flows(), new ScopeMappings(), new Certificates(),
            new Users(), new Groups(), new Policies(), new ExpressionPolicies(), new PolicyBindings());

    private Endpoints() {
    }

    /** The collection at {@code path} (with or without the /api/v3 prefix). */
    static Collection byPath(String path) {
        String p = path.startsWith(Router.API) ? path.substring(Router.API.length()) : path;
        return ALL.stream().filter(c -> c.path.equals(p)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a simulated list endpoint: " + path));
    }
}
