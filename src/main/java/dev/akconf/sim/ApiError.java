package dev.akconf.sim;

import tools.jackson.databind.node.ObjectNode;

/**
 * Ends the handling of a request with an error reply, the way DRF raises {@code APIException}s
 * (ValidationError, NotFound, MethodNotAllowed) from deep inside a view.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reply reply;

    private ApiError(Reply reply) {
        super(String.valueOf(reply.status()), null, false, false);
        this.reply = reply;
    }

    Reply reply() {
        return reply;
    }

    static ApiError badRequest(ObjectNode body) {
        return new ApiError(new Reply(400, body, java.util.Map.of()));
    }

    /** A 400 with one message under one field, e.g. a filter's invalid choice. */
    static ApiError field(String field, String message) {
        ObjectNode body = Json.object();
        body.putArray(field).add(message);
        return badRequest(body);
    }

    /**
     * A 400 whose body is a JSON list: DRF's answer to {@code ValidationError("text")} raised outside
     * a serializer (e.g. in a filter method), where the detail string becomes {@code ["text"]}.
     */
    static ApiError badRequestList(String message) {
        return new ApiError(new Reply(400, Json.array().add(message), java.util.Map.of()));
    }

    static ApiError notFound(String detail) {
        return new ApiError(Reply.detail(404, detail));
    }

    /** DRF's {@code get_object_or_404}: "No <Model> matches the given query." */
    static ApiError noMatch(String model) {
        return notFound("No " + model + " matches the given query.");
    }

    static ApiError methodNotAllowed(String method) {
        return new ApiError(Reply.detail(405, "Method \"" + method + "\" not allowed."));
    }
}
